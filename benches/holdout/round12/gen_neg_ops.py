"""Hard negatives 4: security operations material with no usable secret - a Cisco config holding only type 8/9/5 hashes
and removed keys, /etc/shadow and mosquitto password hashes, Ansible Vault and SOPS ciphertext, a pentest report
template with redacted / dummy credentials, a CTF write-up (flags, a rockyou word), an Elastic license file (signed, not
secret), ExternalSecret / Vault references, FreeRADIUS with only the packaged default secret."""
import base64
from gen_common import R, rs, rb, hexs
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(81, 300))
    pad = V.pad
    E = lambda name, ask, steps, n=2: emit(name, next(sh), [("u", ask)] + steps + pad(name[2:10], n))

    ios = ("hostname core-sw01\n!\nenable secret 9 %s\n!\nusername admin privilege 15 secret 8 %s\nusername audit privilege 1 secret 5 %s\n!\n"
           "snmp-server community <removed> RO 10\nsnmp-server group MON v3 priv read MONVIEW\nsnmp-server user zbx MON v3 auth sha <removed> priv aes 128 <removed>\n"
           "tacacs server TAC1\n address ipv4 10.0.0.49\n key <removed>\n!\nline vty 0 15\n transport input ssh\n!\nend\n" % (V.cisco9(), V.cisco8(), V.md5crypt()))
    E("n_cisco_show_tech_hashes_removed", "Compare this show-tech config against the baseline", [("t", "bash", "sed -n '/hostname/,/^end/p' show-tech-core-sw01.txt", ios)])

    shd = "\n".join("%s:%s:20%d:0:99999:7:::" % (u, h, R.randint(10, 99) * 10) for u, h in [("root", "!"), ("daemon", "*"), ("ops", V.sha512crypt()), ("ci", V.yescrypt()), ("ana", V.sha512crypt())])
    mq = "\n".join("%s:$7$101$%s$%s" % (u, base64.b64encode(rb(12)).decode(), base64.b64encode(rb(64)).decode()) for u in ("gw-000417", "gw-000418", "telegraf"))
    E("n_shadow_mosquitto_password_hashes", "Are any accounts on the test image passwordless?", [("t", "bash", "sudo cat /etc/shadow", shd + "\n"), ("t", "bash", "cat /etc/mosquitto/passwd", mq + "\n"),
      ("a", "root is locked (!) and daemon has no login (*); the others have sha512crypt / yescrypt hashes. The MQTT users have PBKDF2 hashes.")])

    vault = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(12)) + "\n"
    E("n_ansible_vault_bmc_vars", "Can you tell which variables are in this vault file?", [("t", "bash", "cat group_vars/bmc/vault.yml", vault), ("a", "No - it is AES256 ciphertext; run ansible-vault view with the vault password.")])

    sops = ("wireguard:\n    private_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n    preshared_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    age:\n"
            "        - recipient: %s\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            %s\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2025-11-18T08:12:44Z\"\n    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n    version: 3.9.1\n"
            % tuple([base64.b64encode(rb(n)).decode() for n in (44, 12, 16, 44, 12, 16)] + [V.V7.age_public(), base64.b64encode(rb(180)).decode()] + [base64.b64encode(rb(n)).decode() for n in (64, 12, 16)]))
    E("n_sops_encrypted_wireguard_secrets", "Add a peer to the SOPS file without decrypting everything", [("t", "read", "secrets/wg-hub.sops.yaml", sops)])

    tpl = ("# Penetration Test Report - <CLIENT NAME>\n\n## 4.2 Finding template: Weak credentials\n\n| Field | Value |\n|---|---|\n| Account | `<REDACTED>` |\n| Password | `P@ssw0rd` (example; actual value redacted) |\n"
           "| Hash | `<NTLM hash redacted>` |\n| Evidence | screenshot-04.png |\n\nExample command (values redacted):\n```\ncrackmapexec smb 10.0.0.0/24 -u <USER> -p '<PASSWORD>'\nsecretsdump.py CORP/<USER>:<PASSWORD>@dc01\n```\n"
           "Never paste live credentials into the report; reference the evidence vault entry instead (e.g. EV-2025-114).\n")
    E("n_pentest_report_template_redacted", "Tighten the wording of the weak-credentials finding template", [("t", "read", "templates/report/findings/weak-credentials.md", tpl)])

    ctf = ("# HTB Business CTF - 'Forgotten Token' (web, 325 pts)\n\nThe app signs session JWTs with HS256. hashcat mode 16500 against rockyou finds the key `ilovepizza` in 4 s.\n\n```\n$ hashcat -m 16500 jwt.txt rockyou.txt\n...\nStatus...........: Cracked\n```\n\n"
           "Forge `{\"role\":\"admin\"}` with the cracked key, then /admin returns the flag:\n\n`HTB{%s}`\n\nSecond stage flag (from the SSRF): `HTB{%s}`\n" % (rs(24, "abcdefghijklmnopqrstuvwxyz0123456789_"), rs(20, "abcdefghijklmnopqrstuvwxyz0123456789_")))
    E("n_ctf_writeup_flags_cracked_jwt", "Polish my CTF write-up for the blog", [("t", "read", "writeups/htb-business-2025/forgotten-token.md", ctf)])

    lic = ('{"license":{"uid":"%s","type":"basic","issue_date_in_millis":1732060800000,"expiry_date_in_millis":4102444799999,"max_nodes":1000,"issued_to":"kestrel-os",'
           '"issuer":"elasticsearch","signature":"AAAABAAAAA%s","start_date_in_millis":-1}}' % (V.V10.uuid4(), base64.b64encode(rb(300)).decode()))
    E("n_elastic_basic_license_file", "Do we need to renew this Elasticsearch license?", [("t", "read", "deploy/es/license.json", lic), ("a", "It is a basic license that never expires; nothing to renew.")])

    es = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: radius-secrets\nspec:\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n"
          "  data:\n    - secretKey: wlc_secret\n      remoteRef:\n        key: net/radius/clients\n        property: wlc\n---\n# vault agent template\n{{ with secret \"net/data/radius/clients\" }}\nclient wlc-core {\n"
          "    ipaddr = 10.30.0.10\n    secret = {{ .Data.data.wlc }}\n}\n{{ end }}\n")
    E("n_external_secret_vault_template_refs", "Move the RADIUS secrets to Vault like this - is the template right?", [("t", "read", "deploy/radius/externalsecret.yaml", es)])

    fr = ("client localhost {\n\tipaddr = 127.0.0.1\n\tproto = *\n\tsecret = testing123\n\trequire_message_authenticator = no\n\tnas_type = other\n}\n\n"
          "client localhost_ipv6 {\n\tipv6addr = ::1\n\tsecret = testing123\n}\n")
    E("n_freeradius_default_testing123", "Is this the stock clients.conf from the Debian package?", [("t", "bash", "grep -v '^\\s*#' /etc/freeradius/3.0/clients.conf | sed '/^$/d'", fr),
      ("t", "bash", "radtest bob hello 127.0.0.1 0 testing123", "Sent Access-Request Id 117 from 0.0.0.0:44021 to 127.0.0.1:1812 length 73\nReceived Access-Reject Id 117 from 127.0.0.1:1812 to 127.0.0.1:44021 length 20\n")])
