#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa8.pem 2>/dev/null          # BEGIN PRIVATE KEY (RSA), tfstate
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out vault_rsa8.pem 2>/dev/null
openssl rsa -in vault_rsa8.pem -traditional -out vault_rsa1.pem 2>/dev/null                  # BEGIN RSA PRIVATE KEY, vault pki/issue
openssl ecparam -name prime256v1 -genkey -noout -out tls_ec.pem                               # BEGIN EC PRIVATE KEY, k8s tls.key (base64)
openssl ecparam -name prime256v1 -genkey -noout -out nb_ec.pem
openssl pkcs8 -topk8 -nocrypt -in nb_ec.pem -out nb_ec_p8.pem                                 # BEGIN PRIVATE KEY (EC), notebook cell
openssl ecparam -name secp384r1 -genkey -noout -out helm_ec384.pem                            # BEGIN EC PRIVATE KEY, Write tool input
ssh-keygen -q -t rsa -b 2048 -N '' -C vagrant -f vagrant_rsa                                  # BEGIN OPENSSH PRIVATE KEY
ssh-keygen -q -t ed25519 -N '' -C ci@runner -f ci_ed25519
# public material for hard negatives
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 30 -subj "/CN=Holdout R5 Issuing CA/O=Acme" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=api.acme.test" 2>/dev/null
openssl x509 -req -in leaf.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out leaf.crt -days 30 2>/dev/null
openssl pkey -in rsa8.pem -pubout -out rsa_pub.pem
rm -f ca.key leaf.key leaf.csr ca.srl
