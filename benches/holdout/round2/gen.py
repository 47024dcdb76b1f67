#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout2).

Writes bodies/*.json (AI API request bodies) and labels.json:
  { body_name: [[category, detector_id_or_null, planted_value, (optional raw_form)], ...] }
Bodies named n_* are hard negatives (no label at all).

PII policy: structured personal identifiers only (personal e-mail addresses,
phone numbers of people, national ids, payment cards, IBANs).  Role / service /
documentation addresses (noreply@, support@, git@github.com, *@example.com,
*@localhost, npm scopes) are NOT PII.  Names and postal addresses are not labelled.
Key material is generated once into keys/ (openssl, ssh-keygen, gpg) and reused.
"""
import base64, hashlib, hmac, json, os, random, string, struct, subprocess, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bodies")
KEYS = os.path.join(HERE, "keys")
R = random.Random(20241124)

AL = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"


def rs(n, alpha=AL):
    return "".join(R.choice(alpha) for _ in range(n))


def key(name):
    with open(os.path.join(KEYS, name)) as f:
        return f.read()


# ---------------------------------------------------------------- secrets
def gh(prefix="ghp_"):
    body = rs(30)
    c = zlib.crc32(body.encode()) & 0xffffffff
    s = ""
    while c:
        c, r = divmod(c, 62)
        s = B62[r] + s
    return prefix + body + s.rjust(6, "0")


def aws_id():
    return "AKIA" + rs(16, string.ascii_uppercase + "234567")


def aws_secret():
    return rs(40, AL + "/+")


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(payload):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(hmac.new(os.urandom(0) or rs(32).encode(), (h + "." + p).encode(), hashlib.sha256).digest())
    return h + "." + p + "." + sig


def openai_key():
    return "sk-proj-" + rs(74, AL + "-_") + "T3BlbkFJ" + rs(74, AL + "-_")


def anthropic_key():
    return "sk-ant-api03-" + rs(93, AL + "-_") + "AA"


def slack_bot():
    return "xoxb-%d-%d-%s" % (R.randint(10**10, 10**12), R.randint(10**11, 10**13), rs(24))


def slack_hook():
    U = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, U), rs(10, U), rs(24))


def bech32_polymod(values):
    GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= GEN[i] if ((b >> i) & 1) else 0
    return chk


def age_key():
    hrp = "age-secret-key-"
    data = [R.randrange(256) for _ in range(32)]
    acc = bits = 0; five = []
    for b in data:
        acc = (acc << 8) | b; bits += 8
        while bits >= 5:
            bits -= 5; five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = bech32_polymod(hv + five + [0] * 6) ^ 1
    five += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    return (hrp + "1" + "".join(CH[d] for d in five)).upper()


def ppk():
    """PuTTY-User-Key-File-2 built from the generated OpenSSH ed25519 key (real MAC)."""
    raw = key("ssh_ed25519")
    b = base64.b64decode("".join(raw.strip().splitlines()[1:-1]))
    o = len(b"openssh-key-v1\0")

    def rd(o):
        n = struct.unpack(">I", b[o:o + 4])[0]
        return b[o + 4:o + 4 + n], o + 4 + n
    _, o = rd(o); _, o = rd(o); _, o = rd(o); o += 4
    pub, o = rd(o); priv, o = rd(o)
    p = 8
    def rd2(p):
        n = struct.unpack(">I", priv[p:p + 4])[0]
        return priv[p + 4:p + 4 + n], p + 4 + n
    _, p = rd2(p); pk, p = rd2(p); sk, p = rd2(p)
    s = lambda x: struct.pack(">I", len(x)) + x
    privblob = s(sk[:32])
    comment = b"deploy@build-01"
    mackey = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    mac = hmac.new(mackey, s(b"ssh-ed25519") + s(b"none") + s(comment) + s(pub) + s(privblob), hashlib.sha1).hexdigest()
    def lines(x):
        e = base64.b64encode(x).decode()
        return [e[i:i + 64] for i in range(0, len(e), 64)]
    pl, vl = lines(pub), lines(privblob)
    return "\n".join(["PuTTY-User-Key-File-2: ssh-ed25519", "Encryption: none", "Comment: deploy@build-01",
                      "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl +
                     ["Private-MAC: " + mac]) + "\n"


# ---------------------------------------------------------------- PII
def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def luhn_complete(prefix, length):
    while True:
        n = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
        for c in string.digits:
            if luhn_ok(n + c):
                return n + c


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_fmt(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def nino():
    first = "ABCEGHJKLMNOPRSTWXYZ"; second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = "%06d" % R.randint(0, 999999)
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], R.choice("ABCD"))


def sin():
    n = luhn_complete(R.choice("1234567"), 9)
    return n[:3] + " " + n[3:6] + " " + n[6:]


def insee():
    base = "%d%02d%02d%02d%03d%03d" % (R.choice([1, 2]), R.randint(50, 99), R.randint(1, 12), R.choice([75, 69, 13, 33, 59]),
                                         R.randint(1, 999), R.randint(1, 999))
    k = 97 - int(base) % 97
    return "%s %s %s %s %s %s %02d" % (base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], k)


def dni():
    n = R.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nie():
    p = R.choice("XYZ"); n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + "%07d" % n) % 23])


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf(stem):
    s = 0
    for i, c in enumerate(stem):
        if i % 2 == 0:
            s += CF_ODD[c]
        else:
            s += int(c) if c.isdigit() else ord(c) - 65
    return stem + chr(65 + s % 26)


def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
      [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
      [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]


def aadhaar():
    d = str(R.randint(2, 9)) + "".join(R.choice(string.digits) for _ in range(10))
    c = 0
    for i, x in enumerate(reversed(d)):
        c = VD[c][VP[(i + 1) % 8][int(x)]]
    s = d + str(VINV[c])
    return s[:4] + " " + s[4:8] + " " + s[8:]


def de_taxid():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
        cnt = sorted((d.count(x) for x in set(d)), reverse=True)
        if cnt[0] == 2 and cnt.count(2) == 1 and len(set(d)) == 9:
            break
    prod = 10
    for x in d:
        s = (x + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    if c == 10:
        c = 0
    s = "".join(map(str, d)) + str(c)
    return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])


def tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        if sum(a * b for a, b in zip(d, w)) % 11 == 0:
            s = "".join(map(str, d))
            return s[:3] + " " + s[3:6] + " " + s[6:]


def pesel():
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    d = [int(c) for c in "%02d%02d%02d%04d" % (y, m, dd, R.randint(0, 9999))]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(a * b for a, b in zip(d, w)) % 10) % 10
    return "".join(map(str, d)) + str(c)


def personnummer():
    base = "%02d%02d%02d%03d" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))
    for c in string.digits:
        if luhn_ok(base + c):
            return base[:6] + "-" + base[6:] + c


# ---------------------------------------------------------------- request wrappers
def anth(text, system=None, model="claude-sonnet-4-5"):
    b = {"model": model, "max_tokens": 1024, "messages": [{"role": "user", "content": text}]}
    if system:
        b["system"] = system
    return b


def oai(text, system="You are a helpful assistant."):
    return {"model": "gpt-4o", "messages": [{"role": "system", "content": system}, {"role": "user", "content": text}]}


def gem(text):
    return {"contents": [{"role": "user", "parts": [{"text": text}]}], "generationConfig": {"temperature": 0.2}}


def bedrock(text):
    return {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 800,
            "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}


def converse(text):
    return {"messages": [{"role": "user", "content": [{"text": text}]}], "inferenceConfig": {"maxTokens": 512}}


WRAP = [anth, oai, gem, bedrock, converse]

BODIES = {}


def add(name, body, labels=(), raw=None):
    assert name not in BODIES, name
    text = raw if raw is not None else json.dumps(body, indent=R.choice([None, 2]))
    BODIES[name] = (text, [list(l) for l in labels])


def w(i):
    return WRAP[i % len(WRAP)]


# ================================================================= POSITIVES
def positives():
    # 1 OpenAI tool_calls arguments (JSON string inside JSON) with curl + bearer
    k = openai_key()
    args = json.dumps({"command": "curl -sS https://api.openai.com/v1/models -H 'Authorization: Bearer %s'" % k})
    add("p_openai_toolcall_curl", {"model": "gpt-4o", "messages": [
        {"role": "user", "content": "List the models my key can see."},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_8fK2", "type": "function",
                                                                "function": {"name": "run_shell", "arguments": args}}]},
        {"role": "tool", "tool_call_id": "call_8fK2", "content": "{\"object\":\"list\",\"data\":[]}"}]},
        [("secret", "openai_api_key", k)])

    # 2 Anthropic tool_use psql with PGPASSWORD + URL
    pw1 = "Xk9#mQ2vL7pRw4"
    pw2 = "tR8!vNq3ZsLp"
    add("p_anthropic_tooluse_psql", {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
        {"role": "user", "content": "How many orders yesterday?"},
        {"role": "assistant", "content": [{"type": "text", "text": "I'll query the database."},
                                          {"type": "tool_use", "id": "toolu_01A", "name": "bash", "input": {
                                              "command": "PGPASSWORD='%s' psql -h db.prod.acme.internal -U reporting -d orders -c 'select count(*) from orders where created_at > now() - interval \\'1 day\\''" % pw1}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01A", "content": " count \n-------\n  4182\n(1 row)"}]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01B", "name": "bash", "input": {
            "command": "psql \"postgresql://analytics:%s@replica-2.db.acme.internal:5432/warehouse?sslmode=require\" -f q.sql" % pw2}}]}]},
        [("secret", "cli_password", pw1), ("secret", "database_url_password", pw2)])

    # 3 Anthropic tool_use aws cli with inline env creds
    ai, sk = aws_id(), aws_secret()
    add("p_anthropic_tooluse_aws", {"model": "claude-opus-4", "max_tokens": 1024, "messages": [
        {"role": "user", "content": "check the bucket"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_02", "name": "terminal", "input": {
            "command": "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_DEFAULT_REGION=eu-west-1 aws s3 ls s3://acme-backups/" % (ai, sk),
            "timeout": 60}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_02", "content": "2024-11-01 db.dump"}]}]},
        [("secret", "aws_access_key_id", ai), ("secret", "aws_secret_access_key", sk)])

    # 4 git diff adding secrets
    ai2, sk2 = aws_id(), aws_secret()
    diff = ("diff --git a/deploy/.env.production b/deploy/.env.production\nindex 3e4f1a2..9bc0d77 100644\n"
            "--- a/deploy/.env.production\n+++ b/deploy/.env.production\n@@ -3,6 +3,8 @@ APP_ENV=production\n"
            " LOG_LEVEL=info\n REGION=us-east-1\n+AWS_ACCESS_KEY_ID=%s\n+AWS_SECRET_ACCESS_KEY=%s\n FEATURE_FLAGS=beta\n" % (ai2, sk2))
    add("p_git_diff_aws", anth("Review this patch before I push:\n\n" + diff),
        [("secret", "aws_access_key_id", ai2), ("secret", "aws_secret_access_key", sk2)])

    # 5 git format-patch with a github token in a workflow + removed line that had a token (removed still leaks)
    t1 = gh("ghp_")
    patch = ("From 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b Mon Sep 17 00:00:00 2001\nFrom: CI Bot <noreply@github.com>\n"
             "Subject: [PATCH] use token for release\n\n---\n scripts/release.sh | 2 +-\n\n"
             "--- a/scripts/release.sh\n+++ b/scripts/release.sh\n@@ -10,7 +10,7 @@\n"
             "-export GITHUB_TOKEN=\"$(cat ~/.token)\"\n+export GITHUB_TOKEN=\"%s\"\n gh release create v$VERSION\n" % t1)
    add("p_git_patch_ghtoken", oai(patch), [("secret", "github_pat", t1)])

    # 6 Jupyter notebook JSON pasted as text
    hf = "hf_" + rs(34, string.ascii_letters)
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Fine-tune run\n"]},
                    {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
                        {"name": "stdout", "output_type": "stream", "text": ["Login successful\n"]}],
                     "source": ["from huggingface_hub import login\n", "login(token=\"%s\")\n" % hf]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    add("p_jupyter_notebook", gem("Why does this notebook fail on cell 4?\n" + json.dumps(nb, indent=1)),
        [("secret", "huggingface_token", hf)])

    # 7 Dockerfile ENV / ARG
    st = "sk_live_" + rs(99)
    npm = "npm_" + rs(36)
    dockerfile = ("FROM node:20-alpine AS build\nWORKDIR /app\nARG NPM_TOKEN=%s\n"
                  "RUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci\n"
                  "ENV NODE_ENV=production \\\n    STRIPE_SECRET_KEY=%s\nCOPY . .\nCMD [\"node\", \"server.js\"]\n" % (npm, st))
    add("p_dockerfile", bedrock("Can you shrink this image?\n```dockerfile\n" + dockerfile + "```"),
        [("secret", "npm_token", npm), ("secret", "stripe_secret_key", st)])

    # 8 docker-compose environment lists
    pg = "v9Jq2mZr8KxT4sWp"
    sg = "SG." + rs(22, AL + "-_") + "." + rs(43, AL + "-_")
    compose = ("services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n"
               "      - POSTGRES_PASSWORD=%s\n      - POSTGRES_DB=app\n  worker:\n    build: .\n    environment:\n"
               "      SENDGRID_API_KEY: \"%s\"\n      REDIS_URL: redis://cache:6379/0\n" % (pg, sg))
    add("p_docker_compose", anth(compose), [("secret", "password_assignment", pg), ("secret", "sendgrid_api_key", sg)])

    # 9 GitHub Actions inline token + slack webhook
    t2 = gh("ghp_"); sh = slack_hook()
    gha = ("name: release\non: [push]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: %s\n"
           "    steps:\n      - uses: actions/checkout@v4\n      - run: gh release create ${{ github.ref_name }}\n"
           "      - run: curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"released\"}' %s\n" % (t2, sh))
    add("p_github_actions", oai(gha), [("secret", "github_pat", t2), ("secret", "slack_webhook_url", sh)])

    # 10 Kubernetes Secret stringData + base64 data
    kp = "Qz7!pW2rLm9xVt"
    st2 = "sk_live_" + rs(24)
    b64 = base64.b64encode(st2.encode()).decode()
    k8s = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\n  namespace: prod\ntype: Opaque\nstringData:\n"
           "  DB_PASSWORD: \"%s\"\ndata:\n  STRIPE_KEY: %s\n" % (kp, b64))
    add("p_k8s_secret", anth("kubectl apply says invalid; fix it\n\n" + k8s),
        [("secret", "password_assignment", kp), ("secret", "stripe_secret_key", b64)])

    # 11 k8s tls secret with indented PEM block scalar
    ec = key("ec.pem")
    ind = "".join("    " + l + "\n" for l in ec.strip().splitlines())
    man = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n"
           "  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIBszCCAVmgAwIBAgIU...\n    -----END CERTIFICATE-----\n"
           "  tls.key: |\n" + ind)
    add("p_k8s_tls_blockscalar", gem(man), [("private_key", "pem_ec_private_key", ind.rstrip("\n"))])

    # 12 Helm values
    hp, rp = "HelmPgPass_83kd!2", "r3d1s-" + rs(16)
    helm = ("image:\n  repository: ghcr.io/acme/api\n  tag: 1.8.2\npostgresql:\n  auth:\n    username: api\n"
            "    password: \"%s\"\n    database: api\nredis:\n  auth:\n    enabled: true\n    password: %s\n" % (hp, rp))
    add("p_helm_values", converse("helm upgrade fails with this values.yaml:\n" + helm),
        [("secret", "password_assignment", hp), ("secret", "password_assignment", rp)])

    # 13 Terraform tfvars
    dd = rs(32, HEX); do = "dop_v1_" + rs(64, HEX)
    tf = ('region          = "eu-central-1"\ninstance_type   = "t3.medium"\ndatadog_api_key = "%s"\n'
          'do_token        = "%s"\ndb_password     = "Tf-vars-Pa55w0rd-2024"\n' % (dd, do))
    add("p_tfvars", oai("terraform plan errors, here is prod.tfvars:\n" + tf),
        [("secret", "datadog_api_key", dd), ("secret", "digitalocean_token", do),
         ("secret", "password_assignment", "Tf-vars-Pa55w0rd-2024")])

    # 14 Ansible inventory
    inv = ("[web]\nweb01.acme.net ansible_host=10.0.4.11 ansible_user=deploy ansible_password=Ans1ble!Deploy77\n"
           "[db]\ndb01.acme.net ansible_host=10.0.5.20 ansible_user=root ansible_ssh_pass=rootPW_93jfk ansible_become_pass=B3come#Root\n")
    add("p_ansible_inventory", bedrock(inv),
        [("secret", "password_assignment", "Ans1ble!Deploy77"), ("secret", "password_assignment", "rootPW_93jfk"),
         ("secret", "password_assignment", "B3come#Root")])

    # 15 Java .properties
    props = ("spring.datasource.url=jdbc:postgresql://pg.internal:5432/shop\nspring.datasource.username=shop\n"
             "spring.datasource.password=ShopDb#2024!x\nspring.mail.host=smtp.mailgun.org\n"
             "spring.mail.password=key-%s\n" % rs(32, HEX))
    mg = props.split("spring.mail.password=")[1].strip()
    add("p_java_properties", anth(props), [("secret", "password_assignment", "ShopDb#2024!x"), ("secret", "mailgun_api_key", mg)])

    # 16 Spring application.yml with Azure AD client secret and jdbc creds
    az = rs(3, AL) + "8Q~" + rs(34, AL + "_-.~")
    yml = ("spring:\n  datasource:\n    url: jdbc:mysql://mysql.prod:3306/crm\n    username: crm_app\n    password: CrmMy5ql!pass\n"
           "  cloud:\n    azure:\n      active-directory:\n        credential:\n          client-id: 6f1c2d9e-8a4b-4c7d-9e2f-1a3b5c7d9e0f\n"
           "          client-secret: %s\n" % az)
    add("p_spring_yml", gem(yml), [("secret", "password_assignment", "CrmMy5ql!pass"), ("secret", "azure_ad_client_secret", az)])

    # 17 .NET appsettings.json (JSON in a JSON string)
    ak = base64.b64encode(os.urandom(0) or bytes(R.randrange(256) for _ in range(64))).decode()
    sqlpw = "Sql$erver!Prod9"
    app = {"Logging": {"LogLevel": {"Default": "Information"}},
           "ConnectionStrings": {
               "Default": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password=%s;Encrypt=True;" % sqlpw,
               "Storage": "DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=%s;EndpointSuffix=core.windows.net" % ak}}
    add("p_appsettings_json", oai("appsettings.json:\n" + json.dumps(app, indent=2)),
        [("secret", "db_connection_string", sqlpw), ("secret", "azure_storage_account_key", ak)])

    # 18 wp-config.php
    wpk = rs(64, AL + "!@#%^&*()-_[]{}<>~+=,.;:/?|")
    wp = ("<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_prod' );\ndefine( 'DB_PASSWORD', 'Wp!Pr0d_db_2024' );\n"
          "define( 'DB_HOST', 'localhost' );\ndefine( 'AUTH_KEY',         '%s' );\n$table_prefix = 'wp_';\n" % wpk)
    add("p_wp_config", anth(wp), [("secret", "password_assignment", "Wp!Pr0d_db_2024"), ("secret", "framework_secret_key", wpk)])

    # 19 Rails credentials.yml (decrypted)
    skb = rs(128, HEX); ai3, sk3 = aws_id(), aws_secret()
    rc = "secret_key_base: %s\naws:\n  access_key_id: %s\n  secret_access_key: %s\n" % (skb, ai3, sk3)
    add("p_rails_credentials", bedrock("bin/rails credentials:show output:\n" + rc),
        [("secret", "framework_secret_key", skb), ("secret", "aws_access_key_id", ai3), ("secret", "aws_secret_access_key", sk3)])

    # 20 Go source
    gk = "AIza" + rs(35, AL + "-_"); sg2 = "SG." + rs(22, AL + "-_") + "." + rs(43, AL + "-_")
    go = ('package main\n\nimport "github.com/sendgrid/sendgrid-go"\n\nconst mapsKey = "%s"\n\nfunc client() *sendgrid.Client {\n'
          '\treturn sendgrid.NewSendClient("%s")\n}\n' % (gk, sg2))
    add("p_go_source", converse(go), [("secret", "google_api_key", gk), ("secret", "sendgrid_api_key", sg2)])

    # 21 C# source
    rk = "rk_live_" + rs(99)
    cs = ('var stripe = new StripeClient("%s");\nvar cs = "Host=pg.acme.io;Port=5432;Username=billing;Password=B1ll!ngPg#77;Database=billing";\n'
          'await using var conn = new NpgsqlConnection(cs);\n' % rk)
    add("p_csharp_source", anth(cs), [("secret", "stripe_restricted_key", rk), ("secret", "db_connection_string", "B1ll!ngPg#77")])

    # 22 Java source with slack + twilio
    xb = slack_bot(); tw = "SK" + rs(32, HEX); twa = rs(32, HEX)
    java = ('public final class Notifier {\n  private static final String SLACK_TOKEN = "%s";\n'
            '  private static final String TWILIO_API_KEY = "%s";\n  private static final String TWILIO_AUTH_TOKEN = "%s";\n}\n' % (xb, tw, twa))
    add("p_java_source", oai(java), [("secret", "slack_bot_token", xb), ("secret", "twilio_api_key", tw),
                                      ("secret", None, twa)])

    # 23 SQL dump with customer PII
    c1 = luhn_complete("4", 16); c2 = luhn_complete("51", 16)
    e1, e2 = "maria.gonzalez84@gmail.com", "t.vanderberg@ziggo.nl"
    p1, p2 = "+34 612 345 871", "+31 6 4821 7730"
    sql = ("-- MySQL dump 10.13\nINSERT INTO `customers` (`id`,`name`,`email`,`phone`,`card`,`created`) VALUES\n"
           "(1041,'María González','%s','%s','%s','2024-02-11 09:14:02'),\n"
           "(1042,'Tom van der Berg','%s','%s','%s','2024-02-11 10:01:44');\n" % (e1, p1, c1, e2, p2, c2))
    add("p_sql_dump", anth("Convert to Postgres syntax:\n" + sql),
        [("pii", "email_address", e1), ("pii", "phone_number", p1), ("pii", "credit_card_number", c1),
         ("pii", "email_address", e2), ("pii", "phone_number", p2), ("pii", "credit_card_number", c2)])

    # 24 CSV export with SSN
    rows = [("James", "Miller", "jmiller1979@yahoo.com", "(312) 448-2716", ssn()),
            ("Priya", "Nair", "priya.nair.home@outlook.com", "415-662-9084", ssn())]
    csv = "first_name,last_name,email,phone,ssn\n" + "".join(",".join(r) + "\n" for r in rows)
    lab = []
    for r in rows:
        lab += [("pii", "email_address", r[2]), ("pii", "phone_number", r[3]), ("pii", "us_ssn", r[4])]
    add("p_csv_export", gem("Dedupe this export:\n" + csv), lab)

    # 25 TSV payroll UK: NINO + IBAN
    n1, n2 = nino(), nino()
    i1 = iban("GB", "NWBK" + "%06d" % R.randint(0, 999999) + "%08d" % R.randint(0, 99999999))
    i2 = iban("GB", "BARC" + "%06d" % R.randint(0, 999999) + "%08d" % R.randint(0, 99999999))
    tsv = "emp_id\tname\tni_number\tiban\tgross\n E1001\tOliver Hughes\t%s\t%s\t4,250.00\nE1002\tAmelia Khan\t%s\t%s\t3,980.00\n" % (n1, i1, n2, iban_fmt(i2))
    add("p_tsv_payroll", bedrock("Summarise payroll:\n" + tsv),
        [("pii", "uk_national_insurance_number", n1), ("pii", "iban", i1), ("pii", "uk_national_insurance_number", n2),
         ("pii", "iban", iban_fmt(i2))])

    # 26 logs with bearer JWT, cookie
    jw = jwt({"sub": "user_48121", "email_verified": True, "iat": 1731400000, "exp": 1731403600, "iss": "https://auth.acme.io/"})
    sess = rs(32, string.ascii_lowercase + string.digits)
    log = ('2024-11-12T08:31:02Z INFO  request method=GET path=/api/v2/orders headers={"Authorization": "Bearer %s", "Cookie": "sessionid=%s; csrftoken=%s"}\n'
           '2024-11-12T08:31:02Z WARN  upstream 502 retry=1\n' % (jw, sess, rs(32)))
    add("p_logs_bearer_cookie", oai("What's causing the 502?\n" + log),
        [("secret", "jwt", jw), ("secret", "session_cookie", sess)])

    # 27 Discord + Teams webhooks
    dw = "https://discord.com/api/webhooks/%d/%s" % (R.randint(10**17, 10**18), rs(68, AL + "-_"))
    tm = ("https://acmecorp.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" %
          ("3f2a9b1c-7d4e-4a6b-9c8d-2e1f0a3b4c5d", "72f988bf-86f1-41af-91ab-2d7cd011db47", rs(32, HEX), "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"))
    add("p_webhooks_discord_teams", anth("notify.py:\nDISCORD = '%s'\nTEAMS = '%s'\n" % (dw, tm)),
        [("secret", "discord_webhook_url", dw), ("secret", "teams_webhook_url", tm)])

    # 28 email thread with signature
    em, ph, ph2 = "rebecca.holt.77@gmail.com", "+44 7842 619305", "020 3887 1642"
    mail = ("Hi Sam,\n\nThanks for the call today. Please send the signed lease back by Friday.\n\nBest,\nRebecca Holt\n"
            "Senior Account Manager | Acme Logistics\nM: %s | D: %s\nPersonal: %s\n12 Harcourt Road, Bristol BS6 7RF\n\n"
            "> On Tue, 12 Nov 2024 at 10:02, Sam Patel <sam.patel@acmelogistics.co.uk> wrote:\n> Could you resend?\n" % (ph, ph2, em))
    add("p_email_thread", anth("Draft a polite reply:\n\n" + mail),
        [("pii", "phone_number", ph), ("pii", "phone_number", ph2), ("pii", "email_address", em),
         ("pii", "email_address", "sam.patel@acmelogistics.co.uk")])

    # 29 EU national ids (Gemini)
    ids = [("fr_insee_number", insee()), ("es_dni_nie", dni()), ("es_dni_nie", nie()), ("it_codice_fiscale", cf("BNCGLI85M41F205")),
           ("nl_bsn", bsn()), ("de_tax_id", de_taxid()), ("pl_pesel", pesel()), ("se_personnummer", personnummer())]
    txt = ("HR onboarding checklist - new hires in EU entities\n"
           "- Camille Martin (Paris): numéro de sécurité sociale %s\n- Javier Ruiz (Madrid): DNI %s\n"
           "- Andrei Popescu (Barcelona, foreign resident): NIE %s\n- Giulia Bianchi (Milano): codice fiscale %s\n"
           "- Daan de Vries (Utrecht): BSN %s\n- Lukas Becker (Berlin): Steuer-ID %s\n- Zofia Nowak (Kraków): PESEL %s\n"
           "- Elin Andersson (Göteborg): personnummer %s\n") % tuple(v for _, v in ids)
    add("p_eu_national_ids", gem(txt), [("pii", d, v) for d, v in ids])

    # 30 other national ids (Bedrock)
    ids2 = [("ca_social_insurance_number", sin()), ("br_cpf", cpf()), ("in_aadhaar", aadhaar()), ("au_tfn", tfn()), ("us_ssn", ssn())]
    txt2 = ("Contractor tax forms received:\n* Canada - SIN: %s\n* Brazil - CPF %s\n* India - Aadhaar no. %s\n"
            "* Australia - TFN %s\n* USA - SSN %s\n") % tuple(v for _, v in ids2)
    add("p_world_national_ids", bedrock(txt2), [("pii", d, v) for d, v in ids2])

    # 31 IBANs from many countries
    ibs = [iban("DE", "%08d%010d" % (R.randint(10000000, 99999999), R.randint(0, 9999999999))),
           iban("FR", "%05d%05d%011d%02d" % (R.randint(10000, 99999), R.randint(10000, 99999), R.randint(0, 10**11 - 1), R.randint(0, 99))),
           iban("ES", "%020d" % R.randint(0, 10**20 - 1)),
           iban("NL", "INGB%010d" % R.randint(0, 10**10 - 1)),
           iban("IT", "X%05d%05d%012d" % (R.randint(0, 99999), R.randint(0, 99999), R.randint(0, 10**12 - 1))),
           iban("BE", "%012d" % R.randint(0, 10**12 - 1)),
           iban("CH", "%05d%012d" % (R.randint(0, 99999), R.randint(0, 10**12 - 1))),
           iban("PL", "%024d" % R.randint(0, 10**24 - 1)),
           iban("SE", "%020d" % R.randint(0, 10**20 - 1)),
           iban("NO", "%011d" % R.randint(0, 10**11 - 1)),
           iban("AT", "%016d" % R.randint(0, 10**16 - 1)),
           iban("IE", "AIBK%014d" % R.randint(0, 10**14 - 1))]
    shown = [iban_fmt(x) if i % 2 == 0 else x for i, x in enumerate(ibs)]
    txt3 = "Supplier bank details (verify before payment run):\n" + "".join(
        "%d. %s\n" % (i + 1, s) for i, s in enumerate(shown))
    add("p_ibans_many", oai(txt3), [("pii", "iban", s) for s in shown])

    # 32 phones in national formats
    phones = ["+1 (646) 555-2987".replace("555", "839"), "+44 20 7123 4829", "07412 558 903", "+49 30 22863519", "0151 23846571",
              "+33 6 12 48 93 27", "06 71 82 93 04", "+91 98214 55703", "+61 412 873 205", "(02) 9374 6128",
              "+55 11 98765-4312", "+81 90-3842-1176", "+353 87 214 6630", "+34 699 210 448"]
    txt4 = "Emergency contacts for the offsite:\n" + "".join("- contact %d: %s\n" % (i + 1, p) for i, p in enumerate(phones))
    add("p_phones_many", anth(txt4), [("pii", "phone_number", p) for p in phones])

    # 33 PEM RSA in JSON (\n escapes) - pasted in Gemini system_instruction style
    rsa = key("rsa.pem").strip()
    add("p_pem_rsa", oai("why does paramiko reject this key?\n" + rsa), [("private_key", "pem_rsa_private_key", rsa)])

    # 34 OpenSSH key inside a tool_result
    ssh = key("ssh_ed25519").strip()
    add("p_openssh_tool_result", {"model": "claude-sonnet-4-5", "max_tokens": 1000, "messages": [
        {"role": "user", "content": "see why ssh fails"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_9", "name": "bash", "input": {"command": "cat ~/.ssh/id_ed25519"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_9", "content": [{"type": "text", "text": ssh + "\n"}]}]}]},
        [("private_key", "openssh_private_key", ssh)])

    # 35 PuTTY key
    pp = ppk().strip()
    add("p_putty_key", gem("Convert this to OpenSSH format:\n" + pp), [("private_key", "putty_private_key", pp)])

    # 36 PGP private key
    pgp = key("pgp_sec.asc").strip()
    add("p_pgp_private", converse("import fails: \n" + pgp), [("private_key", "pgp_private_key_block", pgp)])

    # 37 GCP service account JSON with PKCS8 key
    pk8 = key("certkey.pem")
    sa = {"type": "service_account", "project_id": "acme-prod-3321", "private_key_id": rs(40, HEX), "private_key": pk8,
          "client_email": "etl-runner@acme-prod-3321.iam.gserviceaccount.com", "client_id": str(R.randint(10**20, 10**21)),
          "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}
    add("p_gcp_service_account", anth("gcloud auth activate-service-account fails with this file:\n" + json.dumps(sa, indent=2)),
        [("private_key", "pem_pkcs8_private_key", pk8.strip()), ("secret", "gcp_service_account", json.dumps(sa, indent=2))])

    # 38 encrypted PEM + DSA
    enc, dsa = key("enc.pem").strip(), key("dsa_trad.pem").strip()
    add("p_encrypted_and_dsa", bedrock("legacy keys from the old vault:\n\n" + enc + "\n\n" + dsa),
        [("private_key", "pem_encrypted_private_key", enc), ("private_key", "pem_dsa_private_key", dsa)])

    # 39 age key
    ag = age_key()
    add("p_age_key", oai("# created: 2024-10-01T12:00:00Z\n# public key: age1%s\n%s\n" % (rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), ag)),
        [("private_key", "age_secret_key", ag)])

    # 40 base64 document attachment (.env)
    t3 = gh("ghp_"); st3 = "sk_live_" + rs(99)
    env = "APP_NAME=billing\nGITHUB_TOKEN=%s\nSTRIPE_SECRET_KEY=%s\n" % (t3, st3)
    data = base64.b64encode(env.encode()).decode()
    add("p_base64_document", {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "base64", "media_type": "text/plain", "data": data}, "title": ".env"},
        {"type": "text", "text": "Which of these settings are unused?"}]}]},
        [("secret", "github_pat", t3, data), ("secret", "stripe_secret_key", st3, data)])

    # 41 unicode-escaped secret and \" inside password
    st4 = "sk_live_" + rs(40)
    raw_st4 = st4.replace("_", "\\u005f")
    pw = 'Pa\\"ss-W0rd-77q!'   # source-code escaped quote inside the password
    body = json.dumps(anth("SLOT1\ndb_password = \"%s\"" % pw))
    body = body.replace("SLOT1", "stripe.api_key = '%s'" % raw_st4)
    add("p_unicode_escapes", None, [("secret", "stripe_secret_key", st4, raw_st4), ("secret", "password_assignment", pw)], raw=body)

    # 42 conversation history repeated across turns
    ai4, sk4 = aws_id(), aws_secret()
    snippet = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (ai4, sk4)
    add("p_history_repeated", {"model": "claude-sonnet-4-5", "max_tokens": 500, "messages": [
        {"role": "user", "content": "my ~/.aws/credentials:\n" + snippet},
        {"role": "assistant", "content": "Thanks. The profile section looks right; is the region set in ~/.aws/config?"},
        {"role": "user", "content": "yes. again, credentials are:\n" + snippet + "\nand it still says InvalidClientTokenId"}]},
        [("secret", "aws_access_key_id", ai4), ("secret", "aws_secret_access_key", sk4)])

    # 43 multi-line python string with URLs
    mpw, rpw = "M0ng0Atl@s!", "amqpS3cret99"
    mpw_url = "M0ng0Atl%40s%21"
    py = ('SETTINGS = """\nMONGO_URI=mongodb+srv://svc_reader:%s@cluster0.x7k2p.mongodb.net/prod?retryWrites=true\n'
          'BROKER_URL=amqp://celery:%s@rabbitmq.internal:5672//\n"""\n' % (mpw_url, rpw))
    add("p_multiline_urls", gem(py), [("secret", "url_credentials", mpw_url), ("secret", "url_credentials", rpw)])

    # 44 confidential markers memo
    memo = ("CONFIDENTIAL\n\nTo: Board of Directors\nRe: Project Falcon acquisition terms\n\nThe proposed price is $412M.\n\n"
            "Internal Only - prepared by Corporate Development\nDO NOT DISTRIBUTE\n")
    add("p_confidential_memo", anth("Summarise in 3 bullets:\n" + memo),
        [("confidential", "confidential_marker", "CONFIDENTIAL"), ("confidential", "confidential_marker", "Internal Only"),
         ("confidential", "confidential_marker", "DO NOT DISTRIBUTE")])

    # 45 confidential marker in code comment / slide footer
    code = ("// INTERNAL ONLY: pricing model v3, not for customers\nfn price(q: u32) -> f64 { 0.42 * q as f64 }\n"
            "/* Slide footer: Acme Corp - Do Not Distribute */\n")
    add("p_confidential_code", oai(code), [("confidential", "confidential_marker", "INTERNAL ONLY"),
                                           ("confidential", "confidential_marker", "Do Not Distribute")])

    # 46 npmrc / pypirc / docker config.json
    npm2 = "npm_" + rs(36); pypi = "pypi-AgEIcHlwaS5vcmc" + rs(150, AL + "-_")
    dauth = base64.b64encode(b"acmebuild:Dckr!Hub#Pass2024").decode()
    txt5 = ("~/.npmrc:\n//registry.npmjs.org/:_authToken=%s\n\n~/.pypirc:\n[pypi]\nusername = __token__\npassword = %s\n\n"
            "~/.docker/config.json:\n{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"%s\"}}}\n" % (npm2, pypi, dauth))
    add("p_registry_configs", bedrock(txt5), [("secret", "npm_token", npm2), ("secret", "pypi_token", pypi), ("secret", "registry_auth", dauth)])

    # 47 netrc + heroku
    hk = "%s-%s-%s-%s-%s" % (rs(8, HEX), rs(4, HEX), rs(4, HEX), rs(4, HEX), rs(12, HEX))
    nrc = "machine api.heroku.com\n  login ops@acme.io\n  password %s\nmachine git.heroku.com\n  login ops@acme.io\n  password %s\n" % (hk, hk)
    add("p_netrc", converse(nrc), [("secret", "netrc_password", hk)])

    # 48 gitlab CI with glpat + curl -u
    gl = "glpat-" + rs(20, AL + "-_")
    gci = ("deploy:\n  stage: deploy\n  script:\n    - git clone https://oauth2:%s@gitlab.acme.io/platform/infra.git\n"
           "    - curl -u admin:Nexu5Adm!n42 -T build.tgz https://nexus.acme.io/repository/raw/\n" % gl)
    add("p_gitlab_ci", anth(gci), [("secret", "gitlab_pat", gl), ("secret", "http_basic_auth", "Nexu5Adm!n42")])

    # 49 Anthropic key in python client + openrouter
    ak2 = anthropic_key(); orr = "sk-or-v1-" + rs(64, HEX)
    py2 = ('import anthropic, openai\nclaude = anthropic.Anthropic(api_key="%s")\n'
           'router = openai.OpenAI(base_url="https://openrouter.ai/api/v1", api_key="%s")\n' % (ak2, orr))
    add("p_llm_client_keys", gem(py2), [("secret", "anthropic_api_key", ak2), ("secret", "openrouter_api_key", orr)])

    # 50 Authorization: Basic header in an HTTP dump
    basic = base64.b64encode(b"svc-reporting:Rep0rt!ng#2024").decode()
    http = ("GET /api/reports/daily HTTP/1.1\r\nHost: bi.acme.io\r\nAuthorization: Basic %s\r\nAccept: application/json\r\n\r\n" % basic)
    add("p_http_basic_header", oai("Why 401?\n" + http), [("secret", "http_basic_auth", basic)])

    # 51 free-prose PII
    s5 = ssn(); e5 = "dlee.family@icloud.com"; p5 = "(917) 384-2265"; cc5 = luhn_complete("37", 15)
    prose = ("Please help me write a letter to my bank disputing a charge. My name is Daniel Lee, my social security "
             "number is %s, you can reach me at %s or %s. The card in question is American Express %s %s %s, expiring 08/27."
             % (s5, p5, e5, cc5[:4], cc5[4:10], cc5[10:]))
    ccf = "%s %s %s" % (cc5[:4], cc5[4:10], cc5[10:])
    add("p_prose_pii", anth(prose), [("pii", "us_ssn", s5), ("pii", "email_address", e5), ("pii", "phone_number", p5),
                                      ("pii", "credit_card_number", ccf)])

    # 52 cards in several formats
    cs_ = [luhn_complete("4", 16), luhn_complete("55", 16), luhn_complete("6011", 16), luhn_complete("3530", 16), luhn_complete("2221", 16)]
    fmts = [cs_[0], "-".join(cs_[1][i:i + 4] for i in range(0, 16, 4)), " ".join(cs_[2][i:i + 4] for i in range(0, 16, 4)),
            cs_[3], " ".join(cs_[4][i:i + 4] for i in range(0, 16, 4))]
    txt6 = ("refund queue:\n" + "\n".join("ticket %d card=%s exp=%02d/2%d cvv=%03d" % (i, f, i + 3, 6 + i % 3, R.randint(100, 999))
                                          for i, f in enumerate(fmts)))
    add("p_cards_formats", converse(txt6), [("pii", "credit_card_number", f) for f in fmts])

    # 53 telegram + vault + terraform cloud
    tg = "%d:AA%s" % (R.randint(10**8, 10**10), rs(33, AL + "-_"))
    hv = "hvs." + rs(90, AL + "_-")
    tfc = rs(14, AL) + ".atlasv1." + rs(67, AL)
    txt7 = ('export TELEGRAM_BOT_TOKEN="%s"\nexport VAULT_TOKEN=%s\ncredentials "app.terraform.io" {\n  token = "%s"\n}\n' % (tg, hv, tfc))
    add("p_tokens_misc", bedrock(txt7), [("secret", "telegram_bot_token", tg), ("secret", "vault_token", hv),
                                          ("secret", "terraform_cloud_token", tfc)])

    # 54 Gemini with system_instruction and inline password assignment
    gpw = "Gem!niSys_Pw_4471"
    add("p_gemini_system", {"system_instruction": {"parts": [{"text": "You are the ops bot. Admin console login: admin / password: %s" % gpw}]},
                            "contents": [{"role": "user", "parts": [{"text": "restart the worker pool"}]}]},
        [("secret", "password_assignment", gpw)])

    # 55 Slack xapp + github fine-grained PAT in a Makefile
    xapp = "xapp-1-A%s-%d-%s" % (rs(10, string.ascii_uppercase + string.digits), R.randint(10**12, 10**13), rs(64, HEX))
    fg = "github_pat_" + rs(22) + "_" + rs(59)
    mk = "deploy:\n\tSLACK_APP_TOKEN=%s ./bot\n\tGITHUB_TOKEN=%s gh pr merge --auto\n" % (xapp, fg)
    add("p_makefile_tokens", anth(mk), [("secret", "slack_app_token", xapp), ("secret", "github_fine_grained_pat", fg)])

    # 56 JWT in browser localStorage dump + refresh token
    jw2 = jwt({"sub": "8d1e4f2a", "name": "Hannah Schmidt", "role": "admin", "iat": 1730000000, "exp": 1730086400})
    ls = '> localStorage\n{access_token: "%s", theme: "dark", lang: "de"}\n' % jw2
    add("p_localstorage_jwt", oai(ls), [("secret", "jwt", jw2)])

    # 57 OpenAI tool_calls: arguments contain a DB URL & email to send to
    dburl_pw = "Wr1teR!Pw_2024"
    args2 = json.dumps({"dsn": "mysql://writer:%s@mysql-primary.acme.internal:3306/crm" % dburl_pw,
                        "query": "UPDATE users SET plan='pro' WHERE email='kevin.obrien1988@hotmail.com'"})
    add("p_openai_toolcall_dsn", {"model": "gpt-4.1", "messages": [
        {"role": "user", "content": "upgrade kevin"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_x1", "type": "function", "function": {"name": "sql_exec", "arguments": args2}}]}]},
        [("secret", "database_url_password", dburl_pw), ("pii", "email_address", "kevin.obrien1988@hotmail.com")])

    # 58 many SaaS tokens in an integrations YAML
    toks = [("slack_user_token", "xoxp-%d-%d-%d-%s" % (R.randint(10**10, 10**12), R.randint(10**10, 10**12), R.randint(10**11, 10**13), rs(32, HEX))),
            ("stripe_webhook_secret", "whsec_" + rs(32)),
            ("shopify_access_token", "shpat_" + rs(32, HEX)),
            ("databricks_token", "dapi" + rs(32, HEX)),
            ("grafana_token", "glsa_" + rs(32) + "_" + rs(8, HEX)),
            ("postman_api_key", "PMAK-" + rs(24, HEX) + "-" + rs(34, HEX)),
            ("linear_api_key", "lin_api_" + rs(40)),
            ("notion_token", "secret_" + rs(43)),
            ("doppler_token", "dp.st.prd." + rs(43)),
            ("pulumi_access_token", "pul-" + rs(40, HEX)),
            ("newrelic_api_key", "NRAK-" + rs(27, string.ascii_uppercase + string.digits)),
            ("dockerhub_pat", "dckr_pat_" + rs(27, AL + "-_")),
            ("figma_token", "figd_" + rs(40, AL + "-_")),
            ("supabase_token", "sbp_" + rs(40, HEX)),
            ("planetscale_token", "pscale_tkn_" + rs(43, AL + "_")),
            ("groq_api_key", "gsk_" + rs(52)),
            ("replicate_api_token", "r8_" + rs(37)),
            ("perplexity_api_key", "pplx-" + rs(48)),
            ("xai_api_key", "xai-" + rs(80)),
            ("langsmith_api_key", "lsv2_pt_" + rs(32, HEX) + "_" + rs(10, HEX)),
            ("sentry_auth_token", "sntryu_" + rs(64, HEX)),
            ("anthropic_admin_key", "sk-ant-admin01-" + rs(93, AL + "-_") + "AA"),
            ("square_access_token", "EAAA" + rs(60, AL + "-_")),
            ("atlassian_api_token", "ATATT3xFfGF0" + rs(170, AL + "-_") + "=" + rs(8, HEX).upper())]
    yml2 = "integrations:\n" + "".join("  %s: %s\n" % (d.replace("_token", "").replace("_api_key", "").replace("_key", ""), v) for d, v in toks)
    add("p_saas_tokens_yaml", oai("Migrate this config to env vars:\n" + yml2), [("secret", d, v) for d, v in toks])

    # 59 tool_call with generic X-API-Key header + github 'token' scheme
    gk2 = rs(40, string.ascii_lowercase + string.digits); t5 = gh("gho_")
    args3 = json.dumps({"url": "https://api.vendor-metrics.io/v2/export", "method": "GET",
                        "headers": {"X-API-Key": gk2, "Accept": "application/json"},
                        "fallback": "curl -H 'Authorization: token %s' https://api.github.com/user" % t5})
    add("p_toolcall_headers", {"model": "gpt-4o-mini", "messages": [
        {"role": "user", "content": "export metrics"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_h1", "type": "function", "function": {"name": "http_request", "arguments": args3}}]}],
        "tools": [{"type": "function", "function": {"name": "http_request", "parameters": {"type": "object", "properties": {"url": {"type": "string"}}}}}]},
        [("secret", None, gk2), ("secret", "github_oauth_token", t5)])

    # 60 Django / Flask secret keys + cookies in an HTTP capture
    dj = "django-insecure-" + rs(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
    fl = rs(64, HEX)
    lsess = rs(40)
    sid = "s%3A" + rs(32, AL + "-_") + "." + rs(43, AL + "%")
    txt8 = ("settings.py:\nSECRET_KEY = '%s'\n\napp.py:\napp.secret_key = \"%s\"\n\nHAR excerpt:\n"
            "Cookie: connect.sid=%s; _ga=GA1.2.%d.%d\nSet-Cookie: laravel_session=%s; path=/; httponly\n" % (dj, fl, sid, R.randint(10**8, 10**9), R.randint(10**9, 10**10), lsess))
    add("p_framework_keys_cookies", anth(txt8), [("secret", "framework_secret_key", dj), ("secret", "framework_secret_key", fl),
                                                ("secret", "session_cookie", sid), ("secret", "session_cookie", lsess)])


# ================================================================= HARD NEGATIVES
def negatives():
    i = 0
    def W():
        nonlocal i
        i += 1
        return WRAP[i % len(WRAP)]

    shas = [rs(40, HEX) for _ in range(6)]
    add("n_git_log", W()("git log --oneline --graph output:\n" + "".join("* %s %s\n" % (s[:7], m) for s, m in zip(shas, ["fix token refresh", "bump deps", "Merge pull request #412 from acme/feature/auth", "add password reset", "rotate secrets docs", "release 2.3.0"])) +
                          "\nfull: commit %s\nMerge: %s %s\nAuthor: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n" % (shas[0], shas[1][:7], shas[2][:7])))

    dig = ["sha256:" + rs(64, HEX) for _ in range(3)]
    add("n_sha256_digests", W()("sha256sum dist/*\n%s  dist/app-linux-amd64.tar.gz\n%s  dist/app-darwin-arm64.tar.gz\n\n"
                                "docker pull ghcr.io/acme/api@%s\nFROM python:3.12-slim@%s\n"
                                "Digest: %s\n" % (rs(64, HEX), rs(64, HEX), dig[0], dig[1], dig[2])))

    integ = lambda: "sha512-" + base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()
    pl = {"name": "web", "lockfileVersion": 3, "packages": {
        "node_modules/lodash": {"version": "4.17.21", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", "integrity": integ()},
        "node_modules/@babel/core": {"version": "7.24.0", "resolved": "https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz", "integrity": integ()}}}
    add("n_package_lock", W()("package-lock.json conflict:\n" + json.dumps(pl, indent=2)))

    add("n_yarn_pnpm_lock", W()('yarn.lock:\n"react@^18.2.0":\n  version "18.2.0"\n  resolved "https://registry.yarnpkg.com/react/-/react-18.2.0.tgz#%s"\n  integrity %s\n\n'
                                "pnpm-lock.yaml:\n  /zod@3.23.8:\n    resolution: {integrity: %s}\n" % (rs(40, HEX), integ(), integ())))

    add("n_cargo_lock", W()("Cargo.lock:\n" + "".join('[[package]]\nname = "%s"\nversion = "%s"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n\n' % (n, v, rs(64, HEX))
                                                      for n, v in [("serde", "1.0.210"), ("tokio", "1.40.0"), ("ring", "0.17.8")])))

    h1 = lambda: "h1:" + base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()
    add("n_go_sum", W()("go.sum:\ngithub.com/aws/aws-sdk-go-v2 v1.30.3 %s\ngithub.com/aws/aws-sdk-go-v2 v1.30.3/go.mod %s\n"
                        "golang.org/x/crypto v0.27.0 %s\n" % (h1(), h1(), h1())))

    add("n_poetry_lock", W()('poetry.lock:\n[[package]]\nname = "cryptography"\nversion = "43.0.1"\nfiles = [\n'
                             '    {file = "cryptography-43.0.1-cp39-abi3-manylinux_2_28_x86_64.whl", hash = "sha256:%s"},\n'
                             '    {file = "cryptography-43.0.1.tar.gz", hash = "sha256:%s"},\n]\n\nrequirements.txt:\nrequests==2.32.3 \\\n    --hash=sha256:%s\n'
                             % (rs(64, HEX), rs(64, HEX), rs(64, HEX))))

    add("n_gemfile_composer_lock", W()('composer.lock:\n{"name": "guzzlehttp/guzzle", "version": "7.9.2", "source": {"type": "git", "url": "https://github.com/guzzle/guzzle.git", "reference": "%s"},'
                                       ' "dist": {"type": "zip", "shasum": "%s"}, "content-hash": "%s"}\n\nGemfile.lock:\nGIT\n  remote: https://github.com/rails/rails.git\n  revision: %s\n'
                                       "CHECKSUMS\n  nokogiri (1.16.7-x86_64-linux) sha256=%s\n" % (rs(40, HEX), rs(40, HEX), rs(32, HEX), rs(40, HEX), rs(64, HEX))))

    uuids = ["%s-%s-4%s-%s%s-%s" % (rs(8, HEX), rs(4, HEX), rs(3, HEX), R.choice("89ab"), rs(3, HEX), rs(12, HEX)) for _ in range(3)]
    add("n_ids_uuid_ulid", W()("request_id=%s trace_id=%s span_id=%s\nulid=01J%s ksuid=2%s nanoid=%s\nobject ids: cus_%s pi_%s ch_%s evt_%s\n"
                               % (uuids[0], rs(32, HEX), rs(16, HEX), rs(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), rs(26, AL), rs(21, AL + "_-"),
                                  rs(14), rs(24), rs(24), rs(24))))

    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(R.randrange(256) for _ in range(900))).decode()
    add("n_base64_image", {"model": "claude-sonnet-4-5", "max_tokens": 500, "messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": img}},
        {"type": "text", "text": "What is in this screenshot? CSS: .logo{background:url(data:image/png;base64,%s)}" % img[:300]}]}]})

    font = base64.b64encode(b"wOF2" + bytes(R.randrange(256) for _ in range(1200))).decode()
    add("n_base64_font", W()("@font-face{font-family:'Inter';src:url(data:font/woff2;base64,%s) format('woff2');font-display:swap}" % font))

    vars_ = [rs(R.randint(1, 2), string.ascii_letters) for _ in range(40)]
    js = "!function(e,t){" + ";".join("var %s=%s(0x%s,'%s')" % (vars_[k], vars_[k + 1], rs(8, HEX), rs(24, AL)) for k in range(20)) + "}(window);"
    add("n_minified_js", W()("why is this bundle throwing?\n" + js + "\n.a{color:#3f2a9c}.b{margin:0}.c-3f2a9c1b{display:flex}"))

    vlq = ",".join(rs(R.randint(4, 8), AL + "+/") for _ in range(120))
    sm = {"version": 3, "file": "main.3f2a9c1b.js", "sources": ["webpack://app/./src/index.tsx"], "names": ["useState", "token", "password"], "mappings": ";;" + vlq}
    add("n_source_map", W()(json.dumps(sm)))

    add("n_webpack_hashes", W()("asset main.%s.js 312 KiB [emitted] [immutable] [minimized] (name: main)\nasset vendors.%s.chunk.js 1.2 MiB\n"
                                "asset styles.%s.css 41 KiB\nwebpack 5.94.0 compiled successfully in 8123 ms (hash: %s)\n"
                                % (rs(20, HEX), rs(20, HEX), rs(8, HEX), rs(20, HEX))))

    add("n_test_fixtures", W()('def test_hmac_vector():\n    key = bytes.fromhex("%s")\n    msg = b"what do ya want for nothing?"\n'
                               '    assert hmac_sha256(key, msg).hex() == "%s"\n\nFIXTURE_BLOB = base64.b64decode("%s")\nRANDOM_NONCE = "%s"\n'
                               % (rs(64, HEX), rs(64, HEX), base64.b64encode(bytes(R.randrange(256) for _ in range(96))).decode(), rs(24, HEX))))

    add("n_public_keys_certs", W()("authorized_keys:\n" + key("ssh_rsa.pub") + key("ssh_ed25519.pub") + "\n" + key("pub.pem") + "\n" + key("cert.pem")))

    jwks = {"keys": [{"kty": "RSA", "kid": rs(20), "use": "sig", "alg": "RS256", "e": "AQAB", "n": b64u(bytes(R.randrange(256) for _ in range(256)))},
                     {"kty": "EC", "crv": "P-256", "kid": rs(12), "x": b64u(bytes(R.randrange(256) for _ in range(32))), "y": b64u(bytes(R.randrange(256) for _ in range(32)))}]}
    add("n_jwks_public", W()("https://auth.acme.io/.well-known/jwks.json returns:\n" + json.dumps(jwks, indent=2)))

    add("n_pgp_public", W()("Import our release signing key:\n" + key("pgp_pub.asc")))

    add("n_env_example_dummies", W()(".env.example:\nOPENAI_API_KEY=<YOUR_OPENAI_API_KEY>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n"
                                          "DB_PASSWORD=changeme\nSECRET_KEY=your-secret-key-here\nGITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n"
                                          "AWS_SECRET_ACCESS_KEY=REPLACE_ME\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\nAPI_TOKEN=\nPASSWORD=********\n"))

    add("n_gha_secret_refs", W()("jobs:\n  deploy:\n    env:\n      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"
                                 "      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      password: ${{ vars.DB_PASSWORD }}\n    steps:\n      - run: echo \"${{ github.token }}\" | gh auth login --with-token\n"))

    add("n_helm_templates", W()("templates/secret.yaml:\napiVersion: v1\nkind: Secret\nstringData:\n  password: {{ .Values.postgresql.auth.password | quote }}\n"
                                "  api-key: {{ required \"apiKey is required\" .Values.apiKey }}\ndata:\n  token: {{ .Values.token | b64enc }}\n"
                                "---\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password\n"))

    add("n_code_env_lookups", W()('import os\nDB_PASSWORD = os.getenv("DB_PASSWORD")\napi_key = os.environ["OPENAI_API_KEY"]\n'
                                  'conn = "host=%(host)s user=%(user)s password=%(password)s" % cfg\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n'
                                  'def login(username: str, password: str) -> Token:\n    return auth(username=username, password=password)\n'
                                  'password = getpass.getpass("Password: ")\nsecret = config.get("secret")\n'))

    add("n_vendor_doc_examples", W()("From the AWS docs:\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                                     "From the Stripe docs: curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:\n"
                                     "From the JWT.io debugger: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n"))

    add("n_numbers_lookalike_cards", W()("Order #100234871299 total $1,249.99 (tax 8.875%)\nUPS tracking 1Z999AA10123456784\nFedEx 7489 2273 1150\n"
                                         "USPS 9400 1000 0000 0000 0000 00\nISBN 978-0-306-40615-7, ISBN-13 9780306406157\nEAN 4006381333931\n"
                                         "epoch_ms=1731402662123 epoch_ns=1731402662123456789\nsnowflake id 1234567890123456789\n"
                                         "Invoice INV-2024-000123, PO 4500012345, case 00123456\nbuild 10.0.19045.3693, version 3.12.7\n"))

    add("n_numbers_lookalike_phones", W()("Timestamps: 2024-03-15 14:22:01, 15/03/2024 14:22\nIPs: 192.168.100.254, 10.20.30.40, 2001:db8::8a2e:370:7334\n"
                                          "MAC 00:1A:2B:3C:4D:5E, serial SN 4417-2290-3318\ncoords -33.8688, 151.2093 and 51.5072 N, 0.1276 W\n"
                                          "range A1:C1000, port 5432, PID 41822, error code 0x80070005\nmeasurements: 120 340 5678 mm, 1 234 567 units\n"
                                          "ZIP 94103-1234, HTTP/1.1 200 OK in 1234 ms\n"))

    add("n_nonpersonal_emails", W()("git remote add origin git@github.com:acme/api.git\nFrom: GitHub <noreply@github.com>\nReply-To: notifications@github.com\n"
                                    "Contact support@acme.io or security@python.org; docs use user@example.com and alice@example.org.\n"
                                    "npm i @types/node@20.11.5 @acme/ui@2.0.0-beta.3\ndocker pull nginx@sha256:%s\nssh -i key deploy@10.0.4.11\n"
                                    "postgres@localhost, root@localhost\n" % rs(64, HEX)))

    add("n_lowercase_confidential", W()("Please treat this as confidential between us. This API is internal only and not meant for partners.\n"
                                        "Confidential information, as defined in section 4, excludes public data. Do not distribute copies of the beta "
                                        "build to friends. the internal-only flag is set on the repo. Marked as confidentiality level: low.\n"))

    add("n_variable_names", W()("class User(Model):\n    password_hash = CharField(max_length=128)\n    token_count = IntegerField(default=0)\n"
                                "MAX_TOKENS = 4096\nmax_tokens: int = 1024\nsecret_santa_pairs = shuffle(team)\nPASSWORD_MIN_LENGTH = 12\n"
                                "is_secret: bool = False\nSECRET_KEY_SETTING_NAME = \"SECRET_KEY\"\napi_key_header = \"X-API-Key\"\n"
                                "password_reset_url = \"/accounts/password/reset/\"\ntoken_type = \"Bearer\"\n"))

    add("n_stripe_publishable_and_ids", W()("const stripe = Stripe('pk_live_%s');\n// publishable keys are safe in the browser\n"
                                            "customer: cus_%s, price: price_%s, product: prod_%s\n" % (rs(99), rs(14), rs(24), rs(14))))

    add("n_aws_resource_ids", W()("arn:aws:iam::%d:role/ci-deployer\ninstance i-0%s ami-0%s vpc-0%s sg-0%s\n"
                                  "x-amzn-RequestId: %s\nAccount: %d\nKMS key arn:aws:kms:eu-west-1:%d:key/%s\n"
                                  % (R.randint(10**11, 10**12), rs(16, HEX), rs(16, HEX), rs(16, HEX), rs(16, HEX), uuids[1],
                                     R.randint(10**11, 10**12), R.randint(10**11, 10**12), uuids[2])))

    add("n_compose_secret_refs", W()("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"
                                     "      POSTGRES_USER: ${POSTGRES_USER:-app}\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n    secrets:\n      - db_password\n"
                                     "secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n"))

    add("n_terraform_vars", W()('variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_db_instance" "main" {\n'
                                '  username = "app"\n  password = var.db_password\n}\nresource "random_password" "api" { length = 32 }\n'
                                'output "pw" { value = random_password.api.result, sensitive = true }\n'))

    add("n_spring_env_refs", W()("spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}\nspring.security.oauth2.client.registration.google.client-secret=${GOOGLE_CLIENT_SECRET}\n"
                                     "app:\n  jwt:\n    secret: ${JWT_SECRET}\n  admin-password: '{cipher}${ADMIN_PW_ENC}'\n"))

    add("n_dotnet_no_password", W()(json.dumps({"ConnectionStrings": {"Default": "Server=(localdb)\\mssqllocaldb;Database=App;Trusted_Connection=True;MultipleActiveResultSets=true",
                                                                      "Storage": "UseDevelopmentStorage=true"}, "AllowedHosts": "*"}, indent=2)))

    add("n_wp_config_sample", W()("<?php\ndefine( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );\n"
                                  "define( 'DB_PASSWORD', 'password_here' );\ndefine( 'AUTH_KEY',         'put your unique phrase here' );\n"
                                  "define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n"))

    add("n_crypto_public", W()("ETH address 0x%s\nBTC bc1q%s\ntx hash 0x%s\nIPFS CID bafybei%s\nSHA-256(\"abc\") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
                               % (rs(40, HEX), rs(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), rs(64, HEX), rs(52, "abcdefghijklmnopqrstuvwxyz234567"))))

    add("n_openapi_spec", W()("components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n"
                              "    apiKey:\n      type: apiKey\n      in: header\n      name: X-API-Key\n  examples:\n    auth:\n      value: 'Authorization: Bearer <token>'\n"
                              "paths:\n  /login:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              properties:\n"
                              "                password: {type: string, format: password, minLength: 12}\n"))

    add("n_security_discussion", W()("How do I recognise leaked credentials? I know GitHub classic tokens start with ghp_ and have 36 characters after it, "
                                     "AWS key ids begin with AKIA, Stripe secret keys with sk_live_ and Slack bot tokens with xoxb-. "
                                     "OpenAI keys look like sk-proj-... and Anthropic ones sk-ant-api03-.... What regex should I use for each?"))

    add("n_redacted_logs", W()("Authorization: Bearer [REDACTED]\nCookie: sessionid=<redacted>; csrftoken=***\npassword=******** token=*** api_key=sk-...a1b2\n"
                               "AWS_SECRET_ACCESS_KEY=****************************************\nDATABASE_URL=postgres://app:*****@db:5432/app\n"))

    add("n_conn_strings_no_secret", W()("DATABASE_URL=postgres://localhost:5432/app_dev\nREDIS_URL=redis://redis:6379/0\nMONGO_URL=mongodb://mongo:27017/test\n"
                                        "AMQP_URL=amqp://rabbitmq:5672\nDSN=postgresql://app@db.internal/app?sslmode=verify-full\n"
                                        "jdbc:postgresql://pg:5432/shop?user=shop&password=${DB_PASS}\n"))

    add("n_secret_regex_code", W()('PATTERNS = {\n    "github": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),\n    "aws": re.compile(r"AKIA[0-9A-Z]{16}"),\n'
                                   '    "slack": re.compile(r"xox[baprs]-[0-9a-zA-Z-]{10,48}"),\n    "pem": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),\n}\n'))

    add("n_json_flags_confidential", W()(json.dumps({"document": {"id": 88231, "confidential": False, "internalOnly": True, "classification": "internal",
                                                                  "labels": ["confidential-review", "internal_only"], "doNotDistribute": False}})))

    add("n_product_csv", W()("sku,ean13,upc,price,weight_g\nTSH-BLK-M,4006381333931,036000291452,19.99,180\nMUG-WHT-01,5012345678900,012345678905,8.50,350\n"
                             "BAG-TOTE-L,4012345678901,725272730706,24.00,410\n"))

    add("n_math_random_tables", W()("Random number table (seed 7):\n" + "\n".join(" ".join("%05d" % R.randint(0, 99999) for _ in range(8)) for _ in range(6)) +
                                    "\nmatrix digits: " + "".join(R.choice(string.digits) for _ in range(64))))

    add("n_password_policy_prose", W()("Our password policy: minimum 12 characters, rotate every 90 days. The password field must not be logged. "
                                       "Set the secret in Vault, not in the repo. Tokens expire after 1 hour; refresh tokens after 30 days. "
                                       "Use `password: str` in the pydantic model and `SecretStr` for the api_key."))

    add("n_history_benign_repeat", {"model": "claude-sonnet-4-5", "max_tokens": 300, "messages": [
        {"role": "user", "content": "Here is my Cargo.lock checksum: %s and commit %s" % (rs(64, HEX), rs(40, HEX))},
        {"role": "assistant", "content": "Those look like a sha256 checksum and a git commit id; neither is secret."},
        {"role": "user", "content": "ok, and what is build id %s?" % rs(32, HEX)}]})

    add("n_k8s_configmap", W()("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  LOG_LEVEL: info\n  TOKEN_TTL: \"3600\"\n"
                               "  PASSWORD_MIN_LENGTH: \"12\"\n  FEATURE_SECRET_SANTA: \"true\"\n  checksum/config: %s\n" % rs(64, HEX)))

    add("n_example_domain_people", W()("Test users for staging:\n- alice@example.com / phone +1 555 0100\n- bob@example.net\n- carol@test.invalid\n"
                                       "Fake card for Stripe test mode: 4242 4242 4242 4242, exp 12/34, cvc 123\n"))


def main():
    positives()
    negatives()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    labels = {}
    for name, (text, labs) in sorted(BODIES.items()):
        p = os.path.join(OUT, name + ".json")
        with open(p, "w") as f:
            f.write(text)
        json.loads(text)  # must be valid JSON
        labels[name] = labs
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
    npos = sum(1 for v in labels.values() if v)
    print("bodies=%d positive=%d negative=%d labels=%d" % (len(labels), npos, len(labels) - npos, sum(len(v) for v in labels.values())))


if __name__ == "__main__":
    main()
