#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out gws_admin_sa.pem 2>/dev/null          # Google Workspace admin service account (positive)
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out as2_partner.pem 2>/dev/null          # AS2 signing key read by an agent (positive)
ssh-keygen -q -t ed25519 -N '' -C noc@olt-jump -f olt_jump_ed25519                                        # OLT jump-host key (positive, large body)
# material for hard negatives: public keys and certificates only
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tmp_idp.pem 2>/dev/null
openssl req -x509 -new -key tmp_idp.pem -out idp_signing.crt -days 730 -subj "/CN=sso.nordlys-it.no" 2>/dev/null
openssl pkey -in tmp_idp.pem -pubout -out idp_signing.pub 2>/dev/null
openssl req -x509 -new -key as2_partner.pem -out as2_partner_public.crt -days 365 -subj "/CN=as2.partner-logistics.nl" 2>/dev/null
rm -f tmp_*
