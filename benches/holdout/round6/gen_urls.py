"""Theme 4: secrets in URLs and headers (webhook URLs, presigned / SAS URLs, basic auth in URLs, auth headers, session
cookies, .git-credentials, Jenkins, docker build args, helm --set) and their look-alike negatives."""
from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, b64, key, ruuid, gh, aws_id, pwd, upw, add, anth, anth_tool, oai, oai_tool, oai_parts, \
    resp, resp_fc, gem, gem_fr, conv, conv_tool, br_claude, br_llama, br_titan, br_cohere, br_mistral, legacy, AL, UP, LO, DIG, HEX


def build():
    # ---------------------------------------------------------------- positives
    sw, dw, tw, zw = slack_webhook(), discord_webhook(), teams_webhook(), zapier_hook()
    am = ("global:\n  resolve_timeout: 5m\n  slack_api_url: '%s'\nroute:\n  receiver: ops\nreceivers:\n- name: ops\n  slack_configs:\n  - channel: '#ops-alerts'\n"
          "- name: community\n  discord_configs:\n  - webhook_url: %s\n- name: it-teams\n  msteams_configs:\n  - webhook_url: \"%s\"\n"
          "- name: crm\n  webhook_configs:\n  - url: %s\n    send_resolved: true\n" % (sw, dw, tw, zw))
    add("p_alertmanager_webhook_urls", anth_tool([{"type": "text", "text": "Alerts stopped reaching Teams after the migration. Config:"}], "Read",
                                                 {"file_path": "/etc/alertmanager/alertmanager.yml"}, am),
        [(S, "slack webhook url", sw), (S, "discord webhook url", dw), (S, "teams incoming webhook url", tw), (S, "zapier catch hook url (unclaimed)", zw)])

    akid, asid, st = aws_id("AKIA"), aws_id("ASIA"), r3.aws_session_token()
    s3a = ("https://acme-exports.s3.eu-central-1.amazonaws.com/reports/2025-11.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20251112%%2Feu-central-1%%2Fs3%%2Faws4_request"
           "&X-Amz-Date=20251112T091500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (akid, hexs(64)))
    s3b = ("https://acme-uploads.s3.amazonaws.com/in/%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20251112%%2Fus-east-1%%2Fs3%%2Faws4_request"
           "&X-Amz-Date=20251112T101010Z&X-Amz-Expires=900&X-Amz-Security-Token=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (ruuid(), asid, urllib.parse.quote(st, safe=""), hexs(64)))
    gcs = ("https://storage.googleapis.com/acme-media/%s.mp4?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%%40acme-media.iam.gserviceaccount.com%%2F20251112%%2Fauto%%2Fstorage%%2Fgoog4_request"
           "&X-Goog-Date=20251112T101500Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=%s" % (ruuid(), hexs(512)))
    add("p_presigned_urls_support_ticket", oai("Customers get AccessDenied on the download links we mail out. Links from yesterday:\n\n1. %s\n\n2. %s\n\n3. %s\n" % (s3a, s3b, gcs)),
        [(S, "AKIA long-term key id inside presigned URL", akid), (S, "ASIA temporary key id inside presigned URL", asid), (S, "STS session token in X-Amz-Security-Token (url-encoded)", urllib.parse.quote(st, safe=""))])

    sig1, sig2 = rs(43, AL + "-_"), urllib.parse.quote(b64(bytes(R.randrange(256) for _ in range(32))), safe="")
    la = ("https://prod-27.westeurope.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (hexs(32), sig1))
    blob = "https://acmebackup.blob.core.windows.net/db-dumps/shop-2025-11-12.sql.gz?sv=2022-11-02&sr=b&sp=r&st=2025-11-12T08:00:00Z&se=2025-11-19T08:00:00Z&spr=https&sig=%s" % sig2
    add("p_azure_logic_app_and_blob_sas", gem("The Power Automate flow posts here:\n%s\n\nand the nightly job uploads to\n%s\n\nWhy does the flow return 401 since Monday?" % (la, blob)),
        [(S, "Logic Apps trigger sig (capability url)", sig1), (S, "blob SAS sig", sig2)])

    p1, p2, p3, p4 = upw(16), upw(20), upw(14), upw(22)
    urls = ("pip.conf:\n[global]\nindex-url = https://ci-bot:%s@nexus.acme.internal/repository/pypi-group/simple\n\n"
            "celery: BROKER_URL=amqps://orders:%s@rabbit.acme.internal:5671/prod\n\nbackup.sh: lftp -e 'mirror -R /srv/backup' ftp://backup:%s@ftp.acme-hosting.de/\n\n"
            "grafana provisioning: curl -s https://admin:%s@grafana.acme.internal/api/dashboards/uid/%s\n" % (p1, p2, p3, p4, rs(9, LO + DIG)))
    add("p_basic_auth_in_urls", resp_fc("Find every hard-coded credential in these snippets.", "grep_repo", {"pattern": "://"}, urls),
        [(S, "nexus password in url", p1), (S, "amqps password", p2), (S, "ftp password", p3), (S, "grafana admin password in url", p4)])

    ghs, xk, bot, aoai = gh("ghs_"), rs(40, AL), discord_bot(), hexs(32)
    hc = ("curl -H \"Authorization: token %s\" https://api.github.com/repos/acme/api/actions/runs\n"
          "curl -H 'X-API-Key: %s' https://partner.logistik-hub.de/v3/shipments?since=2025-11-01\n"
          "curl -H \"Authorization: Bot %s\" https://discord.com/api/v10/users/@me\n"
          "curl -H \"api-key: %s\" \"https://acme-oai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\"\n" % (ghs, xk, bot, aoai))
    add("p_curl_auth_headers_mixed", br_claude("Convert these to Python requests calls:\n\n" + hc),
        [(S, "github app token in Authorization: token", ghs), (S, "X-API-Key opaque", xk), (S, "discord bot token", bot), (S, "azure openai api-key header", aoai)])

    gs, cs, ls = hexs(32), "s%3A" + rs(32, AL + "-_") + "." + urllib.parse.quote(b64(bytes(R.randrange(256) for _ in range(32))).rstrip("="), safe=""), \
        urllib.parse.quote(b64(json.dumps({"iv": b64(bytes(R.randrange(256) for _ in range(16))), "value": b64(bytes(R.randrange(256) for _ in range(48))), "mac": hexs(64), "tag": ""}, separators=(",", ":")).encode()), safe="")
    ck = ("curl 'https://gitlab.acme.de/api/v4/projects/12/merge_requests' -b '_gitlab_session=%s; known_sign_in=%s; preferred_language=de'\n\n"
          "curl 'https://admin.acme-shop.de/api/orders' -H 'Cookie: connect.sid=%s; _ga=GA1.1.%d.%d'\n\n"
          "curl 'https://portal.acme-shop.de/dashboard' -H 'cookie: XSRF-TOKEN=%s; laravel_session=%s'\n" % (gs, rs(60, AL), cs, R.randint(10 ** 8, 10 ** 9), 1763000000, rs(40, AL), ls))
    add("p_devtools_copy_as_curl_cookies", conv("These worked in the browser, from a script they redirect to login. Copied as cURL:\n\n" + ck),
        [(S, "gitlab session cookie", gs), (S, "express connect.sid cookie", cs), (S, "laravel session cookie", ls)])

    bb, gt, dt, gh2 = "ATCTT3xFfGN0" + rs(180, AL + "-_") + "=" + hexs(8).upper(), hexs(40), gldt(), gh("ghu_")
    gc = ("$ cat ~/.git-credentials\nhttps://x-token-auth:%s@bitbucket.org\nhttps://mkowal:%s@git.acme-gitea.de\nhttps://gitlab+deploy-token-12:%s@gitlab.acme.de\n"
          "https://mkowal:%s@github.com\n" % (bb, gt, dt, gh2))
    add("p_git_credentials_store_mixed", oai_tool("git keeps asking for my password on gitea only, why?", "run_shell", {"cmd": "cat ~/.git-credentials"}, gc),
        [(S, "bitbucket access token (ATCTT3)", bb), (S, "gitea token 40 hex in url", gt), (S, "gitlab deploy token", dt), (S, "github user-to-server token", gh2)])

    jp1, jp2, sq = pwd(16), pwd(20), "squ_" + hexs(40)
    jk = key("jenkins_ed25519").strip()
    out = ("Result:\nid=nexus-deploy  class=UsernamePasswordCredentialsImpl  username=deploy  password=%s\n"
           "id=ldap-bind  class=UsernamePasswordCredentialsImpl  username=cn=jenkins,ou=svc,dc=acme,dc=de  password=%s\n"
           "id=sonar-token  class=StringCredentialsImpl  secret=%s\nid=git-ssh  class=BasicSSHUserPrivateKey  username=git  privateKey=\n%s\n" % (jp1, jp2, sq, jk))
    add("p_jenkins_script_console_dump", anth_tool([{"type": "text", "text": "I ran the credentials dump groovy from the wiki; which ones are unused?"}], "Bash",
                                                   {"command": "cat /tmp/jenkins-creds-dump.txt"}, out),
        [(S, "jenkins credential password", jp1), (S, "ldap bind password", jp2), (S, "sonarqube token", sq), (K, "openssh key in jenkins dump", jk)])

    nt, gb = "npm_" + rs(36), gh("ghs_")
    dh = ("IMAGE          CREATED        CREATED BY                                                                                   SIZE\n"
          "sha256:%s   2 hours ago    CMD [\"node\" \"dist/main.js\"]                                                               0B\n"
          "<missing>      2 hours ago    |2 GITHUB_TOKEN=%s NPM_TOKEN=%s /bin/sh -c npm ci --omit=dev   182MB\n"
          "<missing>      2 hours ago    ARG NPM_TOKEN                                                                              0B\n"
          "<missing>      3 weeks ago    /bin/sh -c #(nop) ENV NODE_VERSION=20.18.0                                                 0B\n" % (hexs(12), gb, nt))
    add("p_docker_history_build_args", resp("Image is 400 MB, here is docker history --no-trunc (trimmed):\n" + dh),
        [(S, "github token as build arg in image history", gb), (S, "npm token as build arg", nt)])

    hp1, hp2, hp3 = pwd(20), pwd(18), pwd(24)
    mk = ("deploy-prod:\n\thelm upgrade --install shop bitnami/wordpress -n shop \\\n\t  --set-string wordpressPassword='%s' \\\n\t  --set mariadb.auth.rootPassword=%s,mariadb.auth.password=%s \\\n"
          "\t  --set image.tag=6.6.2 --atomic\n" % (hp1, hp2, hp3))
    add("p_makefile_helm_set_string", gem_fr("Why does the upgrade reset the admin password?", "read_file", {"path": "Makefile"}, {"content": mk}),
        [(S, "helm --set-string password", hp1), (S, "helm --set root password", hp2), (S, "helm --set db password", hp3)])

    pp = upw(16)
    env = "HOSTNAME=build-7\nhttps_proxy=http://svc-build:%s@proxy.acme-gmbh.de:3128\nNO_PROXY=localhost,127.0.0.1,.acme.internal\nLANG=C.UTF-8\n" % pp
    add("p_proxy_env_credentials", br_llama("pip cannot reach PyPI in the runner. env output:\n" + env), [(S, "proxy password in https_proxy", pp)])

    # ---------------------------------------------------------------- negatives
    add("n_webhook_url_dummies", anth("Document these for the README:\nSLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n"
                                           "DISCORD_WEBHOOK=https://discord.com/api/webhooks/<webhook_id>/<webhook_token>\nTEAMS_WEBHOOK={{ .Values.teams.webhookUrl }}\n"
                                           "ZAPIER_HOOK=${ZAPIER_HOOK_URL}\n"))
    add("n_urls_without_credentials", oai("Which of these remotes use HTTPS?\ngit@github.com:acme/api.git\nssh://git@gitlab.acme.de:2222/platform/infra.git\n"
                                          "https://mkowal@bitbucket.org/acme/legacy.git\npostgres://app@db.acme.internal:5432/shop?sslmode=verify-full\n"
                                          "https://${NEXUS_USER}:${NEXUS_PASS}@nexus.acme.internal/repository/npm/\nhttps://oauth2:${CI_JOB_TOKEN}@gitlab.acme.de/platform/charts.git\n"
                                          "amqp://guest:guest@localhost:5672/\n"))
    add("n_gcs_signed_and_cloudfront_urls", gem("Why do these expire early?\n\nhttps://storage.googleapis.com/acme-media/%s.jpg?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%%40acme-media.iam.gserviceaccount.com%%2F20251112%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=20251112T101500Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=%s\n\n"
                                                 "https://d1%s.cloudfront.net/video/intro.m3u8?Expires=1763200000&Signature=%s&Key-Pair-Id=K%s\n" % (ruuid(), hexs(512), rs(12, LO + DIG), rs(200, AL + "-~_"), rs(13, UP + DIG))))
    add("n_auth_header_references", br_titan("Explain each line:\ncurl -H \"Authorization: token $GITHUB_TOKEN\" https://api.github.com/user\n"
                                             "curl -H 'X-API-Key: {{apiKey}}' https://partner.example.net/v3/ping\ncurl -H \"Authorization: Bearer <token>\" https://api.acme.test/me\n"
                                             "curl -H \"api-key: ${AZURE_OPENAI_API_KEY}\" https://acme-oai.openai.azure.com/openai/models\nAuthorization: token ***\n"))
    add("n_cookies_non_session", conv("Which of these cookies need consent?\nCookie: _ga=GA1.1.%d.%d; _gid=GA1.1.%d.%d; csrftoken=%s; XSRF-TOKEN=%s; theme=dark; locale=de-DE; __stripe_mid=%s\n"
                                      % (R.randint(10 ** 8, 10 ** 9), 1762000000, R.randint(10 ** 8, 10 ** 9), 1763000000, rs(32), rs(40), ruuid())))
    add("n_jenkins_jcasc_references", br_cohere("Is this JCasC valid?\ncredentials:\n  system:\n    domainCredentials:\n    - credentials:\n      - usernamePassword:\n"
                                                "          id: nexus-deploy\n          username: deploy\n          password: ${NEXUS_DEPLOY_PASSWORD}\n      - string:\n"
                                                "          id: sonar-token\n          secret: ${readFile:/run/secrets/sonar_token}\n      - basicSSHUserPrivateKey:\n"
                                                "          id: git-ssh\n          privateKeySource:\n            directEntry:\n              privateKey: ${GIT_SSH_KEY}\n"))
    add("n_docker_build_secret_mounts", resp_fc("Is this build safe?", "read_file", {"path": "build.sh"},
                                                "DOCKER_BUILDKIT=1 docker build --secret id=npmrc,src=$HOME/.npmrc --build-arg VERSION=2.4.1 --build-arg GIT_SHA=%s "
                                                "--build-arg BUILD_DATE=2025-11-12T09:00:00Z -t ghcr.io/acme/api:%s .\n# Dockerfile\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n" % (hexs(40), hexs(7))))
    add("n_helm_set_nonsecret", legacy("Explain: helm upgrade --install api ./chart --set image.tag=sha-%s --set replicaCount=3 --set ingress.hosts[0].host=api.acme.test "
                                       "--set auth.existingSecret=api-db-credentials --set-string podAnnotations.checksum=%s\nExplanation:" % (hexs(7), hexs(64))))
    add("n_proxy_env_no_creds", oai_parts("env | grep -i proxy\nhttp_proxy=http://proxy.acme-gmbh.de:3128\nhttps_proxy=http://proxy.acme-gmbh.de:3128\n"
                                          "NO_PROXY=localhost,127.0.0.1,169.254.169.254,.svc,.cluster.local\nPIP_INDEX_URL=https://nexus.acme.internal/repository/pypi-group/simple\n"))
    add("n_s3_public_object_urls", br_mistral("Are these public? https://acme-public-assets.s3.eu-central-1.amazonaws.com/press/logo.svg s3://acme-artifacts/%s/app.zip "
                                              "https://acme-public-assets.s3.amazonaws.com/docs/manual.pdf?versionId=%s" % (hexs(40), rs(32, AL + "._"))))
