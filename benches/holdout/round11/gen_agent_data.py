"""Theme 3 (positives): customer data that reaches the agent - Shopify webhook request logs, a fintech database seed
and a Canadian KYC fixture with real-looking customers, a Zendesk ticket export, an HL7 v2 ADT message and a FHIR
Patient (MRN not labelled: see gen.py), a US claims CSV, a UK online pharmacy order, an e-commerce export with full
PANs, and two large sessions (200-400 KB of source reads) with one or two needles each."""
from gen_common import R, rs, S, P, PV7, r3, V10
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(60, 300))
    pad = V.pad

    # 21 Shopify orders/create webhook bodies logged by the receiver
    labs, lines = [], []
    for i in range(2):
        f, l, n = V.us_person()
        em, ph, ph2 = V.us_mail(f, l), V.us_phone("e164"), V.us_phone("e164")
        lines.append('2025-11-24T09:1%d:0%dZ INFO webhook topic=orders/create shop=northwind-goods.myshopify.com body={"id":%d,"name":"#NW%d","email":"%s","phone":"%s",'
                     '"total_price":"%d.00","shipping_address":{"first_name":"%s","last_name":"%s","address1":"%d Maple Ave","city":"Evanston","zip":"60201","phone":"%s"}}'
                     % (i, i, 5809144000000 + R.randint(1, 99999), 10400 + i, em, ph, R.randint(30, 300), f, l, R.randint(100, 999), ph2))
        labs += [(P, "email (customer) in webhook log", em), (P, "US mobile (customer) in webhook log", ph), (P, "US mobile (shipping) in webhook log", ph2)]
    emit("p_shopify_webhook_request_log_customers", next(sh), [("u", "Some orders/create webhooks are processed twice; the receiver logs are below"),
         ("t", "bash", "grep 'topic=orders/create' /var/log/hooks/receiver.log | tail -2", "\n".join(lines) + "\n")] + pad("wh21", 3), labs)

    # 22 fintech seed with real-looking customers (SSN, ITIN)
    labs, rows = [], []
    for i in range(3):
        f, l, n = V.us_person()
        em, ph = V.us_mail(f, l), V.us_phone("dash")
        tin = r3.ssn() if i < 2 else V.us_itin()
        rows.append("  ('%s', '%s', '%s', '%s', '%s', '19%d-%02d-%02d', 'verified')" % (f, l, em, ph, tin, R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)))
        labs += [(P, "email (customer) in seed", em), (P, "US mobile in seed", ph), (P, "US SSN in seed" if i < 2 else "US ITIN in seed", tin)]
    sql = ("-- seeds/002_customers.sql  (copied from prod for the demo, 2025-10)\nINSERT INTO customers (first_name, last_name, email, phone, tax_id, date_of_birth, kyc_status) VALUES\n"
           + ",\n".join(rows) + ";\n")
    emit("p_fintech_db_seed_real_customers", next(sh), [("u", "The demo environment seed fails on the unique index for email, fix the seed"), ("t", "read", "db/seeds/002_customers.sql", sql),
         ("a", "These rows look like production customers, not fixtures; they should be replaced with Faker data rather than fixed.")] + pad("seed22", 2), labs)

    # 23 Canadian KYC applicants fixture (SIN, mobile, e-mail)
    labs, recs = [], []
    for i in range(2):
        f, l, n = V10.person("CA")
        sn, m, e = PV7.ca_sin(), V10.mob("CA"), V10.mail("CA", f, l)
        sn_f = "%s %s %s" % (sn[:3], sn[3:6], sn[6:]) if len(sn) == 9 else sn
        recs.append('  {"applicant_id": "app_%s", "name": "%s", "sin": "%s", "mobile": "%s", "email": "%s", "province": "QC", "status": "manual_review"}' % (rs(10), n, sn_f, m, e))
        labs += [(P, "CA SIN", sn_f), (P, "CA mobile", m), (P, "email (applicant)", e)]
    emit("p_kyc_fixture_ca_sin_applicants", next(sh), [("u", "Write a test that the KYC review queue sorts by submission time"),
         ("t", "read", "tests/fixtures/kyc_review_queue.json", "[\n" + ",\n".join(recs) + "\n]\n")] + pad("kyc23", 3), labs)

    # 24 Zendesk ticket export (a customer pasted a full card number)
    labs = []
    f1, l1, n1 = V.us_person()
    f2, l2, n2 = V10.person("GB")
    e1, e2, p1, c = V.us_mail(f1, l1), V10.mail("GB", f2, l2), V.us_phone("nat"), V.card("visa")
    csv = ("id,created_at,requester,requester_email,requester_phone,subject,description\n"
           "48213,2025-11-21 14:02,%s,%s,%s,Charged twice,\"I was charged twice for order NW-10387. My card is %s exp %s, please refund one of them.\"\n"
           "48219,2025-11-21 15:40,%s,%s,,Where is my parcel,\"Tracking 1Z%s says delivered but nothing arrived.\"\n" % (n1, e1, p1, c, V.exp(), n2, e2, rs(16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")))
    labs = [(P, "email (requester)", e1), (P, "US mobile (requester)", p1), (P, "card number pasted by customer", c), (P, "email (requester, UK)", e2)]
    emit("p_zendesk_ticket_export_card_pasted", next(sh), [("u", "Cluster last week's tickets by topic; the export is in data/"), ("t", "bash", "head -3 data/tickets_2025-11-21.csv", csv)]
         + pad("zd24", 2), labs)

    # 25 HL7 v2 ADT^A04 (MRN not labelled; SSN and phone are)
    f, l, n = V.us_person()
    ssn, ph = r3.ssn(), V.us_phone("nat")
    hl7 = ("MSH|^~\\&|EPIC|NWMC|HL7ROUTER|CLAIMS|20251124101500||ADT^A04^ADT_A01|MSG%06d|P|2.5.1\rEVN|A04|20251124101500\r"
           "PID|1||%d^^^NWMC^MR||%s^%s^R||19%d0%d1%d|F|||4810 Avenue F^^Austin^TX^78751^USA||%s^PRN^PH|||S||%d|%s\r"
           "PV1|1|O|CARD^^^NWMC||||1234567893^Patel^Anil^^^MD|||CAR||||1|||||V%d\r" % (R.randint(1, 999999), R.randint(1000000, 9999999), l.upper(), f.upper(),
                                                                                  R.randint(50, 99), R.randint(1, 9), R.randint(0, 2), ph, R.randint(10**7, 10**8), ssn, R.randint(10**6, 10**7)))
    emit("p_hl7_adt_message_patient_ssn", next(sh), [("u", "The interface engine rejects this ADT with 'PID-19 invalid'; what's wrong?"),
         ("t", "bash", "cat inbound/failed/ADT_A04_20251124101500.hl7 | tr '\\r' '\\n'", hl7.replace("\r", "\n"))] + pad("hl7_25", 3),
         [(P, "US SSN in PID-19", ssn), (P, "US mobile in PID-13", ph)])

    # 26 FHIR Patient with SSN, MBI, phone, e-mail
    f, l, n = V.us_person()
    ssn, mbi, ph, em = r3.ssn(), PV7.us_mbi(), V.us_phone("dash"), V.us_mail(f, l)
    fh = ('{\n  "resourceType": "Patient",\n  "id": "%s",\n  "identifier": [\n    {"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": "E%d"},\n'
          '    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "%s"},\n    {"system": "http://hl7.org/fhir/sid/us-mbi", "value": "%s"}\n  ],\n'
          '  "name": [{"family": "%s", "given": ["%s"]}],\n  "telecom": [{"system": "phone", "value": "%s", "use": "mobile"}, {"system": "email", "value": "%s"}],\n'
          '  "gender": "male",\n  "birthDate": "1957-0%d-1%d"\n}\n' % (r3.ruuid(), R.randint(10**6, 10**7), ssn, mbi, l, f, ph, em, R.randint(1, 9), R.randint(0, 9)))
    emit("p_fhir_patient_ssn_mbi_telecom", next(sh), [("u", "Map this Patient to our member table; which identifier should be the key?"),
         ("t", "bash", "curl -s -H 'Accept: application/fhir+json' https://ehr-sandbox.northwind-health.org/fhir/Patient/$PID | jq .", fh)] + pad("fhir26", 2),
         [(P, "US SSN (FHIR identifier)", ssn), (P, "US Medicare MBI (FHIR identifier)", mbi), (P, "US mobile (FHIR telecom)", ph), (P, "email (FHIR telecom)", em)])

    # 27 claims CSV (member SSNs; NPI is a provider's public registry number, not labelled)
    labs, rows = [], []
    for i in range(3):
        s = r3.ssn()
        rows.append("CLM-2025-%06d,M%08d,%s,19%d-0%d-2%d,1%09d,E11.9,99214,%d.00,%d.40" % (R.randint(1, 999999), R.randint(1, 10**8), s, R.randint(40, 99), R.randint(1, 9),
                                                                                             R.randint(0, 8), R.randint(0, 10**9 - 1), R.randint(120, 400), R.randint(60, 119)))
        labs.append((P, "US SSN in claims CSV", s))
    emit("p_insurance_claims_csv_member_ssn", next(sh), [("u", "Load this claims file into the staging table; why do 3 rows fail the member match?"),
         ("t", "bash", "head -4 imports/claims_20251120.csv", "claim_id,member_id,member_ssn,member_dob,rendering_npi,dx1,cpt,billed,allowed\n" + "\n".join(rows) + "\n")]
         + pad("clm27", 3), labs)

    # 28 UK online pharmacy order (NHS number, mobile, e-mail)
    f, l, n = V10.person("GB")
    nhs, m, e = r3.nhs(), V10.mob("GB"), V10.mail("GB", f, l)
    js = ('{"order_ref": "RX-%d", "patient": {"name": "%s", "nhs_number": "%s", "mobile": "%s", "email": "%s", "gp_practice": "Y0%d"},'
          ' "items": [{"dmd": "%d", "name": "Sertraline 50mg tablets", "qty": 28}], "exemption": "none"}\n' % (R.randint(10**5, 10**6), n, nhs, m, e, R.randint(1000, 9999), R.randint(10**12, 10**13)))
    emit("p_uk_pharmacy_order_nhs_number", next(sh), [("u", "The prescription sync to the dispensing system drops orders; here's a failing payload from the DLQ"),
         ("t", "bash", "aws sqs receive-message --queue-url $RX_DLQ --max-number-of-messages 1 | jq -r '.Messages[0].Body'", js)] + pad("rx28", 3),
         [(P, "UK NHS number", nhs), (P, "UK mobile", m), (P, "email (patient)", e)])

    # 29 legacy order export with full PANs (the masked rows are not labelled)
    labs, rows = [], []
    for i, kind in enumerate(["visa", "mc2", "amex", None]):
        f, l, n = V.us_person()
        em, ph = V.us_mail(f, l), V.us_phone("dash")
        if kind:
            pan = r3.card(kind)
            rows.append("NW-%d,%s,%s,%s,%s,%s" % (10500 + i, em, ph, pan, V.exp(), "captured"))
            labs += [(P, "card number (full PAN) in order export", pan)]
        else:
            rows.append("NW-%d,%s,%s,%s,%s,%s" % (10500 + i, em, ph, "411111******%s" % rs(4, "0123456789"), V.exp(), "captured"))
        labs += [(P, "email in order export", em), (P, "US mobile in order export", ph)]
    emit("p_order_export_full_pan_legacy", next(sh), [("u", "Finance needs the legacy Magento export reconciled with Stripe payouts; look at the file first"),
         ("t", "bash", "head -5 exports/magento_orders_2019.csv", "order_id,email,phone,cc_number,cc_exp,status\n" + "\n".join(rows) + "\n"),
         ("a", "Rows 1-3 hold full card numbers; this file must not be kept (PCI DSS 3.4). Only the last row is masked.")] + pad("pan29", 2), labs)

    # 30 large: storefront refactor session with one live key in a forgotten config (about 300 KB)
    sk = V.stripe_sk()
    cfg = ("export const config = {\n  currency: 'usd',\n  freeShippingThreshold: 7500,\n  stripe: {\n    // temporary, until the vault integration lands\n"
           "    secretKey: '%s',\n  },\n  features: { giftCards: true, buyNowPayLater: false },\n};\n" % sk)
    steps = [("u", "Refactor the cart and checkout modules to the new pricing service; read around first")] + pad("big30a", 11, 12000) + \
            [("t", "read", "lib/server/config.ts", cfg)] + pad("big30b", 9, 12000) + [("a", "Done reading; the pricing calls are in three places.")]
    emit("p_large_storefront_session_one_stripe_key", next(sh), steps, [(S, "Stripe live secret key in config.ts", sk)])

    # 31 large: EHR sync session with a patient fixture (about 250 KB)
    f, l, n = V10.person("GB")
    nhs, e = r3.nhs(), V10.mail("GB", f, l)
    fx = "PATIENT = {\n    \"name\": \"%s\",\n    \"nhs_number\": \"%s\",\n    \"email\": \"%s\",\n    \"ods_code\": \"Y0%d\",\n}\n" % (n, nhs, e, R.randint(1000, 9999))
    steps = [("u", "Our GP-connect sync tests are slow; profile and speed them up")] + pad("big31a", 9, 12000) + [("t", "read", "tests/ehr/conftest.py", fx)] + pad("big31b", 9, 12000)
    emit("p_large_ehr_sync_session_patient_fixture", next(sh), steps, [(P, "UK NHS number in test fixture", nhs), (P, "email in test fixture", e)])
