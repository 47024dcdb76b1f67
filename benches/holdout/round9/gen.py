#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 9: data, ML and mobile engineering; PII from Latin
America and Asia).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Round 9 covers coding-agent sessions on data / ML / mobile projects (Jupyter notebooks read as tool results, i.e. .ipynb
JSON inside a JSON string, with DataFrame prints, tracebacks and base64 PNG outputs; dbt profiles.yml; Airflow .env,
airflow.cfg and compose; Spark / Databricks; JDBC URLs; MLflow, W&B, Hugging Face, Kaggle; Superset; MinIO / Label
Studio; Snowflake key-pair auth; Android signing; App Store Connect .p8; Fastlane; Expo / EAS; Sentry; Firebase) and
analysts' chat pastes (CSV / TSV exports and DataFrame prints with customers from Brazil, Mexico, Chile, Argentina,
Colombia, India, Japan, Korea, China, Singapore, Indonesia; tickets in Portuguese, Spanish, Japanese, Korean, Chinese;
data-governance documents with and without markers).  Modules: gen_agent_pos.py / gen_agent_pos2.py / gen_agent_pos3.py
(agent positives), gen_chat_pos.py (chat positives), gen_agent_neg.py / gen_mobile_neg.py / gen_misc_neg.py /
gen_chat_neg.py (hard negatives); gen_nb.py writes notebooks,
DataFrame prints, lockfiles, bundles and logs; gen_vals.py the new value generators.  gen_common.py loads round 8's
helpers (round 7's, 6's and 3's below them), round 8's request shapes and sessions, and round 4's id generators, and
repoints OUT/KEYS/R/HERE here.  Needs python-stdnum and phonenumbers.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys
by make_keys.sh); checksummed values valid (stdnum for CPF, CURP, RFC, RUT, CUIT, Aadhaar, PAN, My Number, RRN,
resident id, NIK; the Singapore NRIC by its published weights; phones by phonenumbers).  Nothing credential-shaped
is committed.

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5 to 8 (their gen.py docstrings): spans
are the value only (a PEM block whole); references, dummies, documented examples, vendor dev defaults, test-mode keys,
encrypted material, hashes / digests / ids, public keys and certificates, role mailboxes, example.com, company
identifiers, company switchboard / toll-free numbers, masked values and public-by-design client keys are not labelled.

Decisions new in this round:
  * Notebooks: a value is labelled where it sits in the notebook (cell source or output); its span is the value as it
    reads after unescaping the request body (the scorer also finds the doubly-escaped form).  A value printed twice
    (text/plain and text/html of one DataFrame) is one label.
  * A PEM inside a JSON file (Firebase Admin SDK) or an inline YAML keyfile_json (dbt BigQuery) is "private_key|secret"
    on the text with literal \\n, as the file holds it (round 8's rule).  The Snowflake key pair's unencrypted
    rsa_key.p8 is a private key; the encrypted PKCS#8 next to its public key (n_snowflake_encrypted_key_and_pubkey)
    is not (encrypted material), nor is the RSA_PUBLIC_KEY in ALTER USER.
  * Public by design, not labelled: google-services.json / GoogleService-Info.plist API keys, Maps SDK keys in
    local.properties / strings.xml / app.json, Firebase web config, AdMob app ids, Facebook app id, OAuth client ids,
    Sentry DSNs (round 6).  Sentry auth tokens (sntrys_ / sntryu_), EXPO_TOKEN and an Apple app-specific password are
    secrets.
  * A MinIO access key name (MINIO_ROOT_USER, a non-AWS access key id) is an identifier; the secret key is labelled.
    A real AKIA id is labelled like every AKIA id in earlier rounds (SES SMTP user included).
  * Airflow: the Fernet key and webserver secret_key are secrets; the compose file of the Airflow docs
    (airflow/airflow, empty FERNET_KEY, ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}) holds vendor dev defaults: negative.
  * Kaggle's `key` in kaggle.json, a W&B key, a Hugging Face token in a git remote URL and in ~/.cache/huggingface/token
    are secrets.
  * National ids of people: BR CPF, MX CURP, MX RFC of a persona fisica (13 characters), CL RUT, AR CUIL, IN Aadhaar,
    IN PAN (fourth letter P), JP My Number, KR RRN, CN resident id, SG NRIC, ID NIK.  Company ids are not: BR CNPJ,
    MX RFC of a persona moral (12 characters), IN GSTIN, SG UEN, KR BRN, CN USCC, CO NIT of an S.A.S., JP corporate
    number.  Colombian cedulas and Argentine DNIs (no check digit) are not planted.
  * Documented examples not labelled: CPF 123.456.789-09, CURP BADD110313HCMLNS09, RFC GODE561231GR8, CN
    11010519491231002X (GB 11643), NRIC S1234567D, AWS's EXAMPLE keys; format patterns (000.000.000-00, XXXX XXXX 1234).
  * Fixture and spec numbers such as (11) 90000-0001 or +55 11 90000-0000 next to example.com addresses are fake test
    data: not labelled.
  * Pseudonymised data (sha256 / md5 of a CPF or e-mail, with or without salt) is not labelled: the value is a hash.
  * Markers: a banner / header / footer marks the document in any language (CONFIDENTIAL, INTERNAL ONLY, CONFIDENCIAL,
    社外秘, 대외비; round 6).  A policy that defines or explains the labels (English, Portuguese / Spanish, Japanese) is
    not a marker, even where it names the label in capitals or says where to place it.
  * IMEIs, Google advertising ids, crash-report addresses, IBGE municipality codes and CEPs, NF-e access keys (44
    digits), order ids and GTINs are not personal data in this corpus.
"""

import gen_common as G  # noqa: E402  (sets up round 8's helpers first)
import gen_agent_pos, gen_agent_pos2, gen_agent_pos3, gen_chat_pos, gen_agent_neg, gen_mobile_neg, gen_misc_neg, gen_chat_neg  # noqa: E402

MODULES = (gen_agent_pos, gen_agent_pos2, gen_agent_pos3, gen_chat_pos, gen_agent_neg, gen_mobile_neg, gen_misc_neg, gen_chat_neg)


def main():
    G.write_corpus(MODULES, "asc_authkey.p8")


if __name__ == "__main__":
    main()
