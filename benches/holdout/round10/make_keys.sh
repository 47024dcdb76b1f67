#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
ssh-keygen -q -t ed25519 -N '' -C deploy@bastion-fra1 -f deploy_ed25519                                  # OpenSSH key printed from a CI variable
ssh-keygen -q -t rsa -b 3072 -N '' -C ansible@ctl01 -f ansible_rsa                                        # OpenSSH RSA key in an Ansible repo
openssl genrsa -traditional -out argocd_repo.pem 2048 2>/dev/null || openssl genrsa -out argocd_repo.pem 2048 2>/dev/null   # Argo CD repo secret (sshPrivateKey)
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out tls_ec.pem 2>/dev/null                   # k8s TLS secret (stringData tls.key)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out saml_sp.key 2>/dev/null                  # Spring SAML SP key (PKCS#8)
openssl genpkey -algorithm ED25519 -out putty_src.pem 2>/dev/null                                          # source of the PuTTY .ppk
python3 - <<'PY'
import base64, hashlib, hmac, struct, subprocess
der = subprocess.run(["openssl", "pkey", "-in", "putty_src.pem", "-outform", "DER"], capture_output=True, check=True).stdout
pub = subprocess.run(["openssl", "pkey", "-in", "putty_src.pem", "-pubout", "-outform", "DER"], capture_output=True, check=True).stdout
s = lambda b: struct.pack(">I", len(b)) + b
pubblob, privblob = s(b"ssh-ed25519") + s(pub[-32:]), s(der[-32:])
comment = b"jenkins@build-ams3"
mac = hmac.new(b"", s(b"ssh-ed25519") + s(b"none") + s(comment) + s(pubblob) + s(privblob), hashlib.sha256).hexdigest()
w = lambda b: [base64.b64encode(b).decode()[i:i + 64] for i in range(0, len(base64.b64encode(b)), 64)]
pl, vl = w(pubblob), w(privblob)
open("jenkins_agent.ppk", "w").write("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: %s\nPublic-Lines: %d\n%s\nPrivate-Lines: %d\n%s\nPrivate-MAC: %s\n"
                                     % (comment.decode(), len(pl), "\n".join(pl), len(vl), "\n".join(vl), mac))
PY
export GNUPGHOME="$(mktemp -d)"
gpg --batch --quiet --passphrase '' --quick-gen-key 'Acme Release Signing <release-signing@acme-platform.eu>' ed25519 sign never 2>/dev/null
gpg --batch --quiet --armor --export-secret-keys > release_signing.asc 2>/dev/null
gpg --batch --quiet --armor --export > release_signing.pub.asc 2>/dev/null
rm -rf "$GNUPGHOME"
# material for hard negatives: public keys, a certificate, an encrypted PKCS#8 key (passphrase thrown away)
openssl req -x509 -newkey rsa:2048 -nodes -keyout tmp_ca.key -out ingress_ca.crt -days 3650 -subj "/CN=Acme Platform Root CA/O=Acme Platform B.V./C=NL" 2>/dev/null
openssl rsa -in saml_sp.key -pubout -out saml_sp.pub 2>/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tmp_enc.pem 2>/dev/null
openssl pkcs8 -topk8 -v2 aes-256-cbc -in tmp_enc.pem -out webhook_enc.p8 -passout pass:"$(openssl rand -hex 16)" 2>/dev/null
ssh-keygen -q -t ed25519 -N '' -C ops@jump-par1 -f tmp_ssh && mv tmp_ssh.pub ops_ed25519.pub
rm -f tmp_ca.key tmp_enc.pem tmp_ssh putty_src.pem
