#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 16: cloud infrastructure-as-code and platform
engineering; embedded and IoT firmware; multilingual customer chats of a smart-home device maker).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Modules: gen_agent_iac.py (tfstate, Pulumi config / export, Helm values, ArgoCD / Flux, Crossplane, az / aws / doctl /
heroku / fly / gcloud CLI output, CDK), gen_agent_iot.py (ESP32 / Arduino / Zephyr / ESPHome / Tasmota, AWS IoT keys,
secure boot and MCUboot signing keys, LoRaWAN root keys, ChirpStack), gen_chat_pii.py (chats in Hinglish, Hindi,
Indonesian, Japanese, Korean, Arabic, Portuguese, Spanish, HK English / Cantonese; a JSON CRM record; an installer CSV),
gen_neg_iac.py, gen_neg_iot.py, gen_chat_neg.py (hard negatives), gen_chat_more.py (two marker
positives, eight hard negatives), gen_large.py (1 positive, 3 negative large bodies);
gen_vals.py holds the new value generators.  gen_common.py loads round 15's helpers (and through them rounds 14 to 3).
Needs python-stdnum, phonenumbers and cryptography; make_keys.sh needs openssl.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys by
make_keys.sh).

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5 to 15 (their gen.py docstrings): spans
are the value only (a PEM block whole); references, dummies, documented examples, vendor / framework defaults,
encrypted material, hashes, ids, public keys and certificates, role mailboxes, example.com, company switchboards /
service numbers / hotlines, company registration numbers and masked values are not labelled.

Decisions new in this round:
  * IaC state and exports: every cleartext credential in a terraform.tfstate (random_password `result`, an azuread SP
    password `value`) is a secret; google_service_account_key's `private_key` attribute (base64 of the whole JSON key
    file) is labelled once, "private_key|secret", as the key file it is.  Pulumi plain (non-`secure:`) config values
    and the `plaintext` of a `pulumi stack export --show-secrets` are secrets; `secure: v1:…` ciphertext, the
    encryptionsalt, SOPS `ENC[AES256_GCM,…]` values and age envelopes, SealedSecret `AgB…` data, (sensitive value) /
    <sensitive>, lock-file hashes, ExternalSecret / secretRef / Vault agent templates and Helm `{{ .Values.x }}` are not.
    cdk.context.json (account ids, VPC / subnet / AMI / zone ids) holds identifiers.  A CDK
    `SecretValue.unsafePlainText('…')` literal is a secret.
  * Cloud CLIs: `az ad sp create-for-rbac` `password`, `aws iam create-access-key` SecretAccessKey, doctl access-token,
    heroku config URL passwords and keys, a Fly.io deploy token (the whole `FlyV1 fm2_…`), a `gcloud auth
    print-access-token` token are secrets.  AWS access key ids are labelled wherever they appear, also alone in `aws iam
    list-access-keys` output: rounds 3 to 15 label every AKIA id (round 6 states it), so this round keeps that and does
    NOT use the key-id listing as a negative (the brief proposed it; the earlier policy wins).  `az ad sp credential
    list` (a 3-character hint, key ids), `aws sts get-caller-identity` (AIDA user id, account), `gcloud … keys list`
    (key ids) and `fly secrets list` (digests) hold no secret.  Keycloak's documented dev default admin/admin in a local
    compose file, terraform.tfvars.example dummies (changeme, <your-…>, xxxx, AKIAIOSFODNN7EXAMPLE) are not secrets.
  * Embedded / IoT: Wi-Fi passwords in firmware headers / Kconfig / ESPHome / Tasmota, MQTT passwords, ESPHome API
    encryption keys and OTA passwords are secrets (round 14's Wi-Fi PSK rule).  LoRaWAN root keys (AppKey, NwkKey) are
    secrets (the device's root of trust: with it anyone can join as or decrypt the device), also as an LMIC C array
    (the array's byte list is the span); DevEUI, JoinEUI / AppEUI and DevAddr are identifiers.  A fixed BLE pairing
    passkey compiled into firmware (`bt_passkey_set(NNNNNN)`) is a secret (a shared secret like a PSK).  Device private
    keys (AWS IoT key pair, Arduino secrets.h raw string), an ESP32 secure boot signing key and an MCUboot signing key
    are private keys; the MCUboot key printed by `imgtool getpriv` as a C array of DER bytes is labelled
    "private_key|secret" (span: first to last byte).  Device and CA certificates, public keys (PEM and imgtool getpub
    C arrays), image hashes / signatures / TLVs, firmware bytes (hex dumps, base64 OTA payloads), partition tables, boot
    logs, MACs, IMEIs / ICCIDs, BLE UUIDs are not labelled.  ESP-IDF's example defaults (myssid / mypassword), empty
    `CONFIG_…_PASSWORD=""` and a vendor manual's factory defaults (admin / admin, a label key 12345678) are defaults.
    ChirpStack's all-zero genAppKey is not a key.
  * Multilingual chats: national ids are labelled in local-language prose (Hinglish / Hindi Aadhaar and PAN,
    Indonesian NIK, Japanese My Number, Korean RRN, Saudi national id after رقم الهوية الوطنية, Emirates ID after
    رقم الهوية الإماراتية, Egyptian id after الرقم القومي, CPF, PT NIF, ES DNI, MX CURP and RFC of a person, HKID) and in
    JSON records; mobiles in national format after the local word (Mobile, मोबाइल, nomor HP/WA, 携帯, 휴대폰, رقم الجوال,
    هاتفي المتحرك, موبايل, celular/zap, telemóvel, móvil, celular) and in E.164 / international format in records and a
    CSV; private e-mails.  A Wi-Fi password a customer types into a chat ("senha do Wi-Fi é …", "contraseña del wifi
    es …", "Password WiFi … ", "كلمة مرور الواي فاي …") is a secret.  Role mailboxes (support@, halo@, cs@, garansi@,
    info@, help@, partner@, atendimento@, sac@, atencionalcliente@, incidencias@, soporte@, geral@), hotlines and
    company numbers (1800, 1500, 0800, 0120, 0570, 1588, 1577, 920, 800, 19xxx, 4004, 900, 902, switchboards),
    libphonenumber's example numbers, company registration numbers (法人番号, 사업자등록번호, CNPJ, CIF, NIPC, a
    company RFC), masked ids and documented example ids (HKID A123456(3), CPF 123.456.789-09, DNI 12345678Z) are not
    labelled.  Markers: 社外秘 and 대외비 standing as banners on their own line are labelled; lower-case "confidential" and
    秘密 / 비밀 in clause prose are not.  The HKID check is computed with the published weights (validate.py asserts A123456(3)).
"""
import gen_common as G  # noqa: E402
import gen_agent_iac, gen_agent_iot, gen_chat_pii, gen_neg_iac, gen_neg_iot, gen_chat_neg, gen_chat_more, gen_large  # noqa: E402

MODULES = (gen_agent_iac, gen_agent_iot, gen_chat_pii, gen_neg_iac, gen_neg_iot, gen_chat_neg, gen_chat_more, gen_large)


def main():
    G.write_corpus(MODULES, "aws_iot_device.key")


if __name__ == "__main__":
    main()
