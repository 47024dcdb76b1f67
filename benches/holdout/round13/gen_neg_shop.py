"""Theme 5 (hard negatives): e-commerce, CRM and support data without personal data or secrets - order exports with
Luhn-valid order numbers, tracking numbers, SKUs and GTINs, a phone shop's IMEI list, tokenised card data (pm_ / tok_,
last4, fingerprints, masked PANs), Faker fixtures on example.com with 555 numbers, support macros with template variables,
role mailboxes and company hotlines, hashed e-mails for conversion APIs, a Shopify storefront token and Klaviyo site
id, vendor sandbox credentials, validator tests with checksum-broken ids, phonenumbers' example numbers, a company
invoice footer with NIP / VAT ids, and lowercase prose about confidentiality."""
import json, hashlib
from gen_common import R, rs, hexs, V11, _r6
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(130, 300))
    pad = V.pad

    rows = ["order_number,created_at,sku,gtin,qty,carrier,tracking_number,status"]
    for i in range(40):
        rows.append("%s,2025-11-%02d,KW-%s-%s,%s,%d,%s,%s,%s" % (_r6.luhn_num("4", 16), R.randint(1, 24), rs(3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), rs(3, "0123456789"), V.gtin13(), R.randint(1, 3),
                    *R.choice([("UPS", _r6.ups_tracking()), ("DHL", rs(10, "0123456789")), ("InPost", rs(24, "0123456789"))]), R.choice(["shipped", "delivered", "returned"])))
    emit("n_order_export_luhn_order_numbers_gtins", next(sh), [("u", "Which SKUs were returned most in November?"), ("t", "bash", "head -41 exports/orders_2025-11.csv", "\n".join(rows) + "\n"),
         ("a", "Returns cluster on two SKUs; both are the 55 cm spinner in grey.")] + pad("ns1", 1))

    imeis = "\n".join("| %s | %s | %s | %s |" % (V.imei(), R.choice(["Pixel 9", "Galaxy S24", "iPhone 16", "Fairphone 5"]), R.choice(["128 GB", "256 GB"]), R.choice(["in stock", "reserved", "RMA"])) for _ in range(30))
    emit("n_phone_shop_imei_inventory", next(sh), [("u", "Reconcile the refurb stock with the RMA list"), ("t", "read", "docs/refurb-stock.md", "| IMEI | model | storage | state |\n|---|---|---|---|\n" + imeis),
         ("a", "Three RMA devices are still listed as in stock.")] + pad("ns2", 1))

    pm = {"id": "pm_1Q" + rs(22), "object": "payment_method", "billing_details": {"email": None, "name": None, "phone": None},
          "card": {"brand": "visa", "country": "DE", "exp_month": 8, "exp_year": 2028, "fingerprint": rs(16), "funding": "credit", "last4": "4821",
                   "checks": {"cvc_check": "pass"}, "three_d_secure_usage": {"supported": True}}, "customer": "cus_" + rs(14), "livemode": True}
    ch = {"id": "ch_3Q" + rs(22), "amount": 18900, "currency": "eur", "payment_method": pm["id"], "source": {"id": "tok_" + rs(24), "last4": "4821"},
          "payment_method_details": {"card": {"last4": "4821", "network": "visa", "masked": "424242******4821".replace("424242", "4" + rs(5, "0123456789"))}}, "outcome": {"risk_level": "normal"}}
    emit("n_stripe_tokenised_card_objects", next(sh), [("u", "Why was this charge flagged in Radar review?"), ("t", "bash", "stripe payment_methods retrieve %s" % pm["id"], json.dumps(pm, indent=2)),
         ("t", "bash", "stripe charges retrieve %s" % ch["id"], json.dumps(ch, indent=2)), ("a", "Risk is normal; it was a manual review rule on first-time customers above 150 EUR.")] + pad("ns3", 1))

    seed = ("import { faker } from '@faker-js/faker'\n// FAKE DATA for local dev only - every address is on example.com, phones in the 555 range\nfaker.seed(42)\n\n"
            "export const customers = Array.from({ length: 50 }, () => ({\n  name: faker.person.fullName(),\n  email: faker.internet.email({ provider: 'example.com' }),\n"
            "  phone: faker.helpers.replaceSymbols('+1 (###) 555-01##'),\n}))\n")
    out = "\n".join("{ name: '%s', email: '%s@example.com', phone: '+1 (%d) 555-01%02d' }," % (n, n.lower().replace(" ", "."), R.randint(201, 989), R.randint(0, 99))
                    for n in ("Lorem Ipsum", "Dolor Sit", "Amet Consectetur", "Jane Roe", "John Doe", "Max Mustermann", "Erika Musterfrau", "Jan Kowalski"))
    emit("n_faker_seed_customers_example_com", next(sh), [("u", "Seed script output looks weird"), ("t", "read", "prisma/seed-customers.ts", seed), ("t", "bash", "npx tsx prisma/print-seed.ts | head", out),
         ("a", "That's expected: the fixtures are fake on purpose.")] + pad("ns4", 1))

    mac = ("Hi {{ticket.requester.first_name}},\n\nThanks for reaching out about order {{ticket.custom_fields.order_number}}. We've sent a prepaid label to {{ticket.requester.email}}.\n"
           "If you'd rather talk, call us on 0800 123 4567 (free from UK landlines and mobiles) or write to returns@kofferwerk.co.uk.\n\n{{current_user.first_name}}\nKofferwerk Customer Care\n")
    liq = "{% if customer %}\n  <p>Signed in as {{ customer.email }} ({{ customer.phone | default: 'no phone' }})</p>\n{% else %}\n  <a href=\"{{ routes.account_login_url }}\">Log in</a>\n{% endif %}\n"
    emit("n_support_macros_and_liquid_variables", next(sh), [("u", "Make the return macro work for DE and UK"), ("t", "read", "zendesk/macros/return-label.txt", mac),
         ("t", "read", "theme/snippets/account-header.liquid", liq), ("a", "Use a dynamic content item for the hotline per locale.")] + pad("ns5", 1))

    foot = ("Kofferwerk GmbH · Schanzenstraße 21 · 20357 Hamburg · Tel. +49 40 6094 770-0 · support@kofferwerk.de · billing@kofferwerk.de · noreply@kofferwerk.de\n"
            "Amtsgericht Hamburg HRB 171204 · USt-IdNr. %s · Geschäftsführer: K. Brandt\nKofferwerk Polska sp. z o.o. · NIP %s · REGON %s · infolinia 800 707 123\n" % (V.V10.de_ust(), "527" + rs(7, "0123456789"), rs(9, "0123456789")))
    emit("n_email_footer_company_ids_role_mailboxes", next(sh), [("u", "Fix the footer layout of the order confirmation template"),
         ("t", "read", "emails/partials/footer.mjml", "<mj-section><mj-column><mj-text font-size=\"11px\">\n%s</mj-text></mj-column></mj-section>\n" % foot),
         ("a", "Split the legal lines into two mj-text blocks so they wrap on mobile.")] + pad("ns6", 1))

    capi = "\n".join('{"event_name":"Purchase","event_time":%d,"user_data":{"em":["%s"],"ph":["%s"],"external_id":["%s"]},"custom_data":{"currency":"EUR","value":%d.00}}'
                     % (1763900000 + i * 97, hashlib.sha256(rs(12).encode()).hexdigest(), hashlib.sha256(rs(10, "0123456789").encode()).hexdigest(), hexs(32), R.randint(30, 400)) for i in range(25))
    emit("n_meta_capi_hashed_user_data", next(sh), [("u", "Event match quality dropped to 4.1"), ("t", "bash", "tail -25 logs/capi-events.ndjson", capi),
         ("a", "Phones are hashed without the country code; normalise to E.164 digits before hashing.")] + pad("ns7", 1))

    emit("n_shopify_storefront_token_klaviyo_site_id", next(sh), [("u", "Hydrogen: product page crashes when a variant has no image"),
         ("t", "read", ".env", "PUBLIC_STOREFRONT_API_TOKEN=%s\nPUBLIC_STORE_DOMAIN=kofferwerk.myshopify.com\nPUBLIC_STOREFRONT_ID=%d\nPUBLIC_KLAVIYO_SITE_ID=%s\nSESSION_SECRET=${SESSION_SECRET}\n"
          % (V.shopify_storefront(), R.randint(1000000, 9999999), V.klaviyo_site())), ("a", "Guard `variant.image?.url` and fall back to the product's featured image.")] + pad("ns8", 2))

    sb = ("# Braintree sandbox (from the docs quickstart)\nBT_ENVIRONMENT=sandbox\nBT_MERCHANT_ID=%s\nBT_PUBLIC_KEY=%s\nBT_ACCESS_TOKEN=access_token$sandbox$%s$%s\n"
          "# PayPal sandbox buyer: sb-buyer@personal.example.com\nPAYPAL_MODE=sandbox\nPLAID_ENV=sandbox\nPLAID_ACCESS_TOKEN=access-sandbox-%s\n" % (rs(16, "abcdefghijklmnopqrstuvwxyz0123456789"), rs(16, "abcdefghijklmnopqrstuvwxyz0123456789"), rs(16, "abcdefghijklmnopqrstuvwxyz0123456789"), hexs(32), V.r3.ruuid()))
    emit("n_payment_sandbox_credentials_docs", next(sh), [("u", "Wire the sandbox checkout for the demo"), ("t", "read", ".env.sandbox", sb), ("a", "Sandbox values are fine for the demo environment.")] + pad("ns9", 1))

    def broken(v):
        return v[:-1] + str((int(v[-1]) + 1) % 10)
    tests = ("import { isValidPesel, isValidTckn, isValidCnp, isValidEmiratesId } from '../src/validators'\n\ndescribe('rejects ids with a wrong check digit', () => {\n"
             "  it.each(['%s', '%s'])('PESEL %%s', v => expect(isValidPesel(v)).toBe(false))\n  it.each(['%s', '%s'])('TCKN %%s', v => expect(isValidTckn(v)).toBe(false))\n"
             "  it.each(['%s'])('CNP %%s', v => expect(isValidCnp(v)).toBe(false))\n  it('rejects input masks', () => expect(isValidEmiratesId('784-XXXX-XXXXXXX-X')).toBe(false))\n})\n"
             % (broken(V.pl_pesel()), broken(V.pl_pesel()), broken(V.tr_tckn()), broken(V.tr_tckn()), broken(V.ro_cnp())))
    emit("n_validator_tests_checksum_broken_ids", next(sh), [("u", "Add the negative tests for the checkout id validators"), ("t", "read", "test/validators.neg.test.ts", tests),
         ("a", "Each value has its last digit changed, so every checksum fails.")] + pad("ns10", 1))

    import phonenumbers
    exs = "\n".join("  %s: '%s'," % (c, phonenumbers.format_number(phonenumbers.example_number_for_type(c, phonenumbers.PhoneNumberType.MOBILE), phonenumbers.PhoneNumberFormat.INTERNATIONAL))
                    for c in ("PL", "TR", "RO", "CZ", "GR", "PT", "AR", "KR", "AE", "SA"))
    emit("n_phone_input_libphonenumber_examples", next(sh), [("u", "Show an example number as the input hint per country"),
         ("t", "read", "src/components/PhoneInput/examples.ts", "// generated from libphonenumber getExampleNumberForType(MOBILE)\nexport const EXAMPLES = {\n%s\n}\n" % exs),
         ("a", "Use these as input hints; they come from libphonenumber's metadata.")] + pad("ns11", 1))

    emit("n_privacy_copy_lowercase_confidential", next(sh), [("u", "Tighten the copy of the privacy section on the checkout page"),
         ("t", "read", "content/checkout-privacy.md", "## Your data\n\nWe treat your order details as confidential and only share your address with the carrier. Card details are handled by our "
          "payment provider and never touch our servers. For questions write to privacy@kofferwerk.de.\n\nSecurity: we use confidential computing for our fraud models and do not distribute data to advertisers.\n"),
         ("a", "Shorter: 'We only share your address with the carrier.'")] + pad("ns12", 1))

    emit("n_crm_dashboard_aggregates", next(sh), [("u", "Explain the drop in repeat purchase rate"),
         ("t", "bash", "python scripts/cohorts.py --month 2025-10", "\n".join("cohort %s  customers %5d  repeat_30d %4.1f%%  aov %6.2f EUR  ltv_90d %7.2f EUR" % ("2025-%02d" % m, R.randint(1500, 9000), R.uniform(8, 22), R.uniform(60, 140), R.uniform(90, 260)) for m in range(1, 11))),
         ("a", "October's cohort is bigger because of the influencer campaign; those buyers repeat less.")] + pad("ns13", 1))
