#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out asc_authkey.p8 2>/dev/null          # App Store Connect API key (AuthKey_XXXX.p8)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out firebase_sa.pem 2>/dev/null            # Firebase Admin SDK service-account JSON
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out bq_sa.pem 2>/dev/null                  # BigQuery service account inlined in dbt profiles.yml
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out snowflake_rsa_key.p8 2>/dev/null       # Snowflake key-pair auth, unencrypted
openssl genrsa -traditional -out emr_keypair.pem 2048 2>/dev/null || openssl genrsa -out emr_keypair.pem 2048 2>/dev/null   # EMR cluster key pair
# material for hard negatives: an encrypted PKCS#8 key (passphrase thrown away), public keys, a certificate
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tmp_enc.pem 2>/dev/null
openssl pkcs8 -topk8 -v2 aes-256-cbc -in tmp_enc.pem -out snowflake_rsa_key_enc.p8 -passout pass:"$(openssl rand -hex 16)" 2>/dev/null
openssl rsa -in snowflake_rsa_key.p8 -pubout -out snowflake_rsa_key.pub 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout tmp_cert.key -out upload_cert.pem -days 9000 -subj "/CN=Upload Key/O=Acme Mobile/C=BR" 2>/dev/null
ssh-keygen -q -t ed25519 -N '' -C analyst@jupyterhub -f tmp_ssh && mv tmp_ssh.pub jupyter_ed25519.pub
rm -f tmp_enc.pem tmp_cert.key tmp_ssh
