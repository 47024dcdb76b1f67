"""Theme 1: logs and dumps (access logs, app logs, curl -v, HAR, SQL/Mongo dumps, mbox, vCard/iCal, journald)."""
from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, b64, b64u, key, ruuid, gh, jwt, pwd, upw, pmail, work_mail, mobile, iban_p, qenc, \
    access_line, filler, ips, person, cap, add, anth, anth_tool, oai, oai_tool, resp, resp_fc, gem, gem_fr, conv, conv_tool, \
    br_claude, br_llama, br_titan, br_cohere, br_mistral, legacy, AL, UP, LO, DIG, HEX


def bcrypt():
    return "$2b$12$" + rs(53, AL + "./")


def argon2():
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64u(rb16()) + "$" + b64u(bytes(R.randrange(256) for _ in range(32)))


def rb16():
    return bytes(R.randrange(256) for _ in range(16))


def ts_iso(h=None):
    return "2025-11-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 28), h if h is not None else R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def build():
    # ---------------------------------------------------------------- positives
    e1 = pmail("lena", "schneider", "gmx.de")
    gho = gh("gho_")
    apik = rs(32, LO + DIG)
    e2 = pmail("rafael", "souza", "uol.com.br")
    lines = [access_line() for _ in range(900)]
    plant = [access_line("/api/v1/newsletter/confirm?email=%s&lang=de&src=mail" % qenc(e1), 200),
             access_line("/oauth/userinfo?access_token=%s" % gho, 200, "python-requests/2.31.0"),
             access_line("/v1/geocode/search?text=Alexanderplatz&api_key=%s" % apik, 200, "okhttp/4.12.0"),
             access_line("/u/%s/preferences" % e2, 302),
             access_line("/styles/v1/acme/ckx/tiles/256/14/8802/5373@2x?access_token=%s" % mapbox_pk(), 200)]
    for i, p in enumerate(plant):
        lines.insert(90 + i * 170, p)
    log = "\n".join(lines)
    add("p_nginx_access_log_large", resp_fc("Summarise which endpoints are slow and who calls them; here is yesterday's access log.", "read_file",
                                            {"path": "/var/log/nginx/access.log.1"}, log),
        [(P, "email url-encoded in query", qenc(e1)), (S, "github oauth token in access_token query", gho),
         (S, "opaque api_key in query", apik), (P, "email in path", e2)])

    glp = "glpat-" + rs(20, AL + "-_")
    e3 = pmail("ines", "costa", "sapo.pt")
    al = [access_line() for _ in range(60)]
    al.insert(20, '10.20.4.11 - - [12/Nov/2025:09:14:03 +0100] "GET /api/v4/projects/412/pipelines?private_token=%s&per_page=100 HTTP/1.1" 200 18211 "-" "python-gitlab/4.4.0"' % glp)
    al.insert(41, '%s - %s [12/Nov/2025:09:20:44 +0100] "POST /wp-login.php?redirect_to=%%2Fwp-admin%%2F&reauth=1 HTTP/1.1" 302 0 "-" "%s"' % (ips(), e3, "Mozilla/5.0"))
    add("p_apache_private_token_remote_user", gem("Apache log from our shared host (combined format). Anything suspicious?\n\n" + "\n".join(al)),
        [(S, "gitlab pat in private_token query", glp), (P, "email as remote user", e3)])

    bearer = jwt({"alg": "RS256", "kid": rs(20, AL)}, {"iss": "https://login.acme-logistics.io/", "sub": "auth0|" + hexs(24), "aud": "https://api.acme-logistics.io",
                                                      "iat": 1763100000, "exp": 1763186400, "scope": "orders:read orders:write", "azp": rs(32, AL)}, 256)
    f, l = person()
    we = work_mail(f, l, "acme-logistics.io")
    masked = "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6…[masked]"
    jl = []
    for i in range(40):
        jl.append(json.dumps({"ts": ts_iso(10), "level": R.choice(["info", "info", "warn"]), "msg": R.choice(["request completed", "cache miss", "upstream retry"]),
                              "req_id": ruuid(), "path": "/v2/orders/%d" % R.randint(10000, 99999), "latency_ms": R.randint(3, 900),
                              "headers": {"authorization": masked, "user-agent": "acme-web/3.2"}}))
    jl.insert(23, json.dumps({"ts": ts_iso(10), "level": "debug", "msg": "outgoing request dump (DEBUG_HTTP=1)", "req_id": ruuid(),
                              "headers": {"authorization": "Bearer " + bearer, "x-request-id": ruuid()}, "user": {"id": R.randint(1000, 9999), "email": we}}))
    add("p_app_log_bearer_debug_dump", anth_tool([{"type": "text", "text": "Why are the order calls slow? check the api pod logs"}], "Bash",
                                                 {"command": "kubectl logs deploy/orders-api --since=1h | tail -n 60"}, "\n".join(jl)),
        [(S, "bearer jwt in debug dump", bearer), (P, "work email in log", we)])

    bu, bp = "svc-reporting", upw(20)
    basic = b64((bu + ":" + bp).encode())
    curl = ("*   Trying 10.30.0.14:443...\n* Connected to jira.acme.internal (10.30.0.14) port 443\n* ALPN: curl offers h2,http/1.1\n"
            "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n* Server certificate:\n*  subject: CN=jira.acme.internal\n"
            "> GET /rest/api/2/search?jql=project%%3DOPS HTTP/2\n> Host: jira.acme.internal\n> Authorization: Basic %s\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n"
            "< HTTP/2 200\n< content-type: application/json;charset=UTF-8\n< x-arequestid: 614x%dx1\n< x-asessionid: %s\n\n{\"startAt\":0,\"maxResults\":50,\"total\":213}\n"
            % (basic, R.randint(1000, 9999), rs(7, LO + DIG)))
    add("p_curl_verbose_basic_auth", oai("The script gets 200 with curl but 401 in Python. Verbose output:\n\n" + curl),
        [(S, "basic auth header in curl -v", basic)])

    lt = linear()
    f2, l2 = person()
    e4, ph4 = pmail(f2, l2), mobile("NL", "intl")
    har = {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "125.0"}, "entries": [
        {"startedDateTime": ts_iso(), "request": {"method": "POST", "url": "https://api.linear.app/graphql", "httpVersion": "HTTP/2",
                                                   "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Authorization", "value": lt}],
                                                   "postData": {"mimeType": "application/json", "text": json.dumps({"query": "mutation { issueCreate(input:{title:\"Callback %s\", description:\"Customer %s asked for a call\"}) { success } }" % (ph4, e4)})}},
         "response": {"status": 200, "headers": [{"name": "x-request-id", "value": ruuid()}]}, "time": 182.4},
        {"startedDateTime": ts_iso(), "request": {"method": "GET", "url": "https://static.linear.app/client/assets/index.%s.js" % hexs(8), "headers": []},
         "response": {"status": 200, "headers": [{"name": "etag", "value": "W/\"%s\"" % hexs(16)}]}, "time": 21.0}]}}
    add("p_har_linear_graphql", gem_fr("Look at the HAR I saved, why does issueCreate fail sometimes?", "read_har", {"id": "linear-session.har"}, har),
        [(S, "linear api key in HAR header", lt), (P, "email in HAR postData", e4), (P, "NL mobile in HAR postData", ph4)])

    # SQL dump, large
    ec = key("sql_ec.pem").strip().replace("\n", "\\n")
    rows, labs = [], []
    for i in range(8):
        f3, l3 = person()
        cc = R.choice(["DE", "FR", "IT", "ES", "GB", "PL"])
        em, pn = pmail(f3, l3), mobile(cc, R.choice(["intl", "e164"]))
        rows.append("(%d,'%s','%s','%s','%s',%s,'2025-0%d-1%d 10:2%d:00')" % (1000 + i, cap(f3) + " " + cap(l3), em, pn, R.choice([bcrypt(), argon2()]),
                                                                          R.choice(["1", "0"]), R.randint(1, 9), R.randint(0, 9), R.randint(0, 9)))
        labs += [(P, "email in INSERT users", em), (P, "%s mobile in INSERT users" % ("UK" if cc == "GB" else cc), pn)]
    prod = ",\n".join("(%d,'%s',%d.%02d,%d,'%s')" % (i, "SKU-" + rs(6, UP + DIG), R.randint(1, 400), R.randint(0, 99), R.randint(0, 900), R.choice(["tools", "garden", "kitchen"]))
                      for i in range(1, 2400))
    ords = ",\n".join("(%d,%d,%d,'%s',%d)" % (50000 + i, 1000 + R.randint(0, 7), R.randint(1, 2399), R.choice(["paid", "shipped", "refunded"]), R.randint(100, 99999))
                      for i in range(2200))
    dump = ("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n-- Host: db-prod-2    Database: shop\n\n/*!40101 SET NAMES utf8mb4 */;\n\n"
            "DROP TABLE IF EXISTS `users`;\nCREATE TABLE `users` (\n  `id` int NOT NULL,\n  `name` varchar(120),\n  `email` varchar(190),\n  `phone` varchar(32),\n"
            "  `password_hash` varchar(255),\n  `active` tinyint(1),\n  `created_at` datetime\n) ENGINE=InnoDB;\n\nLOCK TABLES `users` WRITE;\nINSERT INTO `users` VALUES "
            + ",".join(rows) + ";\nUNLOCK TABLES;\n\nINSERT INTO `products` VALUES " + prod + ";\n\nINSERT INTO `orders` VALUES " + ords +
            ";\n\nINSERT INTO `settings` VALUES ('saml.sp.signing_key','" + ec + "'),('saml.sp.entity_id','https://shop.acme.test/saml');\n")
    labs.append((K, "EC key with literal \\n in SQL string", ec))
    add("p_sql_dump_users_large", anth("I need a migration from this dump to Postgres, keep the users table intact.\n\n```sql\n" + dump + "```"), labs)

    docs, labs = [], []
    for i in range(5):
        f4, l4 = person()
        em, pn = pmail(f4, l4), mobile(R.choice(["DE", "AT", "CH"]), "e164")
        d = {"_id": {"$oid": hexs(24)}, "email": em, "phone": pn, "passwordHash": argon2(), "createdAt": {"$date": ts_iso()},
             "marketing": {"optIn": bool(R.getrandbits(1))}, "tenant": {"$oid": hexs(24)}}
        reg = phonenumbers.region_code_for_number(phonenumbers.parse(pn))
        labs += [(P, "email in mongoexport", em), (P, "%s mobile in mongoexport" % reg, pn)]
        if i == 2:
            ib = iban_p("AT", printed=False)
            d["payout"] = {"iban": ib, "holder": cap(f4) + " " + cap(l4)}
            labs.append((P, "AT IBAN of person in mongoexport", ib))
        docs.append(json.dumps(d))
    add("p_mongoexport_customers", conv_tool("Import these into the new CRM, map fields.", "mongoexport", {"collection": "customers", "limit": 5},
                                             result_text="\n".join(docs)), labs)

    fa, la = "julien", "moreau"
    ea, eb = pmail(fa, la, "orange.fr"), work_mail("priya", "patel", "acme-gmbh.de")
    pa, pb = mobile("FR", "nat"), mobile("DE", "intl")
    pem = key("mail_rsa.pem")
    mbox = ("From %s Tue Nov 11 09:12:44 2025\nFrom: Julien Moreau <%s>\nTo: Priya Patel <%s>\nSubject: Re: VPN access for the audit\nDate: Tue, 11 Nov 2025 09:12:44 +0100\n"
            "Message-ID: <%s@mail.orange.fr>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n"
            "Hi Priya,\nattached the key you asked for, I could not find another way to send it.\n\nJulien\n--\nJulien Moreau\nAuditeur externe\nPortable : %s\n\n"
            "> On 10 Nov 2025, Priya Patel <%s> wrote:\n> Can you send me the VPN key? Call me on %s if it does not work.\n> --\n> Priya Patel | Platform | %s\n\n"
            "--b1\nContent-Type: application/x-pem-file; name=\"vpn-audit.key\"\nContent-Disposition: attachment; filename=\"vpn-audit.key\"\n\n%s\n--b1--\n"
            % (ea, ea, eb, rs(24, AL), pa, eb, pb, pb, pem))
    add("p_mbox_thread_key_attachment", br_claude("Extract action items from this mailbox file:\n\n" + mbox),
        [(P, "FR mobile in signature", pa), (P, "DE mobile in quoted signature", pb), (P, "personal email From", ea),
         (P, "work email", eb), (K, "RSA key as mbox attachment", pem.strip())])

    ce, cp = pmail("zofia", "kowalski", "wp.pl"), mobile("PL", "intl")
    ae1, ae2 = work_mail("erik", "lindqvist", "nordfrakt.se"), pmail("aoife", "brennan", "hotmail.co.uk")
    vcf = ("BEGIN:VCARD\nVERSION:3.0\nFN:Zofia Kowalski\nN:Kowalski;Zofia;;;\nEMAIL;TYPE=HOME:%s\nTEL;TYPE=CELL:%s\nORG:Kowalski Design\nEND:VCARD\n"
           "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Acme//Calendar 1.0//EN\nBEGIN:VEVENT\nUID:%s\nDTSTART:20251120T090000Z\nSUMMARY:Vendor review\n"
           "ORGANIZER;CN=Facilities:mailto:facilities@acme-gmbh.de\nATTENDEE;CN=Erik Lindqvist;RSVP=TRUE:mailto:%s\nATTENDEE;CN=Aoife Brennan:mailto:%s\n"
           "DESCRIPTION:Join by phone: +1 646-558-8656\\, meeting ID 812 4471 0925\nEND:VEVENT\nEND:VCALENDAR\n" % (ce, cp, ruuid(), ae1, ae2))
    add("p_vcard_ical_bundle", oai_parts("Merge this contact and invite into a short briefing note:\n\n" + vcf),
        [(P, "email vCard", ce), (P, "PL mobile vCard", cp), (P, "work email attendee", ae1), (P, "email attendee", ae2)])

    rp, ep = pwd(18), pwd(16)
    lk = pmail("hannah", "wagner", "t-online.de")
    gl = ("2025-11-12T08:01:22.114832Z\t  31 Connect\tadmin@10.0.3.7 on shop using SSL/TLS\n2025-11-12T08:01:22.115201Z\t  31 Query\tselect @@version_comment limit 1\n"
          "2025-11-12T08:01:40.902113Z\t  31 Query\tCREATE USER 'etl'@'10.0.%%' IDENTIFIED BY '%s'\n2025-11-12T08:01:51.220087Z\t  31 Query\tALTER USER 'report'@'%%' IDENTIFIED BY '%s'\n"
          "2025-11-12T08:02:10.011245Z\t  32 Query\tSELECT id, status FROM orders WHERE customer_email = '%s' ORDER BY id DESC LIMIT 20\n"
          "2025-11-12T08:02:11.733410Z\t  32 Quit\t\n" % (rp, ep, lk))
    add("p_mysql_general_log_passwords", br_llama("Audit this MySQL general log excerpt, who changed users?\n" + gl),
        [(S, "mysql CREATE USER password", rp), (S, "mysql ALTER USER password", ep), (P, "email in WHERE", lk)])

    sp = pwd(14)
    jr = "\n".join("Nov 12 0%d:%02d:%02d bastion-1 sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s" %
                   (R.randint(1, 9), R.randint(0, 59), R.randint(0, 59), R.randint(1000, 99999), ips(), R.randint(30000, 65000), rs(43, AL + "+/")) for _ in range(25))
    jr += "\nNov 12 09:41:07 bastion-1 sudo[88123]:   mkowal : TTY=pts/2 ; PWD=/home/mkowal ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p%s -h db-prod-2 shop\n" % sp
    add("p_journalctl_sudo_mysql_password", legacy("Summarize the following auth log:\n" + jr + "\nSummary:"), [(S, "mysql -p password in sudo log", sp)])

    # ---------------------------------------------------------------- negatives
    nl = [access_line() for _ in range(1100)]
    nl += [access_line("/landing?utm_source=newsletter&utm_medium=email&utm_campaign=nov25&session_state=%s" % ruuid()),
           access_line("/unsubscribe?email=REDACTED&list=weekly"), access_line("/static/js/vendor.js?v=%s" % hexs(20)),
           access_line("/reset-password?status=sent&token=%7B%7Btoken%7D%7D", 404), access_line("/api/v1/users/me", 401, "okhttp/4.12.0")]
    add("n_nginx_access_log_benign_large", gem_fr("Top 5 paths by 404 please.", "read_log", {"id": "access.log"}, {"log": "\n".join(nl)}))

    ml = [json.dumps({"ts": ts_iso(), "level": "info", "msg": "auth ok", "authorization": R.choice(["Bearer ***", "Bearer eyJhbGciOi…(truncated)", "Bearer [REDACTED]"]),
                      "api_key": "sk_live_****" + rs(4, AL), "github_token": "ghp_" + "*" * 32 + rs(4, AL), "req_id": ruuid()}) for _ in range(30)]
    add("n_app_log_masked_tokens", anth_tool([{"type": "text", "text": "Are tokens leaking in our logs? I think we mask them."}], "Bash",
                                             {"command": "grep -h authorization /var/log/api/*.log | head -30"}, "\n".join(ml)))

    hrows = ",".join("(%d,'user%d@example.com','%s','%s')" % (i, i, R.choice([bcrypt(), argon2(), "pbkdf2_sha256$720000$%s$%s=" % (rs(22), rs(43, AL + "+/")),
                                                                          "scrypt:32768:8:1$%s$%s" % (rs(16), hexs(128))]), R.choice(["+1 555-0100", "+44 7700 900123", "NULL"]))
                     for i in range(1, 60))
    add("n_sql_dump_hashes_example_emails", oai("Which hash algorithms are in use here?\n\nINSERT INTO auth_user (id,email,password,phone) VALUES " + hrows + ";"))

    cv = ("* Host api.github.com:443 was resolved.\n*   Trying 140.82.121.6:443...\n* Connected to api.github.com port 443\n* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256\n"
          "> GET /repos/rust-lang/rust/releases/latest HTTP/2\n> Host: api.github.com\n> User-Agent: curl/8.5.0\n> Accept: application/vnd.github+json\n>\n"
          "< HTTP/2 200\n< etag: W/\"%s\"\n< x-github-request-id: %s:%s:%s:%s\n< x-ratelimit-remaining: 57\n< strict-transport-security: max-age=31536000; includeSubdomains; preload\n"
          "< set-cookie: _octo=GH1.1.%d.%d; Path=/; Domain=github.com; Secure; SameSite=Lax\n" % (hexs(64), rs(4, UP + DIG), rs(6, UP + DIG), rs(7, UP + DIG), rs(8, UP + DIG),
                                                                                               R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 9, 2 * 10 ** 9)))
    add("n_curl_verbose_public_api", conv("Is this response cacheable?\n" + cv))

    md = "\n".join(json.dumps({"_id": {"$oid": hexs(24)}, "serial": "C02" + rs(8, UP + DIG), "mac": ":".join(hexs(2) for _ in range(6)), "imei": imei(),
                               "fw": "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)), "lastSeen": {"$date": ts_iso()}}) for _ in range(40))
    add("n_mongoexport_devices", br_titan("Group these device documents by firmware:\n" + md))

    nm = ""
    for i in range(6):
        nm += ("From notifications@github.com Mon Nov 10 1%d:00:00 2025\nFrom: \"acme/api\" <notifications@github.com>\nReply-To: acme/api <reply+%s@reply.github.com>\n"
               "Message-ID: <acme/api/pull/%d/c%d@github.com>\nIn-Reply-To: <acme/api/pull/%d@github.com>\nList-Unsubscribe: <mailto:unsub+%s@reply.github.com>\n"
               "DKIM-Signature: v=1; a=rsa-sha256; d=github.com; s=pf2023; b=%s\nSubject: Re: [acme/api] Bump tokio (PR #%d)\n\nMerged #%d into main.\n\n"
               % (i, hexs(40).upper(), 400 + i, R.randint(10 ** 9, 2 * 10 ** 9), 400 + i, hexs(32), b64(bytes(R.randrange(256) for _ in range(128))), 400 + i, 400 + i))
    add("n_mbox_github_notifications", br_mistral("Which PRs were merged? mbox follows.\n" + nm))

    jb = "\n".join("Nov 12 0%d:%02d:%02d web-3 %s" % (R.randint(1, 9), R.randint(0, 59), R.randint(0, 59), R.choice([
        "sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: RSA SHA256:%s" % (R.randint(100, 9999), ips(), R.randint(30000, 60000), rs(43, AL + "+/")),
        "sudo[%d]:   deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx" % R.randint(100, 9999),
        "systemd[1]: Started Session %d of User deploy." % R.randint(100, 9999),
        "kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 443." % (R.randint(1000, 99999), R.randint(0, 999999))])) for _ in range(60))
    add("n_journalctl_benign", oai_tool("Anything odd on web-3?", "run_shell", {"cmd": "journalctl --since today | tail -60"}, jb))

    har2 = {"log": {"entries": [{"request": {"method": "GET", "url": "https://www.acme.test/assets/%s.%s.js" % (n, hexs(8)),
                                             "headers": [{"name": "cookie", "value": "_ga=GA1.1.%d.%d; theme=dark; consent=analytics:0" % (R.randint(10 ** 8, 10 ** 9), 1763000000 + i)}]},
                                 "response": {"status": 200, "headers": [{"name": "cf-ray", "value": "%s-FRA" % hexs(16)}, {"name": "etag", "value": '"%s"' % hexs(32)}]}}
                                for i, n in enumerate(["runtime", "vendor", "main", "polyfills"])]}}
    add("n_har_static_assets", resp("Why are these assets not cached?\n" + json.dumps(har2, indent=1)))

    sl = ("# Time: 2025-11-12T08:10:01.000123Z\n# User@Host: app[app] @ 10.0.3.9 []\n# Query_time: 3.201  Lock_time: 0.000 Rows_sent: 20  Rows_examined: 812233\n"
          "SELECT * FROM orders WHERE customer_email = ? AND status = ?;\n# Time: 2025-11-12T08:12:44.000551Z\n"
          "CREATE USER 'legacy'@'%%' IDENTIFIED WITH mysql_native_password AS '*%s';\n"
          "ALTER USER 'svc'@'%%' IDENTIFIED WITH caching_sha2_password AS '$A$005$%s';\n" % (hexs(40).upper(), rs(60, AL + "./")))
    add("n_mysql_slow_log_hashes", br_cohere("Explain these slow log entries.\n" + sl))

    hol = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Acme//Holidays//DE\n"
    for d, n in [("20251225", "1. Weihnachtstag"), ("20251226", "2. Weihnachtstag"), ("20260101", "Neujahr")]:
        hol += "BEGIN:VEVENT\nUID:%s@holidays.acme-gmbh.de\nDTSTART;VALUE=DATE:%s\nSUMMARY:%s\nEND:VEVENT\n" % (hexs(16), d, n)
    hol += ("BEGIN:VEVENT\nUID:%s\nSUMMARY:All hands\nORGANIZER:mailto:events@acme-gmbh.de\nATTENDEE:mailto:all-staff@acme-gmbh.de\n"
            "DESCRIPTION:Dial-in: +49 69 3807 8954\\, access code 9182 331#\\nTeams: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0\nEND:VEVENT\nEND:VCALENDAR\n"
            % (ruuid(), rs(48, AL)))
    add("n_ics_holidays_allhands", gem("Add these to my planner:\n" + hol))
