"""Theme 4: confidentiality markers in new shapes (board memo, M&A term sheet under a code name, slide outline JSON, TLP
labels, Purview sensitivity labels, Confluence storage XML, source headers) and their hard negatives (legal disclaimer
footers, TLP:CLEAR, NDA templates that define "Confidential Information", label definitions in config)."""
import json

from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, ruuid, add, anth, anth_tool, oai, oai_tool, oai_parts, resp, resp_fc, gem, gem_fr, conv, \
    conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, filler, DIG, LO, UP

DISCLAIMER = ("This e-mail and any attachments may contain confidential and/or privileged information and are intended solely for the "
              "addressee. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any "
              "unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.")


def build():
    # ---------------------------------------------------------------- positives
    memo = ("**STRICTLY CONFIDENTIAL — BOARD OF DIRECTORS ONLY**\n\n# Memo: Q1 restructuring options\n\nTo: Board of Directors\nFrom: CEO\nDate: 18 November 2025\n\n"
            "## Summary\nWe propose consolidating the Leipzig and Lyon support centres (approx. 140 roles) and exiting the B2C hardware line.\n\n"
            "## Options\n1. Consolidate in Q1, severance budget EUR 6.2m.\n2. Phase over 2026, lower one-off cost, higher run-rate.\n\n## Ask\nApproval of option 1 at the 2 December meeting.\n")
    add("p_conf_board_memo_markdown", anth("Tighten this memo to one page, keep the structure:\n\n" + memo), [(C, "STRICTLY CONFIDENTIAL board banner", "STRICTLY CONFIDENTIAL")])

    ts = ("PROJECT FALCON — INDICATIVE TERM SHEET\nCONFIDENTIAL — SUBJECT TO NDA DATED 2 OCTOBER 2025\n\nBuyer: Acme Holdings SE (\"Falcon\")\nTarget: \"Kestrel\"\n"
          "Enterprise value: EUR 410-440m, cash-free / debt-free\nStructure: 100% share deal, locked box as of 30 September 2025\nExclusivity: 6 weeks\n"
          "Key conditions: merger control clearance (DE, AT), retention of the Kestrel CTO\n")
    add("p_conf_ma_term_sheet_codename", resp("Compare this term sheet with market standard and list open points:\n\n" + ts), [(C, "CONFIDENTIAL banner under code name", "CONFIDENTIAL")])

    slides = {"presentationId": rs(44, LO + UP + DIG + "_-"), "title": "Project Nightjar – Launch Readiness", "slides": [
        {"objectId": "p%d" % i, "pageElements": [{"shape": {"text": {"textElements": [{"textRun": {"content": t}}]}}},
                                                  {"shape": {"text": {"textElements": [{"textRun": {"content": "Internal Only | Project Nightjar | %d" % (i + 1)}}]}}}]}
        for i, t in enumerate(["Project Nightjar: launch readiness", "Pricing: EUR 19 / seat", "Go-to-market: DACH first", "Risks and mitigations"])]}
    add("p_conf_slides_api_footer_internal_only", gem_fr("Turn the deck into speaker notes.", "slides_get", {"id": slides["presentationId"]}, slides),
        [(C, "Internal Only slide footer", "Internal Only")])

    tlp = ("TLP:AMBER+STRICT\n\nThreat advisory 2025-117: credential phishing against finance teams\n\nSummary: Since 12 November an actor registers look-alike domains of "
           "our payment provider and sends invoice-themed lures. Indicators below may be shared within the organisation only.\n\nIndicators:\n" +
           "\n".join("- hxxps://pay-%s[.]com/login (first seen 2025-11-%02d)" % (rs(6, LO), R.randint(12, 22)) for _ in range(8)) + "\n")
    add("p_conf_tlp_amber_advisory", conv("Write a user-facing warning based on this advisory, without the indicators:\n\n" + tlp), [(C, "TLP:AMBER+STRICT label", "TLP:AMBER+STRICT")])

    mail = ("From: Petra Novak <petra.novak@acme-outdoor.de>\nTo: leadership@acme-outdoor.de\nSubject: FY26 headcount plan\nmsip_labels: MSIP_Label_%s_Enabled=true; "
            "MSIP_Label_%s_Name=Highly Confidential; MSIP_Label_%s_SiteId=%s\n\nHi all,\nattached is the draft FY26 headcount plan. Please do not forward.\n\nPetra\n\n"
            "Sensitivity: Highly Confidential\n" % ((ruuid(),) * 3 + (ruuid(),)))
    add("p_conf_purview_sensitivity_label_mail", br_claude("Summarise this mail:\n" + mail),
        [(C, "Highly Confidential sensitivity label", "Highly Confidential"), (P, "work email of a person", "petra.novak@acme-outdoor.de")])

    cf = ("<ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\"><ac:parameter ac:name=\"colour\">Red</ac:parameter>"
          "<ac:parameter ac:name=\"title\">INTERNAL ONLY</ac:parameter></ac:structured-macro>\n<h1>Incident review: payment outage 14 Nov</h1>\n"
          "<p>Root cause: an expired intermediate certificate on the PSP gateway. Duration 47 minutes.</p>\n<ul><li>Action: alert on cert expiry &lt; 21 days</li></ul>\n")
    add("p_conf_confluence_storage_status_macro", oai_parts("Convert this Confluence page to Markdown:\n" + cf), [(C, "INTERNAL ONLY status macro", "INTERNAL ONLY")])

    src = ("/*\n * ACME CORP CONFIDENTIAL AND PROPRIETARY\n * Copyright (c) 2019-2025 Acme Corp. All rights reserved.\n * Unauthorized copying of this file, via any medium, is strictly prohibited.\n */\n"
           "package com.acme.pricing.engine;\n\n" + filler(60000, "js", "conf-src").replace("function", "private static int"))
    add("p_conf_source_header_proprietary", anth_tool([{"type": "text", "text": "Explain the discount calculation."}], "Read",
                                                      {"file_path": "/repo/pricing/src/main/java/com/acme/pricing/engine/Discounts.java"}, src),
        [(C, "CONFIDENTIAL AND PROPRIETARY file header", "CONFIDENTIAL AND PROPRIETARY")])

    py = ('"""Churn model feature pipeline.\n\nACME INTERNAL - DO NOT DISTRIBUTE\n"""\nimport pandas as pd\n\n' + filler(4000, "py", "conf-py"))
    add("p_conf_python_docstring_do_not_distribute", br_cohere("Write unit tests for this module:\n" + py), [(C, "DO NOT DISTRIBUTE docstring", "DO NOT DISTRIBUTE")])

    # ---------------------------------------------------------------- negatives
    thread = "\n\n".join("From: %s\nDate: 2025-11-%02d\nSubject: Re: delivery schedule week 48\n\n%s\n\n--\n%s\n%s" % (
        R.choice(["Logistics Team <logistics@acme-outdoor.de>", "Dispatch <dispatch@spedition-nord.de>"]), 17 + i,
        R.choice(["Pallets confirmed for Tuesday.", "Can we move the pickup to 10:00?", "Updated CMR attached.", "Thanks, see you then."]),
        "Acme Outdoor GmbH · Amtsgericht München HRB 123456", DISCLAIMER) for i in range(5))
    add("n_email_thread_legal_disclaimer", oai("Summarise the agreed pickup time:\n\n" + thread))

    tc = ("TLP:CLEAR\n\nAdvisory 2025-118: patch your VPN appliances\nThe vendor published fixes for CVE-2025-%d. Apply version 7.4.3 or later.\n"
          "This advisory may be shared publicly without restriction.\n" % R.randint(20000, 60000))
    add("n_tlp_clear_public_advisory", gem("Turn this into a tweet:\n" + tc))

    nda = ("MUTUAL NON-DISCLOSURE AGREEMENT (TEMPLATE)\n\n1. Definitions. \"Confidential Information\" means any information disclosed by either party that is "
           "marked or identified as confidential at the time of disclosure.\n2. Obligations. The Receiving Party shall hold Confidential Information in confidence and "
           "use it solely for the Purpose.\n3. Exclusions. Confidential Information does not include information that is publicly available.\n"
           "4. Term. Obligations survive for three (3) years.\n\n[Party A name] ____________   [Party B name] ____________\n")
    add("n_nda_template_definitions", br_llama("Is this NDA template balanced? Suggest edits:\n" + nda))

    lbls = json.dumps({"labels": [{"id": ruuid(), "name": n, "priority": i, "tooltip": t, "color": c} for i, (n, t, c) in enumerate([
        ("Public", "Approved for anyone", "#00a000"), ("General", "Business data not for the public", "#0078d4"),
        ("Confidential", "Sensitive business data", "#ff8c00"), ("Highly Confidential", "Most sensitive data", "#d13438")])]}, indent=2)
    add("n_sensitivity_label_definitions_config", resp_fc("Add a 'Restricted' label between the two last ones.", "read_file", {"path": "purview/labels.json"}, lbls))

    pub = ("PUBLIC — Approved for external distribution\n\nAcme Outdoor 2026 product roadmap (customer edition)\n- Q1: offline maps in the app\n"
           "- Q2: rental programme in 6 new cities\n- Q3: repair service booking online\nDistribution: unrestricted. Please share with your teams.\n")
    add("n_public_roadmap_distribution_ok", br_titan("Make this roadmap sound more exciting:\n" + pub))
