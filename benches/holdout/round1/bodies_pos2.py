# ---------------------------------------------------------------- POSITIVES, batch 2
# p49 Anthropic document block: base64 text/plain .env attachment
dpw = password()
durl = f"postgresql://etl:{dpw}@warehouse.acme.internal:5432/dw"
doc = f"DATABASE_URL={durl}\nLOG_LEVEL=debug\n"
body("p49_anth_document_b64_env", {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [{"role": "user", "content": [
    {"type": "document", "source": {"type": "base64", "media_type": "text/plain", "data": base64.b64encode(doc.encode()).decode()}, "title": ".env.etl"},
    {"type": "text", "text": "Why does the ETL container fail to connect with this env file?"}]}]},
    [S("secret", "database_url_password", base64.b64encode(doc.encode()).decode())])

# p50 Gemini functionResponse with structured (non-string) customer record
cnum, ph, em, s3 = card("visa"), us_phone("dash"), person_email("Daniel", "Kowalski"), ssn()
body("p50_gem_structured_function_response", {"contents": [
    {"role": "user", "parts": [{"text": "Look up customer 88213 and tell me why autopay failed."}]},
    {"role": "model", "parts": [{"functionCall": {"name": "get_customer", "args": {"id": 88213}}}]},
    {"role": "user", "parts": [{"functionResponse": {"name": "get_customer", "response": {"customer": {
        "id": 88213, "name": "Daniel Kowalski", "email": em, "phone": ph, "ssn": s3,
        "autopay": {"card_number": int(cnum), "exp": "09/27", "last_error": "expired_card"}}}}}]}]},
    [S("pii", "email_address", em), S("pii", "phone_number", ph), S("pii", "us_ssn", s3), S("pii", "credit_card_number", cnum)])

# p51 Helm values with indented block-scalar private key + password
rk = K.rsa_traditional()
ind = "\n".join("    " + l for l in rk.strip().split("\n"))
hp = password()
helm = f"""ingress:
  enabled: true
  hosts: [api.acme-corp.com]
postgresql:
  auth:
    username: api
    password: {hp}
tls:
  key: |
{ind}
"""
body("p51_resp_helm_values_block_key", oai_resp("helm upgrade fails: 'error converting YAML to JSON', find the issue",
     [("shell", {"command": ["cat", "charts/api/values-prod.yaml"]}, helm)]),
     [S("secret", "password_assignment", hp), S("private_key", "pem_rsa_private_key", ("-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"))])

# p52 tfstate with tls_private_key (private key pem double-escaped inside tool_result JSON)
tk2 = K.rsa_traditional()
st = json.dumps({"version": 4, "resources": [{"mode": "managed", "type": "tls_private_key", "name": "deploy", "instances": [{"attributes": {
    "algorithm": "RSA", "rsa_bits": 2048, "id": sha1(), "private_key_pem": tk2, "public_key_fingerprint_md5": ":".join(hex_(2) for _ in range(16))}}]}]}, indent=2)
body("p52_oai_tfstate_private_key_pem", oai_chat("which resources in state are tainted?", [("run_shell", {"cmd": "terraform state pull"}, st)]),
     [S("private_key", "pem_rsa_private_key", tk2.strip())])

# p53 .pgpass (no keyword) + .netrc
pg, nr = password(), password()
pgp = f"# hostname:port:database:username:password\nwarehouse.acme.internal:5432:dw:etl:{pg}\n\n$ cat ~/.netrc\nmachine artifacts.acme-corp.com login ci-publisher password {nr}\n"
body("p53_anth_pgpass_netrc", anth("psql still prompts for a password, why isn't ~/.pgpass used?",
     [("Bash", {"command": "ls -l ~/.pgpass && cat ~/.pgpass && cat ~/.netrc"}, "-rw-r--r-- 1 dev dev 96 Jun 10 09:12 /home/dev/.pgpass\n" + pgp, None)]),
     [S("secret", "password_assignment", pg), S("secret", "password_assignment", nr)])

# p54 headers in curl: x-api-key (Anthropic), Authorization: token (GitHub fine-grained), X-API-Key internal, Basic
ak2, fg, ik, bp2 = anthropic_key(), "github_pat_11" + rs(20, UP + DIG) + "_" + rs(59), rs(40, B62), password()
bb = base64.b64encode(f"grafana-reader:{bp2}".encode()).decode()
cu = f"""curl https://api.anthropic.com/v1/messages -H "x-api-key: {ak2}" -H "anthropic-version: 2023-06-01" -d @req.json
curl -H "Authorization: token {fg}" https://api.github.com/repos/acme/infra/actions/runs
curl -H "X-API-Key: {ik}" https://inventory.acme.internal/api/v3/items?limit=50
curl -H "Authorization: Basic {bb}" https://grafana.acme-corp.com/api/dashboards/uid/api-latency"""
body("p54_gem_curl_headers", gemini("Convert these curl calls into a Python requests script:\n\n" + cu),
     [S("secret", "anthropic_api_key", ak2), S("secret", "github_fine_grained_pat", fg), S("secret", "secret_assignment", ik),
      S("secret", "http_basic_auth", bb)])

# p55 AWS STS temporary credentials (ASIA + session token)
ask, ass = aws_key_id("ASIA"), aws_secret()
stok = "IQoJb3JpZ2luX2VjE" + base64.b64encode(rnd_bytes(600)).decode()
awsout = json.dumps({"Credentials": {"AccessKeyId": ask, "SecretAccessKey": ass, "SessionToken": stok, "Expiration": "2025-06-11T10:41:07+00:00"},
                     "AssumedRoleUser": {"AssumedRoleId": "AROA" + rs(17, UP + "234567") + ":ci", "Arn": f"arn:aws:sts::{R.randint(10**11, 10**12 - 1)}:assumed-role/deploy/ci"}}, indent=4)
body("p55_anth_sts_credentials", anth("the assumed role can't read the bucket, check what I got back",
     [("Bash", {"command": "aws sts assume-role --role-arn arn:aws:iam::...:role/deploy --role-session-name ci"}, awsout, None)]),
     [S("secret", "aws_access_key_id", ask), S("secret", "aws_secret_access_key", ass), S("secret", "secret_assignment", stok)])

# p56 PowerShell + Azure AD client secret
azs = rs(3, B62) + "8Q~" + rs(34, B62 + "_-.~")
ps_pw = password()
ps = f"""$tenantId = "{uuid4()}"
$clientId = "{uuid4()}"
$clientSecret = "{azs}"
$securePwd = ConvertTo-SecureString "{ps_pw}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("svc-backup@acme-corp.com", $securePwd)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential (New-Object PSCredential($clientId, (ConvertTo-SecureString $clientSecret -AsPlainText -Force)))"""
body("p56_oai_powershell_secrets", oai_chat("Make this script work in PowerShell 7 on Linux", [("read_file", {"path": "scripts/backup.ps1"}, ps)]),
     [S("secret", "azure_ad_client_secret", azs), S("secret", "password_assignment", ps_pw)],
     [S("pii", "email_address", "svc-backup@acme-corp.com")])

# p57 more phone formats + plus-addressed / bracketed emails
phs = ["+44 (0)20 " + rs(4, DIG) + " " + rs(4, DIG), "+39 333 " + rs(3, DIG) + " " + rs(4, DIG), "+52 55 " + rs(4, DIG) + " " + rs(4, DIG),
       "+86 138 " + rs(4, DIG) + " " + rs(4, DIG), "+65 9" + rs(3, DIG) + " " + rs(4, DIG), "+353 87 " + rs(3, DIG) + " " + rs(4, DIG),
       "+41 79 " + rs(3, DIG) + " " + rs(2, DIG) + " " + rs(2, DIG), "+31 6 " + rs(8, DIG), "0151 " + rs(8, DIG),
       us_phone("paren").replace(") ", ")"), us_phone("dash") + " x204"]
e_plus, e_br = "grace.liu+billing@gmail.com", "aisha.khan@mail.acme-corp.co.uk"
sig = "Contacts for the EMEA/APAC rollout:\n" + "\n".join(f"- {n}: {p}" for n, p in zip(
    ["Harry Evans", "Giulia Romano", "Mateo Ruiz", "Wei Zhang", "Rachel Tan", "Ciarán Byrne", "Lea Meier", "Sanne de Vries", "Felix Braun", "Jordan Lee", "Megan Park"], phs))
sig += f"\nBilling contact: Grace Liu <{e_plus}>\nTo: \"Khan, Aisha\" <{e_br}>"
body("p57_anth_phone_formats_2", anth_chat(["Normalise all numbers to E.164 and output CSV name,phone:\n\n" + sig]),
     [S("pii", "phone_number", p) for p in phs] + [S("pii", "email_address", e_plus), S("pii", "email_address", e_br)])

# p58 Classification headers (Title case single word marker) and STRICTLY CONFIDENTIAL
cl = """From: Legal <legal@acme-corp.com>
Subject: Settlement terms — Henderson v. Acme
Sensitivity: Confidential
Classification: Confidential

STRICTLY CONFIDENTIAL - attorney-client privileged.
The settlement amount is $1.2M payable in two tranches."""
body("p58_resp_classification_headers", oai_resp("Summarise this email in two sentences", [("shell", {"command": ["cat", "mail/settlement.eml"]}, cl)]),
     [S("confidential", "confidential_marker", "STRICTLY CONFIDENTIAL")],
     [S("pii", "email_address", "legal@acme-corp.com"), S("confidential", "confidential_marker", "Sensitivity: Confidential"), S("confidential", "confidential_marker", "Classification: Confidential")])

# p59 URL-encoded email and phone in a query string (access log)
qe, qp = person_email("Sofia", "Rossi"), us_phone("e164")
al = f'10.0.3.7 - - [11/Jun/2025:09:12:44 +0000] "GET /api/v1/leads?email={qe.replace("@", "%40")}&phone={qp.replace("+", "%2B")}&utm_source=google HTTP/1.1" 200 512 "-" "Mozilla/5.0"'
body("p59_gem_urlencoded_pii_log", gemini("Why are leads from Google Ads duplicated? Here's a log line:\n\n" + al),
     [S("pii", "email_address", qe.replace("@", "%40")), S("pii", "phone_number", qp.replace("+", "%2B"))])

# p60 Rust const, Kotlin apiKey, YAML password in Claude Code Read (arrow numbered)
rpw, kk = password(), rs(32, B62)
code2 = f'''pub const DB_PASSWORD: &str = "{rpw}";
pub const DB_HOST: &str = "pg.acme.internal";
'''
kt = f'''object Config {{
    private const val apiKey = "{kk}"
    val baseUrl = "https://weather.acme-partners.com/v2"
}}'''
body("p60_anth_rust_kotlin_consts", anth("unify the config modules of the rust service and the android app",
     [("Read", {"file_path": "/home/dev/src/svc/src/config.rs"}, code2, None), ("Read", {"file_path": "/home/dev/src/android/app/src/main/java/com/acme/Config.kt"}, kt, None)]),
     [S("secret", "password_assignment", rpw), S("secret", "secret_assignment", kk)])
