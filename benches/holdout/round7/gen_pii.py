"""Theme 3 (positives): personal data in new shapes - payroll export, medical intake, KYC API response, Zendesk / Intercom
exports, CRM notes, structured app logs, POS webhook with track data, SEPA direct-debit XML, local-language id labels."""
import json

from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, ruuid, card, card_fmt, ssn, person, cap, add, anth, anth_tool, oai, oai_tool, oai_parts, \
    resp, resp_fc, gem, gem_fr, conv, conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, pmail, work_mail, DIG, LO, UP
import gen_common as G
import gen_pii_vals as PV


def build():
    # 1 German payroll export (12 employees) + cost-centre summary rows (large)
    rows, labs = ["Personalnr;Name;Vorname;Steuer-ID;IBAN;Mobil;Kostenstelle;Brutto"], []
    for i in range(12):
        f, l = person()
        sid, ib, mo = G.de_idnr(), G.iban_p("DE"), G.mobile("DE", "national")
        rows.append("%d;%s;%s;%s;%s;%s;%d;%d,%02d" % (10400 + i, cap(l), cap(f), sid, ib, mo, R.choice([4100, 4200, 4300]), R.randint(3200, 7900), R.randint(0, 99)))
        labs += [(P, "DE Steuer-ID payroll row %d" % i, sid), (P, "DE IBAN payroll row %d" % i, ib), (P, "DE mobile payroll row %d" % i, mo)]
    summ = "\n".join("KST %d;Monat %02d/2025;Summe Brutto %d,%02d;AG-Anteil SV %d,%02d" % (R.choice([4100, 4200, 4300, 4400]), m, R.randint(40000, 90000), R.randint(0, 99),
                                                                                        R.randint(8000, 19000), R.randint(0, 99)) for m in range(1, 12) for _ in range(110))
    add("p_payroll_export_de_semicolon_large", resp_fc("Check the November payroll export for formatting errors before DATEV import.", "read_file",
                                                       {"path": "exports/lohn_2025-11.csv"}, "\n".join(rows) + "\n\n# Kostenstellen-Summen\n" + summ), labs)

    # 2 medical intake form JSON (US)
    f, l = person()
    s1, mbi, ph, em = ssn(), PV.us_mbi(), G.mobile("US", "national"), pmail(f, l)
    intake = {"form": "new-patient-intake", "submitted": "2025-11-21T14:02:11-05:00", "patient": {"first_name": cap(f), "last_name": cap(l), "dob": "1961-03-%02d" % R.randint(1, 28),
              "ssn": s1, "phone_mobile": ph, "email": em, "address": {"line1": "%d Maple Ave" % R.randint(10, 999), "city": "Columbus", "state": "OH"}},
              "insurance": {"payer": "Medicare", "medicare_beneficiary_identifier": mbi, "plan": "Part B"},
              "history": {"conditions": ["type 2 diabetes", "hypertension"], "medications": ["metformin 500mg", "lisinopril 10mg"], "allergies": ["penicillin"]}}
    add("p_medical_intake_form_fr", gem_fr("Summarise this intake for the physician, one paragraph.", "get_intake", {"id": "INT-%d" % R.randint(10000, 99999)}, intake),
        [(P, "US SSN in intake", s1), (P, "US Medicare MBI (health id)", mbi), (P, "US mobile in intake", ph), (P, "patient email", em)])

    # 3 KYC API response (fintech), several countries
    apps, labs = [], []
    for cc, idf, idn in (("SE", PV.se_pnr, "personnummer"), ("DK", PV.dk_cpr, "cpr"), ("FI", PV.fi_hetu, "henkilotunnus"), ("ES", G.es_dni, "dni")):
        f, l = person()
        v, e = idf(), pmail(f, l)
        apps.append({"applicant_id": ruuid(), "status": "review", "country": cc, "first_name": cap(f), "last_name": cap(l),
                     "id_document": {"type": "national_identity_card", "id_type": idn, "number": v, "issuing_country": cc}, "email": e,
                     "checks": {"document": "clear", "facial_similarity": "consider", "watchlist": "clear"}})
        labs += [(P, {"SE": "SE personnummer", "DK": "DK CPR", "FI": "FI henkilotunnus", "ES": "ES DNI"}[cc] + " in KYC number field", v), (P, "applicant email", e)]
    add("p_kyc_api_review_queue", oai_tool("Which applicants need manual review and why?", "read_file", {"path": "kyc/queue.json"}, json.dumps({"data": apps}, indent=2)), labs)

    # 4 Zendesk ticket export with a pasted card and a phone in the description
    f, l = person()
    em, ph, cn = pmail(f, l), G.mobile("UK", "intl"), card("visa")
    tk = {"tickets": [{"id": R.randint(100000, 999999), "subject": "Charged twice for order", "status": "open", "requester": {"name": "%s %s" % (cap(f), cap(l)), "email": em},
                       "description": "Hi, I was charged twice. My card is %s, please refund one. Call me on %s if needed." % (card_fmt(cn), ph),
                       "tags": ["billing", "refund"], "via": {"channel": "email"}},
                      {"id": R.randint(100000, 999999), "subject": "Where is my parcel", "status": "solved", "requester": {"name": "Shop Bot", "email": "noreply@shopify.com"},
                       "description": "Automated: parcel 1Z%s delayed." % rs(16, UP + DIG), "tags": ["shipping"]}]}
    add("p_zendesk_ticket_export_card_phone", anth("Draft replies for these open tickets:\n" + json.dumps(tk, indent=2)),
        [(P, "requester email", em), (P, "UK mobile in ticket text", ph), (P, "visa card pasted in ticket", card_fmt(cn))])

    # 5 Intercom conversation with an IBAN for a refund
    f, l = person()
    em, ib = pmail(f, l), G.iban_p("NL")
    ic = {"type": "conversation", "id": str(R.randint(10 ** 11, 10 ** 12)), "source": {"author": {"type": "user", "email": em, "name": "%s %s" % (cap(f), cap(l))},
          "body": "<p>I returned the jacket two weeks ago and still no refund.</p>"},
          "conversation_parts": {"conversation_parts": [
              {"part_type": "comment", "author": {"type": "admin", "name": "Sanne"}, "body": "<p>Sorry! Could you send the IBAN for a manual refund?</p>"},
              {"part_type": "comment", "author": {"type": "user", "email": em}, "body": "<p>Sure: %s (t.n.v. %s %s)</p>" % (ib, cap(f[0]), cap(l))}]}}
    add("p_intercom_conversation_iban", conv("Classify this conversation and suggest a macro:\n" + json.dumps(ic)),
        [(P, "customer email", em), (P, "NL IBAN of a customer", ib)])

    # 6 CRM account notes (free text)
    f, l = person()
    ph, e2 = G.mobile("PT", "intl"), pmail(f, l)
    f2, l2 = person()
    ph2 = G.mobile("BR", "intl")
    notes = ("Account: Acme Retail Iberia - renewal Q1\n\n2025-11-03 call with %s %s (procurement). She is moving to a new role, use her personal "
             "address %s from December. Mobile %s, prefers WhatsApp.\n2025-11-12 %s %s (São Paulo office) wants a demo of the analytics add-on; "
             "reach him at %s after 2pm BRT.\n2025-11-19 legal sent redlines, waiting on DPA.\n" % (cap(f), cap(l), e2, ph, cap(f2), cap(l2), ph2))
    add("p_crm_account_notes_freetext", br_llama("Write a renewal risk summary from these notes:\n" + notes),
        [(P, "personal email in CRM note", e2), (P, "PT mobile in CRM note", ph), (P, "BR mobile in CRM note", ph2)])

    # 7 structured JSON app logs with user emails and SMS numbers (repeated users)
    users = [(pmail(), G.mobile(R.choice(["DE", "FR", "IT"]), "e164")) for _ in range(6)]
    lines = []
    for i in range(400):
        e, p = R.choice(users)
        ev = R.choice(["login", "otp_sent", "password_reset", "checkout", "health"])
        d = {"ts": "2025-11-22T%02d:%02d:%02d.%03dZ" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), "level": "info", "svc": "auth", "event": ev,
             "trace_id": hexs(32)}
        if ev in ("login", "password_reset"):
            d["user"] = {"email": e}
        elif ev == "otp_sent":
            d["sms"] = {"to": p, "provider": "twilio", "status": "queued"}
        elif ev == "checkout":
            d["order"] = "ORD-%d" % R.randint(10 ** 6, 10 ** 7)
        lines.append(json.dumps(d))
    text = "\n".join(lines)
    labs = [(P, "user email in logs", e) for e, _ in users if e in text]
    labs += [(P, "%s mobile in sms.to log" % {"+49": "DE", "+33": "FR", "+39": "IT"}[p[:3]], p) for _, p in users if p in text]
    add("p_auth_service_json_logs_users", oai_tool("Why are OTPs failing for some users since 14:00?", "run_shell", {"cmd": "kubectl logs deploy/auth --since=24h"}, text), labs)

    # 8 POS webhook: track-2 equivalent data with a full PAN (masked fields next to it are not labelled)
    pan = card("mc5")
    pos = {"event": "pos.transaction.declined", "terminal": "T-%s" % rs(6, UP + DIG), "merchant": "Acme Outdoor Store 14",
           "card": {"masked": pan[:6] + "******" + pan[-4:], "last4": pan[-4:], "brand": "mastercard", "entry_mode": "swipe"},
           "raw": {"track2_equivalent": "%s=2811%s%s" % (pan, "201", rs(13, DIG)), "emv_tags": {"9F26": hexs(16).upper(), "95": "0000008000"}},
           "amount": {"value": 18950, "currency": "EUR"}, "response_code": "05"}
    add("p_pos_webhook_track2_pan", br_claude("Our POS vendor sends this on declines, is it PCI compliant?\n" + json.dumps(pos, indent=2)),
        [(P, "card number inside track2 data", pan)])

    # 9 SEPA direct debit pain.008 (debtors are people; creditor is the company)
    tx, labs = [], []
    for i in range(6):
        f, l = person()
        ib = G.iban_p(R.choice(["DE", "AT", "FR"]), printed=False)
        tx.append("      <DrctDbtTxInf>\n        <PmtId><EndToEndId>ABO-2025-11-%04d</EndToEndId></PmtId>\n        <InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt>\n"
                  "        <DrctDbtTx><MndtRltdInf><MndtId>MD-%06d</MndtId><DtOfSgntr>2024-0%d-15</DtOfSgntr></MndtRltdInf></DrctDbtTx>\n"
                  "        <Dbtr><Nm>%s %s</Nm></Dbtr>\n        <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>\n      </DrctDbtTxInf>" % (i, R.randint(9, 60), R.randint(0, 99), R.randint(1, 999999), R.randint(1, 9), cap(f), cap(l), ib))
        labs.append((P, "IBAN of a debtor in pain.008", ib))
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.02\">\n  <CstmrDrctDbtInitn>\n"
           "    <GrpHdr><MsgId>SDD-%s</MsgId><NbOfTxs>6</NbOfTxs></GrpHdr>\n    <PmtInf>\n      <Cdtr><Nm>Acme Fitness GmbH</Nm></Cdtr>\n"
           "      <CdtrSchmeId><Id><PrvtId><Othr><Id>DE98ZZZ09999999999</Id></Othr></PrvtId></Id></CdtrSchmeId>\n%s\n    </PmtInf>\n  </CstmrDrctDbtInitn>\n</Document>\n"
           % (rs(10, DIG), "\n".join(tx)))
    add("p_sepa_pain008_direct_debit", conv_tool("Validate this direct debit batch against the schema", "read_file", {"path": "sdd/2025-11.xml"}, result_text=xml), labs)

    # 10 German referral letter with Krankenversichertennummer
    f, l = person()
    kv, ph = PV.de_kvnr(), G.mobile("DE", "intl")
    brief = ("Überweisung / Arztbrief\n\nPatient: %s %s, geb. 14.05.1958\nKrankenversichertennummer: %s\nKrankenkasse: AOK Bayern\nTelefon (mobil): %s\n\n"
             "Diagnose: V.a. Vorhofflimmern (I48.9). Bitte um kardiologische Abklärung inkl. Langzeit-EKG.\nMedikation: Ramipril 5 mg 1-0-0, ASS 100 mg 0-1-0.\n" % (cap(f), cap(l), kv, ph))
    add("p_de_arztbrief_kvnr", anth("Übersetze diesen Arztbrief ins Englische:\n\n" + brief),
        [(P, "DE Krankenversichertennummer (health id)", kv), (P, "DE mobile in referral", ph)])

    # 11 US benefits enrollment (employees and dependents)
    rows, labs = ["employee_id,relationship,first,last,dob,ssn,personal_email"], []
    for i in range(5):
        f, l = person()
        for rel in ("self", "spouse", "child"):
            s, e = ssn(), (pmail(f if rel == "self" else person()[0], l) if rel != "child" else "")
            rows.append("E%05d,%s,%s,%s,19%02d-%02d-%02d,%s,%s" % (2000 + i, rel, cap(f if rel == "self" else person()[0]), cap(l), R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), s, e))
            labs.append((P, "US SSN %s %d" % (rel, i), s))
            if e:
                labs.append((P, "personal email %s %d" % (rel, i), e))
    add("p_benefits_enrollment_csv_dependents", oai_parts("Find rows where a dependent is missing an SSN:\n" + "\n".join(rows)), labs)

    # 12 national ids with labels in their local language (onboarding forms, mixed)
    vals = [("FR NIR", "Numéro de sécurité sociale", G.fr_nir()), ("IT codice fiscale", "Codice fiscale", G.it_cf()), ("PL PESEL", "Numer PESEL", G.pl_pesel()),
            ("NL BSN", "Burgerservicenummer", G.nl_bsn()), ("SE personnummer", "Personnummer", PV.se_pnr()), ("DK CPR", "CPR-nummer", PV.dk_cpr()),
            ("FI henkilotunnus", "Henkilötunnus", PV.fi_hetu()), ("CA SIN", "Numéro d'assurance sociale (NAS)", PV.ca_sin()), ("UK NINO", "National Insurance number", PV.uk_nino())]
    form = "\n".join("[%s] %s: %s" % (d.split()[0], lab, v) for d, lab, v in vals)
    add("p_onboarding_ids_local_labels", br_mistral("Normalise these onboarding entries into JSON with fields country, id_type, value:\n" + form),
        [(P, d, v) for d, _, v in vals])
