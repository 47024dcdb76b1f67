"""Mixed themes, second pass: key material in dumps, base64 payload parts (Gemini inlineData, Converse document bytes,
Responses input_file), English marker controls in logs, SMS / shipping exports, and their negatives."""
from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, b64, key, ruuid, pwd, upw, pmail, work_mail, mobile, iban_p, person, cap, add, anth, anth_tool, \
    oai, oai_tool, oai_parts, resp, resp_fc, gem, gem_fr, conv, conv_tool, br_claude, br_llama, br_titan, br_cohere, br_mistral, legacy, \
    filler, ups_tracking, AL, UP, LO, DIG, HEX


def build():
    # ---------------------------------------------------------------- positives
    pk = key("fb_sa.pem")
    sa = {"type": "service_account", "project_id": "acme-shop-prod", "private_key_id": hexs(40), "private_key": pk,
          "client_email": "firebase-adminsdk-%s@acme-shop-prod.iam.gserviceaccount.com" % rs(5, LO + DIG), "client_id": rs(21, DIG),
          "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}
    add("p_firebase_admin_service_account", resp_fc("firebase-admin init fails in Cloud Run; the file we mount:", "read_file",
                                                     {"path": "secrets/firebase-adminsdk.json"}, json.dumps(sa, indent=2)),
        [("private_key|secret", "PKCS8 key in Firebase admin service account JSON", pk.strip())])

    dump = key("p12_dump.txt")
    i0 = dump.index("-----BEGIN PRIVATE KEY-----")
    i1 = dump.index("-----END PRIVATE KEY-----") + len("-----END PRIVATE KEY-----")
    add("p_openssl_pkcs12_nodes_dump", oai_tool("Convert the VPN bundle for the Fortinet client.", "run_shell",
                                                {"cmd": "openssl pkcs12 -in vpn-bundle.p12 -nodes -passin pass:$P12PW"}, dump),
        [(K, "PKCS8 key with Bag Attributes in pkcs12 dump", dump[i0:i1])])

    ap = pwd(18)
    pg = ("2025-11-12 09:14:22.101 CET [88121] LOG:  connection authorized: user=dba database=shop application_name=psql\n"
          "2025-11-12 09:14:40.552 CET [88121] LOG:  statement: ALTER ROLE app_rw WITH LOGIN PASSWORD '%s' VALID UNTIL '2026-06-30';\n"
          "2025-11-12 09:15:02.003 CET [88121] LOG:  duration: 0.412 ms  statement: GRANT SELECT ON ALL TABLES IN SCHEMA public TO app_rw;\n" % ap)
    add("p_postgres_log_alter_role_password", gem_fr("Who changed app_rw?", "query_logs", {"service": "postgres"}, {"entries": pg}),
        [(S, "ALTER ROLE password in postgres log", ap)])

    up = upw(18)
    ng = ('2025/11/12 09:31:07 [error] 2211#2211: *88123 upstream timed out (110: Connection timed out) while reading response header from upstream, '
          'client: %s, server: api.acme.de, request: "GET /v1/reports HTTP/1.1", upstream: "http://reports:%s@10.0.5.21:8080/v1/reports", host: "api.acme.de"\n' % (ips(), up))
    add("p_nginx_error_log_upstream_userinfo", br_titan("What does this nginx error mean?\n" + ng), [(S, "password in upstream URL", up)])

    rows, labs = ["date;sender;recipient;text"], []
    for i in range(6):
        a = mobile("FR", R.choice(["intl", "nat"]))
        labs.append((P, "FR mobile in SMS export", a))
        rows.append("2025-11-%02d 1%d:%02d;%s;36179;%s" % (R.randint(1, 28), R.randint(0, 9), R.randint(0, 59), a, R.choice(["STOP", "Bonjour, mon colis n'est pas arrivé", "RAPPEL SVP"])))
    rows.append("2025-11-12 10:00;ACME;%s;Votre code : %s" % ("36179", rs(6, DIG)))
    add("p_fr_sms_inbound_export", conv("Classe ces SMS entrants par intention :\n" + "\n".join(rows)), labs)

    lines, labs = ["tracking;carrier;recipient_mobile;status"], []
    for i in range(25):
        m = ""
        if i % 6 == 2:
            m = mobile(R.choice(["DE", "AT", "NL"]), "e164")
            labs.append((P, "%s mobile of parcel recipient" % phonenumbers.region_code_for_number(phonenumbers.parse(m)), m))
        lines.append("%s;UPS;%s;%s" % (ups_tracking(), m, R.choice(["in transit", "delivered", "exception"])))
    add("p_shipping_export_recipient_mobiles", br_cohere("Which parcels need a call? Export:\n" + "\n".join(lines)), labs)

    ue, sid = pmail("chloe", "peeters", "telenet.be"), rs(32, LO + DIG)
    ev = {"event_id": hexs(32), "level": "error", "dsn": "https://%s@o%s.ingest.de.sentry.io/%s" % (hexs(32), rs(7, DIG), rs(16, DIG)),
          "user": {"id": rs(8, DIG), "email": ue, "ip_address": ips()},
          "request": {"url": "https://shop.acme.be/checkout", "headers": {"Cookie": "sessionid=%s; csrftoken=%s" % (sid, rs(32)), "User-Agent": "Mozilla/5.0"}}}
    add("p_sentry_event_user_and_cookie", anth("Triage this Sentry event (send_default_pii is on):\n" + json.dumps(ev, indent=2)),
        [(P, "email of user in sentry event", ue), (S, "django sessionid cookie", sid)])

    ce, cp = pmail("petra", "novak", "seznam.cz"), mobile("DE", "intl")
    csv_text = "name,email,mobile,segment\nPetra Novak,%s,%s,B2C\nAcme Retail GmbH,einkauf@acme-retail.de,,B2B\n" % (ce, cp)
    payload = b64(csv_text.encode())
    add("p_gem_inline_csv_contact", {"contents": [{"role": "user", "parts": [{"text": "Dedupe this contact list."}, {"inlineData": {"mimeType": "text/csv", "data": payload}}]}]},
        [(P, "email inside Gemini inlineData base64 csv (payload also carries a phone)", ce, payload)])

    vt = vault_hvs()
    rb_text = "# Runbook: rotate DB creds\n1. export VAULT_ADDR=https://vault.acme.internal:8200\n2. export VAULT_TOKEN=%s\n3. vault write -f database/rotate-root/shop\n" % vt
    pl = b64(rb_text.encode())
    add("p_conv_document_bytes_runbook_vault", {"messages": [{"role": "user", "content": [{"text": "Is this runbook still correct?"},
                                                                                          {"document": {"format": "md", "name": "rotate-db", "source": {"bytes": pl}}}]}],
                                                "inferenceConfig": {"maxTokens": 800}},
        [(S, "vault token inside Converse document bytes", vt, pl)])

    sqs = "sq0csp-" + rs(43, AL + "-_")
    ft = "SQUARE_APPLICATION_ID=sq0idp-%s\nSQUARE_APPLICATION_SECRET=%s\n" % (rs(22, AL + "-_"), sqs)
    fd = "data:text/plain;base64," + b64(ft.encode())
    add("p_resp_input_file_square_secret", {"model": "gpt-5", "input": [{"role": "user", "content": [{"type": "input_text", "text": "Which of these belong in the vault?"},
                                                                                                    {"type": "input_file", "filename": "square.env", "file_data": fd}]}]},
        [(S, "square oauth application secret inside input_file", sqs, fd)])

    log = "INTERNAL USE ONLY\n\n" + "\n".join(access_line() for _ in range(40)) + "\n\n-- DO NOT DISTRIBUTE --\n"
    add("p_conf_english_banners_log_export", br_mistral("Summarise traffic by status code:\n" + log),
        [(C, "INTERNAL USE ONLY banner", "INTERNAL USE ONLY"), (C, "DO NOT DISTRIBUTE footer", "DO NOT DISTRIBUTE")])

    f, l = person()
    e, ib = work_mail(f, l, "studio-%s.de" % l), iban_p("DE")
    inv = ("Rechnung Nr. 2025-118\n%s %s – Grafikdesign (Einzelunternehmerin)\nE-Mail: %s\nBitte überweisen Sie den Betrag auf mein Konto: %s\n"
           "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerin).\n" % (cap(f), cap(l), e, ib))
    add("p_de_freelancer_invoice_iban", legacy("Extract invoice fields as JSON:\n" + inv + "\nJSON:"),
        [(P, "email of sole trader", e), (P, "IBAN DE print of sole trader", ib)])

    # ---------------------------------------------------------------- negatives
    d2 = dump[:i0] + dump[i1:]
    add("n_openssl_pkcs12_certs_only", oai_tool("Which CA issued this?", "run_shell", {"cmd": "openssl pkcs12 -in vpn-bundle.p12 -nokeys"}, d2))
    sa2 = dict(sa, private_key="-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n", private_key_id="<redacted>")
    add("n_service_account_redacted", gem("Our security tool redacted this, is the structure right?\n" + json.dumps(sa2, indent=2)))
    add("n_classification_fields_logs", resp("Explain the fields:\n" + "\n".join(json.dumps({"doc_id": ruuid(), "classification": R.choice(["public", "internal", "confidential"]),
                                                                                             "confidential": R.choice([True, False]), "x-data-classification": "internal"}) for _ in range(12))
                                             + "\nenum Classification { PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED }\n"))
    add("n_sms_shortcodes_otps", conv("Label these SMS:\n" + "\n".join("2025-11-%02d;%s;Ihr Code lautet %s. Gültig 10 Min." % (R.randint(1, 28), R.choice(["DHL", "ACME", "72345", "Sparkasse"]), rs(6, DIG))
                                                                       for _ in range(15))))
    add("n_postgres_log_benign", br_claude("Anything alarming?\n" + "\n".join([
        "2025-11-12 09:0%d:00.000 CET [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%)" % (i, R.randint(100, 9999), R.randint(10, 9000), R.random() * 10) for i in range(5)] + [
        "2025-11-12 09:10:00.000 CET [771] FATAL:  password authentication failed for user \"app\"",
        "2025-11-12 09:10:01.000 CET [772] LOG:  duration: 812.4 ms  execute <unnamed>: SELECT * FROM orders WHERE customer_id = $1 AND created_at > $2",
        "2025-11-12 09:10:02.000 CET [772] DETAIL:  parameters: $1 = '48213', $2 = '2025-10-01'"])))
    add("n_nginx_error_log_benign", oai_parts('2025/11/12 09:31:07 [error] 2211#2211: *88123 connect() failed (111: Connection refused) while connecting to upstream, client: %s, '
                                              'server: api.acme.de, request: "GET /v1/health HTTP/1.1", upstream: "http://10.0.5.21:8080/v1/health", host: "api.acme.de"\nWhy?' % ips()))
