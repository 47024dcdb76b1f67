#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
ssh-keygen -q -t ed25519 -N '' -C dev@laptop -f id_ed25519            # cat ~/.ssh/id_ed25519 pasted to "fix permissions"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out sa_pkcs8.pem 2>/dev/null   # GCP service-account JSON private_key
openssl genrsa -traditional -out deploy_rsa.pem 2048 2>/dev/null || openssl genrsa -out deploy_rsa.pem 2048 2>/dev/null  # Ansible deploy key in a role's files/
openssl ecparam -name prime256v1 -genkey -noout -out jwt_es256.pem                         # Spring JWT signing key in resources/
# public material for hard negatives
ssh-keygen -q -t ed25519 -N '' -C ci@runner -f pub_a && mv pub_a.pub ci_ed25519.pub
ssh-keygen -q -t rsa -b 3072 -N '' -C ops@bastion -f pub_b && mv pub_b.pub ops_rsa.pub
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca_tmp.key -out ingress.crt -days 90 -subj "/CN=shop.internal/O=Acme" 2>/dev/null
openssl ec -in jwt_es256.pem -pubout -out jwt_es256_pub.pem 2>/dev/null
rm -f ca_tmp.key pub_a pub_b
