"""Theme 3 (hard negatives): masked PANs in payment webhooks, B2B SEPA files, support exports from system mailboxes,
aggregate HR reports, pseudonymised logs, git blame with noreply addresses, medical codes, documented example values."""
import json

from gen_common import *  # noqa: F401,F403
from gen_common import R, rs, hexs, ruuid, luhn_complete, add, anth, anth_tool, oai, oai_tool, oai_parts, resp, resp_fc, gem, gem_fr, conv, \
    conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, DIG, LO, UP, AL
import gen_common as G


def build():
    # payment webhooks: masked PANs, bin/last4, fingerprints, published test cards
    evs = []
    for i in range(25):
        b = R.choice(["411111", "424242", "555555", "378282", "601100"])
        evs.append({"id": "evt_" + rs(24), "type": R.choice(["charge.succeeded", "charge.refunded", "payment_intent.payment_failed"]),
                    "data": {"object": {"id": "ch_" + rs(24), "amount": R.randint(500, 90000), "currency": "eur",
                                        "payment_method_details": {"card": {"brand": "visa", "last4": rs(4, DIG), "bin": b, "fingerprint": rs(16),
                                                                            "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031)}},
                                        "display_pan": b + "******" + rs(4, DIG), "receipt_number": "%d-%d" % (R.randint(1000, 9999), R.randint(1000, 9999))}}})
    evs.append({"id": "evt_test", "livemode": False, "note": "replayed with test card 4242 4242 4242 4242 and 4000 0566 5566 5556"})
    add("n_payment_webhooks_masked_pans", resp_fc("Which charges failed and why?", "read_file", {"path": "webhooks/dump.json"}, json.dumps(evs)))

    # B2B SEPA credit transfer between companies (company IBANs, BICs, creditor ids)
    tx = "\n".join("      <CdtTrfTxInf><PmtId><EndToEndId>INV-2025-%04d</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">%d.00</InstdAmt></Amt>"
                   "<CdtrAgt><FinInstnId><BIC>%s</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>%s</Nm></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>"
                   "<RmtInf><Ustrd>Rechnung %d</Ustrd></RmtInf></CdtTrfTxInf>" % (i, R.randint(800, 40000), R.choice(["COBADEFFXXX", "DEUTDEFFXXX", "BNPAFRPPXXX"]),
                                                                                 R.choice(["Logistik Nord GmbH", "Papeterie Dupont SAS", "Druckerei Weber KG", "Stahlbau Mayer AG"]),
                                                                                 G.iban_p(R.choice(["DE", "FR"]), printed=False), R.randint(10000, 99999)) for i in range(10))
    x = ("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn><GrpHdr><MsgId>%s</MsgId><NbOfTxs>10</NbOfTxs>"
         "<InitgPty><Nm>Acme Outdoor GmbH</Nm></InitgPty></GrpHdr><PmtInf>\n%s\n</PmtInf></CstmrCdtTrfInitn></Document>" % (rs(12, UP + DIG), tx))
    add("n_sepa_supplier_payments_companies", gem("Check the supplier payment run for duplicates (all creditors are companies):\n" + x))

    # support export where every address is a system or role mailbox and every number a hotline
    tk = [{"id": R.randint(10 ** 5, 10 ** 6), "requester": R.choice(["noreply@github.com", "support@stripe.com", "billing@acme-outdoor.de", "notifications@zendesk.com",
                                                                      "no-reply@accounts.google.com", "mailer-daemon@googlemail.com"]),
           "subject": R.choice(["Invoice available", "Payout delayed", "Delivery Status Notification (Failure)", "Security alert"]),
           "body": "Order %s. Questions? Call our hotline 0800 %s or +49 800 %s." % (rs(10, DIG), rs(7, DIG), rs(7, DIG))} for _ in range(30)]
    add("n_support_export_system_senders", oai("Which of these tickets can be auto-closed?\n" + json.dumps(tk, indent=1)))

    # aggregate HR report
    rep = "department,headcount,median_salary_eur,p90_salary_eur,attrition_12m,avg_tenure_years\n" + "\n".join(
        "%s,%d,%d,%d,%.1f%%,%.1f" % (d, R.randint(5, 300), R.randint(42000, 95000), R.randint(70000, 160000), R.uniform(2, 20), R.uniform(1, 9))
        for d in ("Engineering", "Sales", "Support", "Finance", "HR", "Legal", "Marketing", "Operations", "Data", "Security"))
    add("n_hr_aggregate_salary_bands", br_titan("Write three insights for the board from this table:\n" + rep))

    # pseudonymised / masked logs
    lines = []
    for i in range(300):
        lines.append("2025-11-22T%02d:%02d:%02dZ auth event=%s user=%s email=%s phone=%s ip=10.%d.%d.%d" % (
            R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice(["login", "otp", "logout"]), "u_" + hexs(16),
            rs(1, LO) + "***@" + R.choice(["gmail.com", "web.de", "outlook.com"]), "+49 *** ***" + rs(2, DIG), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
    add("n_masked_pseudonymised_auth_logs", anth_tool([{"type": "text", "text": "Any sign of credential stuffing?"}], "Bash",
                                                      {"command": "grep auth /var/log/app/events.log | tail -300"}, "\n".join(lines)))

    # git blame --porcelain with noreply and bot addresses
    bl = []
    for i in range(80):
        who = R.choice([("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"), ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com"),
                        ("lschneider", "%d+lschneider@users.noreply.github.com" % R.randint(10 ** 6, 10 ** 8)), ("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com")])
        bl.append("%s %d %d 1\nauthor %s\nauthor-mail <%s>\nauthor-time %d\nauthor-tz +0100\nsummary %s\nfilename package.json\n\t\"dep-%d\": \"^%d.%d.%d\","
                  % (hexs(40), i + 1, i + 1, who[0], who[1], 1730000000 + R.randint(0, 9999999), R.choice(["chore(deps): bump", "fix: lockfile", "ci: pin actions"]),
                     i, R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)))
    add("n_git_blame_porcelain_noreply", oai_tool("Who changed the dependency ranges?", "run_shell", {"cmd": "git blame --porcelain package.json"}, "\n".join(bl)))

    # medical coding table: ICD-10, LOINC, NDC, CPT (codes, not people)
    codes = "\n".join("%s%02d.%d | LOINC %d-%d | NDC %s-%s-%s | CPT %d | count %d" % (R.choice("EIJKMN"), R.randint(0, 99), R.randint(0, 9), R.randint(1000, 99999), R.randint(0, 9),
                                                                                 rs(5, DIG), rs(4, DIG), rs(2, DIG), R.randint(10000, 99999), R.randint(1, 900)) for _ in range(120))
    add("n_medical_billing_codes", br_cohere("Group these claim lines by ICD chapter:\n" + codes))

    # documented example values and fiction ranges in test fixtures
    fx = ("FIXTURES = {\n  'email': 'jane.doe@example.com',\n  'alt_email': 'test.user@example.org',\n  'phone_us': '+1 202-555-0143',\n"
          "  'phone_uk': '07700 900123',\n  'iban': 'DE89 3704 0044 0532 0130 00',\n  'iban_gb': 'GB29NWBK60161331926819',\n  'ssn': '078-05-1120',\n"
          "  'nino': 'QQ 12 34 56 C',\n  'bsn': '111222333',\n  'card_visa': '4111 1111 1111 1111',\n  'card_mc': '5555555555554444',\n}\n")
    add("n_fixture_documented_examples", conv("Are these fixture values safe to commit?\n```python\n" + fx + "```"))
