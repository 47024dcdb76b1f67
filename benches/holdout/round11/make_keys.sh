#!/usr/bin/env bash
# Key material for gen.py (generated here at run time, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out apns_authkey.p8 2>/dev/null                  # APNs token auth key (.p8, PKCS#8 EC)
openssl genrsa -traditional -out sf_jwt_server.key 2048 2>/dev/null || openssl genrsa -out sf_jwt_server.key 2048 2>/dev/null   # Salesforce JWT bearer flow key
ssh-keygen -q -t ed25519 -N '' -C orders-export@shop-prod -f sftp_3pl_ed25519                                   # SFTP key for the 3PL order feed
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out adyen_sftp_pgp_src.pem 2>/dev/null           # PKCS#8 RSA key (settlement report decryption)
# material for hard negatives: certificates and public keys only
openssl req -x509 -new -key sf_jwt_server.key -out sf_jwt_server.crt -days 730 -subj "/CN=shop-salesforce-sync/O=Northwind Commerce Inc./C=US" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout tmp_ap.key -out applepay_merchant.crt -days 825 -subj "/UID=merchant.com.northwindshop/CN=Merchant ID: merchant.com.northwindshop/OU=7QX4J2KF9M/O=Northwind Commerce Inc./C=US" 2>/dev/null
openssl pkey -in apns_authkey.p8 -pubout -out apns_authkey.pub 2>/dev/null
openssl rsa -in adyen_sftp_pgp_src.pem -pubout -out settlement.pub 2>/dev/null
ssh-keygen -q -t ed25519 -N '' -C deploy@shop-ci -f tmp_ssh && mv tmp_ssh.pub deploy_ed25519.pub
rm -f tmp_ap.key tmp_ssh
