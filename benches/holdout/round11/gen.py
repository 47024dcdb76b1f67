#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 11: customer-facing product teams in fintech,
insurance, healthcare and e-commerce, and their SaaS integrations).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Round 11 covers coding-agent sessions on payment integrations (Stripe live secret / restricted keys and webhook
signing secrets, Adyen, Braintree, PayPal, Plaid, Square, Shopify, an Apple Pay processing key), SaaS integrations
(Salesforce connected app and JWT key, HubSpot, Zendesk, Intercom, Twilio, Mailchimp, SendGrid, Postmark, Algolia,
Auth0, Okta, FCM, APNs, OpenAI / Anthropic keys in a support bot, a 3PL SFTP key), customer data reaching the agent
(webhook request logs, database seeds, KYC fixtures, ticket exports, HL7 v2 and FHIR, claims CSVs, a UK pharmacy order,
an order export with full PANs, two 250-350 KB sessions with one or two needles), chats of support agents, claims
handlers and nurses (US, CA, UK, AU, IN, BR, DE, FR, ES, PT, JP; English, French, German, Spanish, Portuguese,
Japanese), and hard negatives of the same trades.  Modules: gen_agent_pay.py, gen_agent_saas.py, gen_agent_data.py
(agent positives), gen_chat_pos.py (chat positives), gen_agent_neg.py, gen_agent_neg2.py, gen_agent_neg3.py,
gen_chat_neg.py (hard negatives); gen_vals.py holds the new value generators and padding (gen_vals_doc.py the
documented test cards).  gen_common.py loads round 10's helpers (and through them rounds 9, 8, 7, 6, 4 and 3) and
repoints them here.  Needs python-stdnum and phonenumbers; make_keys.sh needs openssl and ssh-keygen.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys by
make_keys.sh); checksummed values valid (python-stdnum for SSN, ITIN, SIN, NHS number, NINO shape, TFN, Aadhaar, PAN,
CPF, My Number, NIR, DNI, NIF, IBANs; Luhn for cards; the AU Medicare check digit; the KVNR check digit; phonenumbers
for mobiles, US numbers outside the 555 exchange).

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5 to 10 (their gen.py docstrings): spans
are the value only (a PEM block whole); references, dummies, documented examples, vendor samples, test-mode keys,
encrypted material, hashes / digests / ids, public keys and certificates, role mailboxes, example.com, company
identifiers, company switchboards / toll-free numbers, masked values and public-by-design client keys are not labelled.

Decisions new in this round:
  * Payment credentials: Stripe sk_live_ / rk_live_ and whsec_, the Adyen API key and webhook HMAC key, the Braintree
    private key and access_token$production$, the PayPal client secret, the Plaid secret and access-production token,
    the Square access token, Shopify shpat_ / shpss_ are secrets.  Public or identifiers, not labelled: pk_live_ /
    pk_test_, Adyen clientKey (live_ / test_) and merchant account, the Adyen CSE public key, Braintree merchant id and
    public key, the Braintree tokenization key, PayPal client id, Plaid client_id, Square location id, Shopify app
    client_id.  Test-mode / sandbox credentials (sk_test_, rk_test_, access-sandbox-, access_token$sandbox$, a sandbox
    tokenization key) are not labelled (round 6's test-mode rule extended to sandboxes).
  * SaaS: the Salesforce consumer secret, refresh token and access token (session id) are secrets; the consumer key
    (3MVG9..., the OAuth client id, also in connected-app metadata) and the org id are identifiers.  HubSpot pat-,
    Zendesk API token, Intercom access token, the Twilio auth token, Mailchimp / SendGrid keys, the Postmark server
    token (a UUID named a token: round 10's UUID rule), the Algolia admin key, Auth0 / Okta client secrets, the Okta
    SSWS API token and the FCM legacy server key are secrets.  The Twilio Account SID and other SIDs (SM, MG, VA),
    Auth0 / Okta client ids, the Segment write key (shipped in every page's analytics.js snippet) and the Algolia
    search-only key are public or identifiers.  FCM registration tokens and APNs device tokens identify an app
    install, not a credential: not labelled.  A value repeated in one body (config and curl) is one label.
  * Private keys: the APNs .p8 (EC PKCS#8), the Salesforce JWT bearer key (RSA), an Apple Pay processing key (PKCS#8)
    and an OpenSSH key for a 3PL SFTP feed.
  * Health data: the MRN (medical record number) is a facility-local identifier with no checksum and no national
    scope: it is NOT labelled (like an order or member id), even next to a patient's initials.  The SSN in HL7 PID-19
    and in a FHIR us-ssn identifier, the US Medicare MBI, the UK NHS number, the DE Krankenversichertennummer and the
    AU Medicare number are labelled (national / health ids, rounds 7 and 10).  Provider NPIs (a public registry) and
    pseudonymised member keys (sha256) are not personal data here.  Synthea output (999-area SSNs, 555 phones, names
    with numeric suffixes) and the HL7 v2.5 specification's example message (MASSIE^JAMES, 371-66-9256) are synthetic /
    documented examples: negatives.
  * Cards: a full PAN is labelled wherever it stands (order export, a ticket, a chat); expiry dates and CVVs next to
    it are part of the same record but not labelled separately (no span of their own).  Masked PANs (**** 4242,
    411111******1111, •••• 4821), last4 / bin fields, tok_ / pm_ / card_ / cus_ ids and card fingerprints are not
    labelled.  The providers' documented test cards (gen_vals_doc.py) are examples.
  * Dates of birth, names and postal addresses are not labelled (round 3), though they make the records they sit in
    more sensitive.
  * Phones: US numbers are labelled in every format ((713) 824-8643, 713-824-8643, +1 713-824-8643, E.164) as
    customers' phones; they are drawn outside the 555 fiction exchange.  Company main / toll-free numbers are not.
  * Markers: labelled only where the README's detect.keywords list names the word (CONFIDENTIEL, CONFIDENCIAL,
    VERTRAULICH in the banner STRENG VERTRAULICH (the phrase is labelled), 社外秘, INTERNAL ONLY).  Lowercase prose
    ("customer records are confidential") is not a marker.
  * Marketplace payouts to sellers that are companies (LLC, GmbH, SARL, KG, S.L.) carry company IBANs: negative.
"""
import gen_common as G  # noqa: E402
import gen_agent_pay, gen_agent_saas, gen_agent_data, gen_chat_pos, gen_agent_neg, gen_agent_neg2, gen_agent_neg3, gen_chat_neg  # noqa: E402

MODULES = (gen_agent_pay, gen_agent_saas, gen_agent_data, gen_chat_pos, gen_agent_neg, gen_agent_neg2, gen_agent_neg3, gen_chat_neg)


def main():
    G.write_corpus(MODULES, "apns_authkey.p8")


if __name__ == "__main__":
    main()
