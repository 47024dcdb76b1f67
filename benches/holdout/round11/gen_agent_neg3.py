"""Theme 8 (hard negatives): a Shopify app's shopify.app.toml (public client id), an OpenAPI spec of the payments API
with example.com / fiction-range / documented test-card examples, marketplace payouts to sellers that are companies
(IBANs of LLCs / GmbHs / SARLs), and Zendesk macros with template variables."""
import json
from gen_common import R, rs, hexs, iban_p
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(300, 600))
    pad = V.pad

    toml = ('client_id = "%s"\nname = "Northwind Loyalty"\napplication_url = "https://loyalty.northwind-goods.com"\nembedded = true\n\n[access_scopes]\n'
            'scopes = "read_customers,write_discounts,read_orders"\n\n[webhooks]\napi_version = "2025-01"\n\n  [[webhooks.subscriptions]]\n  topics = [ "orders/paid", "customers/redact" ]\n'
            '  uri = "/webhooks"\n\n[auth]\nredirect_urls = [ "https://loyalty.northwind-goods.com/auth/callback" ]\n' % hexs(32))
    emit("n_shopify_app_toml_client_id", next(sh), [("u", "shopify app deploy says the redirect URL is not whitelisted"), ("t", "read", "shopify.app.toml", toml)] + pad("no1", 3))

    spec = {"openapi": "3.1.0", "info": {"title": "Northwind Payments API", "version": "2.3.0"}, "paths": {"/v2/payments": {"post": {"requestBody": {"content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/PaymentRequest"}, "examples": {"card": {"value": {"amount": 2000, "currency": "usd", "card": {"number": "4242424242424242", "exp": "12/34", "cvc": "123"},
                                                                                                "customer": {"email": "jane.doe@example.com", "phone": "+1-202-555-0173"}}}}}}}}}},
        "components": {"schemas": {"PaymentRequest": {"type": "object", "required": ["amount", "currency"], "properties": {"amount": {"type": "integer", "minimum": 50},
                                                                                                                        "currency": {"type": "string", "pattern": "^[a-z]{3}$"},
                                                                                                                        "customer": {"type": "object", "properties": {"email": {"type": "string", "format": "email"}, "phone": {"type": "string", "pattern": "^\\+[1-9]\\d{7,14}$"}}}}}}}}
    emit("n_openapi_payments_examples", next(sh), [("u", "Generate a TypeScript client from the payments spec"), ("t", "read", "api/payments.openapi.json", json.dumps(spec, indent=2))] + pad("no2", 3))

    rows = []
    for name, cc in (("Lumen Home Goods LLC", "GB"), ("Kerzenmanufaktur Vogt GmbH", "DE"), ("Atelier Brun SARL", "FR"), ("Hoffmann & Söhne KG", "DE"), ("Casa Verde S.L.", "ES")):
        rows.append("%s;%s;%s;%d.%02d;EUR" % ("acct_1Q" + rs(10), name, iban_p(cc), R.randint(300, 9000), R.randint(0, 99)))
    emit("n_marketplace_payouts_company_ibans", next(sh), [("u", "Why did the SEPA payout batch reject two sellers?"),
         ("t", "bash", "cat payouts/batch_2025-11-24.csv", "connected_account;legal_name;iban;amount;currency\n" + "\n".join(rows) + "\n")] + pad("no3", 3))

    mac = json.dumps({"macros": [{"title": "Refund issued", "actions": [{"field": "comment_value_html", "value": "<p>Hi {{ticket.requester.first_name}},</p><p>We refunded order "
                                  "{{ticket.ticket_field_360012345678}} to your original payment method. It can take 5-10 business days.</p><p>{{current_user.first_name}} – Northwind Care</p>"},
                                 {"field": "status", "value": "solved"}]},
                                {"title": "Ask for order number", "actions": [{"field": "comment_value", "value": "Could you reply with your order number (it starts with NW-)?"}]}]}, indent=2)
    emit("n_zendesk_macros_template_vars", next(sh), [("u", "Translate these macros to German and French"), ("t", "read", "zendesk/macros.json", mac)] + pad("no4", 3))
