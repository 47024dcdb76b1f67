#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
ssh-keygen -q -t ed25519 -N '' -C ops@jump01.corp.lan -f jump_ed25519                                          # jump host key (positive)
openssl genrsa -traditional -out iot_device.key 2048 2>/dev/null || openssl genrsa -out iot_device.key 2048 2>/dev/null   # IoT device key (positive)
openssl ecparam -genkey -name prime256v1 -noout -out tls_testdata_ec.key 2>/dev/null                            # TLS test fixture key (positive, see policy)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out kdc_backup.pem 2>/dev/null                    # PKCS#8 key in a large session (positive)
export GNUPGHOME="$PWD/gnupg" && mkdir -m 700 "$GNUPGHOME"
gpg -q --batch --pinentry-mode loopback --passphrase '' --quick-gen-key "Firmware Release <fw-release@halden-embedded.io>" ed25519 sign never 2>/dev/null
gpg -q --batch --armor --pinentry-mode loopback --passphrase '' --export-secret-keys > release_signing.sec.asc
gpg -q --batch --pinentry-mode loopback --passphrase '' --quick-gen-key "Maintainer Key <maint@kestrel-os.org>" ed25519 sign never 2>/dev/null
FPR=$(gpg --batch --list-keys --with-colons maint@kestrel-os.org | awk -F: '/^fpr/{print $10; exit}')
gpg -q --batch --armor --export "$FPR" > maint.pub.asc
printf 'kestrel-os 0.9.2 release tarball\n' > rel.txt && gpg -q --batch --pinentry-mode loopback --passphrase '' -u "$FPR" --armor --detach-sign -o rel.txt.asc rel.txt
# material for hard negatives: certificates and public keys only
openssl req -x509 -new -key iot_device.key -out iot_device.crt -days 3650 -subj "/CN=hx-gw-000417/O=Halden Embedded AS/C=NO" 2>/dev/null
openssl req -x509 -new -key tls_testdata_ec.key -out tls_testdata_ec.crt -days 3650 -subj "/CN=localhost/O=kestrel-tls test suite" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout tmp_ca.key -out ca_test.crt -days 3650 -subj "/CN=Kestrel Test Root CA/O=kestrel-tls" 2>/dev/null
openssl rsa -in kdc_backup.pem -pubout -out jwks_src.pub 2>/dev/null
for n in 1 2 3 4; do ssh-keygen -q -t ed25519 -N '' -C "dev$n@kestrel-os.org" -f tmp_ssh$n && mv tmp_ssh$n.pub user$n.pub; done
ssh-keygen -q -t rsa -b 3072 -N '' -C build@ci-runner-07 -f tmp_rsa && mv tmp_rsa.pub ci_rsa.pub
ssh-keygen -q -t ecdsa -N '' -C '' -f tmp_ec && mv tmp_ec.pub host_ecdsa.pub
rm -rf tmp_* gnupg rel.txt
