"""Hard negatives, telecom / ISP and network operations: 3GPP TS 35.208 Milenage test set 1 (documented), a test-SIM
inventory (IMEI, ICCID, IMSI of the test PLMN 001-01, Ofcom drama-range MSISDNs), a router config with <removed> and
type 5 hashes and SNMP public, an snmpwalk, DHCP leases, a numbering-plan table, an Asterisk config with variables and
FreeSWITCH's documented default password, mosquitto PBKDF2 password hashes, carrier APN settings published by
operators, a NOC ticket full of circuit ids / ASNs / prefixes, GSMA's example eSIM activation code, firmware hashes."""
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from gen_common import R, rs, hexs, DIG, UP
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V

pad = V.V13.pad


def opc(k, op):
    e = Cipher(algorithms.AES(bytes.fromhex(k)), modes.ECB()).encryptor()
    c = e.update(bytes.fromhex(op)) + e.finalize()
    return bytes(a ^ b for a, b in zip(c, bytes.fromhex(op))).hex()


def build():
    k, op = "465b5ce8b199b49faa5f0a2ee238a6bc", "cdc202d5123e20f62b6d676ac72cb318"  # TS 35.208 test set 1 (documented)
    oc = opc(k, op)
    assert oc == "cd63cb71954a9f4e48a5994e37a02baf"
    t = ("# Milenage conformance, 3GPP TS 35.208 test set 1\nK    = %s\nRAND = 23553cbe9637a89d218ae64dae47bf35\nSQN  = ff9bb4d0b607\nAMF  = b9b9\nOP   = %s\nOPc  = %s\n" % (k, op, oc))
    emit("n_agent_milenage_ts35208_test_set", SH.cc, [("u", "Add a unit test for our Milenage implementation with the 3GPP test vectors"),
         ("t", "read", "tests/vectors/ts35208_set1.txt", t), ("a", "I'll assert f1 and f2-f5 outputs for set 1 and set 2.")] + pad("mil", 1))

    rows = ["imei,iccid,imsi,msisdn,profile,bench"]
    for i in range(25):
        rows.append("%s,%s,%s,+44 7700 900%03d,%s,lab-%d" % (V.imei(), V.iccid(), V.imsi_test(), R.randint(0, 999), R.choice(["volte", "nbiot", "lte-m"]), R.randint(1, 6)))
    emit("n_agent_test_sim_inventory_lab", SH.oai_chat, [("u", "Which lab SIMs are on the NB-IoT profile?"),
         ("t", "read", "lab/test_sims.csv", "\n".join(rows) + "\n"), ("a", "Filtered list follows; all are test PLMN 001-01 cards.")])

    cfg = ("hostname ldn-pe-03\n!\nenable secret 5 $1$%s$%s\nusername noc privilege 15 secret 5 $1$%s$%s\n!\ninterface GigabitEthernet0/0/1\n description UPLINK ldn-cr-02 Te0/1/3\n"
           " ip address 10.20.%d.1 255.255.255.252\n!\nrouter bgp 64512\n neighbor 10.255.0.1 password <removed>\n!\nsnmp-server community public RO\nsnmp-server location LDN-DC2 rack 14\n"
           "tacacs-server key ******\nline vty 0 4\n password ******\n" % (rs(4), rs(22, UP + "abcdefghijklmnopqrstuvwxyz0123456789./"), rs(4), rs(22, UP + "abcdefghijklmnopqrstuvwxyz0123456789./"), R.randint(0, 255)))
    emit("n_agent_router_config_masked_secrets", SH.gemini, [("u", "Review this PE config from the backup system for hardening gaps"),
         ("t", "read", "backups/ldn-pe-03.cfg", cfg), ("a", "Move SNMP to v3 and the enable secret to type 9.")] + pad("pe", 1))

    walk = "\n".join(["SNMPv2-MIB::sysDescr.0 = STRING: Huawei MA5800-X7 V100R021", "SNMPv2-MIB::sysName.0 = STRING: olt-bgo-01"] +
                     ["IF-MIB::ifPhysAddress.%d = STRING: %s" % (i, V.mac()) for i in range(1, 16)] +
                     ["HUAWEI-XPON-MIB::hwGponDeviceOntSn.0.%d = Hex-STRING: 48 57 54 43 %s" % (i, " ".join(hexs(2).upper() for _ in range(4))) for i in range(1, 12)])
    emit("n_agent_snmpwalk_olt_public", SH.converse, [("u", "List the ONT serials on olt-bgo-01"), ("t", "bash", "snmpwalk -v2c -c public olt-bgo-01 .1.3.6.1", walk),
         ("a", "Eleven ONTs, all HWTC serials.")] + pad("walk", 1))

    leases = "\n".join("lease 10.40.%d.%d {\n  starts 1 2025/11/24 0%d:%02d:11;\n  hardware ethernet %s;\n  client-hostname \"%s\";\n}" % (
        R.randint(0, 3), R.randint(2, 250), R.randint(0, 9), R.randint(0, 59), V.mac(), R.choice(["SCAN-", "PRN-", "LT-", "TAB-"]) + rs(5, DIG)) for _ in range(30))
    emit("n_agent_dhcp_leases_warehouse", SH.oai_resp, [("u", "Which scanners lost their reservation?"), ("t", "bash", "tail -n 180 /var/lib/dhcp/dhcpd.leases", leases),
         ("a", "Six SCAN- hosts are on dynamic leases.")] + pad("dhcp", 1))

    plan = "| range | length | type | operator | allocated |\n|---|---|---|---|---|\n" + "\n".join(
        "| +47 %d%d0 00 000 - +47 %d%d9 99 999 | 8 | mobile | %s | 20%02d-0%d |" % (a, b, a, b, R.choice(["Telenor", "Telia", "Ice", "MVNO pool"]), R.randint(5, 24), R.randint(1, 9))
        for a in (4, 9) for b in range(0, 10))
    emit("n_agent_numbering_plan_table", SH.cc, [("u", "Which ranges do we still need to load into the routing tables?"), ("t", "read", "docs/nkom_number_blocks.md", plan),
         ("a", "The MVNO pool blocks are missing.")] + pad("plan", 1))

    ast = ("[trunk-auth](!)\ntype=auth\nauth_type=userpass\n\n[carrier-a-auth](trunk-auth)\nusername=${ENV(CARRIER_A_USER)}\npassword=${ENV(CARRIER_A_PASS)}\n\n"
           "; FreeSWITCH note: vars.xml ships default_password=1234 - we override it in the container entrypoint\n[office]\nexten => _0X.,1,Dial(PJSIP/${EXTEN}@carrier-a)\n"
           "exten => 112,1,Dial(PJSIP/112@carrier-a)\n")
    emit("n_agent_asterisk_env_templates", SH.bedrock_claude, [("u", "Refactor pjsip.conf to templates"), ("t", "read", "/etc/asterisk/pjsip_wizard.conf", ast),
         ("a", "Credentials already come from the environment.")] + pad("astneg", 1))

    pw = "\n".join("%s:$7$101$%s$%s" % (u, V.b64(V.rb(12)) if hasattr(V, "b64") else hexs(16), hexs(86)) for u in ("depot-oslo", "depot-bergen", "canbus-logger", "grafana-reader"))
    emit("n_agent_mosquitto_passwd_hashes", SH.oai_chat, [("u", "Add a user for depot Trondheim to the broker"), ("t", "bash", "cat /etc/mosquitto/passwd", pw),
         ("a", "Use mosquitto_passwd -b interactively instead of editing the file.")] + pad("mosq", 1))

    apn = ("Carrier APN settings as published on the operators' help pages:\n- Telenor NO: APN telenor.smart, no username or password\n- Telia DK: APN internet, user/password empty\n"
           "- Globe PH: APN internet.globe.com.ph, username and password blank\n- Viettel VN: APN v-internet\n- Jazz PK: APN jazzconnect.mobilinkworld.com\n"
           "- Dialog LK: APN dialogbb\nMCC/MNC: 242-01, 238-20, 515-02, 452-04, 410-01, 413-02\n")
    emit("n_agent_apn_settings_published", SH.gemini, [("u", "Build the APN table for the fleet trackers' firmware"), ("t", "read", "firmware/apn_notes.md", apn),
         ("a", "Table generated.")] + pad("apn", 1))

    tk = ("INC0051123 P2 - packet loss Oslo-Bergen\ncircuit NO-OSL-BGO-10G-%s, VLAN 2107, AS64512 -> AS2119, prefixes 185.%d.%d.0/22, 2a02:%s::/32\n"
          "ticket with carrier: TT-%s, change CHG00%d, LSP bgo-osl-primary flapped 14 times, MTU 9100\n" % (rs(6, DIG), R.randint(0, 255), R.randint(0, 255), hexs(4), rs(9, DIG), R.randint(10000, 99999)))
    emit("n_agent_noc_ticket_circuits_asns", SH.converse, [("u", "Write the customer update for this ticket"), ("t", "read", "tickets/INC0051123.txt", tk * 4),
         ("a", "Update drafted.")] + pad("noc", 1))

    es = ("GSMA SGP.22 example activation code: LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815\nOur format: LPA:1$<smdp-address>$<matching-id>; matching ids are single use and "
          "generated per order by the SM-DP+; QR is printed only on the customer's order page.\n")
    emit("n_agent_esim_activation_code_doc", SH.oai_resp, [("u", "Write the eSIM section of the developer docs"), ("t", "read", "docs/esim.md", es), ("a", "Section written.")] + pad("esim", 1))

    fw = "\n".join("%s  ont-fw-%s.bin\nmd5 %s" % (hexs(64), "V5R0%02dC00S%03d" % (R.randint(10, 30), R.randint(100, 300)), hexs(32)) for _ in range(12))
    emit("n_agent_ont_firmware_hashes", SH.cc, [("u", "Verify the ONT firmware images before the rollout"), ("t", "bash", "cat SHA256SUMS MD5SUMS", fw), ("a", "All images match.")] + pad("fw", 1))
