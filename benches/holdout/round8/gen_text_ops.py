"""Round 8 ordinary ops / project text: Terraform, Ansible, Helm, SQL migrations and seed data, i18n, OpenAPI,
lockfiles, CHANGELOGs, stack traces, CI logs, git log / diff, npm / pip install output, Docker build logs.  Seeded per
call (own Random).  Hard-negative look-alikes live here by design: integrity hashes, digests, git SHAs, UUIDs, example.com
seed users, env references, timestamps and version strings; nothing sensitive."""
import base64, hashlib, json

from gen_text_code import rng, ENT, VERB, pascal, camel, _fill

PKGS = ["react", "react-dom", "next", "zod", "swr", "clsx", "date-fns", "lodash", "axios", "tailwindcss", "postcss", "eslint", "typescript",
        "@types/node", "@types/react", "prettier", "vitest", "jsdom", "@tanstack/react-query", "framer-motion", "uuid", "semver", "chalk",
        "commander", "dotenv", "pino", "undici", "ws", "esbuild", "rollup", "picomatch", "micromatch", "braces", "fill-range", "yaml"]
PYPK = ["Django", "djangorestframework", "psycopg", "celery", "redis", "gunicorn", "boto3", "botocore", "requests", "urllib3", "idna",
        "certifi", "charset-normalizer", "pydantic", "pytest", "pytest-django", "factory-boy", "sentry-sdk", "whitenoise", "structlog"]
NAMES = ["Lena Schneider", "Marco Rossi", "Priya Patel", "Kenji Tanaka", "Chloe Dubois", "Daan Jansen", "Zofia Kowalski", "Erik Lindqvist"]


def hx(T, n):
    return "".join(T.choice("0123456789abcdef") for _ in range(n))


def ver(T):
    return "%d.%d.%d" % (T.randint(0, 18), T.randint(0, 30), T.randint(0, 20))


def ts(T, day=None):
    return "2025-11-%02dT%02d:%02d:%02d.%03dZ" % (day or T.randint(1, 28), T.randint(0, 23), T.randint(0, 59), T.randint(0, 59), T.randint(0, 999))


def terraform(seed, nbytes=5000):
    def unit(T, i):
        e = T.choice(ENT)
        if i == 0:
            return ('terraform {\n  required_version = ">= 1.6"\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.%d" }\n  }\n'
                    '  backend "s3" {\n    bucket = "acme-tf-state"\n    key    = "%s/terraform.tfstate"\n    region = "eu-central-1"\n  }\n}\n') % (T.randint(20, 80), seed)
        return ('resource "aws_sqs_queue" "%s_%d" {\n  name                       = "${var.env}-%s-events"\n  visibility_timeout_seconds = %d\n'
                '  kms_master_key_id          = aws_kms_key.queues.arn\n  tags                       = local.tags\n}\n\n'
                'data "aws_secretsmanager_secret_version" "%s_%d" {\n  secret_id = "${var.env}/%s/api"\n}\n\n'
                'variable "%s_retention_days" {\n  type    = number\n  default = %d\n}\n') % (e, i, e, T.choice([30, 60, 300]), e, i, e, e, T.choice([7, 14, 30]))
    return _fill(seed, nbytes, unit)


def ansible(seed, nbytes=4000):
    def unit(T, i):
        e = T.choice(ENT)
        return ("- name: Ensure %s service directory exists\n  ansible.builtin.file:\n    path: /opt/%s\n    state: directory\n    owner: \"{{ app_user }}\"\n"
                "    mode: \"0750\"\n\n- name: Template %s config\n  ansible.builtin.template:\n    src: %s.conf.j2\n    dest: /etc/acme/%s.conf\n    mode: \"0640\"\n"
                "  notify: restart %s\n\n- name: Enable %s unit\n  ansible.builtin.systemd:\n    name: acme-%s\n    enabled: true\n    daemon_reload: true\n") % ((e,) * 8)
    return _fill(seed, nbytes, unit)


def helm_values(seed, nbytes=3000):
    def unit(T, i):
        e = T.choice(ENT)
        if i == 0:
            return ("replicaCount: %d\nimage:\n  repository: registry.acme.internal/shop/api\n  tag: \"%s\"\n  pullPolicy: IfNotPresent\n"
                    "imagePullSecrets:\n  - name: regcred\nserviceAccount:\n  create: true\n  annotations:\n"
                    "    eks.amazonaws.com/role-arn: arn:aws:iam::%d:role/shop-api\n") % (T.randint(2, 6), ver(T), T.randint(10 ** 11, 10 ** 12 - 1))
        return ("%sWorker:\n  enabled: %s\n  concurrency: %d\n  resources:\n    requests: { cpu: %dm, memory: %dMi }\n    limits: { memory: %dMi }\n"
                "  env:\n    - name: QUEUE_URL\n      valueFrom:\n        configMapKeyRef: { name: shop-queues, key: %s }\n") % (
            camel(e), T.choice(["true", "false"]), T.choice([2, 4, 8]), T.choice([100, 250]), T.choice([256, 512]), T.choice([512, 1024]), e)
    return _fill(seed, nbytes, unit)


def sql_migration(seed, nbytes=4000, seed_rows=0):
    T = rng(seed)
    out = ["-- migrate:up"]
    for e in T.sample(ENT, 6):
        out.append("CREATE TABLE IF NOT EXISTS %ss (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  status text NOT NULL DEFAULT 'new',\n"
                   "  total_cents bigint NOT NULL DEFAULT 0,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX %ss_status_idx ON %ss (status);" % (e, e, e))
    out.append("-- migrate:down\nDROP TABLE IF EXISTS %ss;" % ENT[0])
    if seed_rows:
        out.append("\n-- seed: local development users (all @example.com)\nINSERT INTO users (id, email, display_name, role) VALUES")
        rows = ["  ('%s-%s-4%s-a%s-%s', 'user%d@example.com', 'Test User %d', '%s')" % (hx(T, 8), hx(T, 4), hx(T, 3), hx(T, 3), hx(T, 12), k, k,
                                                                                     T.choice(["admin", "staff", "customer"])) for k in range(seed_rows)]
        out.append(",\n".join(rows) + ";")
    s = "\n".join(out)
    return s + "\n" + _fill(seed + "m", max(0, nbytes - len(s)), lambda T, i: "ALTER TABLE %ss ADD COLUMN IF NOT EXISTS %s_v%d text;" % (T.choice(ENT), T.choice(ENT), i)) if nbytes > len(s) else s


def i18n(seed, lang="de", nbytes=4000):
    W = {"de": ["Passwort vergessen?", "Anmelden", "Bestellung", "Warenkorb", "Zur Kasse", "Token abgelaufen", "Geheimer Schlüssel", "Rechnung"],
         "fr": ["Mot de passe oublié ?", "Connexion", "Commande", "Panier", "Paiement", "Jeton expiré", "Clé secrète", "Facture"],
         "en": ["Forgot password?", "Sign in", "Order", "Cart", "Checkout", "Token expired", "Secret key", "Invoice"]}[lang]
    T = rng(seed)
    d = {}
    while len(json.dumps(d)) < nbytes:
        d["%s.%s.%s" % (T.choice(ENT), T.choice(VERB), T.choice(["title", "label", "hint", "error", "cta"]))] = T.choice(W) + T.choice(["", " ({{count}})", " – {{name}}"])
    d["auth.password.label"] = W[0]
    d["auth.apiToken.label"] = W[5]
    return json.dumps(d, indent=2, ensure_ascii=False)


def openapi(seed, nbytes=6000):
    def unit(T, i):
        e = T.choice(ENT)
        if i == 0:
            return ("openapi: 3.1.0\ninfo:\n  title: Acme Shop API\n  version: %s\n  contact:\n    email: api-support@example.com\nservers:\n  - url: https://api.example.com/v1\n"
                    "components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n"
                    "security:\n  - bearerAuth: []\npaths:\n") % ver(T)
        return ("  /%ss/{id}:\n    get:\n      operationId: get%s\n      parameters:\n        - name: id\n          in: path\n          required: true\n"
                "          schema: { type: string, format: uuid, example: 3fa85f64-5717-4562-b3fc-2c963f66afa6 }\n      responses:\n        \"200\":\n"
                "          description: The %s\n        \"401\":\n          description: Missing or invalid bearer token\n") % (e, pascal(e), e)
    return _fill(seed, nbytes, unit)


def npm_lock(seed, nbytes=20000):
    T = rng(seed)
    d = {"name": "shop-web", "version": ver(T), "lockfileVersion": 3, "requires": True, "packages": {}}
    while len(json.dumps(d)) < nbytes:
        p = T.choice(PKGS) + ("" if T.random() < .6 else "-" + T.choice(ENT))
        v = ver(T)
        d["packages"]["node_modules/" + p] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (p, p.split("/")[-1], v),
                                              "integrity": "sha512-" + base64.b64encode(hashlib.sha512((seed + p + v).encode()).digest()).decode(),
                                              "dev": T.random() < .3, "license": T.choice(["MIT", "ISC", "Apache-2.0", "BSD-3-Clause"])}
    return json.dumps(d, indent=2)


def changelog(seed, nbytes=4000):
    def unit(T, i):
        return "## [%s] - 2025-%02d-%02d\n### Fixed\n- %s %s no longer times out when the %s list is empty (#%d)\n- Bump %s to %s (%s)\n" % (
            ver(T), T.randint(1, 11), T.randint(1, 28), pascal(T.choice(VERB)), T.choice(ENT), T.choice(ENT), T.randint(100, 4000), T.choice(PKGS), ver(T), hx(T, 7))
    return "# Changelog\n\nAll notable changes to this project are documented in this file.\n\n" + _fill(seed, nbytes, unit)


def git_log(seed, n=30, authors=None):
    T = rng(seed)
    authors = authors or ["%s <%d+%s@users.noreply.github.com>" % (a, T.randint(100000, 9999999), a.split()[0].lower()) for a in NAMES[:4]] + \
        ["dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"]
    out = []
    for k in range(n):
        out.append("commit %s\nAuthor: %s\nDate:   %s Nov %d %02d:%02d:%02d 2025 +0100\n\n    %s %s %s (#%d)\n" % (
            hx(T, 40), T.choice(authors), T.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), T.randint(1, 28), T.randint(8, 19), T.randint(0, 59), T.randint(0, 59),
            T.choice(["fix:", "feat:", "chore:", "refactor:", "test:"]), T.choice(VERB), T.choice(ENT) + "s", T.randint(100, 900)))
    return "\n".join(out)


def git_diff(seed, path, old, new):
    T = rng(seed)
    return "diff --git a/%s b/%s\nindex %s..%s 100644\n--- a/%s\n+++ b/%s\n@@ -%d,7 +%d,7 @@\n%s\n%s\n" % (
        path, path, hx(T, 7), hx(T, 7), path, path, T.randint(5, 80), T.randint(5, 80), "\n".join("-" + l for l in old.split("\n")),
        "\n".join("+" + l for l in new.split("\n")))


def stack_py(seed, exc="psycopg.OperationalError: connection to server at \"10.0.3.14\", port 5432 failed: timeout expired"):
    T = rng(seed)
    fr = "\n".join('  File "/app/%s/%s.py", line %d, in %s_%s\n    %s = %s(%s)' % (T.choice(["shop", "billing", "core"]), T.choice(ENT), T.randint(10, 400),
                                                                          T.choice(VERB), T.choice(ENT), T.choice(ENT), T.choice(VERB), T.choice(ENT)) for _ in range(T.randint(6, 14)))
    return "Traceback (most recent call last):\n%s\n%s" % (fr, exc)


def stack_java(seed, exc):
    T = rng(seed)
    fr = "\n".join("\tat com.acme.%s.%sService.%s%s(%sService.java:%d)" % (T.choice(ENT), pascal(T.choice(ENT)), T.choice(VERB), pascal(T.choice(ENT)),
                                                                       pascal(T.choice(ENT)), T.randint(20, 600)) for _ in range(T.randint(8, 20)))
    return "%s\n%s\n\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)\n\t... %d common frames omitted" % (exc, fr, T.randint(20, 80))


def ci_log(seed, nbytes=8000, extra=()):
    def unit(T, i):
        return "%s %s" % (ts(T, 20), T.choice(["##[group]Run actions/checkout@v4", "Syncing repository: acme/shop", "npm ci --no-audit",
                                                "added %d packages in %ds" % (T.randint(300, 1500), T.randint(8, 60)), "> shop-web@%s build" % ver(T),
                                                "✓ Compiled successfully", "Route (app)  Size  First Load JS", "##[endgroup]",
                                                "Post job cleanup.", "PASS src/%s/%s.test.ts (%d.%ds)" % (T.choice(ENT), T.choice(VERB), T.randint(0, 9), T.randint(0, 9)),
                                                "Cache saved with key: node-cache-Linux-x64-npm-%s" % hx(T, 64)]))
    s = _fill(seed, nbytes, unit).split("\n")
    for k, line in enumerate(extra):
        s.insert(min(len(s), 10 + k * 7), line)
    return "\n".join(s)


def npm_install(seed, nbytes=3000):
    def unit(T, i):
        return T.choice(["npm warn deprecated %s@%s: This package is no longer supported." % (T.choice(PKGS), ver(T)),
                         "npm http fetch GET 200 https://registry.npmjs.org/%s %dms (cache revalidated)" % (T.choice(PKGS), T.randint(20, 400)),
                         "added %d packages, and audited %d packages in %ds" % (T.randint(10, 900), T.randint(900, 1500), T.randint(4, 40)),
                         "%d packages are looking for funding\n  run `npm fund` for details" % T.randint(50, 250)])
    return _fill(seed, nbytes, unit)


def pip_install(seed, nbytes=3000):
    def unit(T, i):
        p = T.choice(PYPK); v = ver(T)
        return "Collecting %s==%s (from -r requirements.txt (line %d))\n  Downloading %s-%s-py3-none-any.whl.metadata (%d kB)\n  Using cached sha256:%s" % (
            p, v, T.randint(1, 40), p.replace("-", "_"), v, T.randint(2, 40), hx(T, 64))
    return _fill(seed, nbytes, unit) + "\nSuccessfully installed " + " ".join("%s-%s" % (p, "4.2.1") for p in PYPK[:8])


def docker_build(seed, nbytes=4000, extra=()):
    def unit(T, i):
        return T.choice(["#%d [internal] load metadata for docker.io/library/node:20-alpine" % i,
                         "#%d sha256:%s %.2fMB / %.2fMB %.1fs done" % (i, hx(T, 64), T.random() * 40, 40 + T.random() * 10, T.random() * 5),
                         "#%d [build %d/9] RUN npm ci --omit=dev" % (i, T.randint(1, 9)), "#%d CACHED" % i,
                         "#%d exporting layers %.1fs done\n#%d writing image sha256:%s done" % (i, T.random() * 9, i, hx(T, 64))])
    s = _fill(seed, nbytes, unit).split("\n")
    for k, line in enumerate(extra):
        s.insert(min(len(s), 6 + k * 5), line)
    return "\n".join(s)
