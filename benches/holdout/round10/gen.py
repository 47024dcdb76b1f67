#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 10: platform, security and enterprise backend
engineering; personal data from Europe and the Commonwealth).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Round 10 covers coding-agent sessions on platform work (Kubernetes Secrets with stringData and base64 data, TLS secrets,
Helm values and templates, Argo CD repository secrets, Flux, External Secrets, SealedSecrets, SOPS; Vault init, AppRole,
status and policies; Consul and Nomad ACL bootstrap; GitHub Actions, GitLab CI, Jenkins JCasC / credentials.xml / API
tokens, Buildkite, CircleCI), enterprise backends (Spring properties / yml with Kafka JAAS and keystores, .NET
appsettings.json / web.config, a Go service config, Laravel .env, WordPress wp-config.php, Rails master.key / Kamal,
Django with LDAP), operations (Ansible INI inventories and vault ciphertext, sssd / Grafana LDAP, postfix / msmtp SMTP
relays, AMQPS / rediss / Kafka SCRAM, PKCS#12 and JKS passwords, OpenSSH, PuTTY and PGP private keys), and staff chats
(HR, payroll, support, finance) with people from France, Germany, the Netherlands, Belgium, Poland, Sweden, Denmark,
Finland, Portugal, Italy, Spain, the UK, Canada, Australia and Ireland.  Modules: gen_agent_pos.py, gen_agent_ci.py,
gen_agent_app.py, gen_agent_ops.py (agent positives), gen_chat_pos.py (chat positives), gen_agent_neg.py,
gen_agent_neg2.py, gen_agent_neg3.py, gen_chat_neg.py (hard negatives); gen_vals.py holds the new value generators
and padding.  gen_common.py loads round 9's helpers (and through them rounds 8, 7, 6, 4 and 3) and repoints them here.
Needs python-stdnum and phonenumbers; make_keys.sh needs openssl, ssh-keygen, gpg and python3.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys
by make_keys.sh, the PuTTY .ppk assembled from an openssl Ed25519 key with its PPK v3 MAC); checksummed values valid
(python-stdnum for NIR, Steuer-ID, BSN, BE national number, PESEL, personnummer, CPR, HETU, NIF, codice fiscale, DNI,
NIE, NHS number, SIN, TFN, PPSN, IBANs; Luhn for cards; the AU Medicare check digit; phonenumbers for mobiles).

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5 to 9 (their gen.py docstrings): spans are
the value only (a PEM block whole); references, dummies, documented examples, vendor samples, encrypted material,
hashes / digests / ids, public keys and certificates, role mailboxes, example.com, company identifiers, company
switchboards, masked values and public-by-design client keys are not labelled.

Decisions new in this round:
  * Kubernetes Secret `data:` values (base64) are labelled when they decode to a credential; the span is the base64
    text as it stands in the body.  Base64 of a user name or host in the same map is not labelled.  A value given on a
    command line and read back as base64 is two labels.
  * A PEM in a YAML block scalar (Secret stringData, Argo CD sshPrivateKey, JCasC privateKey) is labelled from
    "-----BEGIN" to the END line including the indentation inside the block, i.e. exactly as the file holds it.
  * Vault: unseal key shares, the initial root token, service tokens and an AppRole secret_id are secrets; the role_id,
    token accessors, the Cluster ID and `vault status` fields are identifiers.  Consul / Nomad: the SecretID of a token,
    the agent token in consul.hcl and the gossip `encrypt` key are secrets; AccessorIDs are identifiers.  These are
    UUID-shaped secrets: a UUID is labelled when the file names it a secret (SecretID, secret_id, agent token), and is
    an identifier everywhere else (uid, AccessorID, role_id, SYSTEM-UUID, correlation ids).
  * RabbitMQ erlangCookie, ASP.NET machineKey validation / decryption keys, WordPress keys and salts (all eight), the
    Rails master.key, Laravel APP_KEY, the Pusher app secret, Kafka JAAS / Schema Registry API secrets, a Jenkins API
    token, a Buildkite agent token, PKCS#12 `-passout pass:` and keytool `-storepass` passwords are secrets.  The Pusher
    app key and Azure AD tenant / client ids are public identifiers.
  * Encrypted or templated: SealedSecret encryptedData, SOPS ENC[...] values and age / PGP recipients, Ansible vault
    blobs, Jenkins {AQAAAB...} secrets, Jasypt ENC(...), .NET protected configuration CipherValues, encrypted Rails
    credentials, an encrypted PKCS#8 key, Helm `{{ .Values.x | b64enc }}`, Nomad `{{ with secret }}`, GitHub
    `${{ secrets.X }}`, GitLab `secrets:` / `[MASKED]`, Kafka `${file:...}`, `-passout env:` / `-storepass:env` /
    `:file` and `$(kamal secrets ...)` are not labelled.  wp-config-sample.php, .env.example and the Kubernetes / AWS /
    Vault documentation examples are vendor text.
  * National ids of people: FR NIR, DE Steuer-ID, NL BSN, BE national number, PL PESEL, SE personnummer, DK CPR, FI HETU,
    PT NIF of a person (first digit 1-3), IT codice fiscale, ES DNI / NIE, UK NINO, UK NHS number, CA SIN, AU TFN, AU
    Medicare number, IE PPSN.  Company ids are not: SIREN / SIRET / TVA, KvK / BTW, USt-IdNr / HRB, Companies House
    numbers / GB VAT, CA business number (a SIN-shaped Luhn number followed by RT0001 / RP0001), AU ABN / ACN, ES CIF,
    IT partita IVA.  An IBAN whose account holder is a company (GmbH on the invoice) is company data.
  * Mobiles are labelled in national format (06 .., 0151 .., 07xx ..) as well as international; switchboards, freephone
    and 1300 numbers of companies, and Ofcom's drama range, are not.
  * Markers: a banner marks the document in any language (CONFIDENTIEL, VERTRAULICH, VERTROUWELIJK, POUFNE, RISERVATO,
    CONFIDENCIAL, CONFIDENTIAL).  The marker word is labelled, not the rest of the banner line.  A policy that names the
    levels in lowercase prose, a code enum (VERTRAULICH(2)) and TLP:GREEN are not markers.
  * Test fixtures whose ids fail their checksum (an id with its last digit changed) are not personal data.
"""

import gen_common as G  # noqa: E402  (sets up round 9's helpers first)
import gen_agent_pos, gen_agent_ci, gen_agent_app, gen_agent_ops, gen_chat_pos, gen_agent_neg, gen_agent_neg2, gen_agent_neg3, gen_chat_neg  # noqa: E402

MODULES = (gen_agent_pos, gen_agent_ci, gen_agent_app, gen_agent_ops, gen_chat_pos, gen_agent_neg, gen_agent_neg2, gen_agent_neg3, gen_chat_neg)


def main():
    G.write_corpus(MODULES, "release_signing.asc")


if __name__ == "__main__":
    main()
