#!/usr/bin/env bash
# Key material for gen.py (generated here at run time in a throw-away folder, never committed):
#   bash make_keys.sh  ->  keys/*
# gen.py calls this itself when keys/ is missing.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf keys && mkdir -p keys && cd keys
openssl genrsa -traditional -out aws_iot_device.key 2048 2>/dev/null || openssl genrsa -out aws_iot_device.key 2048 2>/dev/null   # AWS IoT device key, PKCS#1 (positive)
openssl genrsa -traditional -out esp_secure_boot.pem 3072 2>/dev/null || openssl genrsa -out esp_secure_boot.pem 3072 2>/dev/null # ESP32 secure boot v2 signing key (positive)
openssl ecparam -name prime256v1 -genkey -noout -out arduino_iot.key 2>/dev/null                                                # EC device key in an Arduino secrets.h (positive)
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out mcuboot_sign.pem 2>/dev/null                                # MCUboot signing key (positive as a C array)
openssl pkcs8 -topk8 -nocrypt -in mcuboot_sign.pem -outform DER -out mcuboot_sign.der 2>/dev/null
openssl pkey -in mcuboot_sign.pem -pubout -outform DER -out mcuboot_sign_pub.der 2>/dev/null                                   # its public key (negative)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out gcp_sa.pem 2>/dev/null                                        # GCP service account key inside a tfstate (positive)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out ingress_tls.key 2>/dev/null                                   # Helm values ingress TLS key (positive, large body)
# material for hard negatives: certificates and public keys only
openssl req -x509 -new -key aws_iot_device.key -out aws_iot_device.crt -days 3650 -subj "/CN=AWS IoT Certificate" 2>/dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out tmp_ca.pem 2>/dev/null
openssl req -x509 -new -key tmp_ca.pem -out fleet_ca.crt -days 3650 -subj "/O=Sensorik Nord GmbH/CN=Sensorik Fleet Root CA" 2>/dev/null
openssl pkey -in esp_secure_boot.pem -pubout -out esp_secure_boot_pub.pem 2>/dev/null
rm -f tmp_*
