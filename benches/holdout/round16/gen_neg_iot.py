"""Theme 5 (hard negatives, embedded / IoT): ESP-IDF sdkconfig with the example defaults (myssid / mypassword) and
empty passwords, a Zephyr Wi-Fi template, a partition table and an ESP-ROM boot log, a firmware hex dump with
esptool image_info, an OTA manifest with the firmware in base64 and its signature, a LoRaWAN device registry (DevEUI,
JoinEUI, DevAddr; no keys), an AWS IoT public device certificate, an MCUboot public key C array, a vendor manual's
default credentials, a BLE scan log, an IMEI inventory (Luhn-valid), a CI firmware build log with hashes, MQTT
telemetry."""
import json
from gen_common import key, R, rs, hexs, DIG, LO, UP
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    sd = ("CONFIG_EXAMPLE_WIFI_SSID=\"myssid\"\nCONFIG_EXAMPLE_WIFI_PASSWORD=\"mypassword\"\nCONFIG_ESP_WIFI_SSID=\"\"\nCONFIG_ESP_WIFI_PASSWORD=\"\"\n"
          "CONFIG_ESP_MAXIMUM_RETRY=5\nCONFIG_ESP_WIFI_AUTH_WPA2_PSK=y\nCONFIG_ESPTOOLPY_FLASHSIZE_4MB=y\nCONFIG_PARTITION_TABLE_CUSTOM=y\n"
          "CONFIG_PARTITION_TABLE_CUSTOM_FILENAME=\"partitions.csv\"\nCONFIG_MQTT_PROTOCOL_311=y\nCONFIG_BROKER_URL=\"mqtts://mqtt.example.com\"\n")
    emit("n_agent_esp_idf_sdkconfig_example_defaults", SH.cc, [("u", "Why does the device try to join 'myssid'?"), ("t", "bash", "grep -E 'WIFI|BROKER|PARTITION|FLASHSIZE' sdkconfig", sd),
         ("a", "Those are the station example's menuconfig defaults; provisioning (BLE/SoftAP) should set the credentials at runtime instead.")] + V.pad_code("negsdk", 2))

    zc = ("# Wi-Fi credentials are provisioned over BLE at first boot; keep these empty in git\nCONFIG_WIFI_CREDENTIALS=y\nCONFIG_WIFI_CREDENTIALS_STATIC=n\n"
          "CONFIG_WIFI_CREDENTIALS_STATIC_SSID=\"\"\nCONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD=\"\"\nCONFIG_BT_FIXED_PASSKEY=n\nCONFIG_BT_SMP_SC_ONLY=y\n")
    wl = "".join("[%02d/%02d] Building C object CMakeFiles/app.dir/src/%s.c.obj\n" % (i + 1, 40, n) for i, n in enumerate(["main", "ble", "wifi_prov", "sensor", "mqtt"]))
    emit("n_agent_zephyr_wifi_template_empty", SH.oai_chat, [("u", "Check the board overlay config before release"), ("t", "read", "app/boards/nrf7002dk_nrf5340_cpuapp.conf", zc),
         ("t", "bash", "west build -b nrf7002dk/nrf5340/cpuapp app 2>&1 | head -8", wl + "Memory region  Used Size  Region Size  %age Used\n  FLASH:  612344 B  1 MB  58.40%\n"),
         ("a", "Static credentials are off and empty; LE Secure Connections only. Good for release.")])

    pt = ("# Name,   Type, SubType, Offset,   Size, Flags\nnvs,      data, nvs,     0x9000,  0x6000,\notadata,  data, ota,     0xf000,  0x2000,\n"
          "phy_init, data, phy,     0x11000, 0x1000,\nota_0,    app,  ota_0,   0x20000, 0x1C0000,\nota_1,    app,  ota_1,   0x1E0000,0x1C0000,\nfctry,    data, nvs,     0x3A0000,0x6000, encrypted\n")
    mac = V.mac()
    boot = ("ESP-ROM:esp32s3-20210327\nBuild:Mar 27 2021\nrst:0x1 (POWERON),boot:0x8 (SPI_FAST_FLASH_BOOT)\nSPIWP:0xee\nmode:DIO, clock div:1\nload:0x3fce3818,len:0x16f8\n"
            "load:0x403c9700,len:0x4\nload:0x403c9704,len:0xc00\nentry 0x403c9908\nI (27) boot: ESP-IDF v5.3.1 2nd stage bootloader\nI (27) boot: compile time Nov 18 2025 09:12:44\n"
            "I (61) boot: Partition Table:\nI (64) boot: ## Label            Usage          Type ST Offset   Length\nI (71) boot:  0 nvs              WiFi data        01 02 00009000 00006000\n"
            "I (79) boot:  3 ota_0            OTA app          00 10 00020000 001c0000\nI (102) esp_image: segment 0: paddr=00020020 vaddr=3c0a0020 size=2f6c4h (194244) map\n"
            "I (356) app_init: ELF file SHA256:  %s...\nI (361) app_init: ESP-IDF:          v5.3.1\nI (512) wifi:mode : sta (%s)\nI (1408) esp_netif_handlers: sta ip: 10.20.%d.%d, mask: 255.255.255.0, gw: 10.20.0.1\n"
            % (hexs(16), mac.lower(), R.randint(1, 250), R.randint(1, 250)))
    emit("n_agent_partition_table_boot_log", SH.gemini, [("u", "OTA to ota_1 fails with 'image too large'"), ("t", "read", "partitions.csv", pt), ("t", "bash", "idf.py monitor | head -20", boot),
         ("a", "The app is 1.9 MB and the OTA slots are 1.75 MB; grow them or move to 8 MB flash.")] + V.pad_code("negpart", 1))

    img = V.fw_image(2048)
    info = ("esptool.py v4.8.1\nFile size: 1912336 (bytes)\nDetected image type: ESP32-S3\nImage version: 1\nEntry point: 403c9908\n6 segments\n\n"
            "Checksum: 5e (valid)\nValidation Hash: %s (valid)\n\nApplication information\nProject name: kuehl-sensor\nApp version: v2.4.1-17-g%s\nCompile time: Nov 18 2025 09:12:44\n"
            "ELF file SHA256: %s\nESP-IDF: v5.3.1\nSecure version: 0\n" % (V.sha256hex(), hexs(7), V.sha256hex()))
    emit("n_agent_firmware_hexdump_image_info", SH.converse, [("u", "Is this build signed? Here's the start of the binary"), ("t", "bash", "xxd -l 2048 build/kuehl-sensor.bin", V.hexdump(img)),
         ("t", "bash", "esptool.py --chip esp32s3 image_info --version 2 build/kuehl-sensor.bin", info), ("a", "No signature block is appended; secure boot is off for this build.")])

    blob = V.fw_image(24000)
    man = {"device_type": "GW-300", "version": "3.2.0", "min_version": "3.0.0", "size": len(blob), "sha256": V.sha256hex(), "signature_alg": "ecdsa-p256-sha256",
           "signature": V.b64(V.rb(72)), "firmware": V.b64(blob), "release_notes": "Fixes LTE reattach after brownout."}
    emit("n_agent_ota_manifest_base64_firmware", SH.oai_resp, [("u", "The gateway rejects this OTA bundle; can you see why?"), ("t", "read", "ota/gw300-3.2.0.json", json.dumps(man, indent=1)),
         ("a", "`size` is the decoded size but the gateway compares against the base64 length; fix the updater.")])

    rows = ["dev_eui,join_eui,dev_addr,model,site,installed"] + ["%s,%s,%s,%s,%s,2025-%02d-%02d" % (V.eui(), "70B3D57ED00" + hexs(5).upper(), V.dev_addr(), R.choice(["WM-20", "TH-11", "DS-2"]),
                                                                                                   R.choice(["Brunnen 3", "Hochbehaelter Ost", "Pumpwerk 2"]), R.randint(1, 11), R.randint(1, 28)) for _ in range(40)]
    ls = "DEV_EUI           JOIN_EUI          DEVICE_ID\n" + "".join("%s  %s  wm-%04d\n" % (V.eui(), V.eui(), R.randint(1, 9999)) for _ in range(8))
    emit("n_agent_lorawan_registry_euis", SH.bedrock_claude, [("u", "Find devices in the registry that are missing from TTN"), ("t", "read", "registry/devices.csv", "\n".join(rows)),
         ("t", "bash", "ttn-lw-cli end-devices list wasserwerk-oder", ls), ("a", "38 of 40 are on TTN; two DevEUIs differ in byte order.")] + V.pad("neglora", 1))

    crt = key("aws_iot_device.crt").strip() + "\n"
    dc = json.dumps({"certificateDescription": {"certificateArn": "arn:aws:iot:eu-central-1:%s:cert/%s" % (V.aws_account(), hexs(64)), "certificateId": hexs(64), "status": "ACTIVE",
                                                "certificatePem": crt, "ownedBy": V.aws_account(), "validity": {"notBefore": "2025-11-20T09:00:00+00:00", "notAfter": "2049-12-31T23:59:59+00:00"}}}, indent=4)
    emit("n_agent_aws_iot_describe_certificate_public", SH.cc, [("u", "Which CA signed the gateway certificate?"), ("t", "bash", "aws iot describe-certificate --certificate-id %s" % hexs(64), dc),
         ("t", "read", "certs/fleet_ca.crt", key("fleet_ca.crt")), ("a", "It is self-signed (registered without CA); the fleet CA is not involved.")])

    pub = open(V.__dict__["__file__"].rsplit("/", 1)[0] + "/keys/mcuboot_sign_pub.der", "rb").read()
    arr, _ = V.der_c_array(pub)
    gp = "/* Autogenerated by imgtool.py, do not edit. */\nconst unsigned char ecdsa_pub_key[] = {\n%s\n};\nconst unsigned int ecdsa_pub_key_len = %d;\n" % (arr, len(pub))
    tlv = ("Image header (offset: 0x0)\n  magic: 0x96f3b83d\n  load_addr: 0x0\n  hdr_size: 0x200\n  img_size: 0x3a1c4\n  version: 1.4.0+12\n"
           "TLV area: 0x6907 len 0x%x\n  type: SHA256 (0x10) len 32: %s\n  type: KEYHASH (0x01) len 32: %s\n  type: ECDSASIG (0x22) len 71: %s\n" % (0x8b, V.sha256hex(), V.sha256hex(), hexs(142)))
    emit("n_agent_mcuboot_public_key_c_array", SH.gemini, [("u", "Bootloader refuses the signed image: 'Image in the primary slot is not valid'"),
         ("t", "read", "bootloader/mcuboot/keys/pub_key.c", gp), ("t", "bash", "imgtool dumpinfo build/zephyr/zephyr.signed.bin", tlv),
         ("a", "KEYHASH does not match the embedded public key: the image was signed with the dev key.")] + V.pad_code("negmcu", 1))

    man2 = ("4.2 First start\nThe device opens the access point SETUP-XXXX (XXXX: last digits of the MAC). Connect with the default Wi-Fi key 12345678 printed on the label.\n"
            "Open http://192.168.4.1 and log in with the factory default user admin, password admin. You will be asked to set a new password.\n\n"
            "4.3 Reset\nHold RESET for 10 s: all settings, including the admin password, return to the factory defaults (admin / admin).\n")
    emit("n_agent_vendor_manual_default_credentials", SH.oai_chat, [("u", "Summarise first-start steps for the installers' checklist"), ("t", "read", "docs/GW-300_manual_en.txt", man2),
         ("a", "1) join SETUP-xxxx with the label key, 2) log in at 192.168.4.1 with the defaults, 3) set a new admin password immediately.")])

    scan = "".join("[%02d:%02d:%02d] %s (random) RSSI %d dBm  name=%s  svc=0000%s-0000-1000-8000-00805f9b34fb\n" % (10, R.randint(0, 59), R.randint(0, 59), V.mac(), -R.randint(40, 95),
                                                                                                             R.choice(["KS-Thermo", "GW-300", "DoorSense"]), R.choice(["180f", "181a", "fe59"])) for _ in range(25))
    gatt = "Characteristic 0x2A19 (Battery Level)\nCharacteristic 6e400002-b5a3-f393-e0a9-e50e24dcca9e (UART RX)\nPairing: passkey entry, the passkey is shown on the device display\n"
    emit("n_agent_ble_scan_gatt_macs", SH.converse, [("u", "Which sensors are advertising in hall 2?"), ("t", "bash", "sudo btmgmt find | tee scan.log", scan), ("t", "read", "docs/gatt.md", gatt),
         ("a", "Three device types are visible; DoorSense uses random addresses, so count by name.")] + V.pad_code("negble", 1))

    inv = ["serial;imei;iccid;mac;fw"] + ["GW3-%s;%s;%s;%s;3.1.%d" % (rs(8, UP + DIG), V.imei(), V.V14.iccid(), V.mac(), R.randint(0, 9)) for _ in range(30)]
    emit("n_agent_gateway_inventory_imei_iccid", SH.oai_resp, [("u", "Which gateways are still on firmware 3.1.0?"), ("t", "read", "inventory/gateways.csv", "\n".join(inv)),
         ("a", "Filtered below; ICCIDs of those need the new APN profile.")])

    ci = "".join("#%d %s sha256:%s\n" % (i, s, V.sha256hex()) for i, s in enumerate(["[builder 1/6] FROM docker.io/espressif/idf:v5.3.1", "[builder 4/6] RUN idf.py build"], 3))
    ci += "commit %s\nfirmware/kuehl-sensor.bin  sha256=%s\nfirmware/kuehl-sensor.elf  build-id=%s\nbootloader.bin  md5=%s\nUploading to s3://fw-releases/kuehl-sensor/v2.4.1/ ... done\n" % (
        hexs(40), V.sha256hex(), hexs(40), hexs(32))
    emit("n_agent_firmware_ci_build_hashes", SH.bedrock_claude, [("u", "Is the release build reproducible? Compare the hashes"), ("t", "read", "ci-logs/release-v2.4.1.log", ci),
         ("a", "Build ids differ between runs because of the compile timestamp; set SOURCE_DATE_EPOCH.")] + V.pad_code("negci", 1))

    tel = [{"ts": 1763712000000 + i * 60000, "dev_eui": V.eui(), "topic": "lager/halle%d/kuehl/%s/telemetry" % (R.randint(1, 4), hexs(6)), "temp_c": round(R.uniform(-24, 6), 2),
            "rssi": -R.randint(60, 118), "snr": round(R.uniform(-12, 9), 1), "fcnt": R.randint(1, 90000), "battery_mv": R.randint(2900, 3600)} for i in range(60)]
    emit("n_agent_mqtt_telemetry_json", SH.cc, [("u", "Which sensors report below -20 °C?"), ("t", "bash", "mosquitto_sub -t 'lager/+/kuehl/+/telemetry' -C 60 -F '%p'",
         "\n".join(json.dumps(t) for t in tel)), ("a", "Five readings below -20 °C, all from hall 3.")])
