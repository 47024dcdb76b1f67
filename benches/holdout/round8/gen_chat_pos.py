"""Theme 2 (positives): chat users pasting ordinary material - support tickets, HR and CRM spreadsheets, meeting notes
and decks with a banner, e-mail threads with a signature, logs, a curl command, an AWS credentials file, a Java stack
trace with a JDBC URL, a freelancer's invoice."""
from gen_common import R, S, P, C, rs, hexs, b64, pwd, upw, aws_id, aws_secret, card, iban_p, mobile, email, person, cap, de_idnr, fr_nir, \
    V7, PV7, ssn
from gen_sess import say, emit
import gen_text_ops as TO

KINDS = ["anth", "oai", "resp", "gem", "conv", "brc", "llama", "titan", "cohere", "mistral", "parts"]


def name():
    f, l = person()
    return f, l, "%s %s" % (cap(f), cap(l))


def build():
    k = iter(KINDS * 3)
    # C1 support ticket
    f, l, n = name(); e, ph = email(f, l), mobile("UK", "national")
    say("p_support_ticket_reply_draft", next(k), ("Draft a friendly reply to this ticket, offer a replacement:\n\nTicket #48213 (priority: normal)\nFrom: %s <%s>\n"
        "Subject: Tent pole snapped on first trip\n\nHi, the main pole of my Trailhead 2P snapped on the first night. Order SO-2025-118342, delivered 3 Nov.\n"
        "You can call me on %s after 5pm.\nThanks, %s\n") % (n, e, ph, cap(f)), [(P, "customer email in ticket", e), (P, "UK mobile in ticket", ph)])

    # C2 HR payroll spreadsheet (CSV) with tax ids and IBANs
    rows, labs = ["personal_nr;name;steuer_id;iban;steuerklasse;brutto"], []
    for i in range(3):
        f, l, n = name(); t, ib = de_idnr(), iban_p("DE")
        rows.append("%d;%s;%s;%s;%d;%d,00" % (40110 + i, n, t, ib, R.choice([1, 3, 4]), R.randint(3800, 7200)))
        labs += [(P, "DE Steuer-ID in payroll CSV", t), (P, "employee IBAN in payroll CSV", ib)]
    say("p_hr_payroll_csv_taxid_iban", next(k), "Check these November payroll rows for formatting problems before I import them into DATEV:\n\n" + "\n".join(rows), labs)

    # C3 meeting notes with a banner
    notes = ("CONFIDENTIAL\n\nLeadership sync – 18 Nov 2025\nAttendees: CEO, CFO, VP Eng, VP Sales\n\n1. Q4 forecast down 6% vs plan; EMEA retail softer.\n"
             "2. Plan to close the Lyon warehouse by end of Q1; consultation with works council in January.\n3. Price increase of 4% on tents from 1 Feb.\n\n"
             "Actions: CFO to model two scenarios; VP Eng to scope the ERP cutover.\n")
    say("p_meeting_notes_confidential_banner", next(k), "Turn these notes into an email summary for the attendees:\n\n" + notes, [(C, "CONFIDENTIAL banner on notes", "CONFIDENTIAL")])

    # C4 email thread with INTERNAL ONLY header and a personal mobile in a signature
    f, l, n = name(); ph = mobile("DE", "intl")
    thr = ("INTERNAL ONLY – do not forward outside Acme\n\nFrom: %s\nTo: Ops Leads\nSubject: Re: carrier switch for Benelux\n\nAll, DHL quote is 8%% under PostNL for parcels >5kg."
           " Let's decide Thursday.\n\nBest\n%s\nHead of Logistics | Acme Outdoor GmbH\nMobil: %s\n") % (n, n, ph)
    say("p_email_internal_only_signature_mobile", next(k), "Summarise this thread in 3 bullets:\n\n" + thr,
        [(C, "INTERNAL ONLY header", "INTERNAL ONLY"), (P, "DE mobile in signature", ph)])

    # C5 complaint with a full card number
    f, l, n = name(); c, e = card("visa"), email(f, l)
    cf = "%s %s %s %s" % (c[:4], c[4:8], c[8:12], c[12:])
    say("p_complaint_double_charge_card", next(k), ("Customer wrote this, what should I check in Stripe?\n\n\"I was charged twice (2 x 189,00 EUR) on my card %s for order "
        "SO-2025-120077. Please refund one. My email is %s.\"") % (cf, e), [(P, "card number in complaint", cf), (P, "customer email in complaint", e)])

    # C6 app log with login e-mails in query strings
    e1, e2 = email(), email()
    lines = [TO.ts(R) + " INFO  GET /api/v1/products?page=%d 200 %dms" % (R.randint(1, 9), R.randint(5, 90)) for _ in range(120)]
    lines.insert(40, TO.ts(R) + " WARN  POST /auth/login?email=%s 401 112ms reason=bad_credentials" % e1.replace("@", "%40"))
    lines.insert(85, TO.ts(R) + " WARN  POST /auth/login?email=%s 429 3ms reason=rate_limited" % e2.replace("@", "%40"))
    say("p_app_log_login_emails_in_query", next(k), "Are we under a credential-stuffing attack? Log excerpt:\n\n" + "\n".join(lines),
        [(P, "email url-encoded in login query", e1.replace("@", "%40")), (P, "email url-encoded in login query", e2.replace("@", "%40"))])

    # C7 ~/.aws/credentials pasted
    ak, sa = aws_id(), aws_secret()
    say("p_aws_credentials_file_profile", next(k), ("aws s3 ls --profile shop-prod says 'The config profile (shop-prod) could not be found'. my files:\n\n~/.aws/config\n"
        "[profile shop-prod]\nregion = eu-central-1\noutput = json\n\n~/.aws/credentials\n[shop_prod]\naws_access_key_id = %s\naws_secret_access_key = %s\n") % (ak, sa),
        [(S, "AWS key id in credentials file", ak), (S, "AWS secret in credentials file", sa)])

    # C8 Slack bolt snippet with a bot token and the developer's own address
    bt, e = V7.slack_bot(), email()
    say("p_slack_bolt_snippet_bot_token", next(k), ("why does my bolt app never receive message events?\n\nconst { App } = require('@slack/bolt');\nconst app = new App({\n"
        "  token: '%s',\n  signingSecret: process.env.SLACK_SIGNING_SECRET,\n});\napp.message('hello', async ({ say }) => say('hi'));\n\n(ping me at %s if you need the manifest)") % (bt, e),
        [(S, "Slack bot token in pasted code", bt), (P, "developer personal email", e)])

    # C9 board deck text
    deck = ("STRICTLY CONFIDENTIAL – DO NOT DISTRIBUTE\n\nProject Granite: acquisition of Nordpack AB\nValuation range EUR 38–44m (6.5–7.5x EBITDA)\nSynergies: EUR 3.1m by year 2\n"
            "Timeline: LOI 15 Dec, SPA signing Feb 2026\n\n" + "\n".join("Slide %d: %s" % (i, R.choice(["Market overview", "Integration plan", "Risks", "Financing"])) for i in range(2, 14)))
    say("p_board_deck_strictly_confidential", next(k), "Shorten this deck text into a one-page memo:\n\n" + deck, [(C, "STRICTLY CONFIDENTIAL banner", "STRICTLY CONFIDENTIAL"),
                                                                                                         (C, "DO NOT DISTRIBUTE banner", "DO NOT DISTRIBUTE")])

    # C10 onboarding form (FR) with NIR and IBAN
    f, l, n = name(); nir, ib = fr_nir(), iban_p("FR")
    say("p_onboarding_form_fr_nir_iban", next(k), ("Peux-tu vérifier que ce formulaire est complet ?\n\nNom : %s\nN° de sécurité sociale : %s\nIBAN : %s\nDate d'entrée : 05/01/2026\n"
        "Poste : Préparateur de commandes\n") % (n, nir, ib), [(P, "FR NIR in onboarding form", nir), (P, "FR IBAN of employee", ib)])

    # C11 freelancer invoice (sole trader IBAN, phone, email)
    f, l, n = name(); ib, ph, e = iban_p("NL"), mobile("NL", "intl"), email(f, l)
    inv = ("FACTUUR 2025-031\n%s – Fotografie\n%s | %s\nKvK 8%s\n\nAan: Acme Outdoor GmbH\nProductfoto's collectie SS26, 2 dagen\nTotaal: EUR 2.420,00\n\nGraag overmaken naar %s t.n.v. %s\n"
           % (n, ph, e, rs(7, "0123456789"), ib, n))
    say("p_freelancer_invoice_nl", next(k), "Enter this invoice into our AP sheet, give me the fields as JSON:\n\n" + inv,
        [(P, "NL IBAN of sole trader", ib), (P, "NL mobile of freelancer", ph), (P, "freelancer email", e)])

    # C12 Java stack trace with a JDBC URL carrying a password
    jp = upw(16)
    tr = TO.stack_java("c12", "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is "
                       "org.postgresql.util.PSQLException: FATAL: no pg_hba.conf entry for host \"10.4.1.22\" (url=jdbc:postgresql://reporting:%s@10.4.0.9:5432/dwh)" % jp)
    say("p_java_trace_jdbc_url_password", next(k), "this started after the VPC change:\n\n" + tr, [(S, "password in JDBC URL in exception", jp)])

    # C13 datadog.yaml
    dd = hexs(32)
    say("p_datadog_agent_yaml_api_key", next(k), ("agent status shows 'API Key invalid' even though it's right:\n\n# /etc/datadog-agent/datadog.yaml\napi_key: %s\nsite: datadoghq.eu\n"
        "logs_enabled: true\nprocess_config:\n  process_collection:\n    enabled: true\ntags:\n  - env:prod\n  - team:shop\n") % dd, [(S, "Datadog api_key in datadog.yaml", dd)])

    # C14 az CLI output with a storage connection string
    ak = b64(bytes(R.randrange(256) for _ in range(64)))
    cs = "DefaultEndpointsProtocol=https;AccountName=acmeshopexports;AccountKey=%s;EndpointSuffix=core.windows.net" % ak
    say("p_az_storage_connection_string", next(k), ("the export function can't write blobs. output of az storage account show-connection-string:\n\n{\n  \"connectionString\": \"%s\"\n}\n") % cs,
        [(S, "Azure storage AccountKey", ak)])

    # C15 German letter with Steuer-ID and IBAN to translate
    f, l, n = name(); t, ib = de_idnr(), iban_p("DE")
    say("p_letter_de_translate_taxid", next(k), ("Please translate into English:\n\nSehr geehrte Damen und Herren,\nanbei meine Unterlagen für die Lohnabrechnung. Meine Steuer-ID lautet %s, "
        "mein Gehaltskonto: %s.\nMit freundlichen Grüßen\n%s\n") % (t, ib, n), [(P, "DE Steuer-ID in letter", t), (P, "DE IBAN of writer", ib)])

    # C16 postmortem INTERNAL ONLY with a Slack webhook (multi-turn OpenAI)
    wh = __import__("gen_common").slack_webhook()
    pm = ("Postmortem – checkout outage 2025-11-14  (INTERNAL ONLY)\n\nImpact: 47 min, ~1,900 failed checkouts.\nRoot cause: connection pool exhausted after deploy 2025.11.14-2.\n"
          "Detection: alert fired via %s but the channel was muted.\nFollow-ups: raise pool size, unmute #shop-alerts.\n") % wh
    emit("p_postmortem_internal_only_webhook", __import__("gen_shapes").oai_chat, [("u", "Make this postmortem more readable:\n\n" + pm), ("a", "Sure, here is a cleaner version..."),
         ("u", "Also add a timeline section")], [(C, "INTERNAL ONLY marker on postmortem", "INTERNAL ONLY"), (S, "Slack webhook URL in postmortem", wh)])

    # C17 CRM export
    rows, labs = ["id,first_name,last_name,email,phone,country,ltv_eur"], []
    for i, cc in enumerate(["DE", "AT", "IT", "ES", "BE"]):
        f, l, n = name(); e, ph = email(f, l), mobile(cc, "e164")
        rows.append("%d,%s,%s,%s,%s,%s,%d" % (7001 + i, cap(f), cap(l), e, ph, cc, R.randint(80, 3000)))
        labs += [(P, "customer email in CRM export", e), (P, "%s mobile in CRM export" % cc, ph)]
    say("p_crm_export_top_customers", next(k), "Write a win-back email for each of these customers (don't send, just draft):\n\n" + "\n".join(rows), labs)

    # C18 docker login with a Docker Hub PAT in shell history
    dp = "dckr_pat_" + rs(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    hist = "\n".join("%5d  %s" % (900 + i, c) for i, c in enumerate(["cd ~/src/etl", "git pull", "docker compose build", "docker login -u acmebuild -p %s" % dp,
                                                                     "docker push acmebuild/etl:2025.11.20", "docker logout"]))
    say("p_shell_history_docker_login_pat", next(k), "push worked once then 'denied: requested access to the resource is denied'. my history:\n\n" + hist,
        [(S, "Docker Hub PAT in docker login -p", dp)])
