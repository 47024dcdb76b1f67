#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa8.pem 2>/dev/null   # BEGIN PRIVATE KEY (RSA)
openssl rsa -in rsa8.pem -traditional -out rsa1.pem 2>/dev/null                      # BEGIN RSA PRIVATE KEY
openssl rsa -in rsa8.pem -noout -text > rsa8.txt 2>/dev/null                        # components for the XML <RSAKeyValue> shape
openssl ecparam -name prime256v1 -genkey -noout -out ec256_sec1.pem                   # BEGIN EC PRIVATE KEY
openssl pkcs8 -topk8 -nocrypt -in ec256_sec1.pem -out ec256_p8.pem                    # BEGIN PRIVATE KEY (EC)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out ovpn_client.pem 2>/dev/null
# OpenVPN tls-auth static key (2048 random bits, 16 lines of 32 hex), same layout as `openvpn --genkey`
{ echo '#'; echo '# 2048 bit OpenVPN static key'; echo '#'; echo '-----BEGIN OpenVPN Static key V1-----';
  openssl rand -hex 256 | fold -w 32; echo '-----END OpenVPN Static key V1-----'; } > ta.key
# public material for hard negatives
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 30 -subj "/CN=Holdout R4 Root CA/O=Acme" 2>/dev/null
openssl x509 -in ca.crt -noout -text > ca.txt
openssl pkey -in rsa8.pem -pubout -out rsa_pub.pem
openssl rsa -pubin -in rsa_pub.pem -noout -text > rsa_pub.txt 2>/dev/null
rm -f ca.key
ssh-keygen -q -t ed25519 -N '' -C dev@laptop -f ssh_ed25519
ssh-keygen -q -t rsa -b 3072 -N '' -C deploy@bastion -f ssh_rsa
ssh-keygen -q -t ecdsa -b 256 -N '' -C ops@jump -f ssh_ecdsa
export GNUPGHOME; GNUPGHOME=$(mktemp -d)
gpg --batch --passphrase '' --quick-gen-key "Acme Packages <packages@acme.test>" ed25519 sign never 2>/dev/null
gpg --batch --armor --export > pgp_pub.asc
gpg --batch --list-keys --with-colons --fingerprint > pgp_list.txt 2>/dev/null
rm -rf "$GNUPGHOME"
