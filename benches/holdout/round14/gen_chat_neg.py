"""Hard negatives, chats: helpdesk macros with template fields and role mailboxes in several languages, company
switchboard and service numbers, libphonenumber's example numbers, a password-policy KB with banned examples, a
BitLocker KB with a masked key, an IMEI / ICCID list of returned devices, ticket statistics, a data-classification
policy with lowercase words, a VIN recall notice."""
import phonenumbers
from phonenumbers import PhoneNumberFormat as PF, PhoneNumberType as PT
from gen_common import R, rs, add, DIG
import gen_shapes as SH
import gen_vals as V
from gen_chat_pii import NOTE


def say(name, kind, text):
    add(name, SH.chat(text + (NOTE if len(text) < 1400 else ""), kind), [])


def build():
    say("n_chat_helpdesk_macros_role_mailboxes", "anth", "Tidy up these macros:\n\n1) Hi {{ticket.requester.first_name}}, we've reset your MFA. If this wasn't you, write to "
        "servicedesk@nordlys-it.no or it-support@nordlys-it.no.\n2) Hei ${caller_id.first_name}, saken er løst. Spørsmål? kundeservice@nordlys.no\n3) Hej {{ticket.requester.name}}, "
        "kontakt os på it-hjaelp@nordlys.dk\n4) Hallo {{requester.email}}, bitte an servicedesk@nordlys.at\n5) Beste, mail klantenservice@nordlys.nl\n6) Tisztelt ügyfelünk: ugyfelszolgalat@nordlys.hu\n"
        "7) NOC escalations: noc@nordlys-it.no, network-ops@nordlys-it.no; fleet: fleet-team@nordlys-logistics.no, dispatch@nordlys-logistics.no")
    say("n_chat_company_switchboards_hotlines", "oai", "Update the footer with our contact numbers:\nSentralbord Oslo: +47 22 %02d 00 00\nKundeservice: 800 %d 000\nDanmark: +45 70 %02d 00 00\n"
        "Nederland: 0800 %d 000, servicedesk 088 %d 0000\nBelgië: 078 %d 000\nSchweiz: 0800 %d 000\nEmergency NOC hotline (24/7): +47 21 %02d 00 00" % (
            R.randint(10, 99), R.randint(10, 99), R.randint(10, 99), R.randint(10, 99), R.randint(100, 999), R.randint(10, 99), R.randint(100, 999), R.randint(10, 99)))
    ex = []
    for cc in ("NO", "DK", "EE", "LV", "LT", "BE", "NL", "LU", "AT", "CH", "HU", "PH", "VN", "MY", "PK", "BD", "LK"):
        n = phonenumbers.example_number_for_type(cc, PT.MOBILE)
        ex.append("    (\"%s\", \"%s\", \"%s\")," % (cc, phonenumbers.format_number(n, PF.NATIONAL), phonenumbers.format_number(n, PF.INTERNATIONAL)))
    say("n_chat_libphonenumber_example_numbers", "gem", "Why does this parametrised test fail for LK?\n\nCASES = [  # libphonenumber's example mobile numbers\n" + "\n".join(ex) + "\n]\n")
    say("n_chat_password_policy_kb", "conv", "Rewrite this KB article in plain language:\n\nPasswords must be at least 14 characters. Seasonal patterns such as Summer2025! or Vinter2024# "
        "and keyboard walks like Qwerty123! are blocked by the banned-password list. Use a passphrase, e.g. three random words. Never share your password with the service desk; "
        "we will never ask for it. Your MFA recovery codes look like xxxxx-xxxxx; store them in your password manager.")
    say("n_chat_bitlocker_kb_masked", "resp", "Shorten this KB:\n\nThe BitLocker recovery key is a 48-digit number in eight groups, e.g. 000000-000000-000000-000000-000000-000000-000000-000000. "
        "Find the key ID (first 8 characters, like %s) on the recovery screen and look it up in Intune > Devices > Recovery keys. Never read the key to a caller before the callback check." % V.guid().upper()[:8])
    say("n_chat_returned_devices_imei_iccid", "brc", "Returned handsets from the fleet, check which still have an active SIM:\n" + "\n".join(
        "%s  IMEI %s  ICCID %s  %s" % ("RMA-%s" % rs(6, DIG), V.imei(), V.iccid(), R.choice(["active", "terminated"])) for _ in range(15)))
    say("n_chat_ticket_statistics", "mistral", "Make a short summary for the monthly report:\n\n" + "\n".join(
        "%s: %d tickets, SLA %.1f %%, median %d min, reopened %d" % (g, R.randint(100, 900), 90 + R.random() * 10, R.randint(5, 300), R.randint(0, 40))
        for g in ("Identity", "Endpoint", "Network", "Telephony", "Fleet systems", "ITSM platform")))
    say("n_chat_data_classification_policy", "llama", "Simplify our data-classification policy: information is public, internal, confidential or restricted. Confidential data "
        "such as customer contracts must be encrypted at rest; internal documents may be shared with contractors under NDA. Mark documents with their class in the footer.")
    say("n_chat_vin_recall_notice", "cohere", "Which of our vans are affected by the recall?\n\nRecall 25V-" + rs(3, DIG) + " applies to these VINs:\n" + "\n".join(V.vin() for _ in range(20)))
    say("n_chat_sip_response_codes", "titan", "Explain these SIP errors from the trunk log: 401 Unauthorized (nonce=%s), 403 Forbidden, 408 Request Timeout, 503 Service Unavailable; "
        "Call-ID %s@10.20.1.5, CSeq 102 INVITE, branch z9hG4bK%s" % (rs(32, "0123456789abcdef"), rs(24, "0123456789abcdef"), rs(16, "0123456789abcdef")))
    say("n_chat_asset_tags_handover", "parts", "Draft the handover note for laptop pool changes:\n" + "\n".join(
        "asset NL-IT-%05d serial %s mac %s -> pool %s" % (R.randint(1, 99999), V.serial(), V.mac(), R.choice(["loaner", "spare", "repair"])) for _ in range(15)))
    say("n_chat_okta_group_rules", "anth", "Explain these Okta group rules:\n" + "\n".join(
        "rule %s: user.department == \"%s\" -> group %s (id 00g%s)" % (i, d, g, rs(17)) for i, (d, g) in enumerate([("Fleet", "fleet-apps"), ("NOC", "noc-tools"), ("Finance", "sap-users"), ("Helpdesk", "snow-agents")])))
    say("n_chat_vlan_plan", "oai", "Turn this into a table:\n" + "\n".join("VLAN %d %s 10.%d.%d.0/24 gw .1 dhcp %s" % (v, n, R.randint(1, 60), v % 256, R.choice(["yes", "no"]))
        for v, n in ((10, "mgmt"), (20, "staff"), (30, "voice"), (40, "iot"), (50, "scanners"), (99, "guest"))))
    say("n_chat_sla_contract_terms", "gem", "Summarise the ISP SLA terms: availability 99.95 %% per month, MTTR 4 h for P1, service credits 5 %% per 0.1 %% below target, "
        "maintenance windows Tue/Thu 00:00-04:00 CET with 10 days' notice, escalation via noc@partner-isp.eu then the account manager role mailbox.")
    say("n_chat_telematics_can_ids", "conv", "Decode these CAN frames: " + " ".join("%03X#%s" % (R.randint(0x100, 0x7FF), rs(16, "0123456789ABCDEF")) for _ in range(30)))
    say("n_chat_oncall_rota_roles", "resp", "Make the December on-call rota readable:\n" + "\n".join(
        "week %d: primary NOC-A, secondary NOC-B, escalation duty manager via noc-duty@nordlys-it.no, bridge +47 21 %02d 00 00" % (w, R.randint(10, 99)) for w in range(49, 53)))
    say("n_chat_snmp_v3_howto", "mistral", "Explain the difference: 'snmpwalk -v2c -c public host' vs 'snmpwalk -v3 -l authPriv -u $SNMP_USER -a SHA -A \"$SNMP_AUTH\" -x AES -X \"$SNMP_PRIV\" host'. "
        "Which one should our monitoring use and why? We currently use the default community on 140 switches.")
