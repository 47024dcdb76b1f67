#!/usr/bin/env bash
# Key material for gen.py (private keys are generated here, never committed):
# bash make_keys.sh  ->  keys/*.pem, keys/ssh_*, keys/pgp_*.asc
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p keys && cd keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out pkcs8.pem 2>/dev/null
openssl rsa -in pkcs8.pem -traditional -out rsa.pem 2>/dev/null
openssl rsa -in pkcs8.pem -pubout -out pub.pem 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out ec.pem
openssl dsaparam -out dsaparam.pem 2048 2>/dev/null
openssl gendsa -out dsa.pem dsaparam.pem 2>/dev/null
openssl dsa -in dsa.pem -traditional -out dsa_trad.pem 2>/dev/null || cp dsa.pem dsa_trad.pem
rm -f dsaparam.pem
openssl pkcs8 -topk8 -in pkcs8.pem -v2 aes-256-cbc -passout pass:holdout -out enc.pem
openssl req -x509 -newkey rsa:2048 -nodes -keyout certkey.pem -out cert.pem -days 30 -subj "/CN=holdout.test" 2>/dev/null
rm -f ssh_rsa ssh_rsa.pub ssh_ed25519 ssh_ed25519.pub
ssh-keygen -q -t rsa -b 2048 -N '' -C holdout -f ssh_rsa
ssh-keygen -q -t ed25519 -N '' -C holdout -f ssh_ed25519
export GNUPGHOME; GNUPGHOME=$(mktemp -d)
gpg --batch --passphrase '' --quick-gen-key "Holdout <holdout@example.test>" ed25519 sign never 2>/dev/null
gpg --batch --armor --export > pgp_pub.asc
gpg --batch --armor --pinentry-mode loopback --passphrase '' --export-secret-keys > pgp_sec.asc
rm -rf "$GNUPGHOME"
