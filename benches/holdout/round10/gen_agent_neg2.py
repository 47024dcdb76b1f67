"""Theme 7 (hard negatives): CircleCI / Buildkite references, Spring Jasypt ENC() and Vault references, .NET Key Vault
references and protected configuration, go.sum and envconfig, Laravel .env.example and wp-config-sample.php (vendor
text), Kamal secret commands and an encrypted Rails credentials file, an Ansible inventory with vault variables,
public keys / certificates / JWKS, image digests and lockfile integrity, Terraform plans with sensitive values."""
import base64, json
from gen_common import R, rs, rb, hexs, key, V7
from gen_sess import emit
import gen_vals as V
from gen_agent_ops import vault_blob


def b(n):
    return base64.b64encode(rb(n)).decode()


def build():
    sh = iter(range(60, 200))
    pad = V.pad

    # n11 CircleCI contexts and Buildkite secrets plugin
    cc = ("version: 2.1\norbs:\n  aws-cli: circleci/aws-cli@5.1\nworkflows:\n  release:\n    jobs:\n      - publish:\n          context: [org-global, docker-hub-creds]\n"
          "jobs:\n  publish:\n    docker:\n      - image: cimg/node:22.11\n        auth:\n          username: $DOCKERHUB_USER\n          password: $DOCKERHUB_PASSWORD\n"
          "    steps:\n      - checkout\n      - run: npm ci && npm run build\n")
    bk = ("steps:\n  - label: \":docker: build\"\n    command: make image\n    plugins:\n      - seek-oss/aws-sm#v2.3.2:\n          env:\n            NPM_TOKEN: buildkite/platform/npm-token\n"
          "            SONAR_TOKEN:\n              secret-id: buildkite/platform/sonar\n      - docker-login#v3.0.0:\n          username: acmebuild\n          password-env: DOCKER_LOGIN_PASSWORD\n")
    emit("n_circleci_contexts_buildkite_secrets_plugin", next(sh), [("u", "Align the CircleCI and Buildkite pipelines"), ("t", "read", ".circleci/config.yml", cc),
         ("t", "read", ".buildkite/pipeline.yml", bk)] + pad("nes11", 3))

    # n12 Spring with Jasypt ENC() ciphertext and env / Vault references
    y = ("spring:\n  datasource:\n    url: jdbc:postgresql://claims-db.internal:5432/claims\n    username: ${DB_USER:claims_app}\n    password: ${DB_PASSWORD}\n  mail:\n"
         "    password: ENC(%s)\n  rabbitmq:\n    password: ENC(%s)\n  cloud:\n    vault:\n      uri: https://vault.acme-platform.eu:8200\n      authentication: KUBERNETES\n"
         "      kubernetes:\n        role: claims-service\n      kv:\n        enabled: true\n        backend: kv\nserver:\n  ssl:\n    key-store-password: ${vault.claims.keystore-password}\n"
         "jasypt:\n  encryptor:\n    password: ${JASYPT_ENCRYPTOR_PASSWORD}\n    algorithm: PBEWITHHMACSHA512ANDAES_256\n" % (b(48), b(48)))
    emit("n_spring_jasypt_enc_vault_refs", next(sh), [("u", "Where does the claims service get its secrets now?"), ("t", "read", "src/main/resources/application-prod.yml", y)] + pad("nes12", 3))

    # n13 .NET: Key Vault references, protected configuration section, machineKey AutoGenerate
    js = ('{\n  "ConnectionStrings": {\n    "Default": "@Microsoft.KeyVault(SecretUri=https://kv-claims-prod.vault.azure.net/secrets/sql-conn/)",\n'
          '    "ServiceBus": "@Microsoft.KeyVault(VaultName=kv-claims-prod;SecretName=servicebus-conn)"\n  },\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n'
          '    "TenantId": "%s",\n    "ClientId": "%s",\n    "ClientCredentials": [ { "SourceType": "KeyVault", "KeyVaultUrl": "https://kv-claims-prod.vault.azure.net", "KeyVaultCertificateName": "claims-api" } ]\n  }\n}\n' % (V.uuid4(), V.uuid4()))
    xml = ('<configuration>\n  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">\n    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">\n'
           '      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />\n      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">\n        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">\n'
           '          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>\n          <CipherData><CipherValue>%s</CipherValue></CipherData>\n        </EncryptedKey>\n      </KeyInfo>\n'
           '      <CipherData><CipherValue>%s</CipherValue></CipherData>\n    </EncryptedData>\n  </connectionStrings>\n  <system.web>\n    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" />\n'
           '  </system.web>\n</configuration>\n' % (b(256), b(384)))
    emit("n_dotnet_keyvault_refs_protected_config", next(sh), [("u", "Check the prod config for anything in clear text"), ("t", "read", "src/Claims.Api/appsettings.Production.json", js),
         ("t", "read", "Portal.Web/Web.config", xml)] + pad("nes13", 3))

    # n14 go.mod / go.sum and an envconfig struct
    mods = ["github.com/jackc/pgx/v5 v5.7.1", "github.com/redis/go-redis/v9 v9.7.0", "github.com/nats-io/nats.go v1.37.0", "go.uber.org/zap v1.27.0",
            "github.com/kelseyhightower/envconfig v1.4.0", "golang.org/x/crypto v0.29.0", "google.golang.org/grpc v1.68.0", "github.com/prometheus/client_golang v1.20.5"]
    gs = "".join("%s h1:%s\n%s/go.mod h1:%s\n" % (m, b(32), m, b(32)) for m in mods * 3)
    cfg = ('package config\n\ntype Config struct {\n\tListen      string        `envconfig:"LISTEN" default:":8080"`\n\tMySQLDSN    string        `envconfig:"MYSQL_DSN" required:"true"`\n'
           '\tRedisURL    string        `envconfig:"REDIS_URL" required:"true"`\n\tDBPassword  string        `envconfig:"DB_PASSWORD" required:"true" json:"-"`\n}\n')
    emit("n_go_sum_envconfig_struct", next(sh), [("u", "Bump pgx and check nothing else moves"), ("t", "read", "go.sum", gs), ("t", "read", "internal/config/config.go", cfg)] + pad("nes14", 2))

    # n15 Laravel .env.example and wp-config-sample.php
    ex = ("APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY=\nAPP_DEBUG=true\nAPP_URL=http://localhost\n\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=3306\nDB_DATABASE=laravel\n"
          "DB_USERNAME=root\nDB_PASSWORD=\n\nREDIS_HOST=127.0.0.1\nREDIS_PASSWORD=null\nREDIS_PORT=6379\n\nMAIL_MAILER=log\nMAIL_USERNAME=null\nMAIL_PASSWORD=null\n"
          "PUSHER_APP_ID=\nPUSHER_APP_KEY=\nPUSHER_APP_SECRET=\n")
    wp = ("<?php\ndefine( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );\ndefine( 'DB_PASSWORD', 'password_here' );\ndefine( 'DB_HOST', 'localhost' );\n"
          + "".join("define( '%s',%s'put your unique phrase here' );\n" % (n, " " * (17 - len(n))) for n in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT",
                                                                                                        "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")) + "$table_prefix = 'wp_';\n")
    emit("n_laravel_env_example_wp_config_sample", next(sh), [("u", "Set up the local dev stack for both apps"), ("t", "read", "portail/.env.example", ex),
         ("t", "read", "magazin/wp-config-sample.php", wp)] + pad("nes15", 3))

    # n16 Kamal secrets via commands, encrypted Rails credentials
    ks = ("SECRETS=$(kamal secrets fetch --adapter 1password --account acme --from Platform/shop-prod KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY)\n"
          "KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)\nRAILS_MASTER_KEY=$(kamal secrets extract RAILS_MASTER_KEY $SECRETS)\n")
    cr = "%s--%s--%s" % (b(420), b(12), b(16))
    emit("n_kamal_secret_commands_rails_credentials_enc", next(sh), [("u", "Make kamal pull secrets from 1Password instead of files"), ("t", "read", ".kamal/secrets", ks),
         ("t", "bash", "cat config/credentials/production.yml.enc", cr)] + pad("nes16", 3))

    # n17 Ansible inventory referencing vault variables + ciphertext
    inv = ("[legacy_pos]\npos-gw01 ansible_host=10.12.8.40 ansible_user=posadmin ansible_password=\"{{ vault_pos_password }}\" ansible_become_password=\"{{ vault_pos_become }}\"\n"
           "\n[all:vars]\nansible_python_interpreter=/usr/bin/python3\n")
    emit("n_ansible_inventory_vault_vars_ciphertext", next(sh), [("u", "Move the POS passwords into vault"), ("t", "read", "inventories/prod/hosts.ini", inv),
         ("t", "read", "inventories/prod/group_vars/legacy_pos/vault.yml", vault_blob(7))] + pad("nes17", 3))

    # n18 Public material: JWKS, CA certificate, SSH public keys, PGP public key, RFC 4716 export
    jwks = json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "n": base64.urlsafe_b64encode(rb(256)).decode().rstrip("="), "e": "AQAB"},
                                {"kty": "EC", "use": "sig", "crv": "P-256", "kid": hexs(16), "x": base64.urlsafe_b64encode(rb(32)).decode().rstrip("="),
                                 "y": base64.urlsafe_b64encode(rb(32)).decode().rstrip("=")}]}, indent=2)
    emit("n_public_jwks_certs_ssh_pgp_pubkeys", next(sh), [("u", "Collect the public material we need to publish for partners"),
         ("t", "bash", "curl -s https://sso.acme-platform.eu/realms/platform/protocol/openid-connect/certs | jq .", jwks), ("t", "bash", "cat pki/ingress_ca.crt pki/saml_sp.pub", key("ingress_ca.crt") + key("saml_sp.pub")),
         ("t", "bash", "cat ~/.ssh/authorized_keys; gpg --armor --export release-signing@acme-platform.eu", key("ops_ed25519.pub") + key("deploy_ed25519.pub") + key("release_signing.pub.asc"))] + pad("nes18", 2))

    # n19 Image digests, Helm repo index digests, package-lock integrity
    pods = json.dumps({"items": [{"metadata": {"name": "api-%s-%s" % (hexs(10), rs(5, "abcdefghijklmnopqrstuvwxyz0123456789")), "uid": V.uuid4()},
                                  "status": {"containerStatuses": [{"image": "registry.acme-platform.eu/ledger/api:2.14.0", "imageID": "registry.acme-platform.eu/ledger/api@sha256:" + hexs(64),
                                                                    "containerID": "containerd://" + hexs(64)}]}} for _ in range(6)]}, indent=1)
    idx = "apiVersion: v1\nentries:\n  gateway:\n" + "".join("  - apiVersion: v2\n    created: \"2025-11-%02dT10:00:00Z\"\n    digest: %s\n    name: gateway\n    version: 1.%d.0\n" % (R.randint(1, 28), hexs(64), i) for i in range(8))
    emit("n_image_digests_helm_index_lock_integrity", next(sh), [("u", "Which digest is actually running vs what the chart index says?"), ("t", "bash", "kubectl -n ledger get pods -o json | jq '{items: [.items[] | {metadata: {name, uid}, status: {containerStatuses}}]}'", pods),
         ("t", "read", "charts/index.yaml", idx), ("t", "read", "web/package-lock.json", V.TO.npm_lock("nes19", 12000))] + pad("nes19", 1))

    # n20 Terraform plan with sensitive values and random_password
    plan = ("Terraform will perform the following actions:\n\n  # random_password.db will be created\n  + resource \"random_password\" \"db\" {\n      + id          = (known after apply)\n"
            "      + length      = 32\n      + result      = (sensitive value)\n      + special     = true\n    }\n\n  # aws_db_instance.ledger will be created\n  + resource \"aws_db_instance\" \"ledger\" {\n"
            "      + engine            = \"postgres\"\n      + engine_version    = \"16.4\"\n      + password          = (sensitive value)\n      + username          = \"ledger\"\n    }\n\n"
            "  # vault_kv_secret_v2.ledger_db will be created\n  + resource \"vault_kv_secret_v2\" \"ledger_db\" {\n      + data_json = (sensitive value)\n      + mount     = \"kv\"\n"
            "      + name      = \"ledger/prod/db\"\n    }\n\nPlan: 3 to add, 0 to change, 0 to destroy.\n")
    emit("n_terraform_plan_sensitive_random_password", next(sh), [("u", "Review this plan before I apply"), ("t", "bash", "terraform plan -no-color", V.TO.terraform("nes20", 4000) + "\n" + plan)] + pad("nes20", 2))
