"""Theme 2 (positives): coding-agent sessions on SaaS integrations - Salesforce connected app (consumer secret,
refresh / access tokens, JWT bearer key), HubSpot private app token, Zendesk and Intercom tokens, Twilio auth token,
Mailchimp / SendGrid / Postmark keys, Algolia admin key, Auth0 and Okta client secrets and an Okta API token, the FCM
legacy server key and an APNs .p8 key, OpenAI / Anthropic keys in a support bot, a 3PL SFTP key."""
from gen_common import R, rs, key, S, K, P, V7, r3
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(20, 200))
    pad = V.pad

    # 10 Salesforce: sfdx / jsforce auth file with consumer secret, refresh and access tokens (consumer key = client id)
    ck, cs, rt, at = V.sf_consumer_key(), V.sf_consumer_secret(), V.sf_refresh(), V.sf_session()
    js = ('{\n  "instanceUrl": "https://northwind.my.salesforce.com",\n  "loginUrl": "https://login.salesforce.com",\n  "clientId": "%s",\n  "clientSecret": "%s",\n'
          '  "refreshToken": "%s",\n  "accessToken": "%s",\n  "username": "integration.user@northwind-goods.com.prod",\n  "orgId": "00D%s"\n}\n' % (ck, cs, rt, at, rs(15)))
    emit("p_salesforce_connected_app_tokens", next(sh), [("u", "The CRM sync gets INVALID_SESSION_ID every few hours. Can you look at how we refresh?"),
         ("t", "read", "crm-sync/.sfdx/northwind-prod.json", js), ("a", "The access token is cached but never refreshed; use the refresh token grant on 401.")] + pad("sf10", 3),
         [(S, "Salesforce connected app consumer secret", cs), (S, "Salesforce refresh token", rt), (S, "Salesforce access token (session id)", at)])

    # 11 Salesforce JWT bearer key committed for CI
    pem = key("sf_jwt_server.key").strip()
    wf = ("- name: Authorize org\n  run: |\n    echo \"$SF_JWT_KEY\" > server.key\n    sf org login jwt --client-id ${{ vars.SF_CONSUMER_KEY }} --jwt-key-file server.key "
          "--username ci@northwind-goods.com.prod --alias prod\n")
    emit("p_salesforce_jwt_server_key_in_repo", next(sh), [("u", "Why is there a server.key in the repo root? CI uses the secret, right?"),
         ("t", "read", ".github/workflows/deploy-sfdx.yml", wf), ("t", "bash", "git ls-files | grep -i key; cat server.key", "server.key\n" + pem + "\n"),
         ("a", "CI writes the secret to server.key at runtime; this copy was committed by mistake and must be rotated.")] + pad("sf11", 2),
         [(K, "Salesforce JWT bearer RSA private key", pem)])

    # 12 HubSpot private app token in a TypeScript client
    hs = V.hubspot()
    ts = ("import { Client } from '@hubspot/api-client';\n\nexport const hubspot = new Client({\n  accessToken: '%s',\n  numberOfApiCallRetries: 3,\n});\n\n"
          "export async function upsertContact(email: string, props: Record<string, string>) {\n  return hubspot.crm.contacts.basicApi.create({ properties: { email, ...props } });\n}\n" % hs)
    emit("p_hubspot_private_app_token_client", next(sh), [("u", "upsertContact throws CONFLICT for existing contacts, make it a real upsert"), ("t", "read", "src/crm/hubspot.ts", ts)]
         + pad("hs12", 3), [(S, "HubSpot private app access token", hs)])

    # 13 Zendesk + Intercom support bridge
    zt, it = V.zendesk(), V.intercom()
    py = ("ZENDESK_SUBDOMAIN = \"northwindhelp\"\nZENDESK_EMAIL = \"support-automation@northwind-goods.com\"\nZENDESK_API_TOKEN = \"%s\"\n"
          "INTERCOM_ACCESS_TOKEN = \"%s\"\n\nSESSION = requests.Session()\nSESSION.auth = (f\"{ZENDESK_EMAIL}/token\", ZENDESK_API_TOKEN)\n" % (zt, it))
    emit("p_zendesk_intercom_bridge_tokens", next(sh), [("u", "Move the Intercom conversations into Zendesk tickets; what does settings.py have?"),
         ("t", "read", "support_bridge/settings.py", py)] + pad("zd13", 3), [(S, "Zendesk API token", zt), (S, "Intercom access token", it)])

    # 14 Twilio client with literal SID and auth token (the SID is an identifier)
    sid, tok = V.twilio_sid(), V.twilio_token()
    py = ("from twilio.rest import Client\n\nclient = Client(\"%s\", \"%s\")\nVERIFY_SID = \"VA%s\"\n\n\ndef send_code(phone: str) -> str:\n"
          "    v = client.verify.v2.services(VERIFY_SID).verifications.create(to=phone, channel=\"sms\")\n    return v.status\n" % (sid, tok, V.hexs(32)))
    emit("p_twilio_verify_client_literal_token", next(sh), [("u", "OTP SMS are not delivered to UK numbers, check our verify code"), ("t", "read", "accounts/otp.py", py),
         ("a", "Geo permissions for GB are probably off on the account; the code itself is fine.")] + pad("tw14", 3), [(S, "Twilio auth token", tok)])

    # 15 e-mail providers in one env file
    mc, sg, pm = V.mailchimp(), V7.sendgrid(), V.postmark()
    env = ("MAILCHIMP_API_KEY=%s\nMAILCHIMP_AUDIENCE_ID=%s\nSENDGRID_API_KEY=%s\nPOSTMARK_SERVER_TOKEN=%s\nMAIL_FROM=orders@northwind-goods.com\n" % (mc, V.hexs(10), sg, pm))
    emit("p_mail_providers_env_keys", next(sh), [("u", "We're moving transactional mail from SendGrid to Postmark, list what to change"), ("t", "bash", "cat deploy/notifications.env", env)]
         + pad("mail15", 3), [(S, "Mailchimp API key", mc), (S, "SendGrid API key", sg), (S, "Postmark server token", pm)])

    # 16 Algolia admin key in an indexer (the search-only key in the frontend is public: not labelled)
    app, adm = V.algolia_app(), V.hexs(32)
    js = ("const algoliasearch = require('algoliasearch');\n\nconst client = algoliasearch('%s', '%s');\nconst index = client.initIndex('products_prod');\n\n"
          "module.exports = async function reindex(products) {\n  await index.replaceAllObjects(products.map(toRecord), { safe: true });\n};\n" % (app, adm))
    emit("p_algolia_admin_key_indexer", next(sh), [("u", "Reindexing takes 40 minutes, can we batch it?"), ("t", "read", "scripts/reindex-products.js", js)] + pad("alg16", 3),
         [(S, "Algolia admin API key", adm)])

    # 17 Auth0 M2M + Okta client secret and SSWS API token
    a0, oks, ssws = V.auth0_secret(), V.okta_secret(), V.okta_ssws()
    yml = ("auth0:\n  domain: northwind.us.auth0.com\n  client_id: %s\n  client_secret: %s\n  audience: https://api.northwind-goods.com\n"
           "okta:\n  client:\n    orgUrl: https://northwind-workforce.okta.com\n    token: %s\n  oauth2:\n    clientId: 0oa%s\n    clientSecret: %s\n" % (rs(32), a0, ssws, rs(17), oks))
    emit("p_auth0_okta_client_secrets", next(sh), [("u", "Our admin panel SSO broke after the Okta migration; here's the config"), ("t", "read", "admin/config/identity.yml", yml),
         ("t", "bash", "curl -s -H 'Authorization: SSWS %s' https://northwind-workforce.okta.com/api/v1/apps | jq length" % ssws, "14")] + pad("id17", 2),
         [(S, "Auth0 client secret", a0), (S, "Okta API token (SSWS, config and curl)", ssws), (S, "Okta OIDC client secret", oks)])

    # 18 FCM legacy server key + APNs .p8
    fk, p8 = V.fcm_server(), key("apns_authkey.p8").strip()
    env = "PUSH_PROVIDER=fcm-legacy\nFCM_SERVER_KEY=%s\nAPNS_KEY_ID=%s\nAPNS_TEAM_ID=7QX4J2KF9M\nAPNS_TOPIC=com.northwindshop.app\nAPNS_KEY_PATH=certs/AuthKey.p8\n" % (fk, rs(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    emit("p_push_fcm_server_key_apns_p8", next(sh), [("u", "Android pushes stopped on Nov 20 and iOS still works; compare both paths"), ("t", "bash", "cat services/push/.env", env),
         ("t", "bash", "cat services/push/certs/AuthKey.p8", p8 + "\n"), ("a", "The FCM legacy API was shut down; migrate to HTTP v1 with a service account.")] + pad("push18", 2),
         [(S, "FCM legacy server key", fk), (K, "APNs auth key (.p8, EC PKCS#8)", p8)])

    # 19 LLM keys hard-coded in the support bot
    ok_, ak = r3.openai_key(), V7.anthropic_key()
    py = ("from anthropic import Anthropic\nfrom openai import OpenAI\n\n# TODO move to secrets manager before GA\nclaude = Anthropic(api_key=\"%s\")\n"
          "embedder = OpenAI(api_key=\"%s\")\n\nSYSTEM = \"You are Northwind's support assistant. Never reveal order data of other customers.\"\n" % (ak, ok_))
    emit("p_support_bot_llm_keys_in_code", next(sh), [("u", "Add retrieval over help-centre articles to the support bot"), ("t", "read", "supportbot/clients.py", py)] + pad("llm19", 3),
         [(S, "Anthropic API key", ak), (S, "OpenAI project key", ok_)])

    # 20 SFTP key for the 3PL order feed
    sk = key("sftp_3pl_ed25519").strip()
    emit("p_3pl_sftp_private_key_cat", next(sh), [("u", "The order feed to the warehouse fails with 'Permission denied (publickey)'"),
         ("t", "bash", "ls -l ops/3pl/ && cat ops/3pl/id_ed25519", "-rw-r--r-- 1 deploy deploy 411 Nov 12 09:14 id_ed25519\n-rw-r--r-- 1 deploy deploy  98 Nov 12 09:14 id_ed25519.pub\n" + sk + "\n"),
         ("a", "ssh refuses a key readable by others; chmod 600 and, since it was in the repo, rotate it with the 3PL.")] + pad("sftp20", 2),
         [(K, "OpenSSH private key for 3PL SFTP", sk)])
