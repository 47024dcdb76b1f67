#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 7).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Themes: gen_agent.py / gen_agent_neg.py (coding-agent context: Cursor / Copilot / Aider prompts, notebooks, Terraform plan
and output JSON, CI workflows, dotfiles, kubeconfig, AWS / gcloud credential files), gen_tokens.py / gen_tokens_neg.py
(newer provider tokens), gen_pii.py / gen_pii_neg.py (personal data in new shapes), gen_conf.py (markers), gen_noise.py
(high-entropy hard negatives), gen_mixed.py (second pass across every API kind).  gen_common.py loads round 6's helpers
(themselves round 3's plus round 6's) and repoints OUT/KEYS/R/HERE here; gen_values.py and gen_pii_vals.py add this round's value
generators.  Needs python-stdnum and phonenumbers.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }
Bodies named n_* are hard negatives (no label at all).  "a|b" categories: counted under a, b also accepted (raw or
base64-wrapped key material).  Fixed seed; every value generated at run time (keys by make_keys.sh with openssl /
ssh-keygen); checksummed values carry valid checksums.  Nothing credential-shaped is committed.

Labelling policy: round 3's (docstring of ../round3/gen.py) with the decisions of rounds 5 and 6 (their gen.py
docstrings): spans are the value only (a PEM block whole, with the indentation its container applies); references,
dummies, documentation examples, encrypted material, hashes / ids / signatures, public keys and certificates, role
mailboxes, reserved domains, fiction ranges, company identifiers, masked values and published test cards are not labelled;
public-by-design client keys are not secrets; local-language markers used as markers are markers.

Decisions new in this round:
  * CI secret references (`${{ secrets.X }}`, `${{ vars.X }}`, `secrets[format(...)]`, `os.environ/X` in LiteLLM,
    `op://`, `${VAR:?}` in compose, `${NPM_TOKEN}` in .npmrc / .yarnrc.yml) are not secrets; a literal pasted next to them
    is.  `terraform show -json` values flagged `after_sensitive` / `(sensitive value)` are hidden: negative.  Values that
    `terraform output -json` prints in clear (a sensitive output is printed by -json) are labelled.
  * kubeconfig `client-key-data` (base64 of a PEM private key) is "private_key|secret" on the base64 text, as in
    round 3; `client-certificate-data` / `certificate-authority-data` are certificates: not labelled.
  * An age identity (`AGE-SECRET-KEY-1...`) is "private_key|secret"; age recipients (`age1...`) are public.
  * gcloud ADC: the `client_secret` (GOCSPX-) and `refresh_token` of the source credentials are secrets; an
    `external_account` (workload identity federation) file carries no secret: negative.
  * Unclaimed keyword-only tokens (Confluent API secret, Twitch client secret, Fastly, Vercel, Cloudflare, Resend,
    Postmark server token, Snyk UUID under SNYK_TOKEN) are labelled: the judge takes them from gitleaks/trufflehog.
    The Confluent API key id and the Twitch client id are identifiers, not labelled; only their secrets are.
  * A Vault AppRole `secret_id` (a UUID) is a secret; the `role_id` next to it and a `token_accessor` are identifiers.
  * A bcrypt hash in Argo CD `argocdServerAdminPassword` is a hash: not labelled (the repository PAT next to it is).
  * Health ids are national-id-like pii: US Medicare MBI and the German Krankenversichertennummer are labelled.
  * A full PAN inside track-2 equivalent data is a card number; the masked PAN (first6 ****** last4), `last4` and
    `bin` fields next to it are not.
  * Company-to-company SEPA files (creditors are GmbH / SAS / KG / AG) carry company IBANs: negative (round 6's
    company-data decision); in a direct-debit file the debtors are consumers: their IBANs are labelled.
  * A standard legal disclaimer footer ("This e-mail ... may contain confidential ... information ...") is NOT a
    marker: it is attached to every mail regardless of content.  An NDA template defining "Confidential Information"
    is not a marker either, nor are sensitivity-label definitions in a config file.
  * Traffic Light Protocol: `TLP:RED`, `TLP:AMBER`, `TLP:AMBER+STRICT` are markers; `TLP:CLEAR` / `TLP:WHITE` mean
    public: not.  A Microsoft Purview sensitivity label shown on a mail (`Sensitivity: Highly Confidential`,
    `MSIP_Label_..._Name=Highly Confidential`) is a marker.  A Title Case `Internal Only` slide footer is a marker
    (round 5's Title Case rule).
  * git blame / log author addresses under users.noreply.github.com and bot addresses are not personal data.
  * Base64 JSON that is not a JWT (OAuth state, share-state, filter params) and WebAuthn blobs are not secrets.
"""
import json, os, subprocess, sys

import gen_common as G  # noqa: E402  (sets up round 3's helpers first)
import gen_agent, gen_agent_neg, gen_tokens, gen_tokens_neg, gen_pii, gen_pii_neg, gen_conf, gen_noise, gen_mixed  # noqa: E402

FORBIDDEN = "plac" + "eholder"  # a word this corpus must not contain
MODULES = (gen_agent, gen_agent_neg, gen_tokens, gen_tokens_neg, gen_pii, gen_pii_neg, gen_conf, gen_noise, gen_mixed)


def main():
    if not os.path.exists(os.path.join(G.KEYS, "deploy_ed25519")):
        subprocess.run(["bash", os.path.join(G.HERE, "make_keys.sh")], check=True)
    for m in MODULES:
        m.build()
    os.makedirs(G.OUT, exist_ok=True)
    for f in os.listdir(G.OUT):
        os.remove(os.path.join(G.OUT, f))
    labels = {}
    for name, (text, labs) in sorted(G.r3.BODIES.items()):
        assert (not labs) == name.startswith("n_"), name
        assert FORBIDDEN not in text.lower() and FORBIDDEN not in name.lower(), name
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
    sizes = [len(t.encode()) for t, _ in G.r3.BODIES.values()]
    print("bodies=%d positive=%d negative=%d labels=%d %s total=%d KB min=%d max=%d large(>=50KB)=%d" % (
        len(labels), npos, len(labels) - npos, sum(len(v) for v in labels.values()), cats, sum(sizes) // 1024, min(sizes), max(sizes),
        sum(1 for s in sizes if s >= 50000)))


if __name__ == "__main__":
    main()
