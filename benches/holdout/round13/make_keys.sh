#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out firebase_admin.pem 2>/dev/null      # Firebase Admin SDK service account (positive)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out play_publisher.pem 2>/dev/null      # Google Play publisher service account (positive)
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out asc_api.p8 2>/dev/null            # App Store Connect API key .p8 (positive)
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out large_apns.p8 2>/dev/null         # APNs key in a large session (positive)
ssh-keygen -q -t ed25519 -N '' -C deploy@gameserver-eu1 -f gs_deploy_ed25519                            # dedicated game server deploy key (positive)
# material for hard negatives: public keys and certificates only
openssl req -x509 -new -key asc_api.p8 -out tmp.crt -days 365 -subj "/CN=shop.local" 2>/dev/null && mv tmp.crt dev_tls.crt
openssl pkey -in play_publisher.pem -pubout -out webhook_verify.pub 2>/dev/null
ssh-keygen -q -t ed25519 -N '' -C ci@builder -f tmp_ci && mv tmp_ci.pub ci_builder.pub
rm -f tmp_*
