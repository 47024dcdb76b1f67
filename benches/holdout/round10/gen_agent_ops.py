"""Theme 4 (positives): coding-agent sessions on operations - an Ansible INI inventory with ansible_password (vault
ciphertext next to it, not labelled), LDAP bind passwords (sssd.conf, Grafana ldap.toml), SMTP relay credentials
(postfix sasl_passwd, msmtprc), broker URLs (AMQPS, rediss, Kafka SASL in Python), PKCS#12 / Java keystore passwords,
an OpenSSH key and a PGP private key block."""
from gen_common import R, rs, hexs, key, S, K
from gen_sess import emit
import gen_vals as V


def vault_blob(n=5):
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(n)) + "\n" + hexs(42)


def build():
    sh = iter(range(25, 100))

    # 25 Ansible INI inventory with connection passwords; group_vars vaulted
    ap, bp = V.dbpw(16), V.dbpw(18)
    inv = ("[web]\nweb01.lon.acme-retail.co.uk ansible_host=10.12.0.11\nweb02.lon.acme-retail.co.uk ansible_host=10.12.0.12\n\n[legacy_pos]\n"
           "pos-gw01 ansible_host=10.12.8.40 ansible_user=posadmin ansible_password=%s ansible_become_password=%s\n\n[all:vars]\n"
           "ansible_python_interpreter=/usr/bin/python3\n" % (ap, bp))
    gv = "db_password: !vault |\n          " + vault_blob().replace("\n", "\n          ") + "\nntp_servers:\n  - 0.uk.pool.ntp.org\n  - 1.uk.pool.ntp.org\n"
    emit("p_ansible_ini_inventory_connection_passwords", next(sh), [("u", "The patch playbook skips the legacy POS gateway with 'Authentication failure'"),
         ("t", "read", "inventories/prod/hosts.ini", inv), ("t", "read", "inventories/prod/group_vars/all/vault.yml", gv),
         ("t", "bash", "ansible -i inventories/prod/hosts.ini legacy_pos -m ping", "pos-gw01 | UNREACHABLE! => {\n    \"changed\": false,\n    \"msg\": \"Invalid/incorrect password: Permission denied, please try again.\",\n    \"unreachable\": true\n}")]
         + V.pad("ans25", 3), [(S, "ansible_password in INI inventory", ap), (S, "ansible_become_password in INI inventory", bp)])

    # 26 sssd.conf ldap_default_authtok and Grafana ldap.toml bind_password
    sp, gp = V.dbpw(), V.dbpw(20)
    sssd = ("[sssd]\nservices = nss, pam, ssh\ndomains = acme.ie\n\n[domain/acme.ie]\nid_provider = ldap\nauth_provider = ldap\nldap_uri = ldaps://ldap1.acme.ie, ldaps://ldap2.acme.ie\n"
            "ldap_search_base = dc=acme,dc=ie\nldap_default_bind_dn = uid=sssd-bind,ou=system,dc=acme,dc=ie\nldap_default_authtok_type = password\nldap_default_authtok = %s\n"
            "ldap_tls_reqcert = demand\ncache_credentials = true\n" % sp)
    toml = ('[[servers]]\nhost = "ldap1.acme.ie"\nport = 636\nuse_ssl = true\nbind_dn = "uid=grafana-bind,ou=system,dc=acme,dc=ie"\nbind_password = "%s"\n'
            'search_filter = "(uid=%%s)"\nsearch_base_dns = ["ou=people,dc=acme,dc=ie"]\n\n[[servers.group_mappings]]\ngroup_dn = "cn=sre,ou=groups,dc=acme,dc=ie"\norg_role = "Admin"\n' % gp)
    emit("p_sssd_grafana_ldap_bind_passwords", next(sh), [("u", "After the LDAP password rotation sssd and grafana both fail to bind"), ("t", "bash", "sudo cat /etc/sssd/sssd.conf", sssd),
         ("t", "read", "grafana/ldap.toml", toml)] + V.pad("ldap26", 3), [(S, "sssd ldap_default_authtok", sp), (S, "Grafana LDAP bind_password", gp)])

    # 27 postfix sasl_passwd and msmtprc
    pp, mp = V.dbpw(), V.dbpw(16)
    emit("p_postfix_sasl_passwd_msmtprc", next(sh), [("u", "Cron mails from the backup host bounce with '535 5.7.3 Authentication unsuccessful'"),
         ("t", "bash", "sudo cat /etc/postfix/sasl_passwd; cat ~/.msmtprc", "[smtp.office365.com]:587 backup-alerts@acme-logistik.at:%s\n"
          "defaults\nauth on\ntls on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt\nlogfile ~/.msmtp.log\n\naccount relay\nhost mail.acme-logistik.at\nport 587\n"
          "from backup01@acme-logistik.at\nuser backup01\npassword %s\n\naccount default : relay\n" % (pp, mp))] + V.pad("smtp27", 3),
         [(S, "SMTP password in postfix sasl_passwd", pp), (S, "SMTP password in msmtprc", mp)])

    # 28 Celery / Kafka broker credentials
    ap, rp, kp = V.dbpw(), V.dbpw(20), V.dbpw(24)
    py = ("import os\n\nbroker_url = 'amqps://orders:%s@rabbitmq.eu-west.acme-platform.eu:5671/orders'\nresult_backend = 'rediss://default:%s@orders-cache.acme-platform.eu:6380/1?ssl_cert_reqs=required'\n"
          "task_acks_late = True\nworker_prefetch_multiplier = 1\n\nKAFKA = dict(\n    bootstrap_servers='kafka-0.acme-platform.eu:9094,kafka-1.acme-platform.eu:9094',\n"
          "    security_protocol='SASL_SSL',\n    sasl_mechanism='SCRAM-SHA-512',\n    sasl_plain_username='orders-producer',\n    sasl_plain_password='%s',\n)\n" % (ap, rp, kp))
    emit("p_celery_amqps_rediss_kafka_scram", next(sh), [("u", "Workers lose the broker every few minutes; settings below"), ("t", "read", "orders/celeryconfig.py", py)]
         + V.pad("broker28", 3), [(S, "RabbitMQ password in amqps URL", ap), (S, "Redis password in rediss result backend", rp), (S, "Kafka SCRAM password", kp)])

    # 29 PKCS#12 and Java keystore passwords in a script
    p12, jks = V.dbpw(16), V.dbpw(16)
    scr = ("#!/usr/bin/env bash\nset -euo pipefail\nopenssl pkcs12 -export -in certs/partner-gw.crt -inkey certs/partner-gw.key -certfile certs/chain.pem \\\n"
           "  -name partner-gw -out build/partner-gw.p12 -passout pass:%s\nkeytool -importkeystore -srckeystore build/partner-gw.p12 -srcstoretype PKCS12 -srcstorepass %s \\\n"
           "  -destkeystore build/partner-gw.jks -deststoretype JKS -deststorepass %s -destkeypass %s -noprompt\nkeytool -list -keystore build/partner-gw.jks -storepass %s\n" % (p12, p12, jks, jks, jks))
    emit("p_pkcs12_keytool_passwords_script", next(sh), [("u", "The partner gateway rejects our client cert; how is the keystore built?"), ("t", "read", "scripts/build-keystore.sh", scr),
         ("t", "bash", "bash scripts/build-keystore.sh", "Importing keystore build/partner-gw.p12 to build/partner-gw.jks...\nEntry for alias partner-gw successfully imported.\n"
          "Import command completed:  1 entries successfully imported, 0 entries failed or cancelled\n\nKeystore type: JKS\nKeystore provider: SUN\n\nYour keystore contains 1 entry\n\n"
          "partner-gw, 21 Nov 2025, PrivateKeyEntry,\nCertificate fingerprint (SHA-256): %s\n" % ":".join(hexs(2).upper() for _ in range(32)))] + V.pad("p12_29", 3),
         [(S, "PKCS#12 export password (pass:)", p12), (S, "Java keystore password (-deststorepass)", jks)])

    # 30 OpenSSH RSA key of the Ansible controller
    pem = key("ansible_rsa").strip()
    emit("p_openssh_rsa_key_ansible_controller", next(sh), [("u", "Make the controller key work on the new bastion (it says 'invalid format')"),
         ("t", "bash", "ls -l ~/.ssh && cat ~/.ssh/id_rsa", "total 12\n-rw------- 1 ansible ansible 2602 Nov 20 17:44 id_rsa\n-rw-r--r-- 1 ansible ansible  567 Nov 20 17:44 id_rsa.pub\n"
          "-rw-r--r-- 1 ansible ansible 1788 Nov 21 08:01 known_hosts\n" + pem), ("a", "The file is fine; the bastion lacks the public key in authorized_keys.")]
         + V.pad("ssh30", 3), [(K, "OpenSSH RSA private key", pem)])

    # 31 PGP private key block exported for CI signing
    pgp = key("release_signing.asc").strip()
    emit("p_pgp_private_key_block_release_signing", next(sh), [("u", "Export the release signing key so I can add it to the CI secret store"),
         ("t", "bash", "gpg --armor --export-secret-keys release-signing@acme-platform.eu", pgp),
         ("a", "Done. Paste it into the protected CI variable and delete it from your clipboard.")] + V.pad("pgp31", 3), [(K, "PGP private key block", pgp)])
