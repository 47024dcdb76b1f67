"""Theme 3 (hard negatives): the same agent sessions with nothing sensitive but everything that looks like it: env
references, secret-manager calls, dummies in .env.example, encrypted files, masked CI output, noreply git authors,
lockfile integrity hashes, digests, UUIDs, documented sample tokens in tests, public keys and certificates."""
from gen_common import R, rs, hexs, b64, rb, key, ruuid
from gen_sess import reads, emit
import gen_text_code as TC
import gen_text_ops as TO

JWTIO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
         "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def build():
    n = [0]

    def E(name, lang, ask, extra, nreads=4, size=8000):
        n[0] += 1
        emit(name, n[0], [("u", ask)] + reads(lang, name, nreads, size) + extra)

    E("n_nextjs_env_example_zod", "ts", "add a feature flag for the new cart drawer", [
        ("t", "read", ".env.example", "NEXTAUTH_URL=http://localhost:3000\nNEXTAUTH_SECRET=changeme\nDATABASE_URL=postgresql://postgres:postgres@localhost:5432/shop\n"
         "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxx\nOPENAI_API_KEY=\n"),
        ("t", "read", "lib/env.ts", "import { z } from 'zod';\n\nexport const env = z.object({\n  DATABASE_URL: z.string().url(),\n  NEXTAUTH_SECRET: z.string().min(32),\n"
         "  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),\n  OPENAI_API_KEY: z.string().optional(),\n}).parse(process.env);\n")], 7, 10000)
    E("n_django_settings_from_environ", "py", "switch email backend to anymail with Postmark", [
        ("t", "read", "shop/settings/base.py", "import environ\n\nenv = environ.Env()\nSECRET_KEY = env('DJANGO_SECRET_KEY')\nEMAIL_HOST_PASSWORD = env('SENDGRID_API_KEY', default='')\n"
         "DATABASES = {'default': env.db('DATABASE_URL')}\nPASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']\nAUTH_PASSWORD_VALIDATORS = [\n"
         "    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 12}},\n]\n")], 6, 9000)
    E("n_go_vault_kv_client", "go", "add a retry around the vault read", [
        ("t", "read", "internal/secrets/vault.go", 'package secrets\n\nfunc Load(ctx context.Context, c *vault.Client) (*DB, error) {\n\ts, err := c.KVv2("secret").Get(ctx, "shop/db")\n'
         '\tif err != nil {\n\t\treturn nil, fmt.Errorf("vault read: %w", err)\n\t}\n\treturn &DB{User: s.Data["username"].(string), Password: s.Data["password"].(string)}, nil\n}\n'),
        ("t", "bash", "go test ./internal/secrets/...", "ok  \tgithub.com/acme/shop/internal/secrets\t0.412s\tcoverage: 81.3% of statements")], 5, 9000)
    E("n_spring_yml_env_refs_pubkey", "java", "rotate the JWT verification key", [
        ("t", "read", "src/main/resources/application.yml", "spring:\n  datasource:\n    url: ${DB_URL}\n    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n"
         "cloud:\n  aws:\n    credentials:\n      access-key: ${AWS_ACCESS_KEY_ID:}\n      secret-key: ${AWS_SECRET_ACCESS_KEY:}\napp:\n  jwt:\n    public-key: classpath:keys/jwt-verify.pem\n"),
        ("t", "read", "src/main/resources/keys/jwt-verify.pem", key("jwt_es256_pub.pem"))], 5, 9000)
    E("n_rails_credentials_encrypted", "rb", "add a new credential for the shipping API", [
        ("t", "read", "config/credentials/production.yml.enc", b64(rb(420)) + "--" + b64(rb(12)) + "--" + b64(rb(16))),
        ("t", "bash", "bin/rails credentials:show -e production", "Missing 'config/credentials/production.key' to decrypt credentials. See `bin/rails credentials:help`")], 6, 7000)
    E("n_rust_cli_env_config_tests", "rs", "make the API key come from the keyring instead of env", [
        ("t", "read", "src/config.rs", 'pub fn api_key() -> Result<String> {\n    std::env::var("ANTHROPIC_API_KEY").context("set ANTHROPIC_API_KEY or run `notes login`")\n}\n'
         '\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn redacts_key_in_debug() {\n        let c = Config { api_key: "sk-ant-test".into(), ..Default::default() };\n'
         '        assert_eq!(format!("{c:?}").contains("sk-ant-test"), false);\n    }\n}\n'),
        ("t", "bash", "cargo test -q", "running 42 tests\n..........................................\ntest result: ok. 42 passed; 0 failed; 0 ignored; finished in 0.38s")], 5, 8000)
    E("n_terraform_sensitive_plan", "go", "why does plan show a diff on the rds module every time", [
        ("t", "read", "modules/rds/variables.tf", 'variable "master_password" {\n  type      = string\n  sensitive = true\n}\n\nvariable "allowed_cidrs" {\n  type    = list(string)\n  default = ["10.20.0.0/16"]\n}\n'),
        ("t", "read", "modules/rds/main.tf", TO.terraform("n-rds", 12000)),
        ("t", "bash", "terraform plan -no-color | tail -30", '  # module.rds.aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n'
         '        id       = "shop-prod"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.')], 1, 6000)
    E("n_ansible_vault_encrypted_vars", "py", "add a new db user for reporting", [
        ("t", "read", "inventories/prod/group_vars/db/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(24))),
        ("t", "read", "inventories/prod/group_vars/db/vars.yml", "mysql_users:\n  - name: shop\n    password: \"{{ vault_mysql_shop_password }}\"\n  - name: reporting\n"
         "    password: \"{{ vault_mysql_reporting_password }}\"\n    priv: \"shop.*:SELECT\"\n"), ("t", "read", "roles/db/tasks/main.yml", TO.ansible("n-ans", 9000))], 2, 6000)
    E("n_helm_existing_secret_refs", "go", "move the chart to use the external-secrets operator", [
        ("t", "read", "charts/shop/values.yaml", TO.helm_values("n-helm", 12000) + "\npostgresql:\n  auth:\n    existingSecret: shop-db\n    secretKeys:\n"
         "      adminPasswordKey: postgres-password\n      userPasswordKey: password\n"),
        ("t", "read", "charts/shop/templates/deployment.yaml", "        env:\n          - name: DATABASE_PASSWORD\n            valueFrom:\n              secretKeyRef:\n"
         "                name: {{ .Values.postgresql.auth.existingSecret }}\n                key: password\n")], 2, 6000)
    E("n_gha_log_masked_secrets", "ts", "the deploy job is flaky, look at the last failed run", [
        ("t", "bash", "gh run view 11902201 --log-failed", TO.ci_log("n-ci", 30000, ["::add-mask::***", "+ echo '//registry.npmjs.org/:_authToken=***' > .npmrc",
                                                                                  "  NODE_AUTH_TOKEN: ***", "  AWS_ACCESS_KEY_ID: ***", "Error: Process completed with exit code 1."]))], 3, 8000)
    E("n_git_log_noreply_authors", "py", "write release notes for everything since v2025.10.0", [
        ("t", "bash", "git log v2025.10.0..HEAD", TO.git_log("n-gl", 400))], 2, 6000)
    E("n_git_diff_refactor_go", "go", "review this refactor", [
        ("t", "bash", "git diff main...HEAD", "\n".join(TO.git_diff("n-gd%d" % i, "internal/orders/handler.go", TC.go_file("o%d" % i, 900), TC.go_file("p%d" % i, 900)) for i in range(14)))], 2, 6000)
    E("n_npm_lockfile_install", "ts", "npm install is slow in CI, can we dedupe?", [
        ("t", "read", "package-lock.json", TO.npm_lock("n-lock", 160000)), ("t", "bash", "npm install", TO.npm_install("n-ni", 4000))], 1, 6000)
    E("n_pip_hashes_requirements", "py", "pin boto3 and regenerate hashes", [
        ("t", "read", "requirements.txt", "\n".join("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (p, TO.ver(R), hexs(64), hexs(64)) for p in TO.PYPK * 3)),
        ("t", "bash", "pip install -r requirements.txt", TO.pip_install("n-pip", 15000))], 2, 6000)
    E("n_docker_build_digests", "go", "the image is 1.2 GB, make it smaller", [
        ("t", "read", "Dockerfile", "# syntax=docker/dockerfile:1.7\nFROM golang:1.23@sha256:%s AS build\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n"
         "FROM gcr.io/distroless/static@sha256:%s\nCOPY --from=build /out/api /api\nENTRYPOINT [\"/api\"]\n" % (hexs(64), hexs(64))),
        ("t", "bash", "docker build --progress=plain .", TO.docker_build("n-db", 25000))], 3, 7000)
    E("n_python_traceback_psycopg", "py", "celery tasks crash at night", [("t", "bash", "kubectl logs deploy/worker --since=12h | tail -80", "\n\n".join(TO.stack_py("n-tb%d" % i) for i in range(10)))], 5, 8000)
    E("n_sql_migrations_example_seed", "py", "squash the migrations in db/", [("t", "read", "db/migrations/20251101_init.sql", TO.sql_migration("n-sql", 20000, 40))], 3, 7000)
    E("n_i18n_locales_auth_strings", "ts", "find missing keys between de and fr", [("t", "read", "messages/%s.json" % l, TO.i18n("n-i18n", l, 25000)) for l in ("de", "fr", "en")], 1, 5000)
    E("n_openapi_spec_bearer", "java", "generate a TS client from the spec", [("t", "read", "api/openapi.yaml", TO.openapi("n-oas", 40000))], 2, 6000)
    E("n_jest_fixtures_documented_samples", "ts", "why does the auth middleware test fail on node 22?", [
        ("t", "read", "tests/auth.test.ts", "// sample token from jwt.io, signature irrelevant for decode tests\nconst SAMPLE_JWT = '%s';\n"
         "const FAKE_AWS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };\n"
         "const STRIPE_TEST = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';\n\ntest('decodes sub', () => {\n  expect(decode(SAMPLE_JWT).sub).toBe('1234567890');\n});\n" % JWTIO),
        ("t", "bash", "npx vitest run tests/auth.test.ts", " FAIL  tests/auth.test.ts > decodes sub\nTypeError: Cannot read properties of undefined (reading 'split')\n Test Files  1 failed (1)")], 5, 8000)
    E("n_changelog_and_versions", "rb", "prepare the 2025.11 release", [("t", "read", "CHANGELOG.md", TO.changelog("n-cl", 40000))], 2, 6000)
    E("n_cargo_lock_checksums", "rs", "bump tokio and check for duplicate deps", [("t", "read", "Cargo.lock", "\n".join(
        '[[package]]\nname = "%s"\nversion = "%s"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n' % (rs(7, "abcdefghijklmnopqrstuvwxyz"), TO.ver(R), hexs(64)) for _ in range(500)))], 2, 6000)
    E("n_k8s_manifests_digests_refs", "go", "add a PodDisruptionBudget", [("t", "read", "k8s/deployment.yaml", "\n---\n".join(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  uid: %s\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n"
        "          image: registry.acme.internal/%s@sha256:%s\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: %s-db, key: password}\n"
        % (e, ruuid(), e, hexs(64), e) for e in TC.ENT * 2))], 3, 6000)
    E("n_authorized_keys_and_cert", "go", "set up the new bastion", [
        ("t", "read", "infra/bastion/authorized_keys", key("ci_ed25519.pub") + key("ops_rsa.pub")), ("t", "read", "infra/ingress/tls.crt", key("ingress.crt")),
        ("t", "bash", "ssh-keyscan github.com 2>/dev/null | head -3", "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")], 3, 6000)
    E("n_cli_status_outputs_masked", "py", "my deploy script can't authenticate anywhere, check my CLIs", [
        ("t", "bash", "gh auth status; aws sts get-caller-identity; kubectl get secrets -n shop", "github.com\n  ✓ Logged in to github.com account acme-dev (keyring)\n"
         "  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'\n{\n    \"UserId\": \"AROA%s:dev\",\n    \"Account\": \"%d\",\n"
         "    \"Arn\": \"arn:aws:sts::%d:assumed-role/Developer/dev\"\n}\nNAME            TYPE                             DATA   AGE\nshop-db         Opaque                           2      211d\n"
         "regcred         kubernetes.io/dockerconfigjson   1      390d\nshop-tls        kubernetes.io/tls                2      12d" % (rs(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 480213377612, 480213377612))], 4, 7000)
    E("n_pytest_output_long", "py", "which tests got slower?", [("t", "bash", "pytest --durations=0 -q", "\n".join(
        "%.2fs call     tests/%s/test_%s.py::test_%s_%s[%s]" % (R.random() * 3, R.choice(TC.ENT), R.choice(TC.ENT), R.choice(TC.VERB), R.choice(TC.ENT), ruuid()[:8]) for _ in range(900)))], 2, 6000)
    E("n_prisma_schema_env", "ts", "add soft delete to orders", [("t", "read", "prisma/schema.prisma", "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
                                                                + "\n".join("model %s {\n  id String @id @default(uuid())\n  createdAt DateTime @default(now())\n}\n" % TC.pascal(e) for e in TC.ENT))], 6, 9000)
    E("n_rails_log_filtered_params", "rb", "sign-up is slow, see the log", [("t", "bash", "tail -400 log/production.log", "\n".join(
        "I, [2025-11-20T09:%02d:%02d.%06d #%d]  INFO -- : [%s] Parameters: {\"user\"=>{\"email\"=>\"[FILTERED]\", \"password\"=>\"[FILTERED]\", \"password_confirmation\"=>\"[FILTERED]\"}, \"commit\"=>\"Sign up\"}"
        % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), R.randint(100, 999), ruuid()) for _ in range(300)))], 2, 6000)
    E("n_readme_curl_env_examples", "go", "document the API auth in the README", [("t", "read", "README.md", "## Authentication\n\n```bash\nexport SHOP_API_TOKEN=...\n"
        "curl -H \"Authorization: Bearer $SHOP_API_TOKEN\" https://api.example.com/v1/orders\n```\n\nTokens look like `shop_live_XXXXXXXXXXXXXXXX`; never commit them.\n" + TO.changelog("n-rd", 8000))], 5, 8000)
    E("n_monorepo_big_session", "ts", "give me an overview of how orders flow through the system", reads("go", "n-big-go", 5, 10000) + reads("py", "n-big-py", 5, 10000), 6, 10000)
