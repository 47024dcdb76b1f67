# ---------------------------------------------------------------- POSITIVES
# p01 .env read by Claude Code
pw1, pw2 = password(), password()
db1 = f"postgres://orders_svc:{pw1}@prod-orders.c9x2kq4lmz1a.us-east-1.rds.amazonaws.com:5432/orders"
red1 = f"redis://:{pw2}@cache-01.internal.acme-corp.com:6379/0"
sk1, oa1, ak1, as1 = stripe_live(), openai_proj(), aws_key_id(), aws_secret()
env = f"""# production — do not commit
NODE_ENV=production
PORT=3000
LOG_LEVEL=info
DATABASE_URL={db1}
REDIS_URL={red1}
STRIPE_SECRET_KEY={sk1}
STRIPE_PUBLISHABLE_KEY={stripe_pk_live()}
OPENAI_API_KEY={oa1}
AWS_REGION=us-east-1
AWS_ACCESS_KEY_ID={ak1}
AWS_SECRET_ACCESS_KEY={as1}
S3_BUCKET=acme-orders-exports
SENTRY_DSN=https://{hex_(32)}@o{R.randint(100000, 999999)}.ingest.sentry.io/{R.randint(1000000, 9999999)}
FEATURE_FLAGS=checkout_v2,async_invoices
"""
body("p01_anth_env_file", anth("The orders service won't start in prod, it says the Stripe client can't initialise. Can you check the env config?",
     [("Read", {"file_path": "/home/dev/src/app/.env.production"}, env, "Let me look at the environment file.")]),
     [S("secret", "database_url_password", db1), S("secret", "database_url_password", red1), S("secret", "stripe_secret_key", sk1),
      S("secret", "openai_api_key", oa1), S("secret", "aws_access_key_id", ak1), S("secret", "aws_secret_access_key", as1)])

# p02 stack trace with SQLAlchemy URL
pw = password()
url = f"postgresql+psycopg2://billing:{pw}@10.20.3.14:5432/billing"
tb = f"""Traceback (most recent call last):
  File "/srv/billing/app/db.py", line 18, in <module>
    engine = create_engine("{url}", pool_size=10, pool_pre_ping=True)
  File "/srv/billing/.venv/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 640, in create_engine
    u, plugins, kwargs = u._instantiate_plugins(kwargs)
  File "/srv/billing/.venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 3273, in raw_connection
    return self.pool.connect()
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.3.14", port 5432 failed: FATAL:  password authentication failed for user "billing"

(Background on this error at: https://sqlalche.me/e/20/e3q8)"""
body("p02_anth_traceback_dburl", anth("pytest fails on CI with this, any idea?\n\n```\n" + tb + "\n```"),
     [S("secret", "database_url_password", url)])

# p03 curl with bearer + curl -u
oa, jpw = openai_proj(), password()
msg = f"""why does this return 401??

curl https://api.openai.com/v1/chat/completions \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer {oa}" \\
  -d '{{"model": "gpt-4o-mini", "messages": [{{"role": "user", "content": "ping"}}]}}'

the jenkins one works fine:
curl -s -u admin:{jpw} https://jenkins.acme-corp.com/job/deploy-api/lastBuild/api/json | jq .result"""
body("p03_oai_curl_bearer", oai_chat(msg), [S("secret", "openai_api_key", oa), S("secret", "cli_password", jpw)])

# p04 GitHub Actions workflow
hook, dpw, ghp = slack_webhook(), password(), gh_token()
wf = f"""name: deploy
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-22.04
    env:
      GH_TOKEN: {ghp}
      NPM_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8 # v4.0.2
        with:
          node-version: 20.11.1
      - run: npm ci && npm run build
      - name: push image
        run: |
          docker login -u acme-ci -p {dpw} registry.acme-corp.com
          docker build -t registry.acme-corp.com/web:${{{{ github.sha }}}} .
          docker push registry.acme-corp.com/web:${{{{ github.sha }}}}
      - name: notify
        run: |
          curl -X POST -H 'Content-type: application/json' --data '{{"text":"deployed web"}}' {hook}
"""
body("p04_anth_github_workflow", anth("Add a step that runs the e2e tests before pushing the image.",
     [("Read", {"file_path": "/home/dev/src/web/.github/workflows/deploy.yml"}, wf, None)]),
     [S("secret", "github_pat", ghp), S("secret", "cli_password", dpw), S("secret", "slack_webhook_url", hook)])

# p05 terraform state
akid, asec, rpw, smtp = aws_key_id(), aws_secret(), password(), "B" + rs(43, B64)
acct = str(R.randint(10**11, 10**12 - 1))
tfstate = json.dumps({"version": 4, "terraform_version": "1.7.5", "serial": 42, "lineage": uuid4(), "outputs": {}, "resources": [
    {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
     "instances": [{"schema_version": 0, "attributes": {"create_date": "2024-03-02T10:11:12Z", "encrypted_secret": None, "id": akid, "key_fingerprint": None,
                                                        "pgp_key": None, "secret": asec, "ses_smtp_password_v4": smtp, "status": "Active", "user": "ci-deployer"}}]},
    {"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
     "instances": [{"schema_version": 2, "attributes": {"arn": f"arn:aws:rds:eu-west-1:{acct}:db:main", "engine": "postgres", "engine_version": "15.5",
                                                        "username": "app_admin", "password": rpw, "port": 5432, "identifier": "main",
                                                        "kms_key_id": f"arn:aws:kms:eu-west-1:{acct}:key/{uuid4()}"}}]}]}, indent=2)
body("p05_anth_tfstate", anth("terraform plan keeps wanting to replace the db instance, look at the state and tell me why",
     [("Bash", {"command": "terraform state pull", "description": "Dump remote state"}, tfstate, None)]),
     [S("secret", "aws_access_key_id", akid), S("secret", "aws_secret_access_key", asec), S("secret", "password_assignment", smtp),
      S("secret", "password_assignment", rpw)])

# p06 kubeconfig
eckey = K.ec()
ckd = base64.b64encode(eckey.encode()).decode()
ca = base64.b64encode(K.cert("kubernetes-ca").encode()).decode()
ccd = base64.b64encode(K.cert("system:admin").encode()).decode()
kc = f"""apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: {ca}
    server: https://10.0.12.4:6443
  name: prod-eu
contexts:
- context:
    cluster: prod-eu
    user: admin
  name: prod-eu
current-context: prod-eu
kind: Config
preferences: {{}}
users:
- name: admin
  user:
    client-certificate-data: {ccd}
    client-key-data: {ckd}
"""
body("p06_anth_kubeconfig", anth("kubectl says 'x509: certificate signed by unknown authority', check my kubeconfig",
     [("Bash", {"command": "cat ~/.kube/config"}, kc, None)]), [S("private_key", "base64_private_key", ckd)])

# p07 docker config.json
rp, hubpat = password(), dckr_pat()
a1 = base64.b64encode(f"ci-bot:{rp}".encode()).decode()
a2 = base64.b64encode(f"acmedev:{hubpat}".encode()).decode()
dc = json.dumps({"auths": {"registry.acme-corp.com": {"auth": a1}, "https://index.docker.io/v1/": {"auth": a2}},
                 "credHelpers": {"123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"}, "currentContext": "default"}, indent="\t")
body("p07_anth_docker_config", anth("docker push fails with 'unauthorized: authentication required', why?",
     [("Read", {"file_path": "/home/dev/.docker/config.json"}, dc, None)]),
     [S("secret", "registry_auth", a1), S("secret", "registry_auth", a2)])

# p08 .npmrc
nt, gp = npm_token(), gh_token()
npmrc = f"""registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken={nt}
//npm.pkg.github.com/:_authToken={gp}
save-exact=true
engine-strict=true
"""
body("p08_oai_npmrc", oai_chat("npm install fails with E401 for @acme/ui, here's my setup",
     [("read_file", {"path": "/Users/ethan/work/storefront/.npmrc"}, npmrc)]),
     [S("secret", "npm_token", nt), S("secret", "github_pat", gp)])

# p09 anthropic key inside write_file tool_call arguments (double-escaped)
ak = anthropic_key()
code = f'''import anthropic

client = anthropic.Anthropic(api_key="{ak}")


def summarize(text: str) -> str:
    msg = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        messages=[{{"role": "user", "content": f"Summarize:\\n{{text}}"}}],
    )
    return msg.content[0].text
'''
body("p09_oai_toolcall_anthropic_key", oai_chat("write a small summarizer module using my anthropic key",
     [("write_file", {"path": "summarizer.py", "content": code}, "ok: wrote 412 bytes")]),
     [S("secret", "anthropic_api_key", ak)])

# p10 RSA key pasted
rsa = K.rsa_traditional()
body("p10_anth_chat_rsa_key", anth_chat([f"paramiko keeps raising `SSHException: not a valid RSA private key file` for this key, is the format wrong?\n\n{rsa}\nI generated it with puttygen and exported as OpenSSH."]),
     [S("private_key", "pem_rsa_private_key", rsa.strip())])

# p11 openssh key via Bash tool
priv, pub = K.openssh(comment="lukas@workstation")
body("p11_anth_cat_ssh_key", anth("set up the deploy key for the new repo",
     [("Bash", {"command": "ls ~/.ssh && cat ~/.ssh/id_ed25519.pub"}, f"config\nid_ed25519\nid_ed25519.pub\nknown_hosts\n{pub}", None),
      ("Bash", {"command": "cat ~/.ssh/id_ed25519"}, priv, None)]),
     [S("private_key", "openssh_private_key", priv.strip())])

# p12 GCP service account in Gemini
pk = K.pkcs8_rsa()
proj = "acme-analytics-" + rs(6, LO + DIG)
sa = {"type": "service_account", "project_id": proj, "private_key_id": hex_(40), "private_key": pk,
      "client_email": f"bq-loader@{proj}.iam.gserviceaccount.com", "client_id": str(R.randint(10**20, 10**21)),
      "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40{proj}.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"}
saj = json.dumps(sa, indent=2)
body("p12_gem_gcp_service_account", gemini("Why does google.auth say 'No key could be detected'? This is the JSON I load:\n\n" + saj),
     [S("secret", "gcp_service_account", saj), S("private_key", "pem_pkcs8_private_key", pk.strip())],
     [S("pii", "email_address", sa["client_email"])])

# p13 customer CSV export in Responses API
rows, lab = ["order_id,created_at,customer_name,email,phone,payment_method,amount_usd"], []
for i, (f, l) in enumerate(PEOPLE[:6]):
    e, ph = person_email(f, l), us_phone(R.choice(["paren", "dash", "e164"]))
    pm = card(R.choice(["visa", "mc", "amex"])) if i % 2 == 0 else "paypal"
    rows.append(f"ORD-{R.randint(100000, 999999)},2025-05-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z,{f} {l},{e},{ph},{pm},{R.randint(10, 900)}.{R.randint(10, 99)}")
    lab += [S("pii", "email_address", e), S("pii", "phone_number", ph)] + ([S("pii", "credit_card_number", pm)] if pm != "paypal" else [])
csv = "\n".join(rows)
body("p13_resp_customer_csv", oai_resp("dedupe this export by email and write it to out.csv",
     [("shell", {"command": ["bash", "-lc", "head -n 7 exports/orders_2025-05.csv"]}, csv)]), lab)

# p14 UK support ticket
f, l = "Oliver", "Bennett"
e, ph, ib = person_email(f, l, "btinternet.com"), "07" + rs(3, DIG) + " " + rs(6, DIG), iban("GB", True)
ticket = f"""Ticket #48213 — Refund not received
From: {f} {l} <{e}>
Priority: High

Hi, I returned the espresso machine on 2 May (RMA 77120) and still haven't got my refund.
Please pay it back to my account: {ib} (Nationwide), or call me on {ph} if you need anything.
Thanks, Oliver"""
body("p14_anth_support_ticket_uk", anth_chat(["Draft a polite reply to this ticket and tell me which refund workflow applies:\n\n" + ticket],
     system="You are a customer support copilot for Acme Home."),
     [S("pii", "email_address", e), S("pii", "phone_number", ph), S("pii", "iban", ib)])

# p15 HR data with CONFIDENTIAL marker
rows, lab = [], [S("confidential", "confidential_marker", "CONFIDENTIAL")]
for f, l in PEOPLE[6:10]:
    s, e = ssn(), person_email(f, l)
    rows.append(f"| {f} {l} | {s} | {e} | ${R.randint(80, 220)},{R.randint(100, 999)} |")
    lab += [S("pii", "us_ssn", s), S("pii", "email_address", e)]
hr = "CONFIDENTIAL — Compensation review FY25 (HR use)\n\n| Name | SSN | Personal email | Base salary |\n|---|---|---|---|\n" + "\n".join(rows)
body("p15_anth_hr_ssn_table", anth_chat(["Compute the average base salary and flag anyone below band minimum ($95,000):\n\n" + hr]), lab)

# p16 Slack bot token in JS + signing secret
sb, ss = slack_bot(), hex_(32)
js = f"""import {{ App }} from '@slack/bolt';

const app = new App({{
  token: '{sb}',
  signingSecret: '{ss}',
  socketMode: false,
}});

app.command('/oncall', async ({{ ack, respond }}) => {{
  await ack();
  await respond(`On call: ${{await pagerduty.current('platform')}}`);
}});

(async () => {{ await app.start(process.env.PORT || 3000); }})();
"""
body("p16_oai_slack_bolt", oai_chat("Convert this Slack bolt app to TypeScript",
     [("read_file", {"path": "bot/index.js"}, js)]),
     [S("secret", "slack_bot_token", sb), S("secret", "secret_assignment", ss)])

# p17 log with JWT + session cookie
tok = jwt({"iss": "https://auth.acme-corp.com/", "sub": "auth0|" + hex_(24), "aud": ["https://api.acme-corp.com"], "iat": 1749600000,
           "exp": 1749686400, "scope": "openid profile orders:read orders:write", "azp": rs(32)})
sid = rs(32, LO + DIG)
log = f"""2025-06-11T09:14:02.118Z DEBUG http.request method=GET path=/api/v2/orders?page=3 req_id={uuid4()}
2025-06-11T09:14:02.118Z DEBUG http.headers host=api.acme-corp.com user-agent="Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" authorization="Bearer {tok}"
2025-06-11T09:14:02.119Z DEBUG http.headers cookie: sessionid={sid}; csrftoken={rs(32)}; _ga=GA1.1.{R.randint(10**8, 10**9)}.{1749600000}
2025-06-11T09:14:02.164Z WARN  authz denied: missing scope orders:export (sub=auth0|...) latency_ms=46
"""
body("p17_anth_log_jwt_cookie", anth("Why is the export endpoint denying this user?",
     [("Bash", {"command": "kubectl logs deploy/api --since=10m | grep -B2 'authz denied'"}, log, None)]),
     [S("secret", "jwt", tok), S("secret", "session_cookie", sid)])

# p18 French customer in Gemini
f, l = "Claire", "Dubois"
e, ph, ib = person_email(f, l, "orange.fr"), "06 " + " ".join(rs(2, DIG) for _ in range(4)), iban("FR", True)
mail = f"""Bonjour,

Suite à notre échange téléphonique, voici mes coordonnées pour le remboursement de la commande n° 2025-44871 :
Mme {f} {l}
Tél. : {ph}
Courriel : {e}
IBAN : {ib}

Cordialement,
{f} {l}"""
body("p18_gem_french_refund", gemini("Résume ce mail et prépare la demande de remboursement :\n\n" + mail),
     [S("pii", "phone_number", ph), S("pii", "email_address", e), S("pii", "iban", ib)])

# p19 German invoice via Responses
ph, ib, e = "+49 30 " + rs(8, DIG), iban("DE", True), "m.schneider@schneider-bau.de"
inv = f"""Schneider Bau GmbH · Friedrichstraße 112 · 10117 Berlin
Tel.: {ph} · E-Mail: {e}

Rechnung Nr. RE-2025-0613        Datum: 11.06.2025
Pos. 1  Fassadensanierung Los 3          14.250,00 EUR
zzgl. 19 % USt.                          2.707,50 EUR
Gesamtbetrag                            16.957,50 EUR

Bankverbindung: Berliner Volksbank, IBAN {ib}, BIC BEVODEBBXXX"""
body("p19_resp_german_invoice", oai_resp("Extract the invoice fields as JSON (number, date, total, iban).",
     [("shell", {"command": ["pdftotext", "-layout", "invoices/RE-2025-0613.pdf", "-"]}, inv)]),
     [S("pii", "phone_number", ph), S("pii", "iban", ib), S("pii", "email_address", e)])

# p20 Spring properties
dbp, mailp, jwts = password(), password(), base64.b64encode(rnd_bytes(48)).decode()
props = f"""spring.application.name=ledger
server.port=8443
spring.datasource.url=jdbc:postgresql://ledger-db.prod.svc:5432/ledger
spring.datasource.username=ledger_app
spring.datasource.password={dbp}
spring.jpa.hibernate.ddl-auto=validate
spring.mail.host=smtp.office365.com
spring.mail.username=noreply@acme-corp.com
spring.mail.password={mailp}
security.jwt.secret={jwts}
security.jwt.expiration-ms=3600000
management.endpoints.web.exposure.include=health,info,prometheus
"""
body("p20_anth_spring_properties", anth("Split application-prod.properties into a YAML file with profiles",
     [("Read", {"file_path": "/home/dev/src/ledger/src/main/resources/application-prod.properties"}, props, None)]),
     [S("secret", "password_assignment", dbp), S("secret", "password_assignment", mailp), S("secret", "secret_assignment", jwts)])

# p21 Go code: redis password + libpq DSN
rp, dp = password(), password()
go = f'''package store

import (
	"database/sql"

	"github.com/redis/go-redis/v9"
	_ "github.com/lib/pq"
)

func Open() (*sql.DB, *redis.Client, error) {{
	rdb := redis.NewClient(&redis.Options{{
		Addr:     "redis-master.cache.svc.cluster.local:6379",
		Password: "{rp}",
		DB:       2,
	}})
	dsn := "host=pg-primary.db.svc port=5432 user=inventory password={dp} dbname=inventory sslmode=require"
	db, err := sql.Open("postgres", dsn)
	return db, rdb, err
}}
'''
body("p21_anth_go_credentials", anth("Refactor store.Open to read config from env vars",
     [("Read", {"file_path": "/home/dev/src/inventory/internal/store/open.go"}, go, None)]),
     [S("secret", "password_assignment", rp), S("secret", "db_connection_string", dp)])

# p22 appsettings.json (C#)
sp, ak_ = password(), azure_storage_key()
conn = f"DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey={ak_};EndpointSuffix=core.windows.net"
aps = json.dumps({"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
                  "ConnectionStrings": {"Default": f"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;Persist Security Info=False;User ID=crm_app;Password={sp};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
                                        "Storage": conn},
                  "AllowedHosts": "*"}, indent=2)
body("p22_oai_appsettings", oai_chat("Why does EF Core time out on startup in Azure?",
     [("read_file", {"path": "src/Crm.Api/appsettings.Production.json"}, aps)]),
     [S("secret", "db_connection_string", sp), S("secret", "azure_storage_account_key", ak_)])

# p23 Django settings
dk, ep = django_secret(), password()
dj = f'''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "{dk}"
DEBUG = False
ALLOWED_HOSTS = ["shop.acme-corp.com"]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": os.environ["DB_USER"],
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }}
}}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "{ep}"
'''
body("p23_anth_django_settings", anth("Move the secrets in settings.py to environment variables",
     [("Read", {"file_path": "/home/dev/src/shop/shop/settings/production.py"}, dj, None)]),
     [S("secret", "framework_secret_key", dk), S("secret", "password_assignment", ep)])

# p24 shell history in Gemini
mp, rp2, gl = password(), password(), glpat()
hist = f"""  501  cd ~/src/analytics
  502  git pull --rebase
  503  mysql -h db1.analytics.internal -u report -p{mp} analytics -e 'select count(*) from events'
  504  export GITLAB_TOKEN={gl}
  505  glab mr list --assignee=@me
  506  redis-cli -h cache.analytics.internal -a {rp2} --no-auth-warning info memory
  507  docker compose up -d --build
  508  history | tail -20"""
body("p24_gem_shell_history", gemini("Turn the useful commands from my shell history into a Makefile:\n\n" + hist),
     [S("secret", "cli_password", mp), S("secret", "gitlab_pat", gl), S("secret", "cli_password", rp2)])

# p25 HF + W&B
hf, wb = hf_token(), hex_(40)
tr = f'''import os
import wandb
from huggingface_hub import login
from transformers import AutoModelForCausalLM, AutoTokenizer

HF_TOKEN = "{hf}"
os.environ["WANDB_API_KEY"] = "{wb}"

login(token=HF_TOKEN)
tokenizer = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct", torch_dtype="bfloat16")
wandb.init(project="sft-support-bot", config={{"lr": 2e-5, "epochs": 3, "max_seq_len": 4096, "seed": 1234}})
'''
body("p25_anth_training_script", anth("The fine-tune crashes with OOM on the 24GB card, suggest changes",
     [("Read", {"file_path": "/home/dev/ml/train_sft.py"}, tr, None)]),
     [S("secret", "huggingface_token", hf), S("secret", "secret_assignment", wb)])

# p26 Twilio / SendGrid
tw, sg, oncall = hex_(32), sendgrid(), us_phone("e164")
nt_ = f'''from twilio.rest import Client
import sendgrid

TWILIO_ACCOUNT_SID = "AC{hex_(32)}"
TWILIO_AUTH_TOKEN = "{tw}"
SENDGRID_API_KEY = "{sg}"
ONCALL_PHONE = "{oncall}"  # Marcus' cell

def page(msg):
    Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN).messages.create(to=ONCALL_PHONE, from_="+18005550199", body=msg)
'''
body("p26_oai_twilio_sendgrid", oai_chat("add retries with exponential backoff to page()",
     [("read_file", {"path": "alerts/notify.py"}, nt_)]),
     [S("secret", "secret_assignment", tw), S("secret", "sendgrid_api_key", sg), S("pii", "phone_number", oncall)])

# p27 HAR basic auth
bp = password()
ba = base64.b64encode(f"svc-reporting:{bp}".encode()).decode()
har = json.dumps({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [{
    "startedDateTime": "2025-06-10T15:21:07.412Z", "time": 231.4,
    "request": {"method": "GET", "url": "https://reports.acme-corp.com/api/v1/kpi?range=30d", "httpVersion": "HTTP/2",
                "headers": [{"name": "accept", "value": "application/json"}, {"name": "authorization", "value": "Basic " + ba},
                            {"name": "x-request-id", "value": uuid4()}]},
    "response": {"status": 500, "statusText": "", "headers": [{"name": "content-type", "value": "application/json"}]}}]}}, indent=2)
body("p27_anth_har_basic_auth", anth("The KPI dashboard 500s; here's the HAR. What's wrong?\n\n" + har),
     [S("secret", "http_basic_auth", ba)])

# p28 Google Maps key in Python
gk = google_api_key()
gm = f'''import requests

GOOGLE_MAPS_API_KEY = "{gk}"


def geocode(address: str) -> tuple[float, float]:
    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json",
                     params={{"address": address, "key": GOOGLE_MAPS_API_KEY}}, timeout=10)
    r.raise_for_status()
    loc = r.json()["results"][0]["geometry"]["location"]
    return loc["lat"], loc["lng"]
'''
body("p28_anth_google_maps_key", anth("add caching to geocode()", [("Read", {"file_path": "/home/dev/src/delivery/geo.py"}, gm, None)]),
     [S("secret", "google_api_key", gk)])

# p29 Telegram + Discord
tg, dw = telegram(), discord_webhook()
bot = f'''import os, requests
from telegram.ext import ApplicationBuilder

TELEGRAM_TOKEN = "{tg}"
DISCORD_WEBHOOK = "{dw}"

def mirror(text):
    requests.post(DISCORD_WEBHOOK, json={{"content": text}}, timeout=5)

app = ApplicationBuilder().token(TELEGRAM_TOKEN).build()
'''
body("p29_gem_telegram_discord", gemini("Why does the mirror bot post twice?", [("read_file", {"path": "bot.py"}, bot)]),
     [S("secret", "telegram_bot_token", tg), S("secret", "discord_webhook_url", dw)])

# p30 stripe webhook + vault token + publishable key (negative inside)
wh, vt = stripe_whsec(), vault_token()
yml = f"""payments:
  stripe:
    publishable_key: {stripe_pk_live()}
    webhook_secret: {wh}
    api_version: "2024-06-20"
vault:
  addr: https://vault.acme-corp.com:8200
  token: {vt}
  kv_mount: secret/payments
"""
body("p30_anth_payments_yaml", anth("Validate this config against the schema in config/schema.json",
     [("Read", {"file_path": "/home/dev/src/payments/config/prod.yaml"}, yml, None)]),
     [S("secret", "stripe_webhook_secret", wh), S("secret", "vault_token", vt)])

# p31 confidential memo
memo = """CONFIDENTIAL — DO NOT DISTRIBUTE

Project Halyard: acquisition of Brightline Analytics
Prepared for the executive committee, 9 June 2025. INTERNAL ONLY.

Summary: the board approved a non-binding offer of $212M (7.4x ARR). Diligence closes 30 June.
Headcount impact: 38 roles overlap, mostly in sales ops."""
body("p31_oai_confidential_memo", oai_chat("Rewrite this as a 5-bullet summary for the leadership Slack channel:\n\n" + memo,
     system="You are a helpful assistant."),
     [S("confidential", "confidential_marker", "CONFIDENTIAL"), S("confidential", "confidential_marker", "DO NOT DISTRIBUTE"),
      S("confidential", "confidential_marker", "INTERNAL ONLY")])

# p32 Title Case phrase footer
deck = """Slide 14 — FY26 pricing changes
• Raise Team plan from $25 to $29 per seat (effective Oct 1)
• Sunset legacy Starter plan; migrate 4,112 accounts
• Enterprise floor price: $60k ACV

Acme Corp · Internal Only · Page 14 of 31"""
body("p32_gem_deck_internal_only", gemini("Turn this slide into speaker notes:\n\n" + deck),
     [S("confidential", "confidential_marker", "Internal Only")])

# p33 k8s secret stringData + tls.key base64
kp, tk = password(), base64.b64encode(K.pkcs8_ec().encode()).decode()
tc = base64.b64encode(K.cert("api.acme-corp.com").encode()).decode()
ks = f"""apiVersion: v1
kind: Secret
metadata:
  name: api-secrets
  namespace: prod
type: Opaque
stringData:
  DB_PASSWORD: "{kp}"
  DB_USER: api
---
apiVersion: v1
kind: Secret
metadata:
  name: api-tls
  namespace: prod
type: kubernetes.io/tls
data:
  tls.crt: {tc}
  tls.key: {tk}
"""
body("p33_anth_k8s_secrets", anth("convert these to SealedSecrets",
     [("Read", {"file_path": "/home/dev/src/infra/k8s/prod/secrets.yaml"}, ks, None)]),
     [S("secret", "password_assignment", kp), S("private_key", "base64_private_key", tk)])

# p34 git remote with token + pip.conf with creds
gp2, ap = gh_token(), password()
remote = f"https://jdoe:{gp2}@github.com/acme/infra.git"
idx = f"https://deploy:{ap}@artifactory.acme-corp.com/artifactory/api/pypi/pypi-virtual/simple"
out = f"origin\t{remote} (fetch)\norigin\t{remote} (push)\n\n$ cat ~/.config/pip/pip.conf\n[global]\nindex-url = {idx}\ntimeout = 60"
body("p34_resp_git_remote_token", oai_resp("why does git push ask for a password again?",
     [("shell", {"command": ["bash", "-lc", "git remote -v; cat ~/.config/pip/pip.conf"]}, out)]),
     [S("secret", "github_pat", gp2), S("secret", "url_credentials", ap)])

# p35 docker-compose with mongo+srv and amqps URLs
mp2, qp = password(), password()
mu = f"mongodb+srv://analytics:{mp2}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority"
qu = f"amqps://orders:{qp}@rabbit.acme.internal:5671/%2F"
dcm = f"""services:
  worker:
    image: ghcr.io/acme/worker:2.8.1
    environment:
      MONGO_URL: "{mu}"
      AMQP_URL: "{qu}"
      WORKER_CONCURRENCY: "8"
    restart: unless-stopped
"""
body("p35_anth_compose_urls", anth("add a healthcheck to the worker service",
     [("Read", {"file_path": "/home/dev/src/worker/docker-compose.prod.yml"}, dcm, None)]),
     [S("secret", "database_url_password", mu), S("secret", "database_url_password", qu)])

# p36 national ids (UK NINO, CA SIN, NL BSN)
n1, s1, b1 = nino(), sin(), bsn()
pay = f"""Payroll onboarding — new starters (June)
1. Tom Whitaker, London office — NI number: {n1}, start 16/06/2025
2. Grace Liu, Toronto office — SIN: {s1}, start 2025-06-23
3. Noah Bergstrom, Amsterdam office — BSN: {b1}, start 01-07-2025"""
body("p36_anth_payroll_national_ids", anth_chat(["Create the payroll import rows (CSV) for these starters:\n\n" + pay]),
     [S("pii", "uk_national_insurance_number", n1), S("pii", "ca_social_insurance_number", s1), S("pii", "nl_bsn", b1)])

# p37 CPF + DNI + phones
c1, d1 = cpf(), dni()
p_es, p_br = f"+34 6{rs(2, DIG)} {rs(3, DIG)} {rs(3, DIG)}", f"+55 11 9{rs(4, DIG)}-{rs(4, DIG)}"
kyc = f"""KYC review queue
- Lucía Fernández — DNI: {d1} — tel. {p_es} — status: pending address proof
- João Pereira — CPF: {c1} — celular {p_br} — status: approved"""
body("p37_gem_kyc_cpf_dni", gemini("Summarise which KYC cases are blocked and why:\n\n" + kyc),
     [S("pii", "es_dni_nie", d1), S("pii", "br_cpf", c1), S("pii", "phone_number", p_es), S("pii", "phone_number", p_br)])

# p38 age key for sops
ag, agp = age_secret(), age_public()
sops = f"""# created: 2025-06-01T12:00:03+02:00
# public key: {agp}
{ag}"""
body("p38_oai_age_key", oai_chat("sops -d fails with 'no identity matched any of the recipients', my keys.txt:\n\n" + sops),
     [S("private_key", "age_secret_key", ag)])

# p39 APNs .p8 key in Node
p8 = K.pkcs8_ec()
apn = f"""const apn = require('@parse/node-apn');

const provider = new apn.Provider({{
  token: {{
    key: `{p8.strip()}`,
    keyId: '{rs(10, UP + DIG)}',
    teamId: '{rs(10, UP + DIG)}',
  }},
  production: true,
}});
module.exports = provider;
"""
body("p39_anth_apns_p8_key", anth("Push notifications stopped working on iOS 18, check the provider setup",
     [("Read", {"file_path": "/home/dev/src/push/src/apns.js"}, apn, None)]),
     [S("private_key", "pem_pkcs8_private_key", ("-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"))])

# p40 encrypted PKCS8
ek = K.encrypted_pkcs8()
body("p40_anth_chat_encrypted_key", anth_chat([f"nginx: [emerg] cannot load certificate key: PEM_read_bio_PrivateKey failed. This is the key:\n\n{ek}"]),
     [S("private_key", "pem_encrypted_private_key", ek.strip())])

# p41 US CRM notes, many phone formats
pa, pb, pc, pd = us_phone("paren"), us_phone("dot"), us_phone("space"), us_phone("intl_dash")
e1, e2 = person_email("Rachel", "Greenberg", "greenberg-law.com"), person_email("Kevin", "Osei", "oseiholdings.com")
crm = f"""Call notes — week 23
- Rachel Greenberg (Greenberg Law) {e1}: wants a demo Thursday; office {pa}
- Kevin Osei {e2}: call me at {pb} after 4pm ET re: renewal
- Kevin's assistant: cell {pc}
- Front desk for the Midtown site: {pd}"""
body("p41_resp_crm_us_phones", oai_resp("Create HubSpot tasks from these notes (JSON array)", [("shell", {"command": ["cat", "notes/week23.md"]}, crm)]),
     [S("pii", "phone_number", pa), S("pii", "phone_number", pb), S("pii", "phone_number", pc), S("pii", "phone_number", pd),
      S("pii", "email_address", e1), S("pii", "email_address", e2)])

# p42 international phones
intl = [("+44 20 " + rs(4, DIG) + " " + rs(4, DIG)), ("+49 151 " + rs(8, DIG)), ("+33 1 " + " ".join(rs(2, DIG) for _ in range(4))),
        ("+91 9" + rs(4, DIG) + " " + rs(5, DIG)), ("+61 4" + rs(2, DIG) + " " + rs(3, DIG) + " " + rs(3, DIG)), ("+81 3-" + rs(4, DIG) + "-" + rs(4, DIG))]
names = ["Amelia Clarke (London)", "Jonas Weber (Munich)", "Camille Laurent (Paris)", "Arjun Mehta (Bengaluru)", "Isla Turner (Sydney)", "Kenji Sato (Tokyo)"]
ems = [person_email(*n.split(" (")[0].split(" "), dom="acme-partners.com") for n in names[:3]]
lines = [f"{n}: {p}" + (f", {ems[i]}" if i < 3 else "") for i, (n, p) in enumerate(zip(names, intl))]
body("p42_anth_intl_partner_contacts", anth_chat(["Format this partner contact list as a markdown table with country codes:\n\n" + "\n".join(lines)]),
     [S("pii", "phone_number", p) for p in intl] + [S("pii", "email_address", x) for x in ems])

# p43 legacy OpenAI key + Slack user token in notebook
ol, xp = openai_legacy(), slack_user()
nb = json.dumps({"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
                            "source": ["import openai\n", f"openai.api_key = \"{ol}\"\n", "from slack_sdk import WebClient\n",
                                       f"slack = WebClient(token=\"{xp}\")\n"]}], "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
body("p43_gem_notebook_keys", gemini("Port this notebook cell to the openai>=1.0 client", [("read_file", {"path": "notebooks/digest.ipynb"}, nb)]),
     [S("secret", "openai_api_key", ol), S("secret", "slack_user_token", xp)])

# p44 ansible inventory
bpw, spw = password(), password()
inv2 = f"""[web]
web-01.prod ansible_host=10.0.4.21
web-02.prod ansible_host=10.0.4.22

[web:vars]
ansible_user=deploy
ansible_ssh_pass={spw}
ansible_become_password={bpw}
nginx_worker_processes=4
"""
body("p44_anth_ansible_inventory", anth("add a db group with the two postgres hosts",
     [("Read", {"file_path": "/home/dev/src/infra/ansible/inventory/prod.ini"}, inv2, None)]),
     [S("secret", "password_assignment", spw), S("secret", "password_assignment", bpw)])

# p45 SSN + IBAN in prose
s2, ib2 = ssn(), iban("NL")
body("p45_oai_form_fill_ssn", oai_chat(f"Fill the W-8BEN draft for me. My SSN is {s2} and refunds should go to {ib2} (ING). I'm a US citizen living in Utrecht.",
     system="You are a helpful assistant."), [S("pii", "us_ssn", s2), S("pii", "iban", ib2)])

# p46 JDBC URL with password parameter
jp = password()
jdbc = f"jdbc:mysql://db.shop.internal:3306/shop?user=shop_rw&password={jp}&useSSL=true&serverTimezone=UTC"
java = f'''public final class Db {{
    private static final String URL = "{jdbc}";

    public static Connection open() throws SQLException {{
        return DriverManager.getConnection(URL);
    }}
}}'''
body("p46_anth_jdbc_password", anth("Replace DriverManager with a HikariCP pool",
     [("Read", {"file_path": "/home/dev/src/shop/src/main/java/com/acme/shop/Db.java"}, java, None)]),
     [S("secret", "db_connection_string", jp)])

# p47 card + expiry in chat
cc = card("mc2", " ")
body("p47_gem_card_in_chat", gemini(f"the charge failed again for card {cc} exp 04/27, billing zip 94107. is it the card or our stripe integration? here's the error: card_declined / do_not_honor"),
     [S("pii", "credit_card_number", cc)])

# p48 Amex/Discover in support chat (Anthropic chat, multi-turn)
ca1, cd1 = card("amex", " "), card("discover", "-")
body("p48_anth_chat_cards_multiturn", anth_chat([
    "Customer says they were double charged. Which card should I refund?",
    "Can you share the transaction details (last 4 digits, dates, amounts)?",
    f"Txn 1: 2025-06-02 $149.00 on {ca1}\nTxn 2: 2025-06-02 $149.00 on {cd1}\nBoth show 'captured'."]),
    [S("pii", "credit_card_number", ca1), S("pii", "credit_card_number", cd1)])
