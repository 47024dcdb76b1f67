"""Theme 6 (hard negatives): SaaS and health / insurance files with nothing to report - env references and dummy
tokens, a Synthea-generated FHIR bundle (999 SSNs, 555 phones, numbered names), the HL7 v2.5 specification's example
PID segment, pseudonymised claims with provider NPIs, company contacts and role mailboxes, e-mail templates with merge
tags, a webhook handler that masks PII and its masked logs, Plaid / Braintree sandbox credentials, Adyen test client
key and CSE public key, FCM / APNs device tokens, masked LLM keys, the Segment snippet and an Algolia search-only key,
public SPA identity config, hashed-PII dbt models, and a large refactor session with nothing in it."""
import hashlib, json
from gen_common import R, rs, hexs, r3
from gen_sess import emit
import gen_vals as V


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def build():
    sh = iter(range(200, 500))
    pad = V.pad

    # n16 env references and dummy tokens
    ts = ("export const hubspot = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });\nexport const zendesk = createClient({\n  subdomain: 'northwindhelp',\n"
          "  username: process.env.ZENDESK_EMAIL,\n  token: process.env.ZENDESK_API_TOKEN,\n});\n")
    ex = ("# copy to .env.local and fill in\nHUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\nZENDESK_EMAIL=you@example.com\nZENDESK_API_TOKEN=<your-zendesk-api-token>\n"
          "INTERCOM_ACCESS_TOKEN=changeme\nTWILIO_AUTH_TOKEN=your_auth_token\nSENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")
    emit("n_saas_env_refs_and_example_env", next(sh), [("u", "Document the env vars the CRM integration needs"), ("t", "read", "src/crm/clients.ts", ts), ("t", "read", ".env.example", ex)] + pad("nm16", 3))

    # n17 Synthea synthetic FHIR bundle
    ents = []
    for i in range(6):
        g, f = R.choice(["Ana", "Delbert", "Myrtis", "Royce", "Shavonne", "Jeromy"]) + str(R.randint(100, 999)), R.choice(["Ortiz", "Kuhn", "Bogan", "Rempel", "Hegmann"]) + str(R.randint(100, 999))
        ents.append({"fullUrl": "urn:uuid:" + r3.ruuid(), "resource": {"resourceType": "Patient", "id": r3.ruuid(), "identifier": [
            {"system": "https://github.com/synthetichealth/synthea", "value": r3.ruuid()},
            {"type": {"coding": [{"code": "MR"}]}, "system": "http://hospital.smarthealthit.org", "value": r3.ruuid()},
            {"type": {"coding": [{"code": "SS"}]}, "system": "http://hl7.org/fhir/sid/us-ssn", "value": "999-%02d-%04d" % (R.randint(10, 99), R.randint(1000, 9999))},
            {"type": {"coding": [{"code": "DL"}]}, "system": "urn:oid:2.16.840.1.113883.4.3.25", "value": "S999%05d" % R.randint(10000, 99999)}],
            "name": [{"use": "official", "family": f, "given": [g]}], "telecom": [{"system": "phone", "value": "555-%03d-%04d" % (R.randint(100, 999), R.randint(1000, 9999)), "use": "home"}],
            "birthDate": "19%d-0%d-1%d" % (R.randint(40, 99), R.randint(1, 9), R.randint(0, 9))}})
    emit("n_synthea_fhir_bundle_synthetic", next(sh), [("u", "Load the Synthea sample bundle into the dev FHIR server and check the SSN identifier mapping"),
         ("t", "read", "fhir/samples/synthea_bundle.json", json.dumps({"resourceType": "Bundle", "type": "transaction", "entry": ents}, indent=1))] + pad("nm17", 2))

    # n18 HL7 v2.5 specification example message
    hl7 = ("MSH|^~\\&|REGADT|MCM|IFENG||199112311501||ADT^A04^ADT_A01|000001|P|2.5|||\nEVN|A04|199112311501|||GHH_ADT||\n"
           "PID|||191919^^^GENHOS^MR~371-66-9256^^^USSSA^SS|253763|MASSIE^JAMES^A||19560129|M|||171 ZOBERLEIN^^ISHPEMING^MI^49849^\"\"^||(900)485-5344|(900)485-5344||S|C|10199925^^^GENHOS^AN|371-66-9256||\nNK1|1|NUCLEAR^NELDA^W|SPO^SPOUSE||||NK^NEXT OF KIN\nPV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0|\n")
    emit("n_hl7_spec_example_adt", next(sh), [("u", "Write a parser test from the HL7 2.5 chapter 2 example message"), ("t", "read", "tests/hl7/fixtures/spec_adt_a04.hl7", hl7)] + pad("nm18", 3))

    # n19 pseudonymised claims, provider NPIs
    rows = "\n".join("%s,%s,1%09d,%s,%s,%d.00" % (rs(12, "0123456789ABCDEF"), sha("m%f" % R.random()), R.randint(0, 10**9 - 1), R.choice(["E11.9", "I10", "J45.909", "M54.5"]),
                                                 R.choice(["99213", "99214", "80053", "93000"]), R.randint(60, 900)) for _ in range(20))
    emit("n_claims_pseudonymised_member_keys", next(sh), [("u", "Compute allowed-amount percentiles per CPT from the research extract"),
         ("t", "bash", "head -21 research/claims_extract_pseudonymised.csv", "claim_key,member_key_sha256,rendering_npi,dx1,cpt,billed\n" + rows + "\n")] + pad("nm19", 2))

    # n20 company contacts and role mailboxes
    js = json.dumps({"support": {"email": "support@northwind-goods.com", "billing": "billing@northwind-goods.com", "privacy": "privacy@northwind-goods.com",
                                 "phone_tollfree": "1-800-426-9400", "phone_main": "+1 (512) 829-4100", "hours": "Mon-Fri 8am-8pm CT"},
                     "press": "press@northwind-goods.com", "returns_address": "Northwind Commerce Inc., Returns Dept., 2100 Riverside Dr, Austin, TX 78741"}, indent=2)
    emit("n_company_contacts_role_mailboxes", next(sh), [("u", "Show the support hours in the help widget footer"), ("t", "read", "config/company.json", js)] + pad("nm20", 3))

    # n21 e-mail templates with merge tags
    tpl = ("<p>Hi *|FNAME|*,</p>\n<p>Your order {{order.name}} has shipped with {{shipment.carrier}} (tracking {{shipment.tracking_number}}).</p>\n"
           "<p>Questions? Reply to this e-mail or write to <a href=\"mailto:help@northwind-goods.com\">help@northwind-goods.com</a>.</p>\n"
           "<p style=\"font-size:11px\">You receive this because you ordered at northwind-goods.com. <a href=\"*|UNSUB|*\">Unsubscribe</a> · "
           "<a href=\"https://northwind-goods.com/prefs?u=%s&id=%s\">Preferences</a></p>\n" % (hexs(25), hexs(10)))
    emit("n_email_templates_merge_tags", next(sh), [("u", "Port this Mailchimp template to a SendGrid dynamic template"), ("t", "read", "emails/order_shipped.html", tpl)] + pad("nm21", 3))

    # n22 PII masking before logging, and masked logs
    py = ("def mask_email(e: str) -> str:\n    local, _, dom = e.partition('@')\n    return f\"{local[:1]}***@{dom}\"\n\n\ndef mask_phone(p: str) -> str:\n"
          "    return '***-***-' + p[-4:]\n\n\ndef redact(payload: dict) -> dict:\n    c = payload.get('customer', {})\n    return {**payload, 'customer': {**c, 'email': mask_email(c.get('email', '')), 'phone': mask_phone(c.get('phone', ''))}}\n")
    log = "\n".join("INFO order.created id=NW-%d customer.email=%s***@%s customer.phone=***-***-%s total=%d.%02d" % (R.randint(10000, 19999), R.choice("ajkmrst"), R.choice(["gmail.com", "yahoo.com", "icloud.com"]),
                                                                                                                    rs(4, "0123456789"), R.randint(10, 300), R.randint(0, 99)) for _ in range(10))
    emit("n_webhook_masking_and_masked_logs", next(sh), [("u", "Confirm we no longer log raw customer data"), ("t", "read", "hooks/redaction.py", py),
         ("t", "bash", "kubectl logs deploy/hooks --since=1h | grep order.created | tail -10", log)] + pad("nm22", 2))

    # n23 sandbox credentials (Plaid sandbox, Braintree sandbox)
    env = ("PLAID_ENV=sandbox\nPLAID_CLIENT_ID=%s\nPLAID_SANDBOX_ACCESS_TOKEN=%s\nBRAINTREE_ENVIRONMENT=sandbox\nBRAINTREE_TOKENIZATION_KEY=sandbox_%s_%s\n"
           "BRAINTREE_SANDBOX_ACCESS_TOKEN=access_token$sandbox$%s$%s\n" % (hexs(24), V.plaid_access("sandbox"), rs(8, "abcdefghijklmnopqrstuvwxyz0123456789"), rs(16, "abcdefghijklmnopqrstuvwxyz0123456789"), V.bt_ident(16), hexs(32)))
    emit("n_plaid_braintree_sandbox_env", next(sh), [("u", "Local dev can't link a bank account"), ("t", "bash", "cat .env.development", env)] + pad("nm23", 3))

    # n24 Adyen test client key and CSE public key
    ts = ("const checkout = await AdyenCheckout({\n  environment: 'test',\n  clientKey: 'test_%s',\n  locale: 'en-US',\n  paymentMethodsResponse,\n});\n"
          "// legacy client-side encryption public key (public by design)\nexport const CSE_KEY = '10001|%s';\n" % (rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), hexs(512).upper()))
    emit("n_adyen_test_client_key_cse", next(sh), [("u", "Drop-in shows 'Invalid client key' in staging"), ("t", "read", "web/src/payments/adyen.ts", ts)] + pad("nm24", 3))

    # n25 device tokens (push)
    log = "\n".join("push.sent platform=%s token=%s campaign=cart_reminder status=%s" % ((("android", V.fcm_device()) if i % 2 else ("ios", hexs(64))) + (R.choice(["ok", "ok", "unregistered"]),)) for i in range(10))
    emit("n_push_device_tokens_log", next(sh), [("u", "Prune unregistered device tokens"), ("t", "bash", "tail -10 logs/push.log", log)] + pad("nm25", 2))

    # n26 masked LLM keys
    out = ("NAME                 KEY                  CREATED     LAST USED\nsupportbot-prod      sk-proj-...%s          2025-08-14  2025-11-24\nsupportbot-staging   sk-proj-...%s          2025-08-14  2025-11-20\n"
           "claude-support       sk-ant-api03-...%s   2025-09-02  2025-11-24\n" % (rs(4), rs(4), rs(4)))
    py = "claude = Anthropic(api_key=os.environ[\"ANTHROPIC_API_KEY\"])\nembedder = OpenAI()  # reads OPENAI_API_KEY\n"
    emit("n_llm_keys_env_and_masked_listing", next(sh), [("u", "Which keys does the support bot use in prod?"), ("t", "read", "supportbot/clients.py", py),
         ("t", "bash", "./scripts/list-api-keys.sh", out)] + pad("nm26", 3))

    # n27 Segment snippet write key and Algolia search-only key (public by design)
    js = ("!function(){var analytics=window.analytics=window.analytics||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error(\"Segment snippet included twice.\");"
          "else{analytics.invoked=!0;analytics.load=function(key,e){var t=document.createElement(\"script\");t.type=\"text/javascript\";t.async=!0;"
          "t.src=\"https://cdn.segment.com/analytics.js/v1/\" + key + \"/analytics.min.js\";var n=document.getElementsByTagName(\"script\")[0];n.parentNode.insertBefore(t,n)};"
          "analytics.SNIPPET_VERSION=\"4.15.3\";analytics.load(\"%s\");analytics.page();}}();\n\n"
          "// search-only key: safe in the browser (ACL: search)\nconst searchClient = algoliasearch('%s', '%s');\n" % (V.segment_write(), V.algolia_app(), hexs(32)))
    emit("n_segment_snippet_algolia_search_key", next(sh), [("u", "Page views are counted twice since the redesign"), ("t", "read", "public/js/analytics.js", js)] + pad("nm27", 3))

    # n28 public SPA identity config
    js = json.dumps({"auth0": {"domain": "northwind.us.auth0.com", "clientId": rs(32), "authorizationParams": {"audience": "https://api.northwind-goods.com", "scope": "openid profile email"},
                               "cacheLocation": "memory", "useRefreshTokens": True}, "okta": {"issuer": "https://northwind-workforce.okta.com/oauth2/default", "clientId": "0oa" + rs(17), "pkce": True}}, indent=2)
    emit("n_spa_identity_public_config", next(sh), [("u", "Silent login fails in Firefox strict mode"), ("t", "read", "web/src/auth/config.json", js)] + pad("nm28", 3))

    # n29 hashed-PII dbt model
    sql = ("{{ config(materialized='incremental', unique_key='customer_key') }}\n\nselect\n    sha2(lower(trim(email)), 256)        as customer_key,\n"
           "    sha2(regexp_replace(phone, '[^0-9]', ''), 256) as phone_key,\n    date_trunc('month', first_order_at) as cohort_month,\n    country,\n    lifetime_value\n"
           "from {{ ref('stg_customers') }}\n{% if is_incremental() %}where updated_at > (select max(updated_at) from {{ this }}){% endif %}\n")
    out = "\n".join("%s  %s  2025-0%d-01  %s  %d.%02d" % (sha(str(R.random())), sha(str(R.random())), R.randint(1, 9), R.choice(["US", "GB", "DE", "CA"]), R.randint(20, 900), R.randint(0, 99)) for _ in range(8))
    emit("n_dbt_hashed_customer_keys", next(sh), [("u", "Check the hashed customer model before the data share"), ("t", "read", "models/marts/dim_customer_hashed.sql", sql),
         ("t", "bash", "dbt show -s dim_customer_hashed --limit 8", out)] + pad("nm29", 2))

    # n30 large refactor session, nothing to report (about 300 KB)
    emit("n_large_checkout_refactor_session", next(sh), [("u", "Split the monolithic checkout module into cart, pricing and payment packages")] + pad("nm30", 19, 12000)
         + [("a", "Plan: move price rules first, then the payment adapters.")])
