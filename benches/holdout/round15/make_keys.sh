#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out saml_sp_signing.key 2>/dev/null                 # SAML SP signing key, PKCS#8 (positive)
openssl genrsa -traditional -out jwt_rs256.pem 2048 2>/dev/null || openssl genrsa -out jwt_rs256.pem 2048 2>/dev/null  # Spring JWT RS256 key, PKCS#1 (positive)
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out apns_like_ec.pem 2>/dev/null                  # EC key in a Rails credentials dump (positive)
ssh-keygen -q -t ed25519 -N '' -C deploy@ledger-ci -f deploy_ed25519                                                # Capistrano deploy key (positive, large body)
# material for hard negatives: public keys and certificates only
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tmp_idp.pem 2>/dev/null
openssl req -x509 -new -key tmp_idp.pem -out idp_signing.crt -days 730 -subj "/CN=adfs.stadt-kemnath.example.net" 2>/dev/null
openssl req -x509 -new -key saml_sp_signing.key -out saml_sp_signing.crt -days 730 -subj "/CN=portal.justiz-akten.de" 2>/dev/null
openssl pkey -in jwt_rs256.pem -pubout -out jwt_rs256.pub 2>/dev/null
rm -f tmp_*
