#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
ssh-keygen -q -t ed25519 -N '' -C jenkins@ci -f jenkins_ed25519                          # BEGIN OPENSSH PRIVATE KEY, JCasC
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out fb_sa.pem 2>/dev/null    # BEGIN PRIVATE KEY, Firebase service account
openssl ecparam -name prime256v1 -genkey -noout -out sql_ec.pem                             # BEGIN EC PRIVATE KEY, SQL dump (escaped \n)
openssl genrsa -traditional -out mail_rsa.pem 2048 2>/dev/null || openssl genrsa -out mail_rsa.pem 2048 2>/dev/null  # RSA PRIVATE KEY, mbox attachment
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout p12.key -out p12.crt -days 30 -subj "/CN=vpn.acme-gmbh.test/O=Acme GmbH" 2>/dev/null
openssl pkcs12 -export -inkey p12.key -in p12.crt -passout pass:exportpw -out bundle.p12 2>/dev/null
openssl pkcs12 -in bundle.p12 -passin pass:exportpw -nodes -out p12_dump.txt 2>/dev/null || openssl pkcs12 -legacy -in bundle.p12 -passin pass:exportpw -nodes -out p12_dump.txt
# public material for hard negatives
openssl req -x509 -newkey rsa:2048 -nodes -keyout idp.key -out idp.crt -days 30 -subj "/CN=idp.acme.test/O=Acme" 2>/dev/null
rm -f idp.key p12.key bundle.p12
