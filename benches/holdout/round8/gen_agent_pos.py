"""Theme 1 (positives): coding-agent sessions over ordinary projects, with a credential or personal data planted where
people actually leave it: a committed .env, settings files, tfvars, group_vars, Helm values, a debug print, a CI log
with `set -x`, a docker build log, a diff that removes a hard-coded token, seed data and fixtures copied from prod,
`git shortlog -sne`, a private key printed while fixing its permissions."""
import json

from gen_common import R, S, P, K, rs, hexs, b64, rb, gh, aws_id, aws_secret, pwd, upw, key, openai_key, slack_webhook, iban_p, mobile, \
    email, person, ruuid, V7, LO, DIG, AL
from gen_sess import reads, emit
import gen_text_code as TC
import gen_text_ops as TO


def build():
    # A1 Next.js: committed .env.local read while debugging checkout (Claude Code)
    dbpw, sk, nas = upw(22), V7.stripe_live(), b64(rb(32))
    env = ("# local overrides - do not commit\nNEXTAUTH_URL=http://localhost:3000\nNEXTAUTH_SECRET=%s\nDATABASE_URL=postgresql://shop_app:%s@db.acme-internal.net:5432/shop?schema=public\n"
           "STRIPE_SECRET_KEY=%s\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_%s\nNEXT_PUBLIC_POSTHOG_KEY=phc_%s\n") % (nas, dbpw, sk, rs(99), rs(43))
    emit("p_nextjs_env_local_committed", 0, [("u", "Checkout throws 'No such price' on the preview deploy but works locally. Can you look at how we load Stripe config?"),
         ("t", "grep", "process.env.STRIPE", "lib/stripe.ts:3:  process.env.STRIPE_SECRET_KEY!,\napp/api/checkout/route.ts:12:  const price = process.env.STRIPE_PRICE_ID"),
         ("t", "bash", "git ls-files | grep -i env", ".env.example\n.env.local\nlib/env.ts")] + reads("ts", "a1", 6, 9000) +
         [("t", "read", ".env.local", env), ("a", "`.env.local` is tracked by git and the preview build has no STRIPE_PRICE_ID. Let me check lib/env.ts.")],
         [(S, "postgres password in committed .env.local DATABASE_URL", dbpw), (S, "stripe live secret key in .env.local", sk),
          (S, "NEXTAUTH_SECRET literal in .env.local", nas)])

    # A2 Django settings with a startproject key and a SendGrid key as SMTP password (OpenAI Chat tools)
    dj, sg = "django-insecure-" + rs(50, LO + DIG + "!@#%^&*(-_=+)"), V7.sendgrid()
    st = ("from pathlib import Path\nimport os\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\nSECRET_KEY = '%s'\n\nDEBUG = os.environ.get('DJANGO_DEBUG') == '1'\n"
          "ALLOWED_HOSTS = ['shop.acme-outdoor.de', 'localhost']\n\nEMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST = 'smtp.sendgrid.net'\n"
          "EMAIL_HOST_USER = 'apikey'\nEMAIL_HOST_PASSWORD = '%s'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nDEFAULT_FROM_EMAIL = 'Acme Shop <noreply@acme-outdoor.de>'\n") % (dj, sg)
    emit("p_django_settings_sendgrid", 1, [("u", "Order confirmation mails stopped going out after the upgrade to Django 5.1. Find out why.")] +
         reads("py", "a2", 4, 8000) + [("t", "read", "shop/settings/base.py", st), ("t", "bash", "python manage.py sendtestemail ops@acme-outdoor.de",
                                                                                   "smtplib.SMTPAuthenticationError: (535, b'Authentication failed: The provided authorization grant is invalid, expired, or revoked')")],
         [(S, "django-insecure SECRET_KEY in committed settings", dj), (S, "SendGrid key as EMAIL_HOST_PASSWORD", sg)])

    # A3 Go release tool with a fallback GitHub token (Gemini)
    tok = gh("ghp_")
    src = TC.go_file("a3-release", 3000, "release") + ('\nfunc githubToken() string {\n\tif t := os.Getenv("GITHUB_TOKEN"); t != "" {\n\t\treturn t\n\t}\n'
                                                    '\t// TODO(erik): remove once the runner has the secret\n\treturn "%s"\n}\n' % tok)
    emit("p_go_release_fallback_token", 2, [("u", "Why does `make release` create the GitHub release under my account instead of the bot?")] +
         reads("go", "a3", 4, 7000) + [("t", "read", "internal/release/github.go", src)], [(S, "GitHub PAT fallback literal in Go source", tok)])

    # A4 Spring Boot application-prod.yml + JWT signing key under resources (Bedrock Converse)
    dpw, ak, sa, ec = pwd(18), aws_id(), aws_secret(), key("jwt_es256.pem")
    yml = ("spring:\n  datasource:\n    url: jdbc:postgresql://billing-db.prod.acme.internal:5432/billing\n    username: billing_svc\n    password: %s\n"
           "  jpa:\n    open-in-view: false\ncloud:\n  aws:\n    region:\n      static: eu-central-1\n    credentials:\n      access-key: %s\n      secret-key: %s\n"
           "app:\n  jwt:\n    key-location: classpath:keys/jwt-signing.pem\n    ttl: 15m\n") % (dpw, ak, sa)
    emit("p_spring_prod_yml_and_jwt_key", 3, [("u", "Integration tests pass but the prod profile fails to start. Check the config.")] + reads("java", "a4", 3, 8000) +
         [("t", "read", "src/main/resources/application-prod.yml", yml), ("t", "read", "src/main/resources/keys/jwt-signing.pem", ec)],
         [(S, "datasource password in application-prod.yml", dpw), (S, "AWS access key id in application-prod.yml", ak),
          (S, "AWS secret key in application-prod.yml", sa), (K, "EC JWT signing key under resources", ec.strip())])

    # A5 Rails credentials:show output (Claude Code Bash)
    skb, ak5, sa5, sk5 = hexs(128), aws_id(), aws_secret(), V7.stripe_live()
    out = ("secret_key_base: %s\n\naws:\n  access_key_id: %s\n  secret_access_key: %s\n  bucket: acme-uploads-prod\n\nstripe:\n  secret_key: %s\n"
           "  publishable_key: pk_live_%s\n") % (skb, ak5, sa5, sk5, rs(99))
    emit("p_rails_credentials_show", 0, [("u", "ActiveStorage uploads return 403 in production. Help me figure out the S3 setup.")] + reads("rb", "a5", 5, 6000) +
         [("t", "bash", "EDITOR=cat bin/rails credentials:show --environment production", out)],
         [(S, "rails secret_key_base", skb), (S, "AWS access key id in rails credentials", ak5), (S, "AWS secret in rails credentials", sa5),
          (S, "stripe live key in rails credentials", sk5)])

    # A6 Rust CLI debug print of its config (OpenAI Responses)
    an = V7.anthropic_key()
    run = ("   Compiling notes-cli v0.4.2 (/home/dev/src/notes-cli)\n    Finished `dev` profile [unoptimized + debuginfo] target(s) in 6.41s\n"
           "     Running `target/debug/notes --verbose summarize notes/2025-11-20.md`\n[2025-11-20T10:12:03Z DEBUG notes::config] loaded Config { api_key: \"%s\", "
           "model: \"claude-sonnet-4-5\", max_tokens: 2048, base_url: \"https://api.anthropic.com\" }\n[2025-11-20T10:12:04Z ERROR notes] request failed: 400 Bad Request: "
           "messages: text content blocks must be non-empty\n") % an
    emit("p_rust_cli_verbose_config_dump", 4, [("u", "notes summarize fails with 400 on empty lines, fix it")] + reads("rs", "a6", 4, 6000) +
         [("t", "bash", "cargo run -- --verbose summarize notes/2025-11-20.md", run)], [(S, "Anthropic key in a Debug print of Config", an)])

    # A7 terraform.tfvars committed (Claude Code)
    dda, ddp, azs = hexs(32), hexs(40), rs(3) + "8Q~" + rs(34, AL + "~._-")
    tfv = ('env            = "prod"\nregion         = "westeurope"\nsubscription   = "%s"\ntenant_id      = "%s"\nclient_id      = "%s"\nclient_secret  = "%s"\n\n'
           'datadog_api_key = "%s"\ndatadog_app_key = "%s"\nalert_channel   = "#ops-alerts"\n') % (ruuid(), ruuid(), ruuid(), azs, dda, ddp)
    emit("p_terraform_tfvars_committed", 0, [("u", "terraform plan wants to recreate the AKS cluster. Why?")] +
         [("t", "read", "modules/aks/main.tf", TO.terraform("a7-aks", 9000)), ("t", "read", "modules/monitoring/main.tf", TO.terraform("a7-mon", 7000)),
          ("t", "bash", "git status --short", " M modules/aks/main.tf\n?? .terraform.lock.hcl"), ("t", "read", "envs/prod/terraform.tfvars", tfv)],
         [(S, "Azure AD client secret in tfvars", azs), (S, "Datadog API key in tfvars", dda), (S, "Datadog app key in tfvars", ddp)])

    # A8 Ansible: plain group_vars and a deploy key under files/ (OpenAI Chat)
    bp, mr, dk = pwd(16), pwd(20), key("deploy_rsa.pem")
    gv = ("app_user: shop\napp_release: \"2025.11.3\"\nansible_user: deploy\nansible_become_pass: \"%s\"\nmysql_root_password: %s\nmysql_databases:\n  - name: shop\n"
          "    encoding: utf8mb4\nnginx_server_name: shop.acme-outdoor.de\n") % (bp, mr)
    emit("p_ansible_group_vars_and_deploy_key", 1, [("u", "the playbook fails on the git clone step on the new web03 host")] +
         [("t", "read", "roles/web/tasks/main.yml", TO.ansible("a8", 9000)), ("t", "read", "inventories/prod/group_vars/web.yml", gv),
          ("t", "read", "roles/web/files/deploy_key", dk), ("t", "bash", "ansible-playbook -i inventories/prod site.yml --limit web03",
                                                          "TASK [web : Clone application] ***\nfatal: [web03]: FAILED! => {\"msg\": \"Permissions 0644 for '/home/deploy/.ssh/deploy_key' are too open.\"}")],
         [(S, "ansible_become_pass literal", bp), (S, "mysql root password in group_vars", mr), (K, "RSA deploy key in role files", dk.strip())])

    # A9 Helm values-prod with an Alertmanager Slack webhook and a Postgres password (Gemini)
    wh, pg = slack_webhook(), pwd(24)
    vp = TO.helm_values("a9", 5000) + ("\npostgresql:\n  auth:\n    username: shop\n    password: \"%s\"\n    database: shop\nalertmanager:\n  config:\n"
                                      "    receivers:\n      - name: ops\n        slack_configs:\n          - api_url: %s\n            channel: '#shop-alerts'\n") % (pg, wh)
    emit("p_helm_values_prod_webhook_pg", 2, [("u", "Upgrade the chart to bitnami/postgresql 16 and tell me what breaks.")] +
         [("t", "read", "charts/shop/values.yaml", TO.helm_values("a9b", 8000)), ("t", "read", "charts/shop/values-prod.yaml", vp)],
         [(S, "Slack webhook URL in Helm values", wh), (S, "postgres password in values-prod", pg)])

    # A10 CI log with set -x printing the npm token (Converse)
    nt = V7.npm_tok()
    log = TO.ci_log("a10", 12000, ["+ echo '//registry.npmjs.org/:_authToken=%s'" % nt, "+ npm publish --access restricted",
                                   "npm error code E403", "npm error 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui-kit - You cannot publish over the previously published versions: 3.4.1."])
    emit("p_gha_log_set_x_npm_token", 3, [("u", "The publish job of ui-kit is red again, what happened?"),
                                          ("t", "bash", "gh run view 11894422 --log-failed", log)], [(S, "npm token printed by set -x in CI log", nt)])

    # A11 Python backfill script printing its request headers (Claude Code)
    ok = openai_key()
    out = ("DEBUG:backfill:batch 1/40 (250 rows)\nDEBUG:backfill:request headers: {'Authorization': 'Bearer %s', 'OpenAI-Organization': 'org-%s', "
           "'Content-Type': 'application/json'}\nWARNING:backfill:429 Too Many Requests, retrying in 8s\n") % (ok, rs(24))
    emit("p_backfill_debug_headers_openai", 0, [("u", "Make scripts/backfill_embeddings.py respect rate limits")] + reads("py", "a11", 3, 9000) +
         [("t", "bash", "python scripts/backfill_embeddings.py --dry-run --log-level DEBUG 2>&1 | head -20", out)],
         [(S, "OpenAI key in debug-printed headers", ok)])

    # A12 docker build log: private index URL with credentials, and a PyPI token build-arg (OpenAI Responses)
    ipw, pt = upw(20), V7.pypi_tok()
    dl = TO.docker_build("a12", 9000, ["#9 [build 4/8] RUN pip install --index-url https://ci-bot:%s@pypi.acme-internal.net/simple -r requirements.txt" % ipw,
                                       "#9 0.912 Looking in indexes: https://ci-bot:****@pypi.acme-internal.net/simple",
                                       "#12 [build 7/8] RUN TWINE_PASSWORD=%s twine upload --skip-existing dist/*" % pt,
                                       "#12 1.404 ERROR HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/"])
    emit("p_docker_build_index_creds", 4, [("u", "docker build fails at the twine step, see log"), ("t", "bash", "docker build --progress=plain -t acme/etl:dev . 2>&1 | tail -200", dl)],
         [(S, "password in private index URL", ipw), (S, "PyPI token in RUN line", pt)])

    # A13 git diff removing a hard-coded Twilio auth token (Bedrock InvokeModel, Claude)
    tw = hexs(32)
    old = 'client = Client("AC%s", "%s")' % (hexs(32), tw)
    new = 'client = Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN)'
    emit("p_git_diff_twilio_token_removed", 5, [("u", "Review my staged change before I push")] +
         [("t", "bash", "git diff --staged", TO.git_diff("a13", "shop/notify/sms.py", old, new) + TO.git_diff("a13b", "shop/settings/base.py", "", "TWILIO_AUTH_TOKEN = env('TWILIO_AUTH_TOKEN')"))] +
         reads("py", "a13", 2, 6000), [(S, "Twilio auth token in removed diff line (still in history)", tw)])
