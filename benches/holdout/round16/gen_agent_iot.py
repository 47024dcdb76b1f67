"""Theme 2 (agent positives): embedded and IoT firmware - an ESP32 secrets.h (Wi-Fi, MQTT), an Arduino AWS IoT
secrets.h with the device's EC key in a raw string, `aws iot create-keys-and-certificate` output, a Zephyr prj.conf with
static Wi-Fi credentials and a fixed BLE passkey, an ESPHome secrets.yaml, an ESP32 secure boot v2 signing key, an
MCUboot signing key printed by `imgtool getpriv` as a C array, LoRaWAN root keys (TTN CLI output, an LMIC sketch),
ChirpStack device keys read with an API token, a Tasmota Backlog and a mosquitto_pub command line."""
import json
from gen_common import key, S, K, R, rs, hexs, DIG, LO, V13
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    wp, mp = V.wifi_pw(), V.pw(18)
    h = ("#pragma once\n// Credentials for the cold-room sensor (do not commit)\n#define WIFI_SSID     \"Kuehlhaus-IoT\"\n#define WIFI_PASSWORD \"%s\"\n\n"
         "#define MQTT_HOST     \"mqtt.kuehlhaus-nord.de\"\n#define MQTT_PORT     8883\n#define MQTT_USER     \"coldroom-07\"\n#define MQTT_PASSWORD \"%s\"\n" % (wp, mp))
    emit("p_agent_esp32_secrets_h_wifi_mqtt", SH.cc, [("u", "The sensor reconnects to MQTT every 30 s; look at the firmware"),
         ("t", "read", "firmware/include/secrets.h", h), ("a", "Keep-alive is 15 s but the broker drops idle clients at 30 s; also secrets.h is tracked in git.")] + V.pad_code("esp32", 2),
         [(S, "Wi-Fi password in ESP32 secrets.h", wp), (S, "MQTT password in ESP32 secrets.h", mp)])

    ek = key("arduino_iot.key").strip()
    crt = key("aws_iot_device.crt").strip()
    ca = key("fleet_ca.crt").strip()
    sh = ("#include <pgmspace.h>\n#define THINGNAME \"waage-lager3\"\nconst char AWS_IOT_ENDPOINT[] = \"a%s-ats.iot.eu-central-1.amazonaws.com\";\n\n"
          "static const char AWS_CERT_CA[] PROGMEM = R\"EOF(\n%s\n)EOF\";\n\nstatic const char AWS_CERT_CRT[] PROGMEM = R\"KEY(\n%s\n)KEY\";\n\n"
          "static const char AWS_CERT_PRIVATE[] PROGMEM = R\"KEY(\n%s\n)KEY\";\n" % (rs(13, LO + DIG), ca, crt, ek))
    emit("p_agent_arduino_aws_iot_secrets_h_ec_key", SH.oai_chat, [("u", "The scale connects to AWS IoT but TLS fails with -0x2700 after the cert rotation"),
         ("t", "read", "scale-firmware/secrets.h", sh), ("a", "-0x2700 is a certificate verification failure: the CA block is your fleet CA, not Amazon Root CA 1.")],
         [(K, "EC device private key in Arduino secrets.h", ek)])

    rk = key("aws_iot_device.key").strip() + "\n"
    out = json.dumps({"certificateArn": "arn:aws:iot:eu-central-1:%s:cert/%s" % (V.aws_account(), hexs(64)), "certificateId": hexs(64),
                      "certificatePem": key("aws_iot_device.crt").strip() + "\n",
                      "keyPair": {"PublicKey": "-----BEGIN PUBLIC KEY-----\n" + V.b64(V.rb(270))[:360] + "\n-----END PUBLIC KEY-----\n", "PrivateKey": rk}}, indent=4)
    emit("p_agent_aws_iot_create_keys_and_certificate", SH.gemini, [("u", "Provision a new gateway thing and attach the policy"),
         ("t", "bash", "aws iot create-keys-and-certificate --set-as-active --region eu-central-1", out),
         ("a", "Attach `gw-policy` to the certificate ARN and the certificate to the thing; store the key only on the device.")] + V.pad_code("iotprov", 1),
         [("private_key|secret", "AWS IoT device private key (create-keys-and-certificate output, JSON-escaped)", V.V13.pem_inline(rk))])

    zp, pk = V.wifi_pw(), V.ble_passkey()
    conf = ("CONFIG_WIFI=y\nCONFIG_WIFI_CREDENTIALS=y\nCONFIG_WIFI_CREDENTIALS_STATIC=y\nCONFIG_WIFI_CREDENTIALS_STATIC_SSID=\"Halle2-Sensorik\"\n"
            "CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD=\"%s\"\nCONFIG_BT=y\nCONFIG_BT_PERIPHERAL=y\nCONFIG_BT_SMP=y\nCONFIG_BT_FIXED_PASSKEY=y\n" % zp)
    c = ("#include <zephyr/bluetooth/conn.h>\n\nstatic void pairing_init(void)\n{\n\tint err = bt_passkey_set(%s);\n\n\tif (err) {\n"
         "\t\tLOG_ERR(\"passkey set failed (%%d)\", err);\n\t}\n\tbt_conn_auth_cb_register(&auth_cb);\n}\n" % pk)
    emit("p_agent_zephyr_wifi_static_ble_passkey", SH.converse, [("u", "nRF7002 board joins Wi-Fi but BLE pairing fails with the phone app"),
         ("t", "read", "app/prj.conf", conf), ("t", "read", "app/src/ble.c", c), ("a", "Fixed passkeys need CONFIG_BT_SMP_SC_PAIR_ONLY off on older phones.")],
         [(S, "Zephyr static Wi-Fi password", zp), (S, "fixed BLE pairing passkey in firmware", pk)])

    w2, ap, api, ota = V.wifi_pw(), V.pw(12), V.esphome_api_key(), V.pw(16)
    sy = "wifi_ssid: \"Lager-Technik\"\nwifi_password: \"%s\"\nap_password: \"%s\"\napi_encryption_key: \"%s\"\nota_password: \"%s\"\n" % (w2, ap, api, ota)
    emit("p_agent_esphome_secrets_yaml", SH.oai_resp, [("u", "ESPHome dashboard says the door sensors are offline after the update"),
         ("t", "bash", "cat esphome/secrets.yaml", sy), ("a", "The API encryption key changed; Home Assistant needs the new key re-entered.")] + V.pad_code("esphome", 1),
         [(S, "ESPHome Wi-Fi password", w2), (S, "ESPHome fallback AP password", ap), (S, "ESPHome API encryption key", api), (S, "ESPHome OTA password", ota)])

    sb = key("esp_secure_boot.pem").strip()
    emit("p_agent_esp_secure_boot_signing_key", SH.bedrock_claude, [("u", "idf.py build says the app is not signed; is the key right?"),
         ("t", "bash", "grep SECURE_BOOT sdkconfig; cat secure_boot_signing_key.pem",
          "CONFIG_SECURE_BOOT=y\nCONFIG_SECURE_BOOT_V2_ENABLED=y\nCONFIG_SECURE_SIGNED_APPS_RSA_SCHEME=y\nCONFIG_SECURE_BOOT_SIGNING_KEY=\"secure_boot_signing_key.pem\"\n" + sb + "\n"),
         ("a", "The key is RSA-3072 as required; CONFIG_SECURE_BOOT_BUILD_SIGNED_BINARIES is off, so the build does not sign.")],
         [(K, "ESP32 secure boot v2 signing key", sb)])

    der = open(V.__dict__["__file__"].rsplit("/", 1)[0] + "/keys/mcuboot_sign.der", "rb").read()
    arr, lab = V.der_c_array(der)
    gp = "/* Autogenerated by imgtool.py, do not edit. */\nconst unsigned char ecdsa_priv_key[] = {\n%s\n};\nconst unsigned int ecdsa_priv_key_len = %d;\n" % (arr, len(der))
    emit("p_agent_mcuboot_imgtool_getpriv_c_array", SH.cc, [("u", "Need the signing key embedded for the factory test jig"),
         ("t", "bash", "imgtool getpriv -k keys/root-ec-p256.pem > jig/priv_key.c && cat jig/priv_key.c", gp),
         ("a", "Embedding the root signing key in the jig lets anyone sign images; use a separate factory key.")] + V.pad_code("mcuboot", 1),
         [("private_key|secret", "MCUboot ECDSA P-256 signing key as a C array (imgtool getpriv)", lab)])

    ak, nk, lk = V.lora_key(), V.lora_key(), V.lora_key()
    dev = json.dumps({"ids": {"device_id": "kuehl-sensor-014", "application_ids": {"application_id": "kuehlhaus-nord"}, "dev_eui": V.eui(), "join_eui": V.eui()},
                      "root_keys": {"app_key": {"key": ak}, "nwk_key": {"key": nk}}, "lorawan_version": "MAC_V1_1", "lorawan_phy_version": "PHY_V1_1_REV_B",
                      "frequency_plan_id": "EU_863_870_TTN"}, indent=2)
    sk = ("// Arduino-LMIC, OTAA\nstatic const u1_t PROGMEM APPEUI[8] = { %s };\nstatic const u1_t PROGMEM DEVEUI[8] = { %s };\n"
          "static const u1_t PROGMEM APPKEY[16] = { %s };\n" % (V.c_array(V.eui()), V.c_array(V.eui()), V.c_array(lk)))
    emit("p_agent_ttn_root_keys_lmic_appkey", SH.oai_chat, [("u", "Sensor 14 joins, sensor 15 never does. Compare them"),
         ("t", "bash", "ttn-lw-cli end-devices get kuehlhaus-nord kuehl-sensor-014 --root-keys --lorawan-version", dev),
         ("t", "read", "sensor15/config.h", sk), ("a", "Sensor 15's DEVEUI is entered LSB first while APPKEY is MSB; LMIC expects DEVEUI LSB, which matches.")],
         [(S, "LoRaWAN AppKey (TTN root keys)", ak), (S, "LoRaWAN NwkKey (TTN root keys)", nk), (S, "LoRaWAN AppKey as a C array (LMIC)", V.c_array(lk))])

    tok = V13.jwt({"aud": "chirpstack", "iss": "chirpstack", "sub": V.guid(), "typ": "key"})
    de, ck, cn = V.eui().lower(), V.lora_key().lower(), V.lora_key().lower()
    emit("p_agent_chirpstack_device_keys_api", SH.gemini, [("u", "Re-provision the water meters into the new ChirpStack; read the keys of one"),
         ("t", "bash", "curl -s -H 'Grpc-Metadata-Authorization: Bearer %s' https://chirpstack.wasserwerk-oder.de/api/devices/%s/keys" % (tok, de),
          json.dumps({"deviceKeys": {"nwkKey": ck, "appKey": cn, "genAppKey": "00000000000000000000000000000000"}, "createdAt": "2024-06-02T08:01:11Z"}, indent=2)),
         ("a", "Export all with the API and import into v4 with the same DevEUIs; genAppKey is unused.")] + V.pad("chirp", 1),
         [(S, "ChirpStack API token (JWT)", tok), (S, "LoRaWAN NwkKey (ChirpStack)", ck), (S, "LoRaWAN AppKey (ChirpStack)", cn)])

    t1, t2, t3 = V.wifi_pw(), V.pw(16), V.pw(14)
    con = ("12:01:44.211 CMD: Backlog SSID1 Werkhalle-IoT; Password1 %s; MqttHost 10.20.0.5; MqttUser tasmota; MqttPassword %s; Restart 1\n"
           "12:01:44.260 RSL: RESULT = {\"SSId1\":\"Werkhalle-IoT\"}\n12:01:44.270 RSL: RESULT = {\"Password1\":\"********\"}\n"
           "12:01:44.290 RSL: RESULT = {\"MqttPassword\":\"********\"}\n" % (t1, t2))
    sh2 = "mosquitto_pub -h 10.20.0.5 -p 8883 --cafile ca.crt -u fleet-admin -P '%s' -t 'cmnd/tasmotas/Upgrade' -m 1\n" % t3
    emit("p_agent_tasmota_backlog_mosquitto_pub", SH.converse, [("u", "After the OTA the plugs lost their config; I re-sent it from the console"),
         ("t", "read", "notes/plug-console.log", con), ("t", "bash", "cat scripts/upgrade-all.sh", sh2),
         ("a", "Use a group topic per hall instead of `tasmotas`, and SetOption65 to avoid resets on power cycles.")],
         [(S, "Tasmota Wi-Fi Password1", t1), (S, "Tasmota MqttPassword", t2), (S, "mosquitto_pub -P password", t3)])
