"""Theme 5 (hard negatives): payment integration files with nothing to report - Stripe test-mode keys and a live
publishable key, documented test cards in tests, masked / tokenised card data and Stripe object ids, a test-mode event
fixture with Stripe's documented customer, Twilio SIDs without credentials, carrier tracking numbers, GTIN / UPC /
ISBN / SKU catalogues, a lockfile, a minified bundle (large), a base64 chart image, certificates and public keys, a
Faker factory, Secrets Manager references, a Salesforce connected app's metadata (consumer key only)."""
import base64, hashlib, json
from gen_common import R, rs, rb, hexs, key, r3, V9, gtin, isbn13, ups_tracking, add
from gen_sess import emit
import gen_text_ops as TO
import gen_vals as V


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def build():
    sh = iter(range(100, 400))
    pad = V.pad

    # n1 test-mode keys
    env = ("# .env.test - Stripe TEST mode only\nSTRIPE_SECRET_KEY=%s\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\nSTRIPE_REPORTING_KEY=%s\nSTRIPE_WEBHOOK_SECRET=${STRIPE_CLI_WEBHOOK_SECRET}\n"
           % (V.stripe_sk("test"), V.stripe_pk("test"), V.stripe_rk("test")))
    emit("n_stripe_test_mode_env", next(sh), [("u", "Integration tests hit the live API somehow? check the test env"), ("t", "bash", "cat .env.test", env),
         ("a", "All three keys are test mode (sk_test_, pk_test_, rk_test_); the live calls come from a hard-coded base URL in the mock.")] + pad("nn1", 3))

    # n2 publishable live key in the browser
    tsx = ("import { loadStripe } from '@stripe/stripe-js';\nimport { Elements, PaymentElement } from '@stripe/react-stripe-js';\n\n"
           "// publishable key: safe to ship to the browser\nconst stripePromise = loadStripe('%s');\n\nexport function Checkout({ clientSecret }: { clientSecret: string }) {\n"
           "  return (\n    <Elements stripe={stripePromise} options={{ clientSecret, appearance: { theme: 'stripe' } }}>\n      <PaymentElement />\n    </Elements>\n  );\n}\n" % V.stripe_pk())
    emit("n_stripe_publishable_key_checkout", next(sh), [("u", "PaymentElement renders empty on Safari 16"), ("t", "read", "components/checkout/Checkout.tsx", tsx)] + pad("nn2", 3))

    # n3 documented test cards in tests
    cases = "\n".join("    ['%s', '%s']," % (c, r) for c, r in zip(V.TEST_CARDS[:12], ["succeeds", "succeeds (debit)", "succeeds", "succeeds (2-series)", "succeeds (debit)",
                                                                                   "succeeds (amex)", "succeeds (discover)", "succeeds (diners)", "succeeds (jcb)", "succeeds (unionpay)",
                                                                                   "generic_decline", "insufficient_funds"]))
    spec = ("import { test, expect } from '@playwright/test';\n\nconst CARDS = [\n%s\n];\n\nfor (const [number, outcome] of CARDS) {\n  test(`checkout with ${number} -> ${outcome}`, async ({ page }) => {\n"
            "    await page.goto('/checkout?cart=fixture-3-items');\n    await fillCard(page, { number, exp: '12/34', cvc: '123', zip: '42424' });\n"
            "    await expect(page.getByTestId('result')).toContainText(outcome.split(' ')[0]);\n  });\n}\n" % cases)
    emit("n_playwright_documented_test_cards", next(sh), [("u", "Flaky e2e: the decline cases time out"), ("t", "read", "e2e/checkout.spec.ts", spec)] + pad("nn3", 3))

    # n4 masked / tokenised payments export
    rows = []
    for i in range(14):
        l4 = rs(4, "0123456789")
        rows.append("NW-%d,%s,pm_1Q%s,cus_R%s,%s,%s,%s,%s" % (11200 + i, sha("c%d" % R.random())[:16], rs(22), rs(12), R.choice(["visa", "mastercard", "amex"]),
                                                             R.choice(["**** **** **** %s" % l4, "411111******%s" % l4, "•••• %s" % l4]), l4, "%d.%02d" % (R.randint(9, 400), R.randint(0, 99))))
    emit("n_payments_export_masked_tokenised", next(sh), [("u", "Reconcile these captures with the Stripe balance report"),
         ("t", "bash", "head -15 exports/captures_2025-11-23.csv", "order_id,email_hash,payment_method,customer,brand,display,last4,amount\n" + "\n".join(rows) + "\n")] + pad("nn4", 2))

    # n5 test-mode event fixture (Stripe's documented customer)
    ev = {"id": "evt_1Q" + rs(22), "object": "event", "api_version": "2024-06-20", "livemode": False, "type": "charge.succeeded",
          "data": {"object": {"id": "ch_3Q" + rs(22), "amount": 2000, "currency": "usd", "customer": "cus_" + rs(14), "payment_method": "pm_card_visa",
                              "billing_details": {"email": "jenny.rosen@example.com", "name": "Jenny Rosen", "phone": None,
                                                  "address": {"city": "San Francisco", "country": "US", "line1": "510 Townsend St", "postal_code": "94103", "state": "CA"}},
                              "payment_method_details": {"card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2034, "fingerprint": rs(16), "funding": "credit"}},
                              "receipt_url": "https://pay.stripe.com/receipts/payment/" + rs(60, V.B64U)}},
          "request": {"id": "req_" + rs(14), "idempotency_key": r3.ruuid()}}
    emit("n_stripe_test_event_fixture", next(sh), [("u", "Write a unit test for the charge.succeeded handler using this fixture"),
         ("t", "read", "test/fixtures/charge.succeeded.json", json.dumps(ev, indent=2))] + pad("nn5", 3))

    # n6 Twilio SIDs without credentials
    log = "\n".join("2025-11-24T08:%02d:%02dZ sms.sent sid=SM%s account=AC%s messaging_service=MG%s to=+1******%s status=queued segments=1"
                    % (R.randint(0, 59), R.randint(0, 59), hexs(32), "3f" + hexs(30)[:30], "9a" + hexs(30), rs(4, "0123456789")) for _ in range(12))
    py = "client = Client(os.environ[\"TWILIO_ACCOUNT_SID\"], os.environ[\"TWILIO_AUTH_TOKEN\"])\nMESSAGING_SERVICE_SID = os.environ[\"TWILIO_MESSAGING_SERVICE_SID\"]\n"
    emit("n_twilio_sids_masked_log", next(sh), [("u", "Some order-shipped SMS are never delivered"), ("t", "read", "notify/sms.py", py),
         ("t", "bash", "grep sms.sent logs/notify.log | tail -12", log)] + pad("nn6", 2))

    # n7 tracking numbers
    ship = [{"carrier": "ups", "tracking": ups_tracking()}, {"carrier": "fedex", "tracking": rs(12, "0123456789")}, {"carrier": "usps", "tracking": "9400" + rs(18, "0123456789")},
            {"carrier": "dhl", "tracking": rs(10, "0123456789")}, {"carrier": "fedex", "tracking": "96" + rs(20, "0123456789")}]
    for s in ship:
        s.update(status=R.choice(["in_transit", "delivered", "label_created"]), order="NW-%d" % R.randint(10000, 19999), eta="2025-11-%d" % R.randint(25, 29))
    emit("n_carrier_tracking_numbers_api", next(sh), [("u", "Why does the tracking page show 'unknown carrier' for some FedEx parcels?"),
         ("t", "bash", "curl -s localhost:8080/internal/shipments?status=open | jq '.items[:5]'", json.dumps(ship, indent=2))] + pad("nn7", 3))

    # n8 catalogue ids
    items = [{"sku": "NW-%s-%s" % (R.choice(["TEE", "MUG", "BOOK", "CAP"]), rs(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")), "gtin13": gtin(13), "upc": gtin(12),
              "isbn13": isbn13() if R.random() < .3 else None, "price": {"amount": R.randint(900, 9900), "currency": "USD"}, "stock": R.randint(0, 400)} for _ in range(30)]
    emit("n_product_catalog_gtin_upc_isbn", next(sh), [("u", "Google Merchant Center rejects items for 'invalid GTIN', find which"),
         ("t", "read", "data/catalog/products.json", json.dumps(items, indent=1))] + pad("nn8", 2))

    # n9 lockfile of payment SDKs
    emit("n_package_lock_payment_sdks", next(sh), [("u", "Bump stripe and @adyen/api-library and check for duplicates in the lockfile"),
         ("t", "read", "package-lock.json", TO.npm_lock("nn9", 30000))] + pad("nn9", 2))

    # n10 minified vendor bundle (large, about 250 KB)
    parts, names = [], [rs(R.randint(1, 2), "abcdefghijklmnopqrstuvwxyz") for _ in range(400)]
    while sum(len(p) for p in parts) < 230000:
        a, b, c = R.sample(names, 3)
        parts.append(R.choice(["function %s(%s,%s){return %s.call(this,%s)||%s}" % (a, b, c, b, c, a), "var %s=%s(\"%s\"),%s=%s&&%s.__esModule?%s:{default:%s};" % (a, b, hexs(8), c, a, a, a, a),
                               "%s.prototype.%s=function(%s){this._%s=%s;return this};" % (a, rs(6, "abcdefghijklmnop"), b, b, b),
                               "if(!%s)throw new Error(\"[checkout] missing %s\");" % (a, R.choice(["amount", "currency", "intent", "element"])),
                               "%s[%d]=function(t,e,n){\"use strict\";n.r(e);n.d(e,{%s:function(){return %s}})};" % (a, R.randint(100, 9999), b, c)]))
    js = "/*! checkout-vendor.%s.js | (c) Northwind */\n" % hexs(8) + "".join(parts) + "\n//# sourceMappingURL=checkout-vendor.%s.js.map\n" % hexs(8)
    emit("n_large_minified_checkout_bundle", next(sh), [("u", "Bundle size jumped 180 KB; what is in this vendor chunk?"), ("t", "bash", "cat .next/static/chunks/checkout-vendor.js", js)])

    # n11 base64 chart image
    body = {"model": "claude-sonnet-4-5-20250929", "max_tokens": 1024, "messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": V9.png(420, 260, 4)}},
        {"type": "text", "text": "This is our checkout conversion chart for the last 90 days (cart, shipping, payment, success). Write alt text and two sentences for the weekly update."}]}]}
    add("n_checkout_funnel_chart_png", body)

    # n12 certificates and public keys
    out = key("applepay_merchant.crt") + "\n" + key("settlement.pub") + "\n" + key("apns_authkey.pub")
    jwks = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(22, V.B64U), "n": base64.urlsafe_b64encode(rb(256)).decode().rstrip("="), "e": "AQAB",
                      "x5t": rs(27, V.B64U)}]}
    emit("n_certs_public_keys_jwks", next(sh), [("u", "Which of these do we need to upload to Apple and to the Adyen customer area?"),
         ("t", "bash", "cat certs/applepay/merchant_id.pem certs/settlement/settlement.pub certs/apns/AuthKey.pub", out),
         ("t", "bash", "curl -s https://northwind.us.auth0.com/.well-known/jwks.json", json.dumps(jwks))] + pad("nn12", 2))

    # n13 Faker factory code, no outputs
    py = ("import factory\nfrom faker import Faker\n\nfake = Faker([\"en_US\", \"en_GB\", \"de_DE\"])\n\n\nclass CustomerFactory(factory.django.DjangoModelFactory):\n"
          "    class Meta:\n        model = \"accounts.Customer\"\n\n    first_name = factory.LazyFunction(fake.first_name)\n    last_name = factory.LazyFunction(fake.last_name)\n"
          "    email = factory.LazyAttribute(lambda o: f\"{o.first_name}.{o.last_name}@example.com\".lower())\n    phone = factory.LazyFunction(fake.phone_number)\n"
          "    ssn = factory.LazyFunction(fake.ssn)\n    iban = factory.LazyFunction(fake.iban)\n    card_number = factory.LazyFunction(lambda: fake.credit_card_number(card_type=\"visa16\"))\n"
          "    date_of_birth = factory.LazyFunction(lambda: fake.date_of_birth(minimum_age=18, maximum_age=90))\n")
    emit("n_faker_customer_factory_code", next(sh), [("u", "Replace the copied prod seed with factories"), ("t", "read", "accounts/tests/factories.py", py)] + pad("nn13", 3))

    # n14 Secrets Manager references
    tf = ("resource \"aws_secretsmanager_secret\" \"stripe\" {\n  name = \"prod/payments/stripe\"\n}\n\nresource \"aws_ecs_task_definition\" \"payments\" {\n  family = \"payments\"\n"
          "  container_definitions = jsonencode([{\n    name  = \"api\"\n    image = \"%s.dkr.ecr.us-east-1.amazonaws.com/payments:1.42.0\"\n    secrets = [\n"
          "      { name = \"STRIPE_SECRET_KEY\", valueFrom = \"${aws_secretsmanager_secret.stripe.arn}:secret_key::\" },\n"
          "      { name = \"ADYEN_API_KEY\", valueFrom = \"arn:aws:secretsmanager:us-east-1:%s:secret:prod/payments/adyen-%s:api_key::\" },\n"
          "      { name = \"PLAID_SECRET\", valueFrom = \"arn:aws:ssm:us-east-1:%s:parameter/prod/plaid/secret\" }\n    ]\n  }])\n}\n" % (rs(12, "0123456789"), rs(12, "0123456789"), rs(6), rs(12, "0123456789")))
    emit("n_terraform_secrets_manager_refs", next(sh), [("u", "Add the PayPal secret the same way as the others"), ("t", "read", "infra/payments/ecs.tf", tf)] + pad("nn14", 3))

    # n15 Salesforce connected app metadata (consumer key = OAuth client id)
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n    <contactEmail>crm-integrations@northwind-goods.com</contactEmail>\n"
           "    <label>Northwind Commerce Sync</label>\n    <oauthConfig>\n        <callbackUrl>https://shop.northwind-goods.com/oauth/salesforce/callback</callbackUrl>\n"
           "        <consumerKey>%s</consumerKey>\n        <isAdminApproved>true</isAdminApproved>\n        <scopes>Api</scopes>\n        <scopes>RefreshToken</scopes>\n"
           "    </oauthConfig>\n    <oauthPolicy>\n        <ipRelaxation>ENFORCE</ipRelaxation>\n        <refreshTokenPolicy>infinite</refreshTokenPolicy>\n    </oauthPolicy>\n</ConnectedApp>\n" % V.sf_consumer_key())
    emit("n_salesforce_connected_app_metadata", next(sh), [("u", "Deploying the connected app metadata fails in the sandbox"),
         ("t", "read", "force-app/main/default/connectedApps/Northwind_Commerce_Sync.connectedApp-meta.xml", xml)] + pad("nn15", 3))
