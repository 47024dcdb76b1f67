#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 6).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Themes live in gen_logs.py (logs and dumps), gen_intl.py (non-English content), gen_noise.py (hard-negative noise),
gen_urls.py (secrets in URLs and headers), gen_providers.py (provider tokens) and gen_extra.py (mixed second pass); gen_common.py imports round 3's
helpers the way round 5 does and repoints OUT/KEYS/R/HERE here.  Needs python-stdnum and phonenumbers.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }
Bodies named n_* are hard negatives (no label at all).  Fixed seed; every value generated at run time (key material
by make_keys.sh with openssl / ssh-keygen); checksummed values carry valid checksums.  Nothing credential-shaped is
committed (bodies/, keys/, labels.json are git-ignored).

Labelling policy: round 3's (docstring of ../round3/gen.py) plus round 5's documented decisions (docstring of
../round5/gen.py and its RESULTS.md): same categories, same spans (the value only; a PEM block whole), same
exclusions (references, dummies, documentation examples, vendor dev defaults, encrypted material, hashes / ids /
nonces / signatures, public keys and certificates, role mailboxes, example.com, dial-in numbers, fiction ranges,
company identifiers, masked values, published test cards).

Decisions new in this round:
  * Local-language confidentiality markers (VERTRAULICH, CONFIDENTIEL, CONFIDENCIAL, STRETTAMENTE RISERVATO,
    VERTROUWELIJK, POUFNE, 社外秘) used as a banner / footer / header ARE labelled confidential: the policy defines
    a marker by what it does on the page, not by its language.  Lowercase prose in those languages is not
    (n_multilang_marker_prose).  RESULTS.md also reports the score with these labels left out.
  * Public-by-design client values are NOT secrets: Firebase web config `apiKey`, Stripe `pk_live_`/`pk_test_`,
    Mapbox `pk.` tokens, Sentry DSNs, Supabase `anon` key, Algolia search-only keys, reCAPTCHA site keys, PostHog
    `phc_` project keys, Discord application public keys.  Test-mode keys (`sk_test_`, `rk_test_`) are not secrets
    (round 4 already treated Stripe test keys so).  Their secret counterparts (Mapbox `sk.`, Supabase service_role,
    Klaviyo private `pk_`) are labelled.
  * Presigned URLs: the signature is not labelled (signatures are excluded).  What the URL carries is labelled by
    its own rule: a long-term AKIA key id (like every AKIA id in earlier rounds) and an `X-Amz-Security-Token`
    (STS session token, labelled in its URL-encoded form).  A GCS V4 signed URL (service-account e-mail +
    signature) and a CloudFront signed URL carry nothing else: negatives.
  * Capability URLs are secrets: Slack / Discord / Teams / Zapier webhook URLs (whole URL), Azure Logic Apps
    trigger `sig=` and blob SAS `sig=` (the sig value).
  * Session cookies of a login (`_gitlab_session`, `connect.sid`, `laravel_session`) are secrets; analytics,
    CSRF/XSRF, preference and `known_sign_in` cookies are not.
  * Twilio API key SID `SK…` is labelled like an AKIA key id, together with its 32-character secret.
  * Luhn-valid 16-digit numbers in an `order_no` / `order_number` column are order ids, not cards; IMEIs, ISBNs,
    GTINs, tracking numbers, ABA routing numbers, BICs and BLZs are not personal data.
  * A company's IBAN, switchboard (`-0`) number, toll-free / service numbers and tax / register numbers (Impressum,
    mentions légales, NIP / REGON, CNPJ, 法人番号) are not personal data.
  * A German Rentenversicherungsnummer (not in the README table) is labelled pii: national-id policy.
"""
import json, os, subprocess, sys

import gen_common as G  # noqa: E402  (sets up round 3's helpers first)
import gen_logs, gen_intl, gen_noise, gen_urls, gen_providers, gen_extra  # noqa: E402


def main():
    if not os.path.exists(os.path.join(G.KEYS, "jenkins_ed25519")):
        subprocess.run(["bash", os.path.join(G.HERE, "make_keys.sh")], check=True)
    for m in (gen_logs, gen_intl, gen_noise, gen_urls, gen_providers, gen_extra):
        m.build()
    os.makedirs(G.OUT, exist_ok=True)
    for f in os.listdir(G.OUT):
        os.remove(os.path.join(G.OUT, f))
    labels = {}
    for name, (text, labs) in sorted(G.r3.BODIES.items()):
        assert (not labs) == name.startswith("n_"), name
        with open(os.path.join(G.OUT, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
        labels[name] = labs
    with open(os.path.join(G.HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
    npos = sum(1 for v in labels.values() if v)
    cats = {}
    for v in labels.values():
        for l in v:
            cats[l[0].split("|")[0]] = cats.get(l[0].split("|")[0], 0) + 1
    big = sum(1 for n, (t, _) in G.r3.BODIES.items() if len(t.encode()) >= 50000)
    print("bodies=%d positive=%d negative=%d labels=%d %s large(>=50KB)=%d" % (len(labels), npos, len(labels) - npos,
                                                                                 sum(len(v) for v in labels.values()), cats, big))


if __name__ == "__main__":
    main()
