"""Theme 2 (agent positives): telecom / ISP operations and fleet / logistics - an HSS subscriber export with Ki / OPc,
an ONT config backup (PPPoE password, Wi-Fi key), Asterisk pjsip and FreeSWITCH gateway credentials, a telematics MQTT
bridge, Samsara / Geotab and HERE / TomTom server keys, FedEx / UPS / DHL client secrets, an AS2 partnership with its
keystore password and signing key, a UK depot's driver roster (e-mails, mobiles, DVLA licence numbers; VINs are not
labelled), and a NOC post-incident review under a TLP:AMBER banner."""
import json
from gen_common import R, rs, hexs, key, S, K, P, C, DIG
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    rows, labs = ["imsi,msisdn_range,ki,opc,amf,sqn,apn_profile"], []
    for i in range(2):
        k, o = V.ki(), V.ki()
        rows.append("24201%010d,pool-B,%s,%s,8000,%012d,iot-lte-m" % (R.randint(0, 10 ** 10 - 1), k, o, R.randint(1, 99999)))
        labs += [(S, "SIM Ki (subscriber %d)" % i, k), (S, "SIM OPc (subscriber %d)" % i, o)]
    emit("p_agent_hss_subscriber_export_ki_opc", SH.converse, [("u", "Import these two IoT SIMs into open5gs; the batch failed with 'invalid key'"),
         ("t", "bash", "cat provisioning/batch_2025-11-24.csv", "\n".join(rows) + "\n"),
         ("a", "open5gs expects lower-case hex without the amf column; I'll convert the file.")] + V.V13.pad("hss", 1), labs)

    pp, wk = V.pw(14), V.wifi_psk()
    cfg = ("config interface 'wan'\n\toption device 'eth0.7'\n\toption proto 'pppoe'\n\toption username 'h%s@fiber.nordnett.no'\n\toption password '%s'\n\toption ipv6 'auto'\n\n"
           "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid 'Hjemme-5G'\n\toption encryption 'sae-mixed'\n\toption key '%s'\n"
           % (rs(8, DIG), pp, wk))
    emit("p_agent_ont_backup_pppoe_wifi", SH.gemini, [("u", "Customer's router backup, PPPoE keeps dropping every 24h. What's wrong?"),
         ("t", "bash", "tar -xOzf backup-OpenWrt-2025-11-24.tar.gz etc/config/network etc/config/wireless", cfg),
         ("a", "The BNG forces a 24h session; enable 'option keepalive' and accept the reconnect.")] + V.V13.pad("ont", 1),
         [(S, "PPPoE password (OpenWrt)", pp), (S, "Wi-Fi key (OpenWrt)", wk)])

    sp, sp2 = V.pw(16), V.pw(12)
    pj = ("[telenor-trunk-auth]\ntype=auth\nauth_type=userpass\nusername=4722%s\npassword=%s\n\n[telenor-trunk]\ntype=registration\noutbound_auth=telenor-trunk-auth\n"
          "server_uri=sip:sip.trunk.telenor.no\nclient_uri=sip:4722%s@sip.trunk.telenor.no\nretry_interval=60\n" % (rs(6, DIG), sp, rs(6, DIG)))
    sipc = "[general]\ncontext=default\n\n[2001]\ntype=friend\nhost=dynamic\nsecret=%s\ncontext=office\nqualify=yes\n" % sp2
    emit("p_agent_asterisk_trunk_registration", SH.cc, [("u", "Trunk registration to Telenor fails with 403 after the migration to pjsip"),
         ("t", "read", "/etc/asterisk/pjsip.conf", pj), ("t", "read", "/etc/asterisk/sip.conf.old", sipc),
         ("a", "client_uri must match the username; the old chan_sip peer also still registers with the same extension.")],
         [(S, "SIP trunk password (pjsip)", sp), (S, "SIP peer secret (chan_sip)", sp2)])

    fp = V.pw(18)
    gw = ('<include>\n  <gateway name="voipnl">\n    <param name="username" value="31850%s"/>\n    <param name="password" value="%s"/>\n'
          '    <param name="realm" value="sip.voip.nl"/>\n    <param name="register" value="true"/>\n    <param name="expire-seconds" value="600"/>\n  </gateway>\n</include>\n' % (rs(6, DIG), fp))
    emit("p_agent_freeswitch_gateway_xml", SH.oai_resp, [("u", "FreeSWITCH gateway to our Dutch provider shows NOREG, check it"),
         ("t", "read", "/etc/freeswitch/sip_profiles/external/voipnl.xml", gw), ("t", "bash", "fs_cli -x 'sofia status gateway voipnl' | head -6",
         "Name    \texternal::voipnl\nProfile \texternal\nScheme  \tDigest\nRealm   \tsip.voip.nl\nState   \tFAIL_WAIT\nStatus  \tDOWN"),
         ("a", "FAIL_WAIT after a 401: the provider rotated the password or the realm changed.")] + V.V13.pad("fsw", 1),
         [(S, "SIP gateway password (FreeSWITCH)", fp)])

    mq, mq2 = V.pw(20), V.pw(16)
    conf = ("connection telematics-cloud\naddress mqtt.fleet-hub.eu:8883\nbridge_protocol_version mqttv311\nremote_clientid depot-oslo-gw\n"
            "remote_username depot-oslo\nremote_password %s\ntopic vehicles/+/telemetry out 1\nbridge_cafile /etc/mosquitto/ca.crt\n" % mq)
    py = ('import paho.mqtt.client as mqtt\n\nc = mqtt.Client(client_id="canbus-logger-17")\nc.username_pw_set("canbus-logger", "%s")\n'
          'c.tls_set("/etc/ssl/certs/ca-certificates.crt")\nc.connect("mqtt.fleet-hub.eu", 8883)\n' % mq2)
    emit("p_agent_mqtt_telematics_bridge", SH.oai_chat, [("u", "Telemetry from depot Oslo stopped reaching the cloud broker around 02:00"),
         ("t", "read", "/etc/mosquitto/conf.d/bridge.conf", conf), ("t", "read", "canbus/logger.py", py),
         ("a", "The bridge reconnects but the cloud broker rejects it: check the ACL for depot-oslo.")] + V.V13.pad("mqtt", 1),
         [(S, "MQTT bridge remote_password", mq), (S, "MQTT password (paho username_pw_set)", mq2)])

    sm, gp = V.samsara(), V.pw(15)
    env = "SAMSARA_API_TOKEN=%s\nGEOTAB_SERVER=my.geotab.com\nGEOTAB_DATABASE=nordlys_fleet\nGEOTAB_USERNAME=api-sync@nordlys-logistics.no\nGEOTAB_PASSWORD=%s\nSYNC_INTERVAL=300\n" % (sm, gp)
    emit("p_agent_fleet_sync_samsara_geotab", SH.cc, [("u", "The fleet sync double-counts trips from vehicles that moved from Geotab to Samsara"),
         ("t", "bash", "cat .env", env), ("a", "Deduplicate on VIN and trip start time across both sources.")] + V.V13.pad("fleet", 1),
         [(S, "Samsara API token", sm), (S, "Geotab API password", gp)])

    hk, tt = V.here_key(), V.tomtom_key()
    y = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: routing-keys\n  namespace: dispatch\ntype: Opaque\nstringData:\n  HERE_API_KEY: %s\n  TOMTOM_API_KEY: %s\n" % (hk, tt))
    emit("p_agent_routing_service_k8s_secret", SH.gemini, [("u", "Route optimisation pods crash-loop after the key rotation, check the secret"),
         ("t", "bash", "kubectl -n dispatch get secret routing-keys -o yaml --show-managed-fields=false | yq '.stringData' && cat k8s/routing-keys.yaml", y),
         ("a", "The deployment reads HERE_APIKEY, not HERE_API_KEY.")] + V.V13.pad("route", 1),
         [(S, "HERE API key (server-side routing)", hk), (S, "TomTom API key (server-side routing)", tt)])

    fx, up, dh = V.fedex_secret(), V.ups_secret(), V.dhl_secret()
    yml = ("carriers:\n  fedex:\n    base_url: https://apis.fedex.com\n    client_id: l7%s\n    client_secret: %s\n    account: \"%s\"\n"
           "  ups:\n    base_url: https://onlinetools.ups.com\n    client_id: %s\n    client_secret: %s\n  dhl:\n    base_url: https://api-eu.dhl.com\n"
           "    api_key: %s\n    api_secret: %s\n" % (hexs(30), fx, rs(9, DIG), rs(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), up, rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), dh))
    emit("p_agent_carrier_label_service_config", SH.converse, [("u", "Labels for UPS fail with 'Invalid Authentication Information'; check config/carriers.yml"),
         ("t", "read", "config/carriers.yml", yml), ("a", "UPS moved to OAuth client credentials; the token URL must be /security/v1/oauth/token.")] + V.V13.pad("carrier", 1),
         [(S, "FedEx API client secret", fx), (S, "UPS OAuth client secret", up), (S, "DHL API secret", dh)])

    kp, pem = V.pw(16), key("as2_partner.pem").strip()
    px = ('<partnership name="nordlys-to-partnerlog">\n  <sender name="nordlys"/>\n  <receiver name="partnerlog"/>\n  <attribute name="as2_url" value="https://as2.partner-logistics.nl:4080/as2"/>\n'
          '  <attribute name="encrypt" value="aes256"/>\n  <attribute name="sign" value="sha256"/>\n</partnership>\n<certificates keystore="as2_certs.p12" password="%s"/>\n' % kp)
    emit("p_agent_as2_partnership_keystore", SH.bedrock_claude, [("u", "MDNs from partnerlog fail signature verification since Monday"),
         ("t", "read", "openas2/config/partnerships.xml", px), ("t", "bash", "openssl pkcs12 -in as2_certs.p12 -nocerts -nodes -passin env:KS_PASS | sed -n '/BEGIN/,/END/p'", pem + "\n"),
         ("a", "Our signing key is fine; the partner renewed their certificate, import the new one.")],
         [(S, "AS2 keystore password", kp), (K, "AS2 signing private key (PKCS#8 EC)", pem)])

    rows, labs = ["driver_id,name,email,mobile,licence_no,vehicle_vin,depot"], []
    for i in range(4):
        f, l, n = V.person(R.choice(["GB", "GB", "PL"]))
        e, m, dl = V.mail("GB", f, l), V.V13.mob("GB", "nat" if i % 2 else "intl"), V.dvla()
        rows.append("D-%04d,%s,%s,%s,%s,%s,Daventry" % (R.randint(100, 9999), n, e, m, dl, V.vin()))
        labs += [(P, "email (driver %d)" % i, e), (P, "GB mobile (driver %d)" % i, m), (P, "UK driving licence number (driver %d)" % i, dl)]
    emit("p_agent_depot_driver_roster_csv", SH.cc, [("u", "Which drivers' licences need a DVLA check this month? roster is in data/"),
         ("t", "read", "data/daventry_roster.csv", "\n".join(rows) + "\n"), ("a", "All four are due; I'll prepare the consent forms.")] + V.V13.pad("roster", 1), labs)

    rep = ("TLP:AMBER\n\nPost-incident review INC-2025-1187: core router ldn-cr-02 line card failure\nImpact: 38 %% of broadband sessions in the south region re-authenticated, "
           "41 minutes. Timeline, root cause (LC firmware %s), actions: replace LC, enable BFD on the RR sessions, review BNG session limits.\n" % ("7.%d.%d" % (R.randint(1, 9), R.randint(1, 30))))
    emit("p_agent_noc_pir_tlp_amber", SH.oai_resp, [("u", "Turn this PIR into a customer-facing status update (remove internals)"),
         ("t", "read", "pir/INC-2025-1187.md", rep * 3), ("a", "Draft follows.")] + V.V13.pad("pir", 1), [(C, "marker TLP:AMBER", "TLP:AMBER")])
