"""Theme 4 (hard negatives): chat pastes with nothing sensitive - masked cards, company invoices (company IBAN, VAT,
switchboard, toll-free), lowercase prose about confidentiality, redacted logs, GTINs and SKUs, ARNs and account ids,
example.com and role mailboxes, template variables, Stripe test-mode events, documented AWS example keys, TLP:CLEAR."""
from gen_common import R, rs, hexs, ruuid, iban_p, gtin
from gen_sess import say, emit
import gen_text_code as TC
import gen_text_ops as TO

K = ["anth", "oai", "resp", "gem", "conv", "brc", "llama", "titan", "cohere", "mistral", "parts"]


def rep(n, f):
    return "\n".join(f(i) for i in range(n))


def build():
    k = iter(K * 3)
    say("n_support_ticket_masked_card", next(k), "Reply to this ticket:\n\nTicket #48377\nCustomer: (verified)\nOrder: SO-2025-120114 / payment pi_%s\nCard: Visa •••• 4242, exp 09/27\n"
        "Message: the parcel shows delivered but I never got it. Tracking 1Z%s.\n\nOur contact: support@acme-outdoor.de, +49 89 4132 0, Mon–Fri 9–17.\n" % (rs(24), rs(16, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")))
    say("n_company_invoice_iban_vat", next(k), ("Extract the invoice fields as JSON:\n\nRECHNUNG Nr. 2025-11-0871\nAcme Outdoor GmbH · Landsberger Str. 110 · 80339 München\n"
        "Tel. +49 89 41320-0 · Fax +49 89 41320-99 · Hotline 0800 3344556 · info@acme-outdoor.de\nUSt-IdNr. DE%s · HRB 219876 · Geschäftsführer: Lena Schneider\n"
        "Bankverbindung: Stadtsparkasse München · IBAN %s · BIC SSKMDEMMXXX\n\n" % (rs(9, "0123456789"), iban_p("DE")) +
        rep(40, lambda i: "%d  %s %s  %d x %d,%02d EUR" % (i + 1, TC.pascal(R.choice(TC.ENT)), gtin(), R.randint(1, 9), R.randint(5, 300), R.randint(0, 99)))))
    say("n_meeting_notes_lowercase_prose", next(k), "Summarise:\n\nSprint review 19 Nov\n- Demo of the new cart drawer, feedback positive\n- please keep the launch date confidential until "
        "marketing announces it\n- internal only tooling: the seed script now uses example.com users\n" + rep(60, lambda i: "- %s %s: %s" % (R.choice(TC.VERB), R.choice(TC.ENT), R.choice(["done", "in review", "blocked on API", "moved to next sprint"]))))
    say("n_redacted_app_log", next(k), "What is causing the 502s?\n\n" + rep(400, lambda i: "%s %s user=%s email=[REDACTED] ip=10.%d.%d.%d path=/api/v1/%ss status=%d dur=%dms" % (
        TO.ts(R), R.choice(["INFO", "WARN", "ERROR"]), hexs(16), R.randint(0, 9), R.randint(0, 255), R.randint(1, 254), R.choice(TC.ENT), R.choice([200, 200, 502, 504]), R.randint(3, 3000))))
    say("n_inventory_sheet_gtin_sku", next(k), "Which of these are below reorder point?\n\nsku;gtin;name;stock;reorder_point;warehouse\n" + rep(500, lambda i: "ACM-%05d;%s;%s %s;%d;%d;%s" % (
        R.randint(1, 99999), gtin(), TC.pascal(R.choice(TC.ENT)), R.choice(["2P", "XL", "Blue", "30L"]), R.randint(0, 400), R.randint(10, 80), R.choice(["MUC1", "LYO2", "RTM1"]))))
    say("n_aws_cli_output_arns", next(k), "Which of these roles are unused?\n\n" + rep(120, lambda i: '{"RoleName": "%s-%s", "RoleId": "AROA%s", "Arn": "arn:aws:iam::%d:role/%s-%s", "CreateDate": "%s", "RoleLastUsed": {"LastUsedDate": "%s", "Region": "eu-central-1"}}' % (
        R.choice(TC.ENT), R.choice(TC.VERB), rs(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 480213377612, R.choice(TC.ENT), R.choice(TC.VERB), TO.ts(R), TO.ts(R))))
    say("n_k8s_events_timestamps", next(k), "Explain these events:\n\n" + rep(300, lambda i: "%dm  Warning  %s  pod/%s-%s-%s  %s" % (
        R.randint(1, 90), R.choice(["BackOff", "Unhealthy", "FailedScheduling", "Pulled"]), R.choice(TC.ENT), hexs(10), rs(5, "abcdefghijklmnopqrstuvwxyz0123456789"), R.choice(["Readiness probe failed: HTTP probe failed with statuscode: 503", "0/12 nodes are available: 3 Insufficient memory.", "Back-off restarting failed container app"]))))
    say("n_jira_export_ticket_ids", next(k), "Group these by theme:\n\n" + rep(250, lambda i: "SHOP-%d\t%s %s %s\t%s\t%s" % (R.randint(1000, 9999), TC.pascal(R.choice(TC.VERB)), R.choice(TC.ENT), R.choice(["fails", "is slow", "shows wrong total"]), R.choice(["Bug", "Story", "Task"]), TO.ts(R)[:10])))
    say("n_email_thread_example_and_roles", next(k), "Reply to the last message:\n\nFrom: Jane Doe <jane.doe@example.com>\nTo: support@acme-outdoor.de\nCc: billing@acme-outdoor.de\n\nHi, is the Trailhead tent back in stock?\n\n"
        "From: Acme Support <support@acme-outdoor.de>\nWe expect new stock in week 49. Reply to this mail or call our hotline 0800 3344556 (free).\n\nnoreply@acme-outdoor.de: your case SR-%d was updated\n" % R.randint(100000, 999999))
    say("n_release_notes_versions", next(k), "Rewrite for customers:\n\n" + TO.changelog("n-rn", 20000))
    say("n_uptime_report_ips", next(k), "Summarise the outages:\n\n" + rep(300, lambda i: "%s  check=%s-%s  target=10.%d.%d.%d:%d  rtt=%.1fms  %s" % (TO.ts(R), R.choice(TC.ENT), R.choice(["http", "tcp", "dns"]), R.randint(0, 30), R.randint(0, 255), R.randint(1, 254), R.choice([443, 5432, 6379, 8080]), R.random() * 200, R.choice(["UP", "UP", "UP", "DOWN"]))))
    say("n_hr_policy_id_masking", next(k), "Proofread this policy:\n\nPersonal data in HR systems\n1. National insurance and social security numbers are shown masked (XXX-XX-1234 / ** ** ** 12 A).\n"
        "2. Bank details are shown as DE** **** **** **** **12 34.\n3. Requests for unmasked data go to dpo@acme-outdoor.de.\n4. Example for training material only: SSN 078-05-1120, IBAN DE89 3704 0044 0532 0130 00.\n")
    say("n_support_macros_templates", next(k), "Improve the tone of these macros:\n\n" + rep(30, lambda i: "[macro %d] Hi {{ticket.requester.first_name}}, we sent a confirmation to {{ticket.requester.email}}. "
        "Your order {{order.number}} ships from {{warehouse.city}}. If you need us, call {{brand.phone}}.\n" % i))
    say("n_terraform_plan_sensitive_output", next(k), "Is this plan safe to apply?\n\n" + rep(80, lambda i: '  ~ resource "aws_ssm_parameter" "%s_%d" {\n        id    = "/shop/prod/%s"\n      ~ value = (sensitive value)\n        version = %d\n    }' % (R.choice(TC.ENT), i, R.choice(TC.ENT), R.randint(1, 20))))
    say("n_stripe_webhook_test_mode", next(k), "Why does my handler ignore this event?\n\n" + '{"id":"evt_%s","object":"event","livemode":false,"type":"payment_intent.succeeded","data":{"object":{"id":"pi_%s","customer":"cus_%s","amount":18900,"currency":"eur",'
        '"payment_method_details":{"card":{"brand":"visa","last4":"4242","exp_month":12,"exp_year":2030}},"metadata":{"order_id":"SO-2025-120077"}}},"request":{"id":"req_%s","idempotency_key":"%s"}}\n\nTest card used: 4242 4242 4242 4242, publishable key pk_test_%s' % (rs(24), rs(24), rs(14), rs(14), ruuid(), rs(99)))
    say("n_tutorial_aws_example_keys", next(k), "Is this tutorial still accurate for AWS CLI v2?\n\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
        "Default region name [None]: us-west-2\n\nNever paste your real keys into chat tools.\n" + TO.changelog("n-tut", 6000))
    say("n_sql_query_plan", next(k), "Why is this slow?\n\nEXPLAIN (ANALYZE, BUFFERS)\n" + rep(200, lambda i: "  ->  Index Scan using %ss_status_idx on %ss (cost=0.%d..%d.%d rows=%d width=%d) (actual time=0.%03d..%d.%03d rows=%d loops=1)" % (
        R.choice(TC.ENT), R.choice(TC.ENT), R.randint(10, 99), R.randint(100, 99999), R.randint(0, 99), R.randint(1, 90000), R.randint(8, 200), R.randint(0, 999), R.randint(0, 900), R.randint(0, 999), R.randint(0, 90000))))
    say("n_sensor_csv_phone_like_numbers", next(k), "Plot the trend:\n\nstation_id;reading_id;ts;temp_c;humidity\n" + rep(600, lambda i: "0%d %d %d;%d;%s;%.1f;%d" % (
        R.randint(100, 999), R.randint(1000, 9999), R.randint(100, 999), R.randint(10 ** 9, 10 ** 10), TO.ts(R), R.random() * 30, R.randint(20, 90))))
    say("n_order_export_long_order_numbers", next(k), "Sum revenue by day:\n\norder_number,date,total_eur,status\n" + rep(500, lambda i: "%d,%s,%d.%02d,%s" % (
        R.randint(10 ** 15, 10 ** 16 - 1), TO.ts(R)[:10], R.randint(10, 900), R.randint(0, 99), R.choice(["paid", "refunded", "shipped"]))))
    say("n_translation_marketing_copy", next(k), "Translate to French and Italian:\n\n" + rep(40, lambda i: "Our %s %s is built for long trips: light, tough and easy to pack. Free returns within 30 days." % (R.choice(["Trailhead", "Summit", "Ridge"]), R.choice(TC.ENT))))
    say("n_press_release_company_contacts", next(k), "Tighten this press release:\n\nMunich, 20 Nov 2025 – Acme Outdoor opens its Lyon warehouse...\n\nPress contact: Acme Outdoor GmbH, Corporate Communications, press@acme-outdoor.de, +49 89 41320-0\n" + TO.changelog("n-pr", 5000))
    say("n_sales_table_by_region", next(k), "Make a chart description:\n\nregion | q1 | q2 | q3 | q4\n" + rep(150, lambda i: "%s-%d | %d | %d | %d | %d" % (R.choice(["DE", "FR", "IT", "NL", "AT"]), i, R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 5, 10 ** 7))))
    say("n_public_advisory_tlp_clear", next(k), "Does this affect us?\n\nTLP:CLEAR\nAdvisory: CVE-2025-%d in %s < %s\nFixed in %s. SHA256 of patched tarball: %s\n" % (R.randint(10000, 60000), R.choice(TO.PKGS), TO.ver(R), TO.ver(R), hexs(64)) + TO.npm_install("n-adv", 6000))
    emit("n_npm_audit_multi_turn", __import__("gen_shapes").gemini, [("u", "npm audit output:\n\n" + rep(120, lambda i: "%s  <%s\nSeverity: %s\nGHSA-%s-%s-%s\nfix available via `npm audit fix`" % (
        R.choice(TO.PKGS), TO.ver(R), R.choice(["moderate", "high", "low"]), rs(4, "23456789cfghjmpqrvwx"), rs(4, "23456789cfghjmpqrvwx"), rs(4, "23456789cfghjmpqrvwx")))), ("a", "Most of these come from one transitive dependency..."), ("u", "ok which ones are runtime deps?")])
