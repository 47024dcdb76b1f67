"""Theme 8 (hard negatives): cert-manager and keytool -list output, documented vendor examples (the Kubernetes docs'
Secret, AWS's EXAMPLE keys, Vault's dev-mode walkthrough), an encrypted PKCS#8 key with an RFC 4716 public key, nginx /
HAProxy configs, Prometheus rules and Grafana dashboards, Consul token lists (accessors only), Django settings from the
environment, Ansible templates for sssd / postfix, broker URLs from env and Kafka config providers, keystore scripts
with env: / file: passwords."""
import base64, json
from gen_common import R, rs, rb, hexs, key
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(80, 200))
    pad = V.pad

    # n21 cert-manager resources and keytool -list -v
    y = ("apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: letsencrypt-prod\nspec:\n  acme:\n    server: https://acme-v02.api.letsencrypt.org/directory\n"
         "    email: platform-certs@acme-platform.eu\n    privateKeySecretRef:\n      name: letsencrypt-prod-account-key\n    solvers:\n      - dns01:\n          route53:\n"
         "            region: eu-central-1\n            role: arn:aws:iam::%d:role/cert-manager\n---\napiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: grpc-gateway\n"
         "  namespace: edge\nspec:\n  secretName: grpc-gateway-tls\n  dnsNames: [grpc.acme-platform.eu]\n  issuerRef:\n    name: letsencrypt-prod\n    kind: ClusterIssuer\n"
         "  privateKey:\n    algorithm: ECDSA\n    size: 256\n    rotationPolicy: Always\n" % R.randint(10 ** 11, 10 ** 12 - 1))
    fp = lambda n: ":".join(hexs(2).upper() for _ in range(n))
    kl = ("Keystore type: PKCS12\nKeystore provider: SUN\n\nYour keystore contains 2 entries\n\nAlias name: partner-gw\nCreation date: 21 Nov 2025\nEntry type: PrivateKeyEntry\n"
          "Certificate chain length: 2\nCertificate[1]:\nOwner: CN=partner-gw.acme-platform.eu, O=Acme Platform B.V., C=NL\nIssuer: CN=Acme Platform Root CA, O=Acme Platform B.V., C=NL\n"
          "Serial number: %s\nValid from: Fri Nov 21 09:12:44 CET 2025 until: Sun Nov 21 09:12:44 CET 2027\nCertificate fingerprints:\n\t SHA1: %s\n\t SHA256: %s\n"
          "Signature algorithm name: SHA256withRSA\nSubject Public Key Algorithm: 2048-bit RSA key\nVersion: 3\n" % (hexs(32), fp(20), fp(32)))
    emit("n_cert_manager_keytool_list_env_storepass", next(sh), [("u", "Which certificate does the partner gateway present?"), ("t", "read", "deploy/edge/certs.yaml", y),
         ("t", "bash", "keytool -list -v -keystore build/partner-gw.p12 -storepass:env KEYSTORE_PASS", kl)] + pad("nes21", 3))

    # n22 documented vendor examples
    doc = ("## Creating a Secret (from the Kubernetes documentation)\n\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n"
           "  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n```\n\n## AWS CLI profile (from the AWS documentation)\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
           "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = eu-central-1\n```\n\n## Vault dev server\n\n```\n$ vault server -dev -dev-root-token-id=root\n"
           "$ export VAULT_ADDR='http://127.0.0.1:8200'\n$ export VAULT_TOKEN=root\n```\n\nNever use dev mode outside a laptop: it keeps data in memory and starts unsealed.\n")
    emit("n_documented_examples_k8s_aws_vault_dev", next(sh), [("u", "Turn our onboarding doc into a checklist"), ("t", "read", "docs/onboarding/secrets.md", doc)] + pad("nes22", 3))

    # n23 encrypted PKCS#8 key and an RFC 4716 public key
    ppk = key("jenkins_agent.ppk").split("\n")
    n_pub = int(ppk[3].split(": ")[1])
    rfc = "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"jenkins@build-ams3\"\n" + "\n".join(ppk[4:4 + n_pub]) + "\n---- END SSH2 PUBLIC KEY ----\n"
    emit("n_encrypted_pkcs8_rfc4716_pubkey", next(sh), [("u", "The webhook signer key is encrypted; which passphrase source does the service use?"),
         ("t", "bash", "cat secrets/webhook_signer.p8; cat keys/win-build.pub", key("webhook_enc.p8") + rfc),
         ("t", "bash", "grep -rn PASSPHRASE deploy/", "deploy/webhook/deployment.yaml:31:        - name: SIGNER_PASSPHRASE\ndeploy/webhook/deployment.yaml:33:              secretKeyRef: { name: webhook-signer, key: passphrase }")] + pad("nes23", 3))

    # n24 nginx and HAProxy configs: IPs, versions, certificate paths
    ng = ("upstream ledger_api {\n" + "".join("    server 10.40.3.%d:8080 max_fails=3 fail_timeout=10s;\n" % i for i in range(11, 17)) + "    keepalive 64;\n}\nserver {\n    listen 443 ssl;\n    http2 on;\n"
          "    server_name api.acme-platform.eu;\n    ssl_certificate     /etc/nginx/tls/api.crt;\n    ssl_certificate_key /etc/nginx/tls/api.key;\n    ssl_protocols TLSv1.2 TLSv1.3;\n"
          "    location / { proxy_pass http://ledger_api; proxy_set_header X-Request-Id $request_id; }\n}\n")
    hp = ("global\n    log /dev/log local0\n    maxconn 20000\ndefaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\nfrontend fe_https\n    bind :443 ssl crt /etc/haproxy/certs/\n"
          "    default_backend be_api\nbackend be_api\n    balance roundrobin\n" + "".join("    server api%d 10.40.3.%d:8080 check\n" % (i, i + 10) for i in range(1, 7)))
    emit("n_nginx_haproxy_ips_cert_paths", next(sh), [("u", "Should we drop nginx in front of haproxy?"), ("t", "read", "edge/nginx/api.conf", ng), ("t", "read", "edge/haproxy/haproxy.cfg", hp),
         ("t", "bash", "nginx -V 2>&1 | head -2; haproxy -v | head -1", "nginx version: nginx/1.27.3\nbuilt with OpenSSL 3.0.13 30 Jan 2024\nHAProxy version 3.0.6-1 2024/11/05 - https://haproxy.org/")] + pad("nes24", 3))

    # n25 Prometheus rules and a Grafana dashboard (uids)
    rules = "groups:\n  - name: ledger\n    rules:\n" + "".join("      - alert: Ledger%s\n        expr: %s\n        for: 10m\n        labels: { severity: %s }\n" % (
        n, e, s) for n, e, s in (("HighErrorRate", "sum(rate(http_requests_total{job=\"ledger\",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{job=\"ledger\"}[5m])) > 0.02", "page"),
                                 ("SlowP99", "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job=\"ledger\"}[5m]))) > 1.5", "ticket")))
    dash = json.dumps({"uid": rs(9), "title": "Ledger / Overview", "panels": [{"id": i, "type": "timeseries", "datasource": {"type": "prometheus", "uid": rs(9)},
                                                                              "targets": [{"expr": "sum(rate(http_requests_total{job=\"ledger\"}[5m]))", "refId": "A"}]} for i in range(1, 13)],
                       "version": 42, "schemaVersion": 39}, indent=1)
    emit("n_prometheus_rules_grafana_dashboard", next(sh), [("u", "Tune the ledger alerts, they page too often"), ("t", "read", "monitoring/rules/ledger.yaml", rules),
         ("t", "read", "monitoring/dashboards/ledger.json", dash)] + pad("nes25", 3))

    # n26 Consul token list with accessors only, consul intention list
    tl = json.dumps([{"AccessorID": V.uuid4(), "Description": d, "Policies": [{"ID": V.uuid4(), "Name": p}], "Local": False, "CreateTime": "2025-11-%02dT10:11:12Z" % R.randint(1, 28)}
                     for d, p in (("Bootstrap Token (Global Management)", "global-management"), ("agent token fra1", "agent-fra1"), ("nomad servers", "nomad-server"),
                                  ("vault storage", "vault-consul"), ("anonymous token", "dns-read"))], indent=2)
    emit("n_consul_token_list_accessors_only", next(sh), [("u", "Which consul tokens are still in use?"), ("t", "bash", "consul acl token list -format=json | jq 'map({AccessorID, Description, Policies, Local, CreateTime})'", tl)] + pad("nes26", 3))

    # n27 Django settings from the environment
    py = ("import environ\nenv = environ.Env()\n\nDEBUG = False\nSECRET_KEY = env('DJANGO_SECRET_KEY')\nALLOWED_HOSTS = env.list('ALLOWED_HOSTS')\n"
          "AUTH_LDAP_SERVER_URI = env('LDAP_URI', default='ldaps://dc01.ad.acme-kommune.dk')\nAUTH_LDAP_BIND_DN = env('LDAP_BIND_DN')\nAUTH_LDAP_BIND_PASSWORD = env('LDAP_BIND_PASSWORD')\n"
          "DATABASES = {'default': env.db('DATABASE_URL')}\nEMAIL_HOST_PASSWORD = env('EMAIL_HOST_PASSWORD', default='')\n")
    emit("n_django_settings_environ_ldap", next(sh), [("u", "Review the new settings module"), ("t", "read", "intranet/settings/production.py", py)] + pad("nes27", 3))

    # n28 Ansible templates for sssd and postfix
    t1 = ("[domain/acme.ie]\nid_provider = ldap\nldap_uri = {{ ldap_uris | join(', ') }}\nldap_default_bind_dn = {{ sssd_bind_dn }}\nldap_default_authtok_type = password\n"
          "ldap_default_authtok = {{ vault_sssd_bind_password }}\n")
    t2 = "[{{ smtp_relay_host }}]:587 {{ smtp_relay_user }}:{{ vault_smtp_relay_password }}\n"
    emit("n_ansible_templates_sssd_postfix", next(sh), [("u", "Lint the sssd and postfix roles"), ("t", "read", "roles/sssd/templates/sssd.conf.j2", t1), ("t", "read", "roles/postfix/templates/sasl_passwd.j2", t2),
         ("t", "read", "roles/sssd/tasks/main.yml", V.TO.ansible("nes28", 3000))] + pad("nes28", 2))

    # n29 Broker URLs from env, Kafka config provider
    py = ("import os\n\nbroker_url = 'amqps://orders:%s@rabbitmq.eu-west.acme-platform.eu:5671/orders' % os.environ['RABBITMQ_PASSWORD']\n"
          "result_backend = os.environ['REDIS_RESULT_URL']\n")
    props = ("bootstrap.servers=kafka-0.acme-platform.eu:9094\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nconfig.providers=file\n"
             "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\n"
             "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"${file:/opt/secrets/kafka.properties:username}\" password=\"${file:/opt/secrets/kafka.properties:password}\";\n")
    emit("n_broker_env_urls_kafka_config_provider", next(sh), [("u", "Harmonise broker configs"), ("t", "read", "orders/celeryconfig.py", py), ("t", "read", "connect/worker.properties", props)] + pad("nes29", 3))

    # n30 keystore script with env: and file: passwords
    scr = ("#!/usr/bin/env bash\nset -euo pipefail\nopenssl pkcs12 -export -in certs/partner-gw.crt -inkey certs/partner-gw.key -name partner-gw -out build/partner-gw.p12 -passout env:P12_PASS\n"
           "keytool -importkeystore -srckeystore build/partner-gw.p12 -srcstoretype PKCS12 -srcstorepass:env P12_PASS -destkeystore build/partner-gw.jks -deststorepass:file /run/secrets/jks_pass\n")
    emit("n_keystore_script_env_file_passwords", next(sh), [("u", "Rewrite the keystore build to avoid literal passwords (done?)"), ("t", "read", "scripts/build-keystore.sh", scr)] + pad("nes30", 3))
