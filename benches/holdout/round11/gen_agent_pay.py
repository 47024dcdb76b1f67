"""Theme 1 (positives): coding-agent sessions on payment integrations - Stripe live secret / restricted keys and
webhook signing secrets, a webhook handler that logged the event (customer PII), Adyen API and HMAC keys, Braintree,
PayPal, Plaid, Square and Shopify credentials, an Apple Pay payment processing key."""
from gen_common import R, rs, key, S, K, P, V7
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(1, 100))
    pad = V.pad

    # 1 .env.production with live Stripe keys (pk_live_ public by design, not labelled)
    sk, wh, pk = V.stripe_sk(), V.whsec(), V.stripe_pk()
    env = ("# Northwind storefront - production\nNODE_ENV=production\nNEXT_PUBLIC_SITE_URL=https://shop.northwind-goods.com\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\n"
           "STRIPE_SECRET_KEY=%s\nSTRIPE_WEBHOOK_SECRET=%s\nSTRIPE_API_VERSION=2024-06-20\nDATABASE_POOL_SIZE=20\nSENTRY_ENVIRONMENT=production\n" % (pk, sk, wh))
    emit("p_stripe_live_keys_env_production", next(sh), [("u", "Checkout returns 'No signatures found matching the expected signature for payload' in prod only. Can you check the env?"),
         ("t", "bash", "cat .env.production", env), ("a", "The webhook secret belongs to the test-mode endpoint; the live endpoint has its own whsec_.")] + pad("pay1", 3),
         [(S, "Stripe live secret key", sk), (S, "Stripe webhook signing secret", wh)])

    # 2 restricted key hard-coded in a finance reporting job
    rk = V.stripe_rk()
    py = ("import csv\nimport datetime as dt\n\nimport stripe\n\n# read-only key for payouts + balance transactions (created 2025-09-02 by finance-eng)\n"
          "stripe.api_key = \"%s\"\n\n\ndef export_payouts(day: dt.date, out: str) -> int:\n    start = int(dt.datetime.combine(day, dt.time()).timestamp())\n"
          "    rows = 0\n    with open(out, \"w\", newline=\"\") as fh:\n        w = csv.writer(fh)\n        w.writerow([\"payout\", \"amount\", \"currency\", \"arrival_date\", \"status\"])\n"
          "        for p in stripe.Payout.list(created={\"gte\": start, \"lt\": start + 86400}).auto_paging_iter():\n"
          "            w.writerow([p.id, p.amount / 100, p.currency, p.arrival_date, p.status])\n            rows += 1\n    return rows\n" % rk)
    emit("p_stripe_restricted_key_payout_report", next(sh), [("u", "The nightly payout export crashes with PermissionError on balance_transactions, fix it"),
         ("t", "read", "jobs/finance/export_payouts.py", py), ("a", "The restricted key lacks Balance Transactions: read; add it in the dashboard rather than switching to the secret key.")]
         + pad("pay2", 2), [(S, "Stripe live restricted key", rk)])

    # 3 webhook handler logs the whole checkout.session.completed payload (customer PII)
    f, l, n = V.us_person()
    em, ph = V.us_mail(f, l), V.us_phone("e164")
    code = ("app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {\n  let event;\n  try {\n"
            "    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);\n"
            "  } catch (err) {\n    logger.warn({ err }, 'bad signature');\n    return res.sendStatus(400);\n  }\n"
            "  logger.info({ event }, 'stripe event');   // TODO: remove before launch\n  queue.publish('stripe.events', event);\n  res.sendStatus(200);\n});\n")
    log = ('{"level":30,"time":1763990412118,"msg":"stripe event","event":{"id":"evt_1QK%s","type":"checkout.session.completed","livemode":true,'
           '"data":{"object":{"id":"cs_live_a1%s","amount_total":18950,"currency":"usd","customer":"cus_R%s","customer_details":{"email":"%s",'
           '"name":"%s","phone":"%s","address":{"city":"Austin","country":"US","line1":"4810 Avenue F","postal_code":"78751","state":"TX"}},'
           '"payment_status":"paid"}}}}\n' % (rs(20), rs(40), rs(13), em, n, ph))
    emit("p_stripe_webhook_handler_logs_customer", next(sh), [("u", "Why are we seeing duplicate fulfilment jobs? Here's the handler and a log line"),
         ("t", "read", "server/routes/webhooks.js", code), ("t", "bash", "kubectl logs deploy/storefront-api --since=10m | grep checkout.session.completed | head -1", log),
         ("a", "Stripe retries until it gets a 2xx; the handler is fine, the queue consumer is not idempotent on event.id.")] + pad("pay3", 2),
         [(P, "email (customer) in logged webhook", em), (P, "US mobile (customer) in logged webhook", ph)])

    # 4 Adyen Spring config
    ak, hk = V.adyen_key(), V.adyen_hmac()
    yml = ("adyen:\n  environment: LIVE\n  live-endpoint-url-prefix: 7f3c1e92ab4d5e60-NorthwindCommerce\n  merchant-account: NorthwindCommerceECOM\n"
           "  api-key: \"%s\"\n  client-key: live_%s\n  notification:\n    hmac-key: %s\n    basic-auth-user: adyen-notifications\n"
           "server:\n  port: 8443\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info\n" % (ak, rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), hk))
    emit("p_adyen_spring_api_key_hmac", next(sh), [("u", "Adyen notifications are rejected as 'HMAC signature invalid' since the key rotation"),
         ("t", "read", "payments-service/src/main/resources/application-live.yml", yml), ("a", "The HMAC key is read as-is; make sure it is the hex key of the webhook, not the API key.")]
         + pad("pay4", 3), [(S, "Adyen API key", ak), (S, "Adyen webhook HMAC key", hk)])

    # 5 Braintree Ruby initializer + PayPal-through-Braintree access token
    bp, bat = V.braintree_priv(), "access_token$production$%s$%s" % (V.bt_ident(16), V.hexs(32))
    rb = ("Braintree::Configuration.environment = :production\nBraintree::Configuration.merchant_id = \"%s\"\nBraintree::Configuration.public_key = \"%s\"\n"
          "Braintree::Configuration.private_key = \"%s\"\nBraintree::Configuration.logger = Rails.logger\n\n# PayPal checkout via Braintree SDK (marketplace)\n"
          "PAYPAL_GATEWAY = Braintree::Gateway.new(access_token: \"%s\")\n" % (V.bt_ident(16), V.bt_ident(16), bp, bat))
    emit("p_braintree_initializer_private_key", next(sh), [("u", "Upgrade the braintree gem to 4.x and tell me what breaks"), ("t", "read", "config/initializers/braintree.rb", rb),
         ("t", "bash", "bundle outdated braintree", "Gem        Current  Latest  Requested  Groups\nbraintree  2.104.1  4.23.0  ~> 2.104   default")] + pad("pay5", 3),
         [(S, "Braintree private key", bp), (S, "Braintree PayPal access token", bat)])

    # 6 PayPal client secret in appsettings.Production.json
    cid, cs = V.paypal("A"), V.paypal("E")
    js = ('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "PayPal": {\n    "Mode": "live",\n    "ClientId": "%s",\n    "ClientSecret": "%s",\n'
          '    "WebhookId": "%s"\n  },\n  "AllowedHosts": "*"\n}\n' % (cid, cs, rs(17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))
    emit("p_paypal_client_secret_appsettings", next(sh), [("u", "PayPal orders API gives 401 invalid_client in production"), ("t", "read", "src/Checkout.Api/appsettings.Production.json", js),
         ("a", "Mode is live but the client id belongs to a sandbox app; create live credentials under the same app.")] + pad("pay6", 3),
         [(S, "PayPal live client secret", cs)])

    # 7 Plaid: secret in .env and an access token in a debug dump
    ps, pa = V.plaid_secret(), V.plaid_access()
    env = "PLAID_ENV=production\nPLAID_CLIENT_ID=%s\nPLAID_SECRET=%s\nPLAID_PRODUCTS=auth,transactions\nPLAID_COUNTRY_CODES=US,CA\n" % (V.hexs(24), ps)
    dump = ('{"item_id": "%s", "access_token": "%s", "institution": "ins_56", "accounts": [{"mask": "0417", "subtype": "checking"}], "request_id": "%s"}\n'
            % (rs(37), pa, rs(15)))
    emit("p_plaid_secret_and_access_token", next(sh), [("u", "Transactions sync returns ITEM_LOGIN_REQUIRED for one user, debug it"), ("t", "bash", "cat services/banking/.env", env),
         ("t", "bash", "python -m banking.debug dump-item --user 88213", dump), ("a", "The item needs update mode in Link; the access token itself is valid.")] + pad("pay7", 2),
         [(S, "Plaid secret", ps), (S, "Plaid production access token", pa)])

    # 8 Square + Shopify sync worker config
    sq, sp, ss = V7.square_access(), V7.shopify_tok("shpat_"), V7.shopify_tok("shpss_")
    toml = ('[square]\nenvironment = "production"\nlocation_id = "L%s"\naccess_token = "%s"\n\n[shopify]\nshop = "northwind-goods.myshopify.com"\n'
            'admin_token = "%s"\napi_secret = "%s"\napi_version = "2025-01"\n\n[sync]\ninterval = "5m"\nbatch = 250\n' % (rs(12, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"), sq, sp, ss))
    emit("p_square_shopify_inventory_sync_config", next(sh), [("u", "The POS -> Shopify inventory sync double-counts returns; start from the config"),
         ("t", "read", "cmd/invsync/config.prod.toml", toml)] + pad("pay8", 3),
         [(S, "Square production access token", sq), (S, "Shopify Admin API access token", sp), (S, "Shopify app shared secret", ss)])

    # 9 Apple Pay payment processing key in the repo
    pem = key("adyen_sftp_pgp_src.pem").strip()
    emit("p_applepay_payment_processing_key", next(sh), [("u", "Decrypting Apple Pay tokens fails with 'invalid padding' in the new service"),
         ("t", "bash", "ls certs/applepay && cat certs/applepay/payment_processing.key", "merchant_id.cer\npayment_processing.cer\npayment_processing.key\n" + pem + "\n"),
         ("a", "That is an RSA key; Apple Pay payment processing keys are EC P-256, so this is the wrong file.")] + pad("pay9", 3),
         [(K, "Apple Pay payment processing private key (PKCS#8)", pem)])
