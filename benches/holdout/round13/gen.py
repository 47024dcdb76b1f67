#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 13: web, frontend and product engineering; e-commerce,
marketing and CRM; customer support; game development).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Round 13 covers coding-agent sessions on web apps (Next.js env files with server secrets next to NEXT_PUBLIC_* values,
Supabase, a Firebase Admin service account, Vercel / Netlify / Cloudflare, Algolia, headless CMS tokens, a Shopify app,
Prisma / Drizzle URLs, Clerk / Svix / Upstash, Sentry, Resend, OpenAI), marketing / CRM / support integrations
(Klaviyo, Mailchimp, Brevo, HubSpot, Intercom, Zendesk, Freshdesk, Mixpanel), game backends (Steam, PlayFab, Epic Online
Services, Unity, App Store Connect .p8, Google Play service account, a game server deploy key, a Discord bot), support /
CRM pastes with customers from PL, TR, IL, RO, CZ, SE, FI, GR, PT, AR, CL, CO, KR, TW, HK, CN, AE, SA, EG and KE, and
hard negatives of the same trades (public client keys, test-mode and sandbox credentials, documented examples, order
numbers / GTINs / IMEIs / tracking numbers, tokenised cards, Faker fixtures, macros with template variables, role mailboxes
and hotlines, SRI / chunk / lockfile hashes, source maps, minified bundles, fonts, Unity GUIDs, localisation tables,
analytics event names).  Modules: gen_agent_web.py, gen_agent_mkt.py (agent positives), gen_chat_cust.py (chat
positives and one agent body), gen_neg_web.py, gen_neg_shop.py, gen_neg_game.py, gen_chat_neg.py (hard negatives),
gen_large.py (2 positive, 2 negative large bodies); gen_vals.py holds the new value generators.  gen_common.py loads
round 12's helpers (and through them rounds 11 to 3).  Needs python-stdnum and phonenumbers; make_keys.sh needs openssl
and ssh-keygen.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys by
make_keys.sh); checksummed values valid (python-stdnum for PESEL, TC Kimlik, Teudat Zehut, CNP, rodné číslo,
personnummer, HETU, AMKA, AFM, NIF, CUIT, RUT, RRN, the CN resident id and IBANs; the published rules for the Taiwan id,
HKID, Emirates ID (Luhn) and Saudi id (Luhn); phonenumbers for mobiles).  The jwt.io sample token of a negative is
computed from its published header, payload and secret.

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5 to 12 (their gen.py docstrings): spans
are the value only (a PEM block whole); references, dummies, documented examples, vendor defaults, test-mode and sandbox
keys, encrypted material, hashes / digests / ids, public keys and certificates, role mailboxes, example.com, 555
numbers, company switchboards / toll-free numbers, company identifiers, masked values and public-by-design client keys
are not labelled.

Decisions new in this round:
  * Public by design, not labelled (round 6 / 9 / 11 extended): every NEXT_PUBLIC_* value of the kinds rounds 6-11
    called public (Stripe pk_live_, Supabase anon JWT, Firebase web apiKey, Mapbox pk., Sentry DSN), reCAPTCHA and
    Turnstile site keys, GA4 (G-) and GTM ids, the Algolia search-only key in InstantSearch code, the Segment write key
    (round 11: it ships in analytics.js, also where a server script sets it), the Klaviyo public key / site id, the
    Shopify Storefront API public token (PUBLIC_STOREFRONT_API_TOKEN, meant for browsers), the Clerk publishable key,
    Photon App ids, PlayFab Title ids, EOS product / sandbox / deployment ids, Steam app / depot ids and the EOS
    ClientId.  A Shopify app's SHOPIFY_API_KEY is its OAuth client id: identifier.
  * Secrets: Supabase service_role JWT and sbp_ access token, NEXTAUTH_SECRET, a GitHub OAuth app client secret, the
    Turnstile secret key, the Cloudflare API token, Algolia admin key, Contentful CFPAT, Sanity write token, Storyblok
    management token, Shopify API secret and shpat_, Clerk secret key, Svix whsec_, Upstash REST token, Klaviyo private
    key, Brevo xkeysib-, Freshdesk API key, Mixpanel service-account secret, Steam Web API publisher key, PlayFab
    developer secret key, the EOS client secret of a client with the Dedicated Server policy, a Unity service-account
    secret key, a Discord bot token, the PlanetScale password in a MySQL URL.
  * Service-account JSON (Firebase Admin, Google Play) and fastlane's api_key.json carry their PEM JSON-escaped:
    "private_key|secret" on the text with literal \\n (round 8 / 9).  An APNs / App Store Connect .p8 read as a file is
    private_key.
  * Personal data, national ids of people: PL PESEL, TR TC Kimlik, IL Teudat Zehut, RO CNP, CZ rodné číslo, SE
    personnummer, FI HETU, GR AMKA and GR AFM (a person's tax number on an invoice), PT NIF (first digit 1-3), AR CUIT
    of a person (20 / 27), CL RUT, KR RRN, TW national id, HK HKID, CN resident id, AE Emirates ID, the Saudi national
    id, and the Egyptian national id (no published check algorithm; labelled by shape and national scope, as round 12
    did with passports).  Company ids (PL NIP / REGON of a sp. z o.o., USt-IdNr.) are not.  Colombian cédulas and
    Argentine DNIs are not planted (round 9).
  * Mobiles are labelled in national and international formats for all the countries above, plus KE M-Pesa numbers.
    Consumers' IBANs given for refunds (TR, RO, PT, SA) are labelled.  A card number a customer pasted in a live chat
    is labelled; the last4, fingerprints, tok_ / pm_ / ch_ ids and masked PANs of Stripe objects are not.
  * Not personal data in this corpus: Steam ids (steam:7656...) and player / order ids of a game store, IMEIs,
    GTINs, ISBNs, tracking numbers, Luhn-valid order numbers (round 6), sha256-hashed e-mails and phones in a
    conversion API log (round 9), libphonenumber's example numbers (documented examples), ids in validator tests whose
    last digit was changed (round 10), input masks.  Role mailboxes in any language (support@, help@, pomoc@,
    atencion@, press@, billing@, returns@, news@, events@, hello@, noreply@) and the 0800 / 800 / 900 hotlines and -0
    switchboards of companies are not personal data.
  * Documented examples: Stripe's test cards in Playwright tests, test-mode keys (sk_test_), sandbox credentials
    (access_token$sandbox$, access-sandbox-), the Prisma docs' `johndoe:randompassword` URL in .env.example, the
    jwt.io sample token.
  * Markers: CONFIDENTIAL, INTERNAL ONLY, DO NOT DISTRIBUTE and 机密 as banners of a pricing plan, patch notes and a
    contract summary (README detect.keywords).  "FOR IMMEDIATE RELEASE", lowercase "confidential" in privacy copy, a
    data-classification policy and an NDA template's "Confidential Information" are not markers.
"""
import gen_common as G  # noqa: E402
import gen_agent_web, gen_agent_mkt, gen_chat_cust, gen_neg_web, gen_neg_shop, gen_neg_game, gen_chat_neg, gen_large  # noqa: E402

MODULES = (gen_agent_web, gen_agent_mkt, gen_chat_cust, gen_neg_web, gen_neg_shop, gen_neg_game, gen_chat_neg, gen_large)


def main():
    G.write_corpus(MODULES, "gs_deploy_ed25519")


if __name__ == "__main__":
    main()
