"""Hard negatives, fleet / logistics: vehicle telemetry with VINs and company plates, carrier tracking and order numbers,
an X12 856 ASN with SSCCs and GTINs, a route plan of stops and depots, a k8s deployment with secretKeyRef, a browser map
page with a referrer-restricted client key, Geotab SDK docs with their demo credentials, public IoT device
certificates, a dispatch board."""
import json
from gen_common import R, rs, hexs, key, DIG, UP
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V

pad = V.V13.pad


def build():
    ev = [{"vin": V.vin(), "vehicleId": str(R.randint(10 ** 14, 10 ** 15 - 1)), "plate": "EL %05d" % R.randint(10000, 99999), "time": "2025-11-24T08:%02d:%02dZ" % (R.randint(0, 59), R.randint(0, 59)),
           "gps": {"lat": round(59.9 + R.random() / 10, 6), "lon": round(10.7 + R.random() / 10, 6)}, "odometerMeters": R.randint(10 ** 6, 9 * 10 ** 8), "fuelPercent": R.randint(5, 100)} for _ in range(25)]
    emit("n_agent_fleet_telemetry_vins", SH.oai_chat, [("u", "Which vans are below 15 % fuel right now?"), ("t", "bash", "curl -s localhost:8080/fleet/latest | jq .", json.dumps(ev, indent=1)),
         ("a", "Three vans are low.")])

    rows = ["order_no,carrier,tracking,service,weight_kg,status"]
    for _ in range(30):
        c = R.choice(["UPS", "FedEx", "DHL"])
        t = V.ups_tracking() if c == "UPS" else rs(12, DIG) if c == "FedEx" else rs(10, DIG)
        rows.append("SO-%s,%s,%s,%s,%.1f,%s" % (rs(8, DIG), c, t, R.choice(["Express", "Standard", "Economy"]), R.random() * 30, R.choice(["in transit", "delivered", "exception"])))
    emit("n_agent_shipments_tracking_numbers", SH.gemini, [("u", "List today's delivery exceptions by carrier"), ("t", "read", "exports/shipments_2025-11-24.csv", "\n".join(rows) + "\n"),
         ("a", "Exceptions grouped below.")] + pad("ship", 1))

    def sscc():
        b = "0" + "7038010" + rs(9, DIG)
        s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(b))
        return b + str((10 - s % 10) % 10)
    seg = ["ISA*00*          *00*          *ZZ*NORDLYSLOG     *ZZ*PARTNERLOG     *251124*0812*U*00401*%09d*0*P*>" % R.randint(1, 10 ** 9), "GS*SH*NORDLYSLOG*PARTNERLOG*20251124*0812*%d*X*004010" % R.randint(1, 9999),
           "ST*856*0001", "BSN*00*ASN%s*20251124*0812" % rs(7, DIG)]
    for i in range(20):
        seg += ["HL*%d*1*P" % (i + 2), "MAN*GM*%s" % sscc(), "LIN**UP*%s" % V.V13.gtin13(), "SN1**%d*EA" % R.randint(1, 48)]
    emit("n_agent_edi_856_asn_sscc", SH.converse, [("u", "Partner rejects our ASN with 997 AK5*R, check the file"), ("t", "read", "edi/out/asn_20251124.x12", "~\n".join(seg) + "~\n"),
         ("a", "The HL hierarchy skips the order level.")] + pad("edi", 1))

    stops = [{"stop": "S%03d" % i, "postcode": "0%03d" % R.randint(150, 990), "window": "%02d:00-%02d:00" % (h, h + 2), "parcels": R.randint(1, 9), "eta": "%02d:%02d" % (h, R.randint(0, 59))}
             for i, h in enumerate(R.choice([8, 9, 10, 12, 14]) for _ in range(30))]
    emit("n_agent_route_plan_stops", SH.oai_resp, [("u", "Rebalance route OSL-07, too many stops after 14:00"), ("t", "bash", "python plan.py --route OSL-07 --json", json.dumps({"route": "OSL-07", "depot": "Alnabru", "stops": stops}, indent=1)),
         ("a", "Move six afternoon stops to OSL-09.")])

    dep = ("spec:\n  containers:\n  - name: fleet-sync\n    env:\n    - name: SAMSARA_API_TOKEN\n      valueFrom:\n        secretKeyRef: {name: fleet-sync, key: samsara-token}\n"
           "    - name: GEOTAB_PASSWORD\n      valueFrom:\n        secretKeyRef: {name: fleet-sync, key: geotab-password}\n    - name: HERE_API_KEY\n      valueFrom:\n"
           "        secretKeyRef: {name: routing-keys, key: here}\n    - name: SYNC_INTERVAL\n      value: \"300\"\n")
    emit("n_agent_k8s_fleet_secret_refs", SH.cc, [("u", "Add resource limits to the fleet-sync deployment"), ("t", "read", "k8s/fleet-sync/deployment.yaml", dep), ("a", "Limits added.")] + pad("k8sf", 1))

    page = ('<div id="map"></div>\n<script src="https://js.api.here.com/v3/3.1/mapsjs-core.js"></script>\n<script>\n  // browser key: restricted to https://track.nordlys-logistics.no/* in the HERE portal\n'
            '  const platform = new H.service.Platform({ apikey: "%s" });\n  const map = new H.Map(document.getElementById("map"), platform.createDefaultLayers().vector.normal.map);\n</script>\n' % V.here_key())
    emit("n_agent_tracking_page_here_browser_key", SH.gemini, [("u", "The public tracking page map is blank on Safari"), ("t", "read", "public/track/index.html", page),
         ("a", "Safari blocks the worker; load mapsjs-core with the CSP worker-src allowed.")] + pad("herejs", 1))

    gdoc = ('// From the Geotab SDK samples\nconst api = new GeotabApi({\n  credentials: { database: "demo", userName: "user@example.com", password: "password" },\n  path: "my.geotab.com"\n});\n'
            'api.call("Get", { typeName: "Device", resultsLimit: 10 });\n')
    emit("n_agent_geotab_sdk_sample_credentials", SH.oai_chat, [("u", "Port this SDK sample to TypeScript"), ("t", "read", "samples/geotab_get_devices.js", gdoc),
         ("a", "Ported; credentials come from env in our version.")] + pad("geo", 1))

    crt = key("as2_partner_public.crt").strip()
    emit("n_agent_iot_device_public_certs", SH.converse, [("u", "Register the partner's new AS2 certificate and our tracker CA"), ("t", "read", "certs/partnerlog_as2.crt", crt),
         ("t", "bash", "openssl x509 -in certs/partnerlog_as2.crt -noout -fingerprint -sha256", "sha256 Fingerprint=" + ":".join(hexs(2).upper() for _ in range(32))),
         ("a", "Fingerprint confirmed with the partner by phone.")] + pad("iotcert", 1))

    board = "\n".join("%s | trailer TR-%s | %s | %s | dock %d" % ("EL %05d" % R.randint(10000, 99999), rs(4, DIG), R.choice(["Oslo-Gothenburg", "Oslo-Bergen", "Oslo-Trondheim"]),
                      R.choice(["loading", "departed", "delayed 40 min"]), R.randint(1, 24)) for _ in range(30))
    emit("n_agent_dispatch_board_plates", SH.bedrock_claude, [("u", "Summarise delays on today's dispatch board"), ("t", "read", "dispatch/board_2025-11-24.txt", board), ("a", "Delays summarised.")] + pad("disp", 1))
