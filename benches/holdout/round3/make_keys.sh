#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa8.pem 2>/dev/null
openssl rsa -in rsa8.pem -traditional -out rsa1.pem 2>/dev/null            # BEGIN RSA PRIVATE KEY
openssl ecparam -name secp384r1 -genkey -noout -out ec384.pem               # BEGIN EC PRIVATE KEY
openssl ecparam -name prime256v1 -genkey -noout -out ec256_sec1.pem
openssl pkcs8 -topk8 -nocrypt -in ec256_sec1.pem -out ec256_p8.pem         # BEGIN PRIVATE KEY (EC)
openssl genpkey -algorithm ed25519 -out ed25519_p8.pem                      # short PKCS8
openssl genpkey -algorithm x25519 -out x25519_p8.pem
# public material for hard negatives
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 30 -subj "/CN=Holdout Root CA/O=Acme" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=api.acme.test" 2>/dev/null
openssl x509 -req -in leaf.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out leaf.crt -days 30 2>/dev/null
openssl pkey -in ec256_p8.pem -pubout -out ec256_pub.pem
rm -f ca.key leaf.key leaf.csr ca.srl
ssh-keygen -q -t ed25519 -N '' -C deploy@ci -f ssh_ed25519
ssh-keygen -q -t ecdsa -b 256 -N '' -C ansible@bastion -f ssh_ecdsa
ssh-keygen -q -t rsa -b 3072 -N '' -C build@jenkins -f ssh_rsa
export GNUPGHOME; GNUPGHOME=$(mktemp -d)
gpg --batch --passphrase '' --quick-gen-key "Acme Release Signing <release@acme.test>" ed25519 sign never 2>/dev/null
gpg --batch --armor --export > pgp_pub.asc
printf 'v2.4.1 release notes\nsha256 of the tarball is in SHA256SUMS\n' > msg.txt
gpg --batch --yes --pinentry-mode loopback --passphrase '' --clearsign --output msg.txt.asc msg.txt 2>/dev/null
rm -rf "$GNUPGHOME" msg.txt
