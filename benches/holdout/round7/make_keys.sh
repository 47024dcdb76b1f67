#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genrsa -traditional -out kube_client.pem 2048 2>/dev/null || openssl genrsa -out kube_client.pem 2048 2>/dev/null  # kubeconfig client-key-data (base64 PEM)
openssl ecparam -name prime256v1 -genkey -noout -out kube_ec.pem                                # second kubeconfig user (EC)
ssh-keygen -q -t ed25519 -N '' -C deploy@gha -f deploy_ed25519                                  # pasted literally into a workflow
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tls_state.pem 2>/dev/null    # terraform state tls_private_key
openssl genpkey -algorithm ed25519 -out notebook_ed.pem 2>/dev/null                            # notebook cell output
openssl ecparam -name secp384r1 -genkey -noout -out signer_ec.pem                             # Go raw string in a Converse document
ssh-keygen -q -t rsa -b 3072 -m PEM -N '' -C aider@laptop -f aider_rsa                          # Aider chat file block (RSA PRIVATE KEY)
# public material for hard negatives
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca_tmp.key -out ca.crt -days 30 -subj "/CN=cluster-ca/O=Acme" 2>/dev/null
ssh-keygen -q -t ed25519 -N '' -C ops@bastion -f pub_tmp && mv pub_tmp.pub ops_ed25519.pub
ssh-keygen -q -t rsa -b 2048 -N '' -C build@ci -f pub2_tmp && mv pub2_tmp.pub build_rsa.pub
openssl rsa -in ca_tmp.key -pubout -out ca_pub.pem 2>/dev/null
rm -f ca_tmp.key pub_tmp pub2_tmp
