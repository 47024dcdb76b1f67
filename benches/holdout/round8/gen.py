#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 8: ordinary traffic).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Round 8 measures the bulk of normal traffic: coding-agent sessions over ordinary projects (Next.js/TypeScript, Django,
Go, Spring Boot, Rails, Rust, Terraform, Ansible, Helm, SQL, i18n, OpenAPI, lockfiles, CHANGELOGs, stack traces, CI /
docker / npm / pip logs, git log / diff) and chat pastes (tickets, spreadsheets, notes, e-mails, logs, configs).
Modules: gen_agent_pos.py + gen_agent_pos2.py (agent positives), gen_chat_pos.py (chat positives), gen_agent_neg.py and
gen_chat_neg.py (hard negatives); gen_text_code.py / gen_text_ops.py write the ordinary text (own seeded Random),
gen_shapes.py renders one session as any API kind, gen_sess.py pads sessions with project reads.  gen_common.py loads
round 7's helpers (round 6's and round 3's below them) and repoints OUT/KEYS/R/HERE here.  Needs python-stdnum and
phonenumbers.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys
by make_keys.sh); checksummed values valid.  Nothing credential-shaped is committed.

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5, 6 and 7 (their gen.py docstrings):
spans are the value only (a PEM block whole); references, dummies, documented examples (AKIAIOSFODNN7EXAMPLE, the
jwt.io sample token, Stripe's documented sk_test key, SSA 078-05-1120, DE89 3704 ...), test-mode keys, encrypted
material, hashes / digests / ids, public keys and certificates, role mailboxes, example.com, company identifiers,
company IBANs / switchboard / toll-free numbers, masked values and public-by-design client keys are not labelled.

Decisions new in this round:
  * A secret in a removed diff line (`-client = Client("AC...", "<token>")`) is labelled: it was committed and is
    still in history.  The Twilio Account SID (`AC` + 32 hex) next to it is an account identifier: not labelled.
  * `git shortlog -sne` / `git log` authors at a company domain (firstname.lastname@company) are personal data
    (round 3's e-mail rule); users.noreply.github.com and bot addresses are not (round 7).
  * E-mail addresses URL-encoded in a logged query string (`email=name%40gmail.com`) are labelled in their encoded
    form.
  * A publishable `pk_live_` Stripe key and a PostHog `phc_` key in a committed .env are public-by-design (round 6):
    not labelled, even next to the labelled secrets.
  * The Django `django-insecure-` key committed in a settings file is labelled: it is the project's signing key.
  * A PEM inside a service-account JSON file is labelled "private_key|secret" on its JSON-escaped text.
  * A password in a private index URL is labelled where it is clear; the `****` the tool itself prints is not.
  * An employee's own phone in an e-mail signature is personal data; the company switchboard / hotline is not.
"""

import gen_common as G  # noqa: E402  (sets up round 7's helpers first)
import gen_agent_pos, gen_agent_pos2, gen_chat_pos, gen_agent_neg, gen_chat_neg  # noqa: E402

MODULES = (gen_agent_pos, gen_agent_pos2, gen_chat_pos, gen_agent_neg, gen_chat_neg)


def main():
    G.write_corpus(MODULES, "id_ed25519")


if __name__ == "__main__":
    main()
