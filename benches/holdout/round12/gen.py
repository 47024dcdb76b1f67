#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 12: security engineering, systems programming and people
operations, with an emphasis on hard negatives that look like secrets).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Round 12 covers pentest / red-team sessions (loot notes with cleartext passwords and NT hashes, a Kerberos keytab),
private key files of every kind a security team handles (OpenSSH, PuTTY, PEM RSA / EC / PKCS#8, GPG, age, signify,
minisign), network gear and infrastructure secrets (WireGuard, IPsec PSK, EAP, BMC / IPMI / iDRAC passwords, Cisco
type 7 strings, SNMP communities and v3 passwords, RADIUS shared secrets), systems code and CI (JWT signing secrets in
C, Go and Rust, Sentry / Datadog / PagerDuty, GitHub / GitLab tokens, embedded device provisioning: Azure IoT device
keys, Tailscale auth keys, a device RSA key, per-device PSKs), HR and recruiting chats (CVs, onboarding forms, offer
letters; US, UK, DE, FR, IN, JP, BR, NG, ZA, KE), and hard negatives: secret scanners' own rules, tests and reports,
cryptographic test vectors (RFC 4231, RFC 8032, NIST CAVP, Wycheproof; computed here), certificates and public keys,
system output (hex dumps, packet dumps, backtraces, build logs, digests, store paths, git objects), hashes and
ciphertext, templates and HR text without personal data.  Modules: gen_agent_sec.py, gen_agent_net.py,
gen_agent_sys.py (agent positives), gen_chat_hr.py (chat positives), gen_neg_scan.py, gen_neg_crypto.py,
gen_neg_sys.py, gen_neg_ops.py, gen_chat_neg.py (hard negatives), gen_large.py (2 positive, 2 negative large bodies);
gen_vals.py holds the new value generators.  gen_common.py loads round 11's helpers (and through them rounds 10 to 3).
Needs python-stdnum, phonenumbers and cryptography; make_keys.sh needs openssl, ssh-keygen and gpg.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys by
make_keys.sh, key files of other formats by gen_vals.py); checksummed values valid (python-stdnum for SSN, NINO shape,
Steuer-ID, NIR, CPF, PAN, Aadhaar, ZA ID, IBANs; phonenumbers for mobiles, US numbers outside the 555 exchange).

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5 to 11 (their gen.py docstrings): spans
are the value only (a PEM block whole); references, dummies, documented examples, vendor defaults, test-mode keys,
encrypted material, hashes / digests / ids, public keys and certificates, role mailboxes, example.com, 555 numbers,
company switchboards / toll-free numbers and masked values are not labelled.

Decisions new in this round:
  * Password hashes.  Salted, slow or one-way password hashes are not secrets (round 3's hash rule): Cisco type 5
    (md5crypt), type 8 (PBKDF2) and type 9 (scrypt), /etc/shadow sha512crypt / yescrypt, mosquitto $7$ PBKDF2 hashes,
    detect-secrets' hashed_secret.  Two kinds ARE labelled, because they work as the credential without cracking:
    Cisco type 7 strings (a reversible XOR encoding: decoding is instant) and Windows NT hashes (pass-the-hash; the
    krbtgt hash forges golden tickets).  The LM hash aad3b435... and the NT hash of the empty password 31d6cfe0... are
    constants, not labelled.
  * Kerberos keytabs hold long-term keys: a keytab (base64 in a k8s Secret) is a secret.
  * Private key files beyond PEM: PuTTY .ppk (unencrypted), age identities, signify and minisign secret keys stored
    without a passphrase (signify -n, kdfrounds 0; minisign -W, kdf 0x0000) and GPG private key blocks are private_key
    (for signify / minisign the base64 line is the span).  A minisign key encrypted with its password (kdf "Sc") is
    encrypted material: not labelled.
  * Test fixtures: a private key committed as a TLS test fixture is labelled (private_key).  Only the published keys
    of standards (RFC 8032's Ed25519 test keys, RFC 4231's HMAC keys, NIST CAVP and Wycheproof values) are documented
    examples; a key generated for a project's test suite is indistinguishable from a real one and is often reused, so
    it counts.  Elided PEMs ("MIIE...") are not key material.
  * Network secrets: WireGuard PrivateKey (private_key) and PresharedKey (secret); IPsec PSK and EAP secrets; SNMP v2c
    community strings other than public / private (a community is the v2c credential) and SNMPv3 auth / priv
    passwords; RADIUS shared secrets (FreeRADIUS's packaged testing123 is a vendor default, not labelled); BMC (IPMI,
    iDRAC) passwords, also on an ipmitool -P line; TACACS+ keys.  Config lines whose keys a device printed as
    <removed> are negatives.
  * Pentest notes: captured cleartext passwords and NT hashes are labelled; report templates with <REDACTED> and the
    dummy P@ssw0rd are not; CTF flags and a rockyou word cracked in a public write-up are not secrets.
  * Sentry DSNs stay public (round 6); the Sentry auth token (sntryu_) is a secret.  Per-device DTLS PSKs in a
    factory CSV are secrets, each row a label.
  * Personal data: passport numbers and the Nigerian NIN are labelled as national document / id numbers although they
    carry no checksum (national scope, unlike round 11's MRN).  Dates of birth, names and postal addresses stay
    unlabelled (round 3).  Mobiles are labelled in national and international formats for US, GB, DE, FR, IN, JP, BR,
    NG, ZA, KE.  Employee IBANs are labelled (persons).
  * Markers: CONFIDENTIAL, STRICTLY CONFIDENTIAL (the phrase is the span), INTERNAL ONLY, VERTRAULICH, CONFIDENTIEL and
    社外秘 as banners of offer letters and HR forms; only words of the README's detect.keywords list are labelled;
    lowercase prose is not a marker.
  * Commit authors: round 8's rule (a firstname@company author of a git commit is personal data) applies to
    `git cat-file -p` output too; the body first emitted as a negative with such an author was relabelled after
    scoring as p_git_cat_file_signed_commit_author_email (see RESULTS.md).
"""
import gen_common as G  # noqa: E402
import gen_agent_sec, gen_agent_net, gen_agent_sys, gen_chat_hr, gen_neg_scan, gen_neg_crypto, gen_neg_sys, gen_neg_ops, gen_chat_neg, gen_large  # noqa: E402

MODULES = (gen_agent_sec, gen_agent_net, gen_agent_sys, gen_chat_hr, gen_neg_scan, gen_neg_crypto, gen_neg_sys, gen_neg_ops, gen_chat_neg, gen_large)


def main():
    G.write_corpus(MODULES, "jump_ed25519")


if __name__ == "__main__":
    main()
