#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 15: enterprise application stacks - Java / Kotlin /
Spring / Quarkus / Tomcat / WildFly, Scala / Play, C# / .NET, PHP (Laravel, WordPress, Symfony), Ruby on Rails,
Elixir / Phoenix - and legal, finance back-office and public-sector work in many languages).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Modules: gen_agent_jvm.py (Quarkus, Tomcat, WildFly, Play / sbt, Gradle, NuGet.Config, appsettings.Production.json, a
SAML SP key, Maven settings.xml), gen_agent_web.py (Phoenix, Elixir release, Symfony, Laravel cached config, wp config
list, Rails yml, Sidekiq / Devise), gen_agent_fin.py (SAP expense export, camt.053, chargebacks, ERP partners, case JSON,
data room index, ZUS CSV, CZ / SE register extract), gen_chat_pii.py (public-sector / legal chats in 15 languages,
banners), gen_neg_jvm.py, gen_neg_web.py, gen_neg_fin.py, gen_chat_neg.py, gen_chat_neg2.py (hard negatives),
gen_large.py (1 positive, 3 negative large bodies); gen_vals.py holds the new value generators.  gen_common.py loads
round 14's helpers (and through them rounds 13 to 3).  Needs python-stdnum, phonenumbers and cryptography;
make_keys.sh needs openssl and ssh-keygen.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys by
make_keys.sh).

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5 to 14 (their gen.py docstrings): spans
are the value only (a PEM block whole); references, dummies, documented examples, vendor / framework defaults,
encrypted material, hashes, ids, public keys and certificates, role mailboxes, example.com, company switchboards /
service numbers, company bank accounts and masked values are not labelled.

Decisions new in this round:
  * Framework secrets: Symfony APP_SECRET, Rails / Devise secret_key_base / secret_key, Phoenix secret_key_base, Play
    play.http.secret.key, an Elixir RELEASE_COOKIE (Erlang distribution cookie: round 10's Erlang cookie rule), a
    Laravel APP_KEY in the cached bootstrap/cache/config.php ('key' => 'base64:…'), WordPress salts in `wp config list`
    table output, a Spring / .NET JWT SigningKey, a Symfony vault value shown by `secrets:list --reveal` are secrets.
    A Quarkus `%dev` / `%test` password "quarkus" (the Dev Services default), Play's "changeme", Spring Boot docs'
    dbpass / secret, the WordPress image's 'example password' and 'put your unique phrase here', Laravel's stock
    .env.example (empty / null values) are documented defaults.  `ENC(…)` (Jasypt), `{…}` Maven-encrypted passwords,
    web.config protected sections (CipherValue), credentials.yml.enc ciphertext, `{bcrypt}` / Devise bcrypt / ASP.NET
    Identity v3 hashes are encrypted or hashed material.  `${…}`, `%env(…)%`, `%VAR%`, `<%= ENV[…] %>`, `{{ … }}`,
    `%(…)s`, `@Microsoft.KeyVault(…)`, `${vault:…}`, System.getenv / Environment.GetEnvironmentVariable /
    System.get_env are references.  The Tomcat keystore password, sbt `.credentials` and Gradle OSSRH / signing
    passwords are secrets (round 10's keystore rule); a NuGet ClearTextPassword holding an Azure Artifacts PAT is one
    secret (the PAT).  Rails filtered logs ([FILTERED]) and Symfony's masked `******` list are not values.
  * Finance: an IBAN is labelled when the account holder is a private person (employees, refund payees, customers,
    clients); a company's IBAN (legal form GmbH, SAS, B.V., S.p.A.) in the same file or a supplier run is not (round
    10).  Full card numbers of cardholders in a chargeback export and a card pasted into a chat are labelled; the PSP
    documented test cards are not.  Invoice / order numbers carrying a Luhn check digit without a card issuer prefix,
    ISINs and LEIs (valid check digits), BICs, sort codes and BLZ alone, company VAT ids, CNPJ, CIG / CUP codes are
    identifiers, not personal data.  IBANs that fail mod-97 (test fixtures) and the documented example IBANs
    (DE89 3704 0044 0532 0130 00, GB82 WEST 1234 5698 7654 32) are not labelled; nor is SSN 078-05-1120 (the voided
    wallet-insert number).
  * Legal: CONFIDENTIAL as part of a "PRIVILEGED & CONFIDENTIAL" banner, HIGHLY CONFIDENTIAL on a data room index,
    VERTRAULICH and CONFIDENTIEL banners are labelled (each once, the word as it stands); "confidential",
    "vertraulich", "confidentielle", "confidencial" in lower-case contract prose are not.  Court docket numbers, ECLIs,
    land-register references and anonymised judgments are not personal data.
  * Public sector: national ids of citizens / parties are labelled in prose in the local language, in CSV columns and
    in JSON records: FR NIR (re-drawn here without department 20), DE Steuer-ID (spaced 2-3-3-3 in prose), ES DNI and
    NIE, IT codice fiscale, PL PESEL, RO CNP, CZ rodne cislo (with slash), SE personnummer, FI henkilotunnus, PT NIF,
    GR AMKA, NL BSN, TR TCKN, BR CPF, UK NINO, US SSN.  Mobiles in national format after the local word for mobile
    (Handy, móvil, cellulare, telemóvel, κινητό, mobiel, cep telefonu, celular, cell) and private e-mails are labelled;
    role mailboxes of offices (sekretariat@, buchhaltung@, accueil@, etat-civil@, registro@, tesoreria@, protocollo@,
    anagrafe@, poststelle@, bauamt@, standesamt@ …) and fixed-line switchboards (Zentrale, standard, centralita,
    centralino, receptie, centrala), 115 / 116 / 0800 / 900 hotlines are not.  Form schemas with patterns and masks
    and masked ids (****567X) are not values.
"""
import gen_common as G  # noqa: E402
import gen_agent_jvm, gen_agent_web, gen_agent_fin, gen_chat_pii, gen_neg_jvm, gen_neg_web, gen_neg_fin, gen_chat_neg, gen_chat_neg2, gen_large  # noqa: E402

MODULES = (gen_agent_jvm, gen_agent_web, gen_agent_fin, gen_chat_pii, gen_neg_jvm, gen_neg_web, gen_neg_fin, gen_chat_neg, gen_chat_neg2, gen_large)


def main():
    G.write_corpus(MODULES, "deploy_ed25519")


if __name__ == "__main__":
    main()
