"""Theme 1 (positives): security engineering sessions - a pentest engagement's loot notes (cleartext passwords, NT hashes
of krbtgt and a domain admin), a Kerberos keytab in a k8s Secret, SSH keys (OpenSSH, PuTTY), an age identity of a backup
job, signify / minisign release keys, a GPG release-signing key, a TLS test-fixture key (labelled: see gen.py)."""
from gen_common import R, rs, key, S, K, P
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(3, 200))
    pad = V.pad

    # 1 pentest loot notes: cleartext creds from LSA secrets + NT hashes (pass-the-hash) of krbtgt and a DA
    svc_pw, da_nt, krb_nt, hd_pw = V.pw(18), V.nt_hash(), V.nt_hash(), V.pw(14)
    notes = ("# ACME-2025-11 internal pentest - loot (engagement folder, do not commit)\n\n## 2025-11-19 DC01 via secretsdump (after PrintNightmare on FS02)\n\n"
             "```\n[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\n"
             "Administrator:500:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::\n"
             "Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::\n"
             "krbtgt:502:aad3b435b51404eeaad3b435b51404ee:%s:::\n"
             "CORP.LAN\\adm-jhalvorsen:1187:aad3b435b51404eeaad3b435b51404ee:%s:::\n"
             "[*] Dumping LSA Secrets\n[*] _SC_MSSQLSERVER\nCORP\\svc_sql:%s\n[*] DPAPI_SYSTEM\n```\n\n"
             "## helpdesk share\n\\\\FS02\\it$\\onboarding.txt: default password for new hires this quarter `%s` (works on 14 accounts, see spray.csv)\n\n"
             "Notes: Administrator is disabled (empty-password hash).  krbtgt has not been rotated since 2019 -> golden ticket in report as F-03.\n"
             % (krb_nt, da_nt, svc_pw, hd_pw))
    emit("p_pentest_loot_secretsdump_nt_hashes", next(sh), [("u", "Turn my loot notes into the findings table for the report (severity, asset, evidence ref)"),
         ("t", "bash", "cat engagements/acme-2025-11/loot.md", notes),
         ("a", "Draft table: F-01 PrintNightmare on FS02 (critical), F-02 cleartext service password in LSA secrets (high), F-03 stale krbtgt (critical), F-04 shared onboarding password (high).")] + pad("pt1", 2),
         [(S, "NT hash of krbtgt (golden ticket material)", krb_nt), (S, "NT hash of a domain admin (pass-the-hash)", da_nt),
          (S, "cleartext service account password from LSA secrets", svc_pw), (S, "shared onboarding password", hd_pw)])

    # 2 keytab in a k8s Secret (base64 data value)
    kt = V.keytab_b64("HTTP/grafana.corp.lan", "CORP.LAN")
    man = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: grafana-spnego\n  namespace: observability\ntype: Opaque\ndata:\n  krb5.keytab: %s\n"
           "  krb5.conf: W2xpYmRlZmF1bHRzXQogIGRlZmF1bHRfcmVhbG0gPSBDT1JQLkxBTgo=\n" % kt)
    emit("p_k8s_secret_kerberos_keytab", next(sh), [("u", "SPNEGO login to Grafana fails with 'KRB5 keytab: wrong principal'. Check the secret."),
         ("t", "bash", "kubectl -n observability get secret grafana-spnego -o yaml", man),
         ("a", "The keytab holds HTTP/grafana.corp.lan@CORP.LAN with kvno 3; the ingress host is grafana.corp.example so the SPN does not match.")] + pad("kt1", 2),
         [(S, "Kerberos keytab (base64, aes256/aes128 long-term keys)", kt)])

    # 3 OpenSSH key of a jump host
    osk = key("jump_ed25519").strip()
    emit("p_openssh_jump_host_key_cat", next(sh), [("u", "ssh -J jump01 keeps asking for a password, what's wrong with my key setup?"),
         ("t", "bash", "ls -l ~/.ssh && cat ~/.ssh/id_ed25519", "-rw------- 1 ops ops  411 Nov 12 09:14 id_ed25519\n-rw-r--r-- 1 ops ops   98 Nov 12 09:14 id_ed25519.pub\n" + osk + "\n"),
         ("t", "bash", "cat ~/.ssh/config", "Host jump01\n  HostName 10.40.0.5\n  User ops\n  IdentityFile ~/.ssh/id_ed25519\n  IdentitiesOnly yes\n")] + pad("ssh1", 2),
         [(K, "OpenSSH private key (ed25519)", osk)])

    # 4 PuTTY key in a Windows admin's toolkit repo
    pk = V.ppk("rsync-backup@nas02")
    emit("p_putty_ppk_backup_key", next(sh), [("u", "Convert this .ppk so the Linux backup box can use it"),
         ("t", "bash", "type C:\\tools\\backup\\nas02-rsync.ppk", pk + "\n"), ("a", "Run `puttygen nas02-rsync.ppk -O private-openssh -o id_nas02`; keep mode 600.")] + pad("ppk1", 2),
         [(K, "PuTTY private key file (unencrypted)", pk)])

    # 5 age identity of a restic/age backup job
    ag = V.V7.age_secret()
    ident = "# created: 2025-10-03T11:02:44+02:00\n# public key: %s\n%s\n" % (V.V7.age_public(), ag)
    sh_ = ("#!/bin/sh\nset -eu\n# nightly etcd snapshot, encrypted to the ops age key\nETCDCTL_API=3 etcdctl snapshot save /var/backups/etcd.db\n"
           "age -e -i /etc/backup/age.key -o /var/backups/etcd.db.age /var/backups/etcd.db\nrclone copy /var/backups/etcd.db.age b2:ops-etcd-snapshots/\n")
    emit("p_age_identity_backup_job", next(sh), [("u", "The restore runbook fails at the decrypt step; check the backup host"),
         ("t", "bash", "cat /usr/local/bin/etcd-backup.sh /etc/backup/age.key", sh_ + ident),
         ("a", "The script encrypts with -i (identity) instead of -r (recipient); decrypt then needs the same identity file.")] + pad("age1", 2),
         [(K, "age secret key (X25519 identity)", ag)])

    # 6 signify + minisign secret keys (unencrypted) in a release repo
    sg, ms = V.signify_sec(), V.minisign_sec()
    emit("p_signify_minisign_release_keys", next(sh), [("u", "Why does `make release` not prompt for a passphrase any more?"),
         ("t", "bash", "git ls-files keys/ && cat keys/kestrel-release.sec keys/minisign.key", "keys/kestrel-release.pub\nkeys/kestrel-release.sec\nkeys/minisign.key\nkeys/minisign.pub\n" + sg + "\n" + ms + "\n"),
         ("a", "Both keys were generated without a passphrase (signify -n, minisign -W) and are committed; rotate them.")] + pad("sig1", 2),
         [(K, "signify secret key (unencrypted, kdfrounds 0)", sg.split("\n")[1]), (K, "minisign secret key (unencrypted, -W)", ms.split("\n")[1])])

    # 7 GPG private key block exported for CI
    gk = key("release_signing.sec.asc").strip()
    emit("p_gpg_release_signing_private_key", next(sh), [("u", "CI can't sign the firmware images: 'gpg: signing failed: No secret key'. What did I export?"),
         ("t", "bash", "cat ci/fw-release-signing.asc", gk + "\n"), ("a", "That is the secret key; import it in the job with `gpg --batch --import` before signing.")] + pad("gpg1", 2),
         [(K, "GPG private key block (no passphrase)", gk)])

    # 8 TLS test fixture key (generated for this suite; labelled, see policy)
    tk, tc = key("tls_testdata_ec.key").strip(), key("tls_testdata_ec.crt").strip()
    emit("p_tls_testdata_ec_private_key", next(sh), [("u", "The handshake test fails with 'certificate expired'? The fixture was regenerated last week"),
         ("t", "bash", "openssl x509 -in testdata/localhost.crt -noout -dates; cat testdata/localhost.key", "notBefore=Nov 25 07:30:00 2026 GMT\nnotAfter=Nov 22 07:30:00 2036 GMT\n" + tk + "\n"),
         ("t", "bash", "cat testdata/localhost.crt", tc + "\n")] + pad("tls1", 2),
         [(K, "EC private key of a TLS test fixture", tk)])
