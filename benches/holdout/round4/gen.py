#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 4).

    python3 gen.py          # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Needs python-stdnum and phonenumbers (pip install python-stdnum phonenumbers):
national ids, IBANs and company ids are drawn at random until stdnum accepts
them, phone numbers until phonenumbers says valid (mobile, except US).

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }
Bodies named n_* are hard negatives (no label at all).  `category` may be
"a|b": the first is the category the label is counted under, the second is
also accepted as a match (used only for raw key material that is arguably
either a secret or a private key: WireGuard keys, JWK "d", BIP32 xprv,
base64-wrapped PEM in kubeconfig).

All values are generated at run time with a fixed seed (key material by
make_keys.sh with openssl / ssh-keygen / gpg); checksummed formats carry
valid checksums (Luhn, IBAN mod-97, GitHub CRC32/base62, national-id check
digits, EAN-13, ISO 7064).  Nothing credential-shaped is committed.

Labelling policy: exactly round 3's (the docstring of ../round3/gen.py):
the same categories, the same spans, the same exclusions (references,
dummies, documentation examples, role mailboxes, dial-in numbers,
fiction ranges, company ids, masked values).
"""
import os, random, sys

# Round 3's generator holds the value helpers, API wrappers and people
# generators this round uses unchanged: imported, not copied. Its module
# state is pointed at this folder, with this round's seed, before any use
# (it draws nothing at import).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round3"))
import gen as r3  # noqa: E402
from gen import *  # noqa: E402,F401,F403

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = r3.OUT = os.path.join(HERE, "bodies")
KEYS = r3.KEYS = os.path.join(HERE, "keys")
R = r3.R = random.Random(4_2026_11_24)
r3.HERE = HERE




# ================================================================ round 4 value helpers
import phonenumbers
from stdnum import iban as std_iban
from stdnum.dk import cpr as std_cpr
from stdnum.gr import amka as std_amka
from stdnum.bg import egn as std_egn
from stdnum.si import emso as std_emso
from stdnum.is_ import kennitala as std_kt
from stdnum.lt import asmens as std_asmens
from stdnum.mx import curp as std_curp
from stdnum.kr import rrn as std_rrn
from stdnum.tr import tckimlik as std_tck
from stdnum.il import idnr as std_il
from stdnum.za import idnr as std_za
from stdnum.in_ import pan as std_pan
from stdnum.nz import ird as std_ird
from stdnum.my import nric as std_nric
from stdnum.th import pin as std_thpin
from stdnum.jp import in_ as std_jpin
from stdnum.ar import cuit as std_cuit
from stdnum.gb import utr as std_utr
from stdnum.fr import siren as std_siren, siret as std_siret
from stdnum.au import abn as std_abn
from stdnum.br import cnpj as std_cnpj
from stdnum import luhn as std_luhn


def until(fn, ok, tries=200000):
    for _ in range(tries):
        v = fn()
        if ok(v):
            return v
    raise RuntimeError("no valid value")


def dmy(yy=(55, 99)):
    return "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(*yy))


def ymd(yy=(55, 99)):
    return "%02d%02d%02d" % (R.randint(*yy), R.randint(1, 12), R.randint(1, 28))


def dk_cpr():
    return until(lambda: dmy() + "-" + rs(4, DIG), lambda v: std_cpr.is_valid(v) and int(v.replace("-", "")) % 11 == 0)


def gr_amka():
    return until(lambda: dmy() + rs(5, DIG), std_amka.is_valid)


def bg_egn():
    return until(lambda: ymd() + rs(4, DIG), std_egn.is_valid)


def si_emso():
    return until(lambda: "%02d%02d%03d" % (R.randint(1, 28), R.randint(1, 12), R.randint(955, 999)) + "50" + rs(4, DIG), std_emso.is_valid)


def is_kt():
    return until(lambda: dmy((70, 99)) + "-" + rs(3, DIG) + "9", std_kt.is_valid)


def lt_asmens():
    return until(lambda: R.choice("34") + ymd() + rs(4, DIG), std_asmens.is_valid)


def mx_curp():
    cons = "BCDFGHJKLMNPQRSTVXZ"
    return until(lambda: rs(1, "BCGHLMPRS") + rs(1, "AEIOU") + rs(2, "ABCDGHLMNPRSTVZ") + ymd() + R.choice("HM") +
                 R.choice(["DF", "JC", "NL", "MC", "PL", "QT"]) + rs(3, cons) + R.choice("0123456789") + rs(1, DIG), std_curp.is_valid)


def kr_rrn():
    return until(lambda: ymd((60, 99)) + "-" + R.choice("12") + rs(6, DIG), std_rrn.is_valid)


def tr_tck():
    return until(lambda: R.choice("123456789") + rs(10, DIG), std_tck.is_valid)


def il_id():
    return until(lambda: R.choice("023") + rs(8, DIG), std_il.is_valid)


def za_id():
    return until(lambda: ymd((60, 99)) + rs(4, DIG) + "08" + rs(1, DIG), std_za.is_valid)


def in_pan():
    return until(lambda: rs(3, UP) + "P" + rs(1, UP) + rs(4, DIG) + rs(1, UP), std_pan.is_valid)


def nz_ird():
    return until(lambda: rs(8, DIG) if R.random() < .5 else "1" + rs(8, DIG), lambda v: v[0] != "0" and std_ird.is_valid(v))


def my_nric():
    return until(lambda: ymd((60, 99)) + "-" + R.choice(["10", "14", "08", "01"]) + "-" + rs(4, DIG), std_nric.is_valid)


def th_pin():
    return until(lambda: R.choice("1358") + rs(12, DIG), std_thpin.is_valid)


def jp_mynumber():
    return until(lambda: rs(12, DIG), std_jpin.is_valid)


def ar_cuil():
    return until(lambda: R.choice(["20", "27"]) + rs(8, DIG) + rs(1, DIG), std_cuit.is_valid)


def gb_utr():
    return until(lambda: rs(10, DIG), std_utr.is_valid)


# company identifiers (hard negatives)
def fr_siret():
    return until(lambda: rs(14, DIG), lambda v: v[0] != "0" and std_siret.is_valid(v))


def au_abn():
    return until(lambda: rs(11, DIG), lambda v: v[0] != "0" and std_abn.is_valid(v))


def br_cnpj():
    return until(lambda: rs(8, DIG) + "0001" + rs(2, DIG), std_cnpj.is_valid)


BBAN = {"CZ": "20n", "SK": "20n", "HU": "24n", "RO": "4a16n", "BG": "4a6n8n", "GR": "7n16n", "SI": "15n", "LT": "16n",
        "LV": "4a13n", "EE": "16n", "MT": "4a5n18n", "CY": "8n16n", "IS": "22n", "LI": "5n12n", "TR": "5n1n16n",
        "AE": "3n16n", "SA": "2n18n", "IL": "19n", "PT": "21n", "DE": "18n"}


def iban_x(cc):
    def mk():
        b = ""
        for n, t in __import__("re").findall(r"(\d+)([an])", BBAN[cc]):
            b += rs(int(n), UP if t == "a" else DIG)
        if cc == "TR":
            b = b[:5] + "0" + b[6:]
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b
    return until(mk, std_iban.is_valid)


PH = {"DE": ("DE", lambda: "1" + R.choice(["51", "52", "60", "62", "70", "71", "76", "77"]) + rs(8, DIG)),
      "FR": ("FR", lambda: R.choice("67") + rs(8, DIG)),
      "UK": ("GB", lambda: "7" + R.choice(["4", "5", "8", "9"]) + rs(8, DIG)),
      "IN": ("IN", lambda: R.choice("6789") + rs(9, DIG)),
      "BR": ("BR", lambda: R.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + R.choice("6789") + rs(7, DIG)),
      "JP": ("JP", lambda: R.choice(["90", "80", "70"]) + rs(8, DIG)),
      "AU": ("AU", lambda: "4" + R.choice("0123456789") + rs(7, DIG)),
      "ES": ("ES", lambda: "6" + rs(8, DIG)),
      "IT": ("IT", lambda: "3" + R.choice("2345") + rs(8, DIG)),
      "US": ("US", lambda: R.choice(["415", "646", "312", "206", "737", "303"]) + str(R.randint(202, 989)) + rs(4, DIG))}


def phone_nsn(cc):
    reg, fn = PH[cc]
    def ok(v):
        if cc == "US" and v[3:6] == "555":
            return False
        n = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(reg), v))
        t = phonenumbers.number_type(n)
        return phonenumbers.is_valid_number(n) and (cc == "US" or t == phonenumbers.PhoneNumberType.MOBILE)
    return until(fn, ok)


def phone(cc, style):
    s = phone_nsn(cc)
    F = {
        ("DE", "slash"): lambda: "0%s/%s" % (s[:3], s[3:]),
        ("DE", "paren0"): lambda: "+49 (0)%s %s" % (s[:3], s[3:]),
        ("DE", "e164"): lambda: "+49" + s,
        ("DE", "dash"): lambda: "0%s-%s" % (s[:3], s[3:]),
        ("FR", "dots"): lambda: "0%s.%s.%s.%s.%s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:]),
        ("FR", "intl0"): lambda: "+33 (0)%s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:]),
        ("FR", "e164"): lambda: "+33" + s,
        ("FR", "nat"): lambda: "0%s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:]),
        ("UK", "paren0"): lambda: "+44 (0)%s %s" % (s[:4], s[4:]),
        ("UK", "dash"): lambda: "0%s-%s-%s" % (s[:4], s[4:7], s[7:]),
        ("UK", "e164"): lambda: "+44" + s,
        ("UK", "nat"): lambda: "0%s %s %s" % (s[:4], s[4:7], s[7:]),
        ("IN", "dash"): lambda: "+91-%s-%s" % (s[:5], s[5:]),
        ("IN", "nat0"): lambda: "0%s %s" % (s[:5], s[5:]),
        ("IN", "plain"): lambda: s,
        ("IN", "e164"): lambda: "+91" + s,
        ("BR", "paren"): lambda: "+55 (%s) %s-%s" % (s[:2], s[2:7], s[7:]),
        ("BR", "nat"): lambda: "(%s) %s-%s" % (s[:2], s[2:7], s[7:]),
        ("BR", "e164"): lambda: "+55" + s,
        ("JP", "paren"): lambda: "0%s(%s)%s" % (s[:2], s[2:6], s[6:]),
        ("JP", "intl"): lambda: "+81-%s-%s-%s" % (s[:2], s[2:6], s[6:]),
        ("JP", "space"): lambda: "0%s %s %s" % (s[:2], s[2:6], s[6:]),
        ("AU", "intl"): lambda: "+61 %s %s %s" % (s[:3], s[3:6], s[6:]),
        ("AU", "dash"): lambda: "0%s-%s-%s" % (s[:3], s[3:6], s[6:]),
        ("AU", "paren0"): lambda: "+61 (0)%s %s %s" % (s[:3], s[3:6], s[6:]),
        ("AU", "e164"): lambda: "+61" + s,
        ("ES", "e164"): lambda: "+34" + s,
        ("ES", "nat"): lambda: "%s %s %s" % (s[:3], s[3:6], s[6:]),
        ("IT", "intl"): lambda: "+39 %s %s" % (s[:3], s[3:]),
        ("US", "dots"): lambda: "%s.%s.%s" % (s[:3], s[3:6], s[6:]),
        ("US", "one"): lambda: "1-%s-%s-%s" % (s[:3], s[3:6], s[6:]),
        ("US", "e164"): lambda: "+1" + s,
    }
    return F[(cc, style)]()


def luhn_num(prefix, length):
    return luhn_complete(prefix, length)


def ado_pat84():
    return rs(52, AL) + "JQQJ99" + rs(18, AL) + "AZDO" + rs(4, AL)


def hvs():
    return "hvs.CAESI" + rs(R.randint(82, 90), AL + "-_")


def pem_lines(pem, prefix):
    return "\n".join(prefix + l for l in pem.strip("\n").split("\n"))


def hx(n):
    return rs(n, HEX)


def rsa_components():
    """RSA private key components (bytes) parsed from `openssl rsa -noout -text`."""
    out, cur = {}, None
    for line in key("rsa8.txt").splitlines():
        if line and not line[0].isspace():
            cur = line.split(":")[0]
            out[cur] = ""
        elif cur:
            out[cur] += line.strip().replace(":", "")
    return {k: bytes.fromhex(v.lstrip("0") if len(v.lstrip("0")) % 2 == 0 else "0" + v.lstrip("0")) for k, v in out.items() if v and k not in ("Private-Key", "publicExponent")}


def rsa_xml(private=True):
    c = rsa_components()
    x = "<RSAKeyValue><Modulus>%s</Modulus><Exponent>AQAB</Exponent>" % b64(c["modulus"])
    if private:
        x += "<P>%s</P><Q>%s</Q><DP>%s</DP><DQ>%s</DQ><InverseQ>%s</InverseQ><D>%s</D>" % tuple(b64(c[k]) for k in ("prime1", "prime2", "exponent1", "exponent2", "coefficient", "privateExponent"))
    return x + "</RSAKeyValue>"


# ================================================================ POSITIVES
def positives():
    S, P, K, C = "secret", "pii", "private_key", "confidential"

    # ---------------------------------------------------------------- secrets: new providers / contexts
    pat52 = azure_devops_pat()
    pat84 = ado_pat84()
    xh = b64((":" + pat84).encode())
    out = ("origin\thttps://acme-build:%s@dev.azure.com/acme/Payments/_git/ledger (fetch)\norigin\thttps://acme-build:%s@dev.azure.com/acme/Payments/_git/ledger (push)\n"
           "upstream\tgit@ssh.dev.azure.com:v3/acme/Platform/ledger-core (fetch)\n\n$ git config --list --show-origin | grep -i http\n"
           "file:.git/config\thttp.https://dev.azure.com/.extraheader=AUTHORIZATION: basic %s\nfile:/home/dev/.gitconfig\thttp.sslverify=true\n" % (pat52, pat52, xh))
    add("p_ado_git_remote_extraheader", anth_tool("git fetch from Azure Repos fails with TF401019, can you look at my remotes?", "Bash",
                                                  {"command": "git remote -v && git config --list --show-origin | grep -i http"}, "$ git remote -v\n" + out),
        [(S, "Azure DevOps PAT in git remote userinfo", pat52), (S, "git http.extraheader basic auth (base64 :PAT84)", xh)])

    pipe = ("trigger:\n  branches:\n    include: [main]\npool:\n  vmImage: ubuntu-latest\nvariables:\n  - group: ledger-prod\n  - name: feedUrl\n    value: https://pkgs.dev.azure.com/acme/_packaging/ledger/nuget/v3/index.json\n"
            "steps:\n  - script: |\n      echo \"%s\" | az devops login --organization https://dev.azure.com/acme\n      az pipelines run --name ledger-nightly\n    displayName: trigger nightly\n"
            "  - task: NuGetAuthenticate@1\n  - script: dotnet nuget push **/*.nupkg --source $(feedUrl) --api-key az\n    env:\n      SYSTEM_ACCESSTOKEN: $(System.AccessToken)\n" % pat84)
    add("p_ado_pipeline_pat84", oai_tool("Why does the az devops login step hang in CI?", "read_file", {"path": "azure-pipelines.yml"}, pipe),
        [(S, "Azure DevOps 84-char PAT (AZDO signature) piped to az devops login", pat84)])

    vt = hvs()
    vl = ("$ vault login -method=userpass username=jmarsh\nPassword (will be hidden):\nSuccess! You are now authenticated. The token information displayed below\n"
          "is already stored in the token helper. You do NOT need to run \"vault login\"\nagain. Future Vault requests will automatically use this token.\n\n"
          "Key                    Value\n---                    -----\ntoken                  %s\ntoken_accessor         %s\ntoken_duration         768h\n"
          "token_renewable        true\ntoken_policies         [\"default\" \"payments-rw\"]\nidentity_policies      []\npolicies               [\"default\" \"payments-rw\"]\n"
          "token_meta_username    jmarsh\n$ vault kv get secret/payments/stripe\nError reading secret/data/payments/stripe: Error making API request.\nCode: 403. Errors:\n* permission denied\n"
          % (vt, rs(24, AL)))
    add("p_vault_login_table", conv_tool("I just logged in but kv get is denied. Why?", "shell", {"cmd": "vault login ... && vault kv get secret/payments/stripe"}, result_text=vl),
        [(S, "Vault hvs. service token in vault login output table", vt)])

    hvb_t = "hvb.AAAAAQ" + rs(134, AL + "-_")
    dpl = "dp.st.prd." + rs(43, AL)
    unit = ("[Unit]\nDescription=ledger worker\nAfter=network-online.target\n\n[Service]\nUser=ledger\nEnvironment=\"VAULT_ADDR=https://vault.acme.internal:8200\"\n"
            "Environment=\"VAULT_TOKEN=%s\"\nEnvironment=DOPPLER_TOKEN=%s\nExecStart=/usr/bin/doppler run -- /opt/ledger/bin/worker --queue settlements\n"
            "Restart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n" % (hvb_t, dpl))
    add("p_systemd_unit_vault_doppler", gem("systemctl status ledger-worker shows it restarting every 5 s. Unit file:\n\n" + unit),
        [(S, "Vault hvb. batch token in systemd Environment=", hvb_t), (S, "Doppler service token dp.st.prd.", dpl)])

    dpd, pul = "dp.st.dev." + rs(43, AL), "pul-" + hx(40)
    circle = ("version: 2.1\norbs:\n  pulumi: pulumi/pulumi@2.1.0\njobs:\n  preview:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n"
              "      DOPPLER_TOKEN: %s\n      PULUMI_ACCESS_TOKEN: %s\n      PULUMI_BACKEND_URL: https://api.pulumi.com\n    steps:\n      - checkout\n"
              "      - pulumi/login\n      - run: doppler run -- pulumi preview --stack acme/infra/dev\n" % (dpd, pul))
    add("p_circleci_doppler_pulumi", conv("Our CircleCI preview job started failing after the orb upgrade:\n```yaml\n" + circle + "```"),
        [(S, "Doppler dev service token", dpd), (S, "Pulumi access token pul-", pul)])

    tfc = rs(14, AL) + ".atlasv1." + rs(67, AL)
    add("p_tfc_credentials_tfrc_fr", gem_fr("terraform init says the token for app.terraform.io is invalid", "read_file",
                                            {"id": "~/.terraform.d/credentials.tfrc.json"},
                                            {"path": "/home/dev/.terraform.d/credentials.tfrc.json", "content": {"credentials": {"app.terraform.io": {"token": tfc}}}}),
        [(S, "Terraform Cloud token (.atlasv1.) in credentials.tfrc.json", tfc)])

    fly = "FlyV1 fm2_lJPECAAAAAAAA" + b64(rb(230)).rstrip("=") + ",fm2_lJPETQ" + b64(rb(120)).rstrip("=")
    wf = ("name: Fly Deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    concurrency: deploy-group\n    steps:\n"
          "      - uses: actions/checkout@v4\n      - uses: superfly/flyctl-actions/setup-flyctl@master\n      - run: flyctl deploy --remote-only\n        env:\n"
          "          FLY_API_TOKEN: \"%s\"\n" % fly)
    add("p_flyio_deploy_token_gha", resp_fc("why does flyctl deploy say unauthorized?", "read_file", {"path": ".github/workflows/fly.yml"}, wf),
        [(S, "Fly.io macaroon deploy token (FlyV1 fm2_...)", fly)])

    nfp, vtk = "nfp_" + rs(40, AL), rs(24, AL)
    hist = ("  501  npm run build\n  502  netlify deploy --dir=dist --prod --auth %s --site 3f1c2a7e-%s\n  503  git status\n"
            "  504  npx vercel pull --yes --environment=production --token=%s\n  505  npx vercel build --prod && npx vercel deploy --prebuilt --prod --token %s\n  506  history | tail\n"
            % (nfp, hx(4) + "-4b1e-9c3d-" + hx(12), vtk, vtk))
    add("p_history_netlify_vercel", oai_tool("Which of these deploys actually went to prod?", "run_shell", {"cmd": "history | tail -n 6"}, hist),
        [(S, "Netlify PAT nfp_ on --auth", nfp), (S, "Vercel token (24 alnum) on --token", vtk)])

    sntu, lin = "sntryu_" + hx(64), "lin_api_" + rs(40, AL)
    txt = ("Two config bits for the release script. ~/.sentryclirc:\n```ini\n[defaults]\norg = acme\nproject = web\n\n[auth]\ntoken=%s\n```\n"
           "and scripts/release.ts:\n```ts\nimport { LinearClient } from '@linear/sdk'\nconst linear = new LinearClient({ apiKey: '%s' })\n"
           "export async function closeReleased(ids: string[]) {\n  for (const id of ids) await linear.updateIssue(id, { stateId: DONE })\n}\n```\nCan you merge them into one Node script?" % (sntu, lin))
    add("p_sentryclirc_linear_sdk", anth(txt), [(S, "Sentry user auth token sntryu_", sntu), (S, "Linear API key lin_api_", lin)])

    sorg = "sntrys_" + b64(json.dumps({"iat": 1763980000.41, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "acme"}, separators=(",", ":")).encode()).rstrip("=") + "_" + rs(43, AL)
    nxt = ("const { withSentryConfig } = require('@sentry/nextjs')\n\nmodule.exports = withSentryConfig(nextConfig, {\n  org: 'acme',\n  project: 'storefront',\n"
           "  authToken: '%s',\n  silent: !process.env.CI,\n  widenClientFileUpload: true,\n  hideSourceMaps: true,\n})\n" % sorg)
    add("p_sentry_org_token_nextconfig", oai_tool("Source maps aren't uploaded on Vercel builds.", "read_file", {"path": "next.config.js"}, nxt, model="gpt-4.1"),
        [(S, "Sentry org auth token sntrys_ (base64 JSON claims)", sorg)])

    nral, nrak = hx(36) + "NRAL", "NRAK-" + rs(27, UP + DIG)
    nr = ("common: &default_settings\n  license_key: '%s'\n  app_name: ledger-api\n  distributed_tracing:\n    enabled: true\n  log_level: info\n"
          "production:\n  <<: *default_settings\n\n# deploy marker\ncurl -X POST https://api.newrelic.com/graphql -H 'Content-Type: application/json' \\\n"
          "  -H 'API-Key: %s' -d '{\"query\":\"mutation { changeTrackingCreateDeployment(deployment: {version: \\\"1.42.0\\\", entityGuid: \\\"%s\\\"}) { deploymentId } }\"}'\n"
          % (nral, nrak, b64(("3141592|APM|APPLICATION|" + str(R.randint(10**8, 10**9))).encode()).rstrip("=")))
    add("p_newrelic_yml_and_graphql", br_llama("Agent reports nothing and the deploy marker returns 401:\n" + nr),
        [(S, "New Relic license key (…NRAL)", nral), (S, "New Relic user API key NRAK-", nrak)])

    rk, pdu = hx(32), "u+" + rs(18, AL + "-_")
    py = ("import requests\n\nROUTING_KEY = \"%s\"\nPD_API = \"https://api.pagerduty.com\"\nHEADERS = {\"Authorization\": \"Token token=%s\", \"Accept\": \"application/vnd.pagerduty+json;version=2\"}\n\n"
          "def page(summary, severity=\"critical\"):\n    return requests.post(\"https://events.pagerduty.com/v2/enqueue\", json={\n        \"routing_key\": ROUTING_KEY, \"event_action\": \"trigger\",\n"
          "        \"payload\": {\"summary\": summary, \"source\": \"ledger\", \"severity\": severity}})\n\ndef oncall():\n    return requests.get(PD_API + \"/oncalls\", headers=HEADERS).json()\n" % (rk, pdu))
    add("p_pagerduty_script", gem(py + "\nRefactor this into an async client with retries."),
        [(S, "PagerDuty Events v2 routing key (32 hex)", rk), (S, "PagerDuty REST user token u+", pdu)])

    okta = "00" + rs(40, AL + "-_")
    add("p_okta_ssws_curl", oai_parts("This works in Postman but not in my script, why?\n\ncurl -s -X GET \"https://acme.okta.com/api/v1/users?filter=status%%20eq%%20%%22LOCKED_OUT%%22\" \\\n"
                                      "  -H \"Accept: application/json\" \\\n  -H \"Authorization: SSWS %s\"\n" % okta),
        [(S, "Okta API token in SSWS header", okta)])

    a0s = rs(64, AL + "-_")
    cfg = json.dumps({"AUTH0_DOMAIN": "acme-prod.eu.auth0.com", "AUTH0_CLIENT_ID": rs(32, AL), "AUTH0_CLIENT_SECRET": a0s,
                      "AUTH0_ALLOW_DELETE": False, "AUTH0_KEYWORD_REPLACE_MAPPINGS": {"ENV": "prod"}}, indent=2)
    c = "call_" + rs(24)
    body = {"model": "gpt-4.1", "tools": OAI_TOOLS + [{"type": "function", "function": {"name": "write_file", "description": "Write a file",
                                                                                        "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}}}}],
            "messages": [{"role": "system", "content": "You are a coding agent."}, {"role": "user", "content": "Set up auth0-deploy-cli for prod with the M2M app I pasted earlier."},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": c, "type": "function", "function": {"name": "write_file", "arguments": json.dumps({"path": "tenant/config.json", "content": cfg})}}]},
                         {"role": "tool", "tool_call_id": c, "content": "wrote 312 bytes to tenant/config.json"}]}
    add("p_auth0_deploy_cli_toolcall_args", body, [(S, "Auth0 M2M client secret inside tool_calls arguments JSON string", a0s)])

    fbt = "1//09" + rs(99, AL + "-_")
    fb = ("jobs:\n  deploy_hosting:\n    runs-on: ubuntu-latest\n    env:\n      FIREBASE_TOKEN: %s\n    steps:\n      - uses: actions/checkout@v4\n"
          "      - run: npm ci && npm run build\n      - run: npx firebase-tools deploy --only hosting --project acme-web-prod --token \"$FIREBASE_TOKEN\"\n" % fbt)
    add("p_firebase_ci_token_workflow", br_claude("firebase deploy prints a deprecation warning about --token, what should I migrate to?\n\n" + fb),
        [(S, "firebase login:ci refresh token 1//", fbt)])

    sp, kp, gp, op = pwd(18), pwd(14), pwd(20), pwd(16)
    gprops = ("org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\nkotlin.code.style=official\nRELEASE_STORE_FILE=/Users/ci/keystores/acme-release.jks\n"
              "RELEASE_STORE_PASSWORD=%s\nRELEASE_KEY_ALIAS=acme\nRELEASE_KEY_PASSWORD=%s\nsigning.keyId=%s\nsigning.password=%s\nsigning.secretKeyRingFile=/Users/ci/.gnupg/secring.gpg\n"
              "ossrhUsername=acme-release\nossrhPassword=%s\n" % (sp, kp, hx(8).upper(), gp, op))
    numbered = "\n".join("%6d\t%s" % (i + 1, l) for i, l in enumerate(gprops.rstrip("\n").split("\n")))
    add("p_gradle_properties_keystore", anth_tool("bundleRelease fails with 'Keystore was tampered with, or password was incorrect'", "Read",
                                                  {"file_path": "/Users/ci/.gradle/gradle.properties"}, numbered),
        [(S, "RELEASE_STORE_PASSWORD (jks)", sp), (S, "RELEASE_KEY_PASSWORD", kp), (S, "signing.password (gpg)", gp), (S, "ossrhPassword", op)])

    ks = pwd(16)
    kts = ("android {\n    signingConfigs {\n        create(\"release\") {\n            storeFile = file(\"../keystores/upload.jks\")\n            storePassword = \"%s\"\n"
           "            keyAlias = \"upload\"\n            keyPassword = \"%s\"\n        }\n    }\n    buildTypes { release { signingConfig = signingConfigs.getByName(\"release\") } }\n}\n" % (ks, ks))
    add("p_build_gradle_kts_signing", resp("Is it OK to keep the signing config like this?\n```kotlin\n" + kts + "```"),
        [(S, "storePassword/keyPassword literal in build.gradle.kts", ks)])

    wp, bp = pwd(15), pwd(17)
    inv = ("all:\n  children:\n    windows:\n      hosts:\n        win-build-01.corp.acme.net:\n        win-build-02.corp.acme.net:\n      vars:\n        ansible_user: ACME\\svc_ansible\n"
           "        ansible_password: \"%s\"\n        ansible_connection: winrm\n        ansible_winrm_transport: ntlm\n        ansible_winrm_server_cert_validation: ignore\n"
           "    linux:\n      hosts:\n        db-[01:03].corp.acme.net:\n      vars:\n        ansible_user: deploy\n        ansible_become: true\n        ansible_become_password: '%s'\n" % (wp, bp))
    add("p_ansible_yaml_inventory_winrm", conv_tool("win-build hosts are UNREACHABLE with ntlm, linux ones fine", "read_file", {"path": "inventories/prod/hosts.yml"}, result_text=inv),
        [(S, "ansible_password (winrm)", wp), (S, "ansible_become_password", bp)])

    g_pat, gl_pat = gh("ghp_"), "glpat-" + rs(20, AL + "-_")
    a1, a2 = b64(("octo-ci:" + g_pat).encode()), b64(("gitlab-ci-token:" + gl_pat).encode())
    dc = {"auths": {"ghcr.io": {"auth": a1}, "registry.gitlab.com": {"auth": a2}, "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}},
          "credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}, "currentContext": "desktop-linux"}
    add("p_docker_config_json_fr", gem_fr("docker pull from ghcr says denied but gitlab works", "read_file", {"id": "~/.docker/config.json"}, {"content": dc}),
        [(S, "docker config auths.auth base64(user:ghp_)", a1), (S, "docker config auths.auth base64(gitlab-ci-token:glpat)", a2)])

    pg1, pg2 = pwd(14, "!#%^*-_=+."), pwd(12)
    pg1e = pg1[:5] + "\\:" + pg1[5:]
    pgp = ("# hostname:port:database:username:password\n[2001:db8:4::17]:5432:*:ledger_app:%s\n*:6432:analytics:metabase:%s\nlocalhost:5432:postgres:postgres:postgres\n" % (pg1e, pg2))
    add("p_pgpass_escaped_colon", resp_fc("psql still prompts for a password for ledger_app on the v6 host", "read_file", {"path": "~/.pgpass"}, pgp),
        [(S, ".pgpass password with escaped \\: (IPv6 host)", pg1e), (S, ".pgpass password (wildcard host)", pg2)])

    rp, rp2 = pwd(24, "-_"), pwd(20, "")
    mon = ("$ redis-cli -h cache-prod.acme.internal -a '%s' --no-auth-warning MONITOR\nOK\n" % rp2 +
           "1763981412.118372 [0 10.0.3.7:53122] \"HELLO\" \"3\" \"AUTH\" \"default\" \"%s\" \"SETNAME\" \"sidekiq-7\"\n" % rp +
           "1763981412.119020 [0 10.0.3.7:53122] \"CLIENT\" \"SETINFO\" \"LIB-NAME\" \"redis-rb\"\n1763981412.120551 [0 10.0.3.9:40210] \"AUTH\" \"%s\"\n" % rp2 +
           "1763981412.121877 [0 10.0.3.7:53122] \"BRPOP\" \"queue:default\" \"queue:mailers\" \"2\"\n")
    add("p_redis_monitor_auth", oai_tool("Who is hammering redis? Here's a MONITOR sample.", "run_shell", {"cmd": "redis-cli ... MONITOR | head"}, mon),
        [(S, "Redis password in HELLO ... AUTH default <pw> (MONITOR)", rp), (S, "Redis requirepass via redis-cli -a and AUTH", rp2)])

    mjs = hx(32)
    rb_ = ("Rails.application.configure do\n  config.action_mailer.delivery_method = :smtp\n  config.action_mailer.smtp_settings = {\n    address:              'in-v3.mailjet.com',\n"
           "    port:                 587,\n    user_name:            '%s',\n    password:             '%s',\n    authentication:       :plain,\n    enable_starttls_auto: true\n  }\nend\n" % (hx(32), mjs))
    add("p_rails_smtp_settings_mailjet", anth_tool("Password reset mails are not delivered in prod", "Read", {"file_path": "config/environments/production.rb"}, rb_),
        [(S, "Mailjet secret key as Rails smtp_settings password", mjs)])

    apk, dbp, mlp, pss = "base64:" + b64(rb(32)), pwd(20), pwd(16), hx(20)
    lenv = ("APP_NAME=Ledger\nAPP_ENV=production\nAPP_KEY=%s\nAPP_DEBUG=false\nAPP_URL=https://ledger.acme.io\n\nDB_CONNECTION=mysql\nDB_HOST=10.0.4.12\nDB_PORT=3306\n"
            "DB_DATABASE=ledger\nDB_USERNAME=ledger\nDB_PASSWORD=\"%s\"\n\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.office365.com\nMAIL_PORT=587\nMAIL_USERNAME=ledger-mailer@acme.io\n"
            "MAIL_PASSWORD='%s'\nMAIL_ENCRYPTION=tls\nMAIL_FROM_ADDRESS=\"hello@example.com\"\n\nPUSHER_APP_ID=%d\nPUSHER_APP_KEY=%s\nPUSHER_APP_SECRET=%s\nPUSHER_APP_CLUSTER=eu\n"
            % (apk, dbp, mlp, R.randint(10**6, 10**7), hx(20), pss))
    add("p_laravel_env_prod", gem("php artisan config:cache breaks mail, .env:\n" + lenv),
        [(S, "Laravel APP_KEY base64:", apk), (S, "DB_PASSWORD", dbp), (S, "MAIL_PASSWORD", mlp), (S, "PUSHER_APP_SECRET", pss)])

    dsk = rs(50, LO + DIG + "!@#%^&*(-_=+)")
    gap = " ".join(rs(4, LO) for _ in range(4))
    dpw = pwd(18)
    dj = ("from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nSECRET_KEY = '%s'\nDEBUG = False\nALLOWED_HOSTS = ['crm.acme.io']\n\n"
          "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'crm',\n        'USER': 'crm',\n        'PASSWORD': '%s',\n"
          "        'HOST': 'pg-crm.internal',\n    }\n}\n\nEMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST = 'smtp.gmail.com'\nEMAIL_PORT = 587\n"
          "EMAIL_USE_TLS = True\nEMAIL_HOST_USER = 'crm-notify@acme.io'\nEMAIL_HOST_PASSWORD = '%s'  # app password\n" % (dsk, dpw, gap))
    add("p_django_settings_gmail_app_pw", br_claude("SMTPAuthenticationError 535 from Gmail. settings.py:\n\n" + dj),
        [(S, "Django SECRET_KEY", dsk), (S, "DATABASES PASSWORD", dpw), (S, "Gmail app password (4x4 lowercase with spaces)", gap)])

    su, spw = "relay@acme.io", pwd(16)
    plain = b64(("\0" + su + "\0" + spw).encode())
    lpw = b64(pwd(15).encode())
    sw = ("=== Trying smtp.acme.io:587...\n=== Connected to smtp.acme.io.\n<-  220 smtp.acme.io ESMTP Postfix\n -> EHLO build-07\n<-  250-AUTH PLAIN LOGIN\n -> STARTTLS\n"
          "<-  220 2.0.0 Ready to start TLS\n=== TLS started with cipher TLSv1.3:TLS_AES_256_GCM_SHA384:256\n -> AUTH PLAIN %s\n<** 535 5.7.8 Error: authentication failed\n"
          "\n$ swaks --auth LOGIN ...\n -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> %s\n<-  334 UGFzc3dvcmQ6\n -> %s\n<-  235 2.7.0 Authentication successful\n"
          % (plain, b64(su.encode()), lpw))
    add("p_swaks_auth_plain_login", resp("Why does AUTH PLAIN fail while AUTH LOGIN works with the same creds?\n\n" + sw),
        [(S, "SMTP AUTH PLAIN base64(\\0user\\0pass)", plain), (S, "SMTP AUTH LOGIN base64 password line", lpw)])

    hz, ln_, scw = rs(64, AL), hx(64), ruuid()
    zh = (": 1763970011:0;cd ~/infra/edge\n: 1763970019:0;export HCLOUD_TOKEN=%s\n: 1763970033:0;hcloud server list\n: 1763970101:0;export LINODE_TOKEN=%s\n"
          ": 1763970130:0;linode-cli linodes list --text\n: 1763970188:0;export SCW_ACCESS_KEY=SCW%s SCW_SECRET_KEY=%s\n: 1763970201:0;scw instance server list zone=fr-par-1\n"
          % (hz, ln_, rs(17, UP + DIG), scw))
    add("p_zsh_history_cloud_tokens", anth_tool("I ran some cloud CLIs yesterday, which servers did I list?", "Bash", {"command": "tail -n 7 ~/.zsh_history"}, zh),
        [(S, "Hetzner Cloud token (64 alnum)", hz), (S, "Linode token (64 hex)", ln_), (S, "Scaleway secret key (UUID)", scw)])

    myp, dmp = pwd(16), pwd(14, "#%^*-_=+")
    mcnf = ("[client]\nuser=backup\npassword=\"%s\"\nhost=mysql-primary.internal\n\n[mysqldump]\nsingle-transaction\nquick\n\n# crontab -l\n"
            "15 2 * * * mysqldump -ureporting -p'%s' --all-databases | gzip > /backups/$(date +\\%%F).sql.gz\n" % (myp, dmp))
    add("p_mysql_cnf_crontab", conv("Backups are 0 bytes since Monday. ~/.my.cnf and crontab:\n" + mcnf),
        [(S, "~/.my.cnf password", myp), (S, "mysqldump -p'<pw>' in crontab", dmp)])

    hpw, hrp = pwd(20), pwd(16, "")
    helm = ("+ helm upgrade --install ledger ./charts/ledger --namespace ledger --create-namespace \\\n    --set image.tag=1.42.0 \\\n    --set postgresql.auth.password=%s \\\n"
            "    --set-string redis.auth.password=%s \\\n    --wait --timeout 10m\nRelease \"ledger\" has been upgraded. Happy Helming!\nNAME: ledger\nSTATUS: deployed\nREVISION: 41\n" % (hpw, hrp))
    add("p_helm_set_ci_log", resp_fc("the job log shows deployed but pods crashloop", "get_job_log", {"path": "jobs/88213/trace"}, helm),
        [(S, "helm --set postgresql.auth.password", hpw), (S, "helm --set-string redis.auth.password", hrp)])

    cpw, btk = pwd(18), hx(32)
    us = ("$ dotnet user-secrets list --project src/Billing.Api\nConnectionStrings:Default = Server=tcp:sql-billing.database.windows.net,1433;Database=billing;User ID=billing_app;Password=%s;Encrypt=True;\n"
          "Braintree:MerchantId = %s\nBraintree:PublicKey = %s\nBraintree:PrivateKey = %s\nLogging:LogLevel:Default = Information\n" % (cpw, rs(16, LO + DIG), rs(16, LO + DIG), btk))
    add("p_dotnet_user_secrets_list", gem(us + "\nHow do I move these to Key Vault references?"),
        [(S, "SQL connection string Password in user-secrets", cpw), (S, "Braintree private key", btk)])

    gdp, mgk = pwd(16), hx(32) + "-" + hx(8) + "-" + hx(8)
    gotest = ("--- FAIL: TestNotifier_Send (0.31s)\n    notifier_test.go:48: config: {DSN:postgres://notifier:%s@pg.internal:5432/notify?sslmode=require MailgunDomain:mg.acme.io "
              "MailgunKey:%s From:Acme <no-reply@acme.io> Timeout:5s}\n    notifier_test.go:52: send: 401 Unauthorized: Forbidden\nFAIL\nFAIL\tgithub.com/acme/notify/internal/notifier\t0.412s\n" % (gdp, mgk))
    add("p_go_test_struct_dump", anth_tool("go test fails in CI only", "Bash", {"command": "go test ./internal/notifier/ -run TestNotifier_Send -v"}, gotest),
        [(S, "password in postgres DSN inside Go %+v struct dump", gdp), (S, "Mailgun API key (hex-hex-hex)", mgk)])

    rpw, jws = pwd(16), b64(rb(48))
    rdbg = ("[src/main.rs:41:5] &cfg = Config {\n    database_url: \"mysql://orders:%s@10.0.7.21:3306/orders\",\n    jwt_secret: \"%s\",\n    bind: 0.0.0.0:8080,\n"
            "    workers: 8,\n}\nthread 'main' panicked at src/db.rs:17:10:\ncalled `Result::unwrap()` on an `Err` value: Io(Custom { kind: ConnectionRefused })\n" % (rpw, jws))
    add("p_rust_dbg_config", oai("Rust service panics at startup:\n" + rdbg, system="You are a Rust expert."),
        [(S, "password in mysql URL inside Rust {:#?} dump", rpw), (S, "jwt_secret (base64)", jws)])

    ddk = hx(32)
    plan = ("  # aws_lambda_function.ingest will be updated in-place\n  ~ resource \"aws_lambda_function\" \"ingest\" {\n        id       = \"ingest-prod\"\n"
            "      ~ environment {\n          ~ variables = {\n              + \"DD_API_KEY\"       = \"%s\"\n                \"DD_SITE\"          = \"datadoghq.eu\"\n"
            "              ~ \"LOG_LEVEL\"        = \"debug\" -> \"info\"\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n" % ddk)
    add("p_terraform_plan_lambda_env", gem_fr("Check the plan before I apply", "terraform_plan", {"id": "ingest-prod"}, {"stdout": plan, "exit_code": 2}),
        [(S, "Datadog API key in terraform plan output (lambda env)", ddk)])

    # ---------------------------------------------------------------- private keys in new wrappings
    ovk, ta = key("ovpn_client.pem"), key("ta.key")
    ta_block = ta[ta.index("-----BEGIN"):].strip("\n")
    ovpn = ("client\ndev tun\nproto udp\nremote vpn.acme.io 1194\nresolv-retry infinite\nnobind\nremote-cert-tls server\ncipher AES-256-GCM\nkey-direction 1\nverb 3\n"
            "<ca>\n%s</ca>\n<key>\n%s</key>\n<tls-auth>\n%s\n</tls-auth>\n" % (key("ca.crt"), ovk, ta.strip("\n")))
    add("p_openvpn_inline_key_tlsauth", conv_tool("OpenVPN: TLS Error: tls-auth HMAC verification failed", "read_file", {"path": "~/vpn/acme.ovpn"}, result_text=ovpn),
        [(K, "RSA PKCS8 private key inline in .ovpn <key>", ovk.strip("\n")), ("secret|private_key", "OpenVPN static key V1 (tls-auth)", ta_block)])

    p8 = key("ec256_p8.pem").strip("\n")
    kt_block = pem_lines(p8, "        |")
    kt = ("class TokenSignerTest {\n    private val pem = \"\"\"\n%s\n    \"\"\".trimMargin()\n\n    @Test fun signsAndVerifies() {\n        val signer = TokenSigner.fromPem(pem)\n"
          "        assertTrue(signer.verify(signer.sign(\"hello\"), \"hello\"))\n    }\n}\n" % kt_block)
    add("p_kotlin_trimmargin_pem", oai_parts("Is it bad to keep this in a test?\n```kotlin\n" + kt + "```"),
        [(K, "EC PKCS8 PEM with Kotlin trimMargin '|' prefixes", kt_block.strip())])

    oss = key("ssh_ed25519").strip("\n")
    q = pem_lines(oss, "> ")
    mail = ("Subject: Re: bastion access\n\nOn Mon, 24 Nov 2025 at 09:12, Dev Ops wrote:\n> Here is the deploy key for the bastion, put it in ~/.ssh/bastion and chmod 600:\n>\n%s\n>\n"
            "> Host is bastion.acme.io, user deploy.\n\nThanks! It works now. Can you help me write an ssh config entry for it?\n" % q)
    add("p_email_quoted_openssh", br_mistral(mail), [(K, "OpenSSH ed25519 private key quoted with '> ' in an email reply", q)])

    rsa1 = key("rsa1.pem").strip("\n")
    one = rsa1.replace("\n", "\\n")
    whs = hx(40)
    genv = ("APP_ID=%d\nGITHUB_APP_PRIVATE_KEY=\"%s\"\nWEBHOOK_SECRET=%s\nLOG_LEVEL=debug\n" % (R.randint(10**5, 10**6), one, whs))
    add("p_env_single_line_pem_github_app", resp_fc("probot says 'secretOrPrivateKey must be an asymmetric key'", "read_file", {"path": ".env"}, genv),
        [(K, "RSA PEM on one line with literal \\n in .env", one), (S, "GitHub App webhook secret (40 hex)", whs)])

    ecdsa = key("ssh_ecdsa").strip("\n")
    dump = ("==> /home/dev/.ssh/config <==\nHost bastion\n  HostName 203.0.113.40\n  User ops\n  IdentityFile ~/.ssh/id_ecdsa\n  ForwardAgent no\n\n"
            "==> /home/dev/.ssh/id_ecdsa <==\n%s\n\n==> /home/dev/.ssh/id_ecdsa.pub <==\n%s\n==> /home/dev/.ssh/known_hosts <==\n|1|%s=|%s= ecdsa-sha2-nistp256 %s\n"
            % (ecdsa, key("ssh_ecdsa.pub").strip(), b64(rb(20)), b64(rb(20)), b64(rb(104))))
    add("p_dotfiles_head_ssh_dir", oai_tool("ssh to bastion says 'Permission denied (publickey)'. Check my ssh dir.", "run_shell", {"cmd": "head -n 40 ~/.ssh/*"}, dump),
        [(K, "OpenSSH ECDSA private key in `head ~/.ssh/*` dump", ecdsa)])

    ec1 = key("ec256_sec1.pem").strip("\n").split("\n")
    clines = "\n".join("    \"%s\\n\"" % l for l in ec1)
    csrc = ("#include \"tls_client.h\"\n\nstatic const char kClientKey[] =\n%s;\n\nstatic const char kServerName[] = \"mqtt.acme.io\";\n\nint tls_client_init(tls_ctx_t *ctx) {\n"
            "    return tls_set_key(ctx, kClientKey, sizeof(kClientKey));\n}\n" % clines)
    add("p_c_string_literal_ec_key", anth("Firmware review: is the key handling OK?\n```c\n" + csrc + "```"),
        [(K, "EC private key as concatenated C string literals", clines.strip())])

    # ---------------------------------------------------------------- PII
    f1, l1 = person(); f2, l2 = person(); f3, l3 = person()
    e1, e2, e3 = email(f1, l1), "%s.%s@%s" % (f2, l2, "northwind-logistics.de"), email(f3, l3)
    m1, m2 = phone("DE", "paren0"), phone("UK", "paren0")
    hdr = ("Return-Path: <%s>\nDelivered-To: %s\nReceived: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])\n\tby mx.acme.io (Postfix) with ESMTPS id 4Y2x%s\n"
           "From: %s %s <%s>\nTo: %s %s <%s>\nCc: %s\nSubject: Re: Angebot Lagerfläche Q1\nMessage-ID: <CA+%s@mail.gmail.com>\n\nHallo %s,\n\npasst, bitte ruf mich kurz an.\n\n-- \n"
           "%s %s\nLeitung Disposition | Northwind Logistics GmbH\nMobil: %s\nUK office: %s\n" % (e1, e2, rs(6, AL), cap(f1), cap(l1), e1, cap(f2), cap(l2), e2, e3, b64(rb(24)).rstrip("="),
                                                                                         cap(f1), cap(f2), cap(l2), m1, m2))
    add("p_raw_mail_headers_signature", anth("Can you figure out why this mail was marked as spam?\n\n" + hdr),
        [(P, "personal webmail email (Return-Path/From)", e1), (P, "firstname.lastname@company email (Delivered-To/To)", e2), (P, "personal email in Cc", e3),
         (P, "DE mobile phone +49 (0)1xx", m1), (P, "UK mobile phone +44 (0)7xxx", m2)])

    rows, labs = [], []
    for cc, sty in [("FR", "dots"), ("IN", "dash"), ("BR", "paren"), ("JP", "paren"), ("AU", "dash"), ("DE", "slash"), ("UK", "dash"), ("ES", "e164")]:
        f, l = person(); em = email(f, l); mob = phone(cc, sty)
        rows.append('"003%s","%s","%s","%s","%s","%s"' % (rs(15, AL), cap(f), cap(l), em, mob, {"UK": "GB"}.get(cc, cc)))
        labs += [(P, "email (Salesforce contact export)", em), (P, "%s mobile phone (%s)" % (cc, sty), mob)]
    csv_ = '"Id","FirstName","LastName","Email","MobilePhone","MailingCountry"\n' + "\n".join(rows) + "\n"
    add("p_salesforce_contacts_csv", conv_tool("Dedupe these contacts by email", "sf_export", {"object": "Contact", "limit": 8}, result_text=csv_), labs)

    res, labs = [], []
    for cc, sty in [("DE", "e164"), ("FR", "e164"), ("IN", "e164"), ("AU", "e164"), ("BR", "e164")]:
        f, l = person(); em = email(f, l); mob = phone(cc, sty)
        res.append({"id": str(R.randint(10**10, 10**11)), "properties": {"email": em, "firstname": cap(f), "lastname": cap(l), "mobilephone": mob,
                                                                          "hs_object_id": str(R.randint(10**10, 10**11)), "lifecyclestage": R.choice(["lead", "customer"])},
                    "createdAt": "2025-10-%02dT08:%02d:11.482Z" % (R.randint(1, 28), R.randint(0, 59)), "archived": False})
        labs += [(P, "email (HubSpot contact)", em), (P, "%s mobile phone E.164 no spaces" % cc, mob)]
    add("p_hubspot_search_fr", gem_fr("Which of these leads should sales call first?", "hubspot_search_contacts", {"id": "lifecyclestage:lead"},
                                      {"total": 5, "results": res, "paging": {"next": {"after": "5"}}}), labs)

    ids = [("Danish CPR", dk_cpr(), "DK"), ("Icelandic kennitala", is_kt(), "IS"), ("Bulgarian EGN", bg_egn(), "BG"), ("Slovenian EMSO", si_emso(), "SI"),
           ("Lithuanian asmens kodas", lt_asmens(), "LT"), ("Greek AMKA", gr_amka(), "GR")]
    hdr_ = "employee_id;first_name;last_name;country;national_id;cost_center;start_date\n"
    body_ = hdr_ + "".join("E%05d;%s;%s;%s;%s;CC-%d;2024-%02d-01\n" % (R.randint(1, 99999), cap(person()[0]), cap(person()[1]), cc, v, R.randint(100, 999), R.randint(1, 12)) for d, v, cc in ids)
    add("p_hr_export_semicolon_ids", oai_tool("Import this Workday export into the payroll sandbox, map national_id per country.", "read_file", {"path": "exports/hr_new_joiners.csv"}, body_),
        [(P, d, v) for d, v, cc in ids])

    w = [("Turkish TC Kimlik", tr_tck()), ("Israeli Teudat Zehut", il_id()), ("South African ID", za_id()), ("Korean RRN", kr_rrn()), ("Mexican CURP", mx_curp())]
    kyc = [{"applicant_id": ruuid(), "full_name": "%s %s" % (cap(person()[0]), cap(person()[1])), "document": {"type": "national_id", "issuing_country": c, "number": v},
            "status": R.choice(["approved", "manual_review"])} for (d, v), c in zip(w, ["TR", "IL", "ZA", "KR", "MX"])]
    add("p_kyc_applicants_fc_output", resp_fc("Summarise which applicants need manual review and why", "kyc_list", {"path": "applicants?status=all"}, json.dumps({"data": kyc})),
        [(P, d, v) for d, v in w])

    w2 = [("Indian PAN", in_pan()), ("Malaysian NRIC", my_nric()), ("Thai PIN", th_pin()), ("Japanese My Number", jp_mynumber()), ("Argentine CUIL", ar_cuil()),
          ("NZ IRD number", nz_ird()), ("UK UTR", gb_utr())]
    md = "| Contractor | Country | Tax / ID number | Rate |\n|---|---|---|---|\n" + "".join("| %s %s | %s | %s | %d/day |\n" % (cap(person()[0]), cap(person()[1]), d.split()[0], v, R.randint(300, 900)) for d, v in w2)
    add("p_contractor_tax_ids_md", br_mistral("Format this contractor table for the finance handover doc:\n\n" + md), [(P, d, v) for d, v in w2])

    inv_labs, txt = [], []
    for cc in ["CZ", "HU", "RO", "GR", "LT"]:
        f, l = person(); ib = iban_x(cc); ibf = std_iban.format(ib)
        txt.append("FAKTURA / INVOICE %s-%04d\nSupplier: %s %s (sole trader)\nBank: IBAN %s\nAmount due: %d.%02d EUR\n" % (cc, R.randint(1, 9999), cap(f), cap(l), ibf, R.randint(400, 9000), R.randint(0, 99)))
        inv_labs.append((P, "%s IBAN of a sole trader (spaced)" % cc, ibf))
    add("p_freelancer_invoices_text", br_titan("Extract supplier, IBAN and amount as JSON from these OCR'd invoices:\n\n" + "\n".join(txt)), inv_labs)

    po, labs = [], []
    for cc in ["SK", "SI", "LV", "EE", "MT", "CY", "IS", "LI", "TR"]:
        f, l = person(); ib = iban_x(cc)
        po.append({"payee": {"name": "%s %s" % (cap(f), cap(l)), "type": "individual"}, "bank_account": {"iban": ib, "currency": "EUR"}, "amount": R.randint(1000, 90000), "ref": "PO-" + rs(8, UP + DIG)})
        labs.append((P, "%s IBAN of an individual payee (compact)" % cc, ib))
    add("p_payout_batch_json_converse", conv_tool("Validate this payout batch before I submit it", "get_payout_batch", {"batch": "2025-11-24"}, result_json={"payouts": po}), labs)

    pan1, pan2 = card("visa"), card("mc2")
    t2 = "%s=%s%s%s" % (pan2, "2711", "101", rs(13, DIG))
    iso = ("ISO8583 0100 (auth request) from POS TID 77019233\n  MTI     : 0100\n  DE002   : 16 %s\n  DE003   : 000000\n  DE004   : 000000004599\n  DE007   : 1124091203\n"
           "  DE011   : %06d\n  DE022   : 051\n  DE035   : 37 %s\n  DE041   : 77019233\n  DE049   : 978\nRESP 0110 DE039=05 (Do not honor)\n" % (pan1, R.randint(1, 999999), t2))
    add("p_iso8583_auth_dump", anth_tool("Why are chip transactions declined with 05 since the terminal update?", "Bash", {"command": "tail -n 14 /var/log/pos-gw/iso.log"}, iso),
        [(P, "card PAN in ISO 8583 DE002", pan1), (P, "card PAN inside Track 2 equivalent DE035", pan2)])

    mc, am = card("mc5"), card("amex")
    mcd, amd = "-".join(mc[i:i + 4] for i in range(0, 16, 4)), "%s-%s-%s" % (am[:4], am[4:10], am[10:])
    jl = ("2025-11-24 10:02:11.201 DEBUG [http-nio-8080-exec-4] c.a.p.PaymentService - charge request: PaymentRequest(orderId=ORD-88213, cardNumber=%s, expiry=08/28, cvv=%03d, holder=%s %s, amount=129.90)\n"
          "2025-11-24 10:02:11.644 DEBUG [http-nio-8080-exec-9] c.a.p.PaymentService - charge request: PaymentRequest(orderId=ORD-88214, cardNumber=%s, expiry=03/27, cvv=%04d, holder=%s %s, amount=54.00)\n"
          % (mcd, R.randint(100, 999), cap(person()[0]), cap(person()[1]), amd, R.randint(1000, 9999), cap(person()[0]), cap(person()[1])))
    add("p_lombok_tostring_cards", resp("Security review: what's wrong with this log output?\n" + jl),
        [(P, "MC card dashed 4-4-4-4 in Lombok toString", mcd), (P, "Amex dashed 4-6-5", amd)])

    v1, d1 = card("visa"), card("disc")
    v1d = ".".join(v1[i:i + 4] for i in range(0, 16, 4))
    hist_ = [{"role": "USER", "message": "hi my payment keeps failing"}, {"role": "CHATBOT", "message": "Sorry about that! Which card are you using?"},
             {"role": "USER", "message": "the visa %s exp 11/27, also tried my discover %s" % (v1d, d1)}]
    add("p_cohere_chat_cards", br_cohere("can you just charge it manually", hist_),
        [(P, "Visa with dots in chat history", v1d), (P, "Discover unformatted in chat history", d1)])

    sig_labs, sigs = [], []
    for cc, sty, lab in [("DE", "dash", "M"), ("FR", "nat", "Tél."), ("BR", "nat", "Cel:"), ("IN", "nat0", "Mob"), ("JP", "intl", "携帯"), ("AU", "paren0", "m:"), ("IT", "intl", "Cell.")]:
        f, l = person(); mob = phone(cc, sty)
        sigs.append("--\n%s %s\n%s %s\n" % (cap(f), cap(l), lab, mob))
        sig_labs.append((P, "%s mobile in email signature (%s)" % (cc, sty), mob))
    add("p_signatures_intl_mobiles", br_llama("Build a contact sheet (name, phone in E.164) from these signatures:\n\n" + "\n".join(sigs)), sig_labs)

    f, l = person(); em, mob, dob = email(f, l), phone("UK", "nat"), "19%02d-%02d-%02d" % (R.randint(55, 99), R.randint(1, 12), R.randint(1, 28))
    adf = {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Customer %s %s (%s, %s) cannot log in after the SSO migration." % (cap(f), cap(l), em, mob)}]},
                                                    {"type": "paragraph", "content": [{"type": "text", "text": "DOB on file: %s. Please verify and reset MFA." % dob}]}]}
    jira = {"key": "SUP-%d" % R.randint(1000, 9999), "fields": {"summary": "Login loop after SSO migration", "priority": {"name": "High"}, "description": adf, "labels": ["sso", "mfa"]}}
    add("p_jira_adf_ticket", oai_tool("Draft a reply for this ticket", "read_file", {"path": "jira://SUP"}, json.dumps(jira)),
        [(P, "customer personal email in Jira ADF", em), (P, "UK mobile (national spaced) in Jira ADF", mob)])

    wa, wl = [], []
    for cc, sty in [("UK", "nat"), ("IN", "dash"), ("BR", "paren")]:
        pnum = phone(cc, "e164")
        fmt = {"UK": lambda p: "+44 %s %s" % (p[3:7], p[7:]), "IN": lambda p: "+91 %s %s" % (p[3:8], p[8:]), "BR": lambda p: "+55 %s %s-%s" % (p[3:5], p[5:10], p[10:])}[cc](pnum)
        wa.append(fmt); wl.append((P, "%s phone as WhatsApp export sender" % cc, fmt))
    chat = ("[24/11/2025, 09:14:03] %s: Hi, is the flat still available?\n[24/11/2025, 09:20:41] Lena: yes! viewing Thursday?\n[24/11/2025, 09:21:10] %s: I'm interested too, my friend sent me the link\n"
            "[24/11/2025, 09:40:55] %s: Can I pay the deposit by PIX?\n" % tuple(wa))
    add("p_whatsapp_export_senders", gem("Summarise who wants a viewing:\n" + chat), wl)

    sl, sh = [], []
    for _ in range(4):
        f, l = person(); em = "%s.%s%d@%s" % (f, l, R.randint(1, 99), R.choice(["gmail.com", "gmx.net", "yahoo.co.uk", "hotmail.fr"]))
        sh.append("  %4d\t%s %s <%s>" % (R.randint(3, 400), cap(f), cap(l), em)); sl.append((P, "contributor personal email in git shortlog", em))
    add("p_git_shortlog_emails", anth_tool("Who are the main contributors? Draft a thank-you note.", "Bash", {"command": "git shortlog -sne --since=2024-01-01"}, "\n".join(sh) + "\n"), sl)

    cp, cl = [], []
    for i in range(4):
        f, l = person(); em = email(f, l); ph_ = phone(R.choice(["DE", "FR", "ES"]), "e164"); ib = iban_x(R.choice(["DE", "PT"]))
        cp.append("%d\t%s\t%s\t%s\t%s\t2025-0%d-1%d 08:00:00+00" % (1000 + i, em, cap(f), ph_, ib, R.randint(1, 9), R.randint(0, 9)))
        cl += [(P, "email in pg_dump COPY row", em), (P, "phone E.164 in pg_dump COPY row", ph_), (P, "IBAN compact in pg_dump COPY row", ib)]
    pgd = ("--\n-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: app\n--\n\nCOPY public.customers (id, email, name, phone, iban, created_at) FROM stdin;\n" + "\n".join(cp) + "\n\\.\n")
    add("p_pg_dump_copy_block", anth_tool("Restore fails on this table, constraint error. What's off?", "Read", {"file_path": "dumps/prod_2025-11-23.sql"}, pgd), cl)

    f, l = person(); em = email(f, l); mob = phone("FR", "intl0"); ssn_ = ssn()
    mongo = ("ledger> db.users.find({ email: /%s/i }).limit(1)\n[\n  {\n    _id: ObjectId('%s'),\n    email: '%s',\n    profile: { firstName: '%s', phone: '%s', ssn: '%s' },\n"
             "    roles: [ 'customer' ],\n    createdAt: ISODate('2024-03-11T10:22:01.000Z')\n  }\n]\n" % (l, hx(24), em, cap(f), mob, ssn_))
    add("p_mongosh_find_output", conv_tool("Why can't this user reset the password?", "mongosh", {"eval": "db.users.find(...)"}, result_text=mongo),
        [(P, "email in mongosh output", em), (P, "FR mobile +33 (0)6 in mongosh output", mob), (P, "ssn US in mongosh output", ssn_)])

    f, l = person(); em = email(f, l); mob = phone("AU", "intl"); ib = iban_x("DE"); ibf = std_iban.format(ib)
    diff = ("diff --git a/spec/fixtures/customers.yml b/spec/fixtures/customers.yml\nindex 3e1a0c2..9b7f4d1 100644\n--- a/spec/fixtures/customers.yml\n+++ b/spec/fixtures/customers.yml\n"
            "@@ -12,6 +12,12 @@ alice:\n   email: alice@example.com\n   phone: \"+1 202 555 0143\"\n \n+escalation_case:\n+  email: %s\n+  phone: \"%s\"\n+  iban: %s\n+  note: copied from prod ticket SUP-4471\n+\n"
            % (em, mob, ibf))
    add("p_diff_fixture_prod_pii", oai("Review this PR diff:\n" + diff, system="You are a meticulous code reviewer."),
        [(P, "email of real customer added in fixture diff", em), (P, "AU mobile +61 in fixture diff", mob), (P, "DE IBAN spaced in fixture diff", ibf)])

    # ---------------------------------------------------------------- confidential markers
    slide = ('<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>'
             '<p:sp><p:txBody><a:p><a:r><a:rPr lang="en-US" b="1"/><a:t>FY26 Pricing Strategy</a:t></a:r></a:p></p:txBody></p:sp>'
             '<p:sp><p:txBody><a:p><a:r><a:rPr lang="en-US" sz="900"/><a:t>CONFIDENTIAL \u2013 Board use only</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>')
    add("p_conf_pptx_slide_xml", resp_fc("Extract the text of slide 3", "unzip_read", {"path": "deck.pptx!ppt/slides/slide3.xml"}, slide),
        [(C, "CONFIDENTIAL banner in pptx <a:t>", "CONFIDENTIAL")])

    em_ = ("From: Legal <legal@acme.io>\nSubject: Draft settlement terms\n\nTeam, please review the attached term sheet before Thursday.\n\n"
           "----------------------------------------\nHIGHLY CONFIDENTIAL \u2013 ATTORNEY-CLIENT PRIVILEGED\nThis message and any attachments are intended solely for the addressee.\n")
    add("p_conf_email_footer_highly", anth_tool("Summarise this email for my notes", "Read", {"file_path": "mail/settlement.eml"}, em_),
        [(C, "HIGHLY CONFIDENTIAL email footer", "HIGHLY CONFIDENTIAL")])

    md_ = ("---\ntitle: Q1 reorg plan\nowner: people-ops\nclassification: CONFIDENTIAL\n---\n\n> **FOR INTERNAL USE ONLY** \u2014 do not forward outside Acme.\n\n## Summary\n"
           "We merge the two platform teams and open 3 senior roles.\n")
    add("p_conf_markdown_frontmatter_banner", gem("Turn this into a slide outline:\n" + md_),
        [(C, "classification: CONFIDENTIAL in front matter", "classification: CONFIDENTIAL"), (C, "FOR INTERNAL USE ONLY banner in markdown bold", "FOR INTERNAL USE ONLY")])

    gs = "".join("--- Slide %d ---\n%s\nAcme Inc. | Company Confidential | \u00a9 2026\n\n" % (i + 1, t) for i, t in enumerate(["Roadmap H1", "Churn drivers", "Pricing tests"]))
    add("p_conf_slides_export_footer", br_claude("Write speaker notes for these slides:\n\n" + gs), [(C, "'Company Confidential' slide footer", "Company Confidential")])

    cw = ("RESTRICTED // DO NOT DISTRIBUTE\n\nACME Security Incident Report IR-2025-031\nPrepared for: CISO staff\n\n1. Timeline\n09:12 alert fired on ...\n")
    add("p_conf_incident_report_header", conv("Tighten the wording of this report:\n" + cw), [(C, "DO NOT DISTRIBUTE header", "DO NOT DISTRIBUTE")])

    nda = ("STRICTLY PRIVATE & CONFIDENTIAL\n\nMUTUAL NON-DISCLOSURE AGREEMENT\nbetween Acme Inc. and Northwind Logistics GmbH\n\n1. Definitions. \"Confidential Information\" means ...\n")
    add("p_conf_nda_header", oai_parts("What are the risky clauses?\n\n" + nda), [(C, "STRICTLY PRIVATE & CONFIDENTIAL header", "STRICTLY PRIVATE & CONFIDENTIAL")])

    # ---------------------------------------------------------------- added: tool_use input, notebook source, SSN formats
    nfp2 = "nfp_" + rs(40, AL)
    i = tid()
    body = {"model": "claude-opus-4-1", "max_tokens": 4096, "tools": CC_TOOLS, "messages": [
        {"role": "user", "content": "deploy the preview with my netlify token, it's fine"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": i, "name": "Bash", "input": {"command": "netlify deploy --dir=dist", "env": {"NETLIFY_AUTH_TOKEN": nfp2, "NODE_ENV": "production"}}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": "Deploy is live! Website draft URL: https://6743f1--acme-web.netlify.app", "is_error": False}]}]}
    add("p_anthropic_tool_use_input_env", body, [(S, "Netlify token inside assistant tool_use input.env", nfp2)])

    wb, co = hx(40), rs(40, AL)
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
                     "source": ["import wandb, cohere\n", "wandb.login(key=\"%s\")\n" % wb, "co = cohere.ClientV2(\"%s\")\n" % co, "run = wandb.init(project=\"rerank-eval\")\n"]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    add("p_ipynb_source_wandb_cohere", gem("Why does this notebook cell hang at wandb.login?\n" + json.dumps(nb)),
        [(S, "W&B API key (40 hex) in notebook source list", wb), (S, "Cohere API key (40 alnum) positional in notebook source", co)])

    s1 = ssn().replace("-", ""); s2 = ssn().replace("-", " ")
    tsv = "emp_no\tname\tssn\tstate\tw4_status\n1182\t%s %s\t%s\tCA\tsingle\n1190\t%s %s\t%s\tNY\tmarried\n" % (cap(person()[0]), cap(person()[1]), s1, cap(person()[0]), cap(person()[1]), s2)
    add("p_us_payroll_ssn_formats", oai_tool("Prepare the W-2 batch from this file", "read_file", {"path": "payroll/2025_w2.tsv"}, tsv),
        [(P, "ssn US without dashes in TSV column", s1), (P, "ssn US with spaces", s2)])

    # ---------------------------------------------------------------- added: SAS, GCS HMAC in rclone, cloudflared, XML RSA key, tel: links, CloudWatch JSON, EPC QR
    sig = b64(rb(32))
    sas = "sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-01-31T18:00:00Z&st=2025-11-24T08:00:00Z&spr=https&sig=" + sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    add("p_azcopy_sas_history", W()("azcopy is slow, any flags to speed this up?\n$ azcopy copy ./pg_dump_2025-11-23.sql.gz \"https://acmebackups.blob.core.windows.net/pg?%s\" --block-size-mb 8\n" % sas),
        [(S, "Azure SAS token sig (url-encoded) in azcopy URL", sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))])

    gid, gsec = "GOOG1E" + rs(55, UP + DIG), rs(40, AL + "+/")
    rc = "[gcs-archive]\ntype = s3\nprovider = GCS\naccess_key_id = %s\nsecret_access_key = %s\nendpoint = https://storage.googleapis.com\n\n[local-nas]\ntype = sftp\nhost = nas.lan\nuser = backup\nkey_file = ~/.ssh/nas\n" % (gid, gsec)
    add("p_rclone_conf_gcs_hmac", anth_tool("rclone sync to gcs-archive says SignatureDoesNotMatch", "Read", {"file_path": "~/.config/rclone/rclone.conf"}, rc),
        [(S, "GCS HMAC access id GOOG1E", gid), (S, "GCS HMAC secret in rclone.conf", gsec)])

    cft = b64(json.dumps({"a": hx(32), "t": ruuid(), "s": b64(rb(32))}, separators=(",", ":")).encode()).rstrip("=")
    comp = "services:\n  tunnel:\n    image: cloudflare/cloudflared:2025.11.1\n    restart: unless-stopped\n    command: tunnel --no-autoupdate run --token %s\n  app:\n    image: ghcr.io/acme/web:1.8.0\n" % cft
    add("p_cloudflared_tunnel_token_compose", gem_fr("The tunnel connects but the site 502s", "read_file", {"id": "compose.yaml"}, {"content": comp}),
        [(S, "Cloudflare tunnel token (base64 JSON a/t/s)", cft)])

    xk = rsa_xml(True)
    cs = ('<configuration>\n  <appSettings>\n    <add key="LicenseSigning.Issuer" value="Acme Licensing" />\n    <add key="LicenseSigning.Key" value="%s" />\n  </appSettings>\n</configuration>\n' % xk.replace("<", "&lt;").replace(">", "&gt;"))
    add("p_dotnet_rsakeyvalue_xml", oai_tool("License validation fails after the .NET 8 upgrade", "read_file", {"path": "LicenseServer/App.config"},
                                             "// keygen output committed in tools/keys.txt:\n" + xk + "\n\n// App.config:\n" + cs),
        [("private_key|secret", ".NET RSAKeyValue XML with private D/P/Q", xk), ("private_key|secret", ".NET RSAKeyValue XML-entity-escaped in App.config", xk.replace("<", "&lt;").replace(">", "&gt;"))])

    f, l = person(); em = email(f, l); pn = phone_nsn("DE"); e164 = "+49" + pn; disp = "+49 %s %s %s" % (pn[:3], pn[3:7], pn[7:])
    html = ('<table style="font-family:Arial"><tr><td><b>%s %s</b><br>Key Account Manager<br>'
            '<a href="tel:%s" style="color:#0a66c2">%s</a><br><a href="mailto:%s">%s</a></td></tr></table>' % (cap(f), cap(l), e164, disp, em, em))
    add("p_html_signature_tel_mailto", resp("Convert this HTML signature to plain text:\n" + html),
        [(P, "DE mobile in tel: URI (E.164)", e164), (P, "DE mobile displayed spaced", disp), (P, "personal email in mailto:", em)])

    f, l = person(); em = email(f, l); mob = phone("JP", "paren")
    inner = json.dumps({"level": "info", "msg": "signup completed", "email": em, "phone": mob, "plan": "pro"})
    cw = {"results": [[{"field": "@timestamp", "value": "2025-11-24 09:14:03.112"}, {"field": "@message", "value": inner}]], "statistics": {"recordsMatched": 1.0}, "status": "Complete"}
    add("p_cloudwatch_insights_nested_json", resp_fc("Did this user finish signup?", "logs_insights_query", {"path": "fields @timestamp, @message | filter msg like /signup/"}, json.dumps(cw)),
        [(P, "email in JSON-in-JSON CloudWatch @message", em), (P, "JP mobile phone (paren) in nested JSON log", mob)])

    f, l = person(); ib = iban_x("DE")
    epc = "BCD\n002\n1\nSCT\n\n%s %s\n%s\nEUR850.00\n\n\nMiete Dezember Whg 3 OG links" % (cap(f), cap(l), ib)
    add("p_epc_girocode_payload", conv("I decoded the QR code on the rent invoice, is the payload valid EPC069-12?\n```\n" + epc + "\n```"),
        [(P, "DE IBAN of a private landlord in EPC QR payload", ib)])


# ================================================================ HARD NEGATIVES
def negatives():
    # provider test cards / documented example keys
    add("n_stripe_cli_test_cards", W()("stripe listen --forward-to localhost:3000/webhooks\nCypress fixtures:\n  cards:\n    success: '4242 4242 4242 4242'\n    debit: '4000056655665556'\n"
                                       "    mc_2series: '2223003122003222'\n    mc_debit: '5200828282828210'\n    prepaid: '5105105105105100'\n    amex: '371449635398431'\n"
                                       "    diners: '3056930009020004'\n    jcb: '3566002020360505'\n    unionpay: '6200000000000005'\n    auth_required: '4000002760003184'\n"))
    add("n_stripe_doc_keys", W()("From the Stripe docs quickstart:\n```js\nconst stripe = require('stripe')('%s');\nconst pk = '%s';\n```\n"
                                 "Why does the docs key work for everyone?" % ("sk_" + "test_4eC39HqLyjWDarjtT1zdp7dc", "pk_" + "test_TYooMQauvdEDq54NiTphI7jx")))  # split so the committed file holds no key-shaped string
    add("n_iban_doc_examples", W()("describe('iban', () => {\n  it('accepts the ISO 13616 examples', () => {\n    expect(isValid('GB82 WEST 1234 5698 7654 32')).toBe(true)\n"
                                   "    expect(isValid('DE89 3704 0044 0532 0130 00')).toBe(true)\n    expect(isValid('FR14 2004 1010 0505 0001 3M02 606')).toBe(true)\n"
                                   "    expect(isValid('GB82 WEST 1234 5698 7654 33')).toBe(false)\n  })\n})\n"))
    # lockfiles / digests
    uvl = "".join('[[package]]\nname = "%s"\nversion = "%s"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "https://files.pythonhosted.org/packages/%s/%s/%s/%s-%s.tar.gz", hash = "sha256:%s", size = %d }\n\n'
                  % (n, v, hx(2), hx(2), hx(60), n, v, hx(64), R.randint(10**4, 10**6)) for n, v in [("httpx", "0.28.1"), ("anyio", "4.6.2"), ("certifi", "2024.8.30")])
    add("n_uv_lock", W()("uv sync fails on CI with a hash mismatch, here's uv.lock:\n" + uvl))
    mix = "%{\n" + "".join('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},\n' % (n, n, v, hx(64), hx(64)) for n, v in [("jason", "1.4.4"), ("plug", "1.16.1"), ("phoenix", "1.7.14")]) + "}\n"
    pub = "".join("  %s:\n    dependency: transitive\n    description:\n      name: %s\n      sha256: \"%s\"\n      url: \"https://pub.dev\"\n    source: hosted\n    version: \"%s\"\n" % (n, n, hx(64), v) for n, v in [("http", "1.2.2"), ("collection", "1.18.0")])
    add("n_mix_pubspec_locks", oai_tool("Which deps changed?", "run_shell", {"cmd": "cat mix.lock pubspec.lock"}, mix + "\n# pubspec.lock\npackages:\n" + pub))
    vm = ('<verification-metadata>\n   <configuration><verify-metadata>true</verify-metadata><verify-signatures>true</verify-signatures>\n      <trusted-keys>\n'
          + "".join('         <trusted-key id="%s" group="%s"/>\n' % (hx(40).upper(), g) for g in ["com.squareup.okhttp3", "org.jetbrains.kotlin"]) + '      </trusted-keys>\n   </configuration>\n   <components>\n'
          + "".join('      <component group="%s" name="%s" version="%s">\n         <artifact name="%s-%s.jar"><sha256 value="%s" origin="Generated by Gradle"/></artifact>\n      </component>\n' % (g, n, v, n, v, hx(64))
                    for g, n, v in [("com.squareup.okhttp3", "okhttp", "4.12.0"), ("org.jetbrains.kotlin", "kotlin-stdlib", "2.0.21")]) + "   </components>\n</verification-metadata>\n")
    add("n_gradle_verification_metadata", anth_tool("Gradle says dependency verification failed", "Read", {"file_path": "gradle/verification-metadata.xml"}, vm))
    # ids, nonces, traces
    add("n_trace_and_request_ids", W()("traceparent: 00-%s-%s-01\nX-B3-TraceId: %s\nX-Amzn-Trace-Id: Root=1-%s-%s\nIdempotency-Key: %s\nx-request-id: %s\nulid=%s ksuid=%s snowflake=%d\n"
                                       "dd.trace_id=%d dd.span_id=%d\nobjectId=%s\n" % (hx(32), hx(16), hx(32), hx(8), hx(24), ruuid(), ruuid(), rs(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
                                                                                        rs(27, AL), R.randint(10**18, 9 * 10**18), R.randint(10**18, 9 * 10**18), R.randint(10**18, 9 * 10**18), hx(24))))
    add("n_oidc_pkce_params", W()("GET /authorize?response_type=code&client_id=%s&redirect_uri=https%%3A%%2F%%2Fapp.acme.io%%2Fcb&scope=openid%%20profile&state=%s&nonce=%s"
                                  "&code_challenge=%s&code_challenge_method=S256\nThe IdP returns invalid_request. Which parameter is malformed?" % (ruuid(), b64u(rb(24)), b64u(rb(16)), b64u(rb(32)))))
    add("n_pubsub_push_envelope", gem_fr("Why is my push handler failing to decode?", "get_last_push", {"id": "orders-sub"},
                                        {"message": {"data": b64(json.dumps({"order_id": "ORD-%d" % R.randint(10**6, 10**7), "status": "shipped", "items": 3}).encode()),
                                                     "messageId": str(R.randint(10**15, 10**16)), "publishTime": "2025-11-24T09:14:03.112Z", "attributes": {"eventType": "OBJECT_FINALIZE"}},
                                         "subscription": "projects/acme-prod/subscriptions/orders-sub"}))
    # luhn-by-chance numbers
    imeis = [luhn_complete("35" + rs(6, DIG), 15) for _ in range(3)]
    iccid = [luhn_complete("8949" + rs(2, DIG), 19) for _ in range(2)]
    add("n_mdm_device_inventory", conv_tool("Which devices haven't checked in for 30 days?", "mdm_devices", {"filter": "stale"},
                                            result_json={"devices": [{"serial": rs(12, UP + DIG), "imei": i, "iccid": c, "model": "iPhone 15", "last_checkin": "2025-10-%02d" % R.randint(1, 24)}
                                                                     for i, c in zip(imeis, iccid + [None])]}))
    tids = [luhn_complete(R.choice("45") + rs(2, DIG), 19) for _ in range(3)]
    add("n_datadog_trace_ids_luhn", W()("".join("2025-11-24T09:14:%02dZ INFO ledger.settle dd.trace_id=%s dd.span_id=%d batch=%d\n" % (R.randint(0, 59), t, R.randint(10**17, 10**18), R.randint(100, 999)) for t in tids)
                                        + "Why are the spans not linked?"))
    appl = [luhn_complete("20000" + rs(3, DIG), 16) for _ in range(2)]
    add("n_app_store_transactions", W()("App Store Server Notification decoded:\n" + json.dumps({"notificationType": "DID_RENEW", "data": {"bundleId": "io.acme.app", "environment": "Production",
                                          "signedTransactionInfo": {"transactionId": appl[0], "originalTransactionId": appl[1], "productId": "io.acme.pro.monthly", "webOrderLineItemId": str(R.randint(10**14, 10**15))}}}, indent=2)))
    # encrypted material
    add("n_jenkins_credentials_xml", W()("<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>nexus-deploy</id>\n  <username>deployer</username>\n"
                                         "  <password>{%s}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n"
                                         "  <id>slack-token</id>\n  <secret>{%s}</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\nCan I migrate these to another Jenkins?"
                                         % (b64(b"\x01" + rb(60)), b64(b"\x01" + rb(92)))))
    add("n_rails_credentials_enc_age", W()("$ cat config/credentials/production.yml.enc\n%s--%s--%s\n\n$ cat secrets.env.age\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n"
                                           "How do I rotate the master key for both?" % (b64(rb(300)), b64(rb(12)), b64(rb(16)), "\n".join(textwrap(b64(rb(280)), 64)))))
    add("n_ansible_encrypt_string_inline", W()("db_user: ledger\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.2;AES256;prod\n" + "".join("          %s\n" % hx(80) for _ in range(5)) +
                                               "smtp_password: \"{{ vault_smtp_password }}\"\n"))
    add("n_sops_dotenv_json", W()("DB_PASSWORD=ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nSTRIPE_KEY=ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops_kms__list_0__map_arn=arn:aws:kms:eu-west-1:123456789012:key/%s\n"
                                  "sops_mac=ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops_version=3.9.1\n" % (b64(rb(14)), b64(rb(32)), b64(rb(16)), b64(rb(32)), b64(rb(32)), b64(rb(16)), ruuid(), b64(rb(48)), b64(rb(32)), b64(rb(16)))))
    add("n_ejson_and_kms_blob", W()("{\n  \"_public_key\": \"%s\",\n  \"db_password\": \"EJ[1:%s:%s:%s]\"\n}\nLambda env: DB_PASSWORD_ENCRYPTED=AQICAHh%s\n"
                                    % (hx(64), b64(rb(32)), b64(rb(24)), b64(rb(30)), b64(rb(180)))))
    add("n_spring_cloud_cipher", W()("spring:\n  datasource:\n    username: ledger\n    password: '{cipher}%s'\n  mail:\n    password: '{cipher}%s'\n" % (hx(160), hx(128))))
    # references / dummies
    add("n_laravel_env_example", W()("APP_KEY=\nDB_PASSWORD=\nMAIL_MAILER=smtp\nMAIL_USERNAME=null\nMAIL_PASSWORD=null\nPUSHER_APP_SECRET=\nREDIS_PASSWORD=null\nAWS_SECRET_ACCESS_KEY=\nVITE_PUSHER_APP_KEY=\"${PUSHER_APP_KEY}\"\n"))
    add("n_rails_django_env_refs", W()("config.action_mailer.smtp_settings = {\n  user_name: Rails.application.credentials.dig(:smtp, :user_name),\n  password:  Rails.application.credentials.dig(:smtp, :password),\n}\n"
                                       "# settings.py\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nEMAIL_HOST_PASSWORD = env('EMAIL_HOST_PASSWORD', default='')\nDATABASES = {'default': env.db('DATABASE_URL')}\n"))
    add("n_gradle_keystore_env", W()("android {\n  signingConfigs {\n    release {\n      storeFile file(System.getenv(\"KEYSTORE_PATH\") ?: \"release.jks\")\n      storePassword System.getenv(\"KEYSTORE_PASSWORD\")\n"
                                     "      keyAlias System.getenv(\"KEY_ALIAS\")\n      keyPassword project.findProperty(\"RELEASE_KEY_PASSWORD\") ?: \"\"\n    }\n  }\n}\n"))
    add("n_ansible_inventory_vault_refs", conv_tool("lint this inventory", "read_file", {"path": "hosts.yml"}, result_text=
        "all:\n  vars:\n    ansible_user: deploy\n    ansible_ssh_private_key_file: ~/.ssh/id_ed25519\n    ansible_password: \"{{ vault_ansible_password }}\"\n    ansible_become_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ops:become') }}\"\n"))
    add("n_ci_secret_refs_many", W()("# GitHub\nFLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n# CircleCI context\nDOPPLER_TOKEN: $DOPPLER_TOKEN_DEV\n# Azure\nSYSTEM_ACCESSTOKEN: $(System.AccessToken)\n"
                                     "# Netlify\nnetlify deploy --auth \"$NETLIFY_AUTH_TOKEN\"\n# Vercel\nvercel --token=${VERCEL_TOKEN}\n# Sentry\nSENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}\n"
                                     "# Vault\nexport VAULT_TOKEN=$(vault write -field=token auth/jwt/login role=ci jwt=$CI_JOB_JWT)\n"))
    add("n_dummy_tokens_docs", W()("Setup guide:\n1. `export VAULT_TOKEN=hvs.XXXXXXXXXXXXXXXXXXXXXXXX`\n2. `pulumi login` (token looks like `pul-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)\n"
                                         "3. `NEW_RELIC_LICENSE_KEY=<your-license-key>`\n4. `LINEAR_API_KEY=lin_api_...`\n5. `Authorization: SSWS ${OKTA_API_TOKEN}`\n6. `FIREBASE_TOKEN=<token from firebase login:ci>`\n"))
    add("n_docker_config_credhelpers", gem_fr("Which credential helper is used for ECR?", "read_file", {"id": "~/.docker/config.json"},
                                             {"content": {"auths": {"ghcr.io": {}, "https://index.docker.io/v1/": {}}, "credsStore": "osxkeychain",
                                                          "credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login", "europe-docker.pkg.dev": "gcloud"}}}))
    add("n_pgpass_docs_hba", W()("pg_hba.conf:\nhostssl all all 10.0.0.0/8 scram-sha-256\nlocal   all postgres peer\n\n# .pgpass format (see docs):\n# hostname:port:database:username:password\n"
                                 "# e.g. localhost:5432:mydb:myuser:<password>\nexport PGPASSFILE=$HOME/.config/pg/pgpass\n"))
    add("n_pg_authid_scram_hashes", W()("postgres=# SELECT rolname, rolpassword FROM pg_authid WHERE rolcanlogin;\n" + "".join(" %-10s | SCRAM-SHA-256$4096:%s$%s:%s\n" % (u, b64(rb(16)), b64(rb(32)), b64(rb(32))) for u in ["ledger", "metabase", "replicator"])
                                        + " legacy     | md5%s\n$ grep deploy /etc/shadow\ndeploy:$y$j9T$%s$%s:20050:0:99999:7:::\n" % (hx(32), rs(22, AL + "./"), rs(43, AL + "./"))))
    add("n_redis_logs_noauth", W()("1:M 24 Nov 2025 09:14:03.112 * Ready to accept connections tcp\n[ioredis] Unhandled error event: ReplyError: NOAUTH Authentication required.\n"
                                   "redis-cli> AUTH default <redacted>\n(error) WRONGPASS invalid username-password pair or user is disabled.\nREDIS_URL=redis://default:${REDIS_PASSWORD}@cache:6379/0\n"))
    add("n_github_masked_env", oai_tool("why is the deploy step skipped?", "run_shell", {"cmd": "gh run view 8812 --log | grep -i env"},
                                        "deploy\tenv\tAWS_ACCESS_KEY_ID: ***\ndeploy\tenv\tAWS_SECRET_ACCESS_KEY: ***\ndeploy\tenv\tFLY_API_TOKEN: ***\ndeploy\tenv\tDEPLOY_ENV: production\n"
                                        "deploy\tenv\tSENTRY_AUTH_TOKEN: ***\n"))
    add("n_kubectl_describe_secret", W()("Name:         ledger-db\nNamespace:    ledger\nLabels:       app=ledger\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  6 bytes\nca.crt:     1176 bytes\n"))
    add("n_rails_filtered_params", W()("Started POST \"/users/sign_in\" for 10.0.3.7\nParameters: {\"authenticity_token\"=>\"[FILTERED]\", \"user\"=>{\"email\"=>\"[FILTERED]\", \"password\"=>\"[FILTERED]\"}}\n"
                                       "Completed 401 Unauthorized in 112ms\nAuthorization: Bearer [REDACTED]\n{\"card\": \"[FILTERED]\", \"iban\": \"[FILTERED]\"}\n"))
    add("n_diff_dummy_to_ref", W()("--- a/config/database.yml\n+++ b/config/database.yml\n@@ -3,3 +3,3 @@ production:\n   username: ledger\n-  password: changeme\n+  password: <%= ENV.fetch(\"DATABASE_PASSWORD\") %>\n   host: db\n"))
    add("n_vault_token_lookup_accessor", conv_tool("what policies does this accessor have?", "shell", {"cmd": "vault token lookup -accessor " + rs(24, AL)}, result_text=
        "Key                 Value\n---                 -----\naccessor            %s\ncreation_time       1763970011\ndisplay_name        userpass-jmarsh\nentity_id           %s\nexpire_time         2025-12-26T09:14:03Z\nid                  n/a\npolicies            [default payments-rw]\nttl                 767h59m\n" % (rs(24, AL), ruuid())))
    add("n_pulumi_stack_output_secret", W()("$ pulumi stack output --json\n{\n  \"dbEndpoint\": \"ledger.cluster-%s.eu-west-1.rds.amazonaws.com\",\n  \"dbPassword\": \"[secret]\",\n  \"bucket\": \"acme-ledger-%s\"\n}\n"
                                            "$ doppler secrets --only-names\n+-----------------+\n| NAME            |\n+-----------------+\n| DB_PASSWORD     |\n| STRIPE_KEY      |\n+-----------------+\n" % (rs(12, LO + DIG), rs(6, LO + DIG))))
    # public material
    add("n_x509_text_modulus", W()("openssl x509 -text output, is the CA OK?\n" + key("ca.txt")))
    add("n_rsa_pub_text_and_ssh_pub", oai_tool("check key sizes", "run_shell", {"cmd": "openssl rsa -pubin -text -noout -in pub.pem; cat ~/.ssh/*.pub"},
                                              key("rsa_pub.txt") + key("ssh_ed25519.pub") + key("ssh_rsa.pub")))
    add("n_authorized_keys_options", W()("# ~/.ssh/authorized_keys on bastion\nrestrict,command=\"/usr/local/bin/backup-only\",from=\"10.0.0.0/8\" %s" % key("ssh_ecdsa.pub") +
                                         "cert-authority,principals=\"ops\" %s" % key("ssh_ed25519.pub") + "\nWhy can't ops log in with a cert?"))
    add("n_gpg_list_keys", W()("gpg --list-keys --with-colons output:\n" + key("pgp_list.txt") + "\n" + key("pgp_pub.asc")))
    add("n_openvpn_config_no_secrets", conv_tool("review client config", "read_file", {"path": "acme.ovpn"}, result_text=
        "client\ndev tun\nproto udp\nremote vpn.acme.io 1194\nca ca.crt\ncert client.crt\nkey client.key\ntls-crypt ta.key\nauth-user-pass creds.txt\ncipher AES-256-GCM\n<ca>\n" + key("ca.crt") + "</ca>\n"))
    # dial-ins, role mailboxes, fiction ranges, company ids
    add("n_teams_webex_dialins", W()("________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                                     "Meeting ID: 318 552 447 791\nPasscode: Xq9ZrT\nOr call in (audio only)\n+1 323-849-4874,,%d#   United States, Los Angeles\n+49 69 365052 1199,,%d#   Germany, Frankfurt\n"
                                     "Phone Conference ID: %d#\nWebex: +44-20-3478-5289 United Kingdom Toll  Access code: 2741 889 1234\nGoogle Meet: (FR) +33 1 87 40 43 21 PIN: 718 245 901#\n"
                                     % (R.randint(10**8, 10**9), R.randint(10**8, 10**9), R.randint(10**8, 10**9))))
    add("n_role_mailboxes_headers", W()("From: \"Acme Billing\" <billing@acme.io>\nReply-To: no-reply@acme.io\nSender: bounces+%d-%s@em1234.acme.io\nReturn-Path: <bounce-%s@mail.acme.io>\nTo: accounts-payable@northwind-logistics.de\n"
                                        "Cc: hr@acme.io, careers@acme.io, abuse@acme.io, hostmaster@acme.io\nList-Post: <mailto:platform-announce@lists.acme.io>\n\nInvoice 2025-1187 attached.\n"
                                        % (R.randint(10**6, 10**7), hx(8), hx(16))))
    add("n_faker_fiction_ranges", W()("Seed data (Faker, fiction ranges):\n" + "\n".join("%s,%s@example.com,%s" % (n, n.lower(), p) for n, p in
                                       [("Alice", "+1 202-555-0143"), ("Bob", "07700 900461"), ("Chloe", "+44 7700 900982"), ("Dan", "0491 570 156"), ("Eve", "+61 491 570 110"), ("Finn", "+1 (555) 010-4477")])))
    siret, abn_, cnpj_ = fr_siret(), au_abn(), br_cnpj()
    add("n_company_ids_invoice_header", W()("ACME EUROPE SAS — SIRET %s — TVA FR%02d%s — RCS Paris\nAcme Australia Pty Ltd ABN %s\nAcme Brasil Ltda CNPJ %s\nLEI 529900T8BM49AURSDO55\nDUNS 150483782\nEORI DE%d\n"
                                            % (std_siret.format(siret), (12 + 3 * (int(siret[:9]) % 97)) % 97, siret[:9], std_abn.format(abn_), std_cnpj.format(cnpj_), R.randint(10**6, 10**7))))
    add("n_masked_payment_data", W()("payment_method: {brand: 'visa', last4: '4821', exp: '08/28', fingerprint: '%s'}\ncard: 411111******1111\nPAN: XXXXXXXXXXXX0077\nIBAN: DE** **** **** **** **53 00\n"
                                     "Mobile: +49 151 ****4471\nEmail: j***.m****@gmail.com\n" % rs(16, AL)))
    add("n_tracking_and_order_numbers", W()("DHL Paket 00340434161094023841\nFedEx 7946 1215 9530\nUSPS 9400 1118 9922 3397 2156 44\nOrder #4000-1234-5678 / Invoice INV-2025-004411\nPLZ 80331 München, Tel. Zentrale siehe Impressum\n"))
    add("n_crypto_test_vectors", W()("Wycheproof aes_gcm_test.json excerpt:\n" + json.dumps({"tcId": 1, "comment": "", "key": "5b9604fe14eadba931b0ccf34843dab9", "iv": "028318abc1824029138141a2",
                                                                                            "msg": "001d0c231287c1182784554ca3a21908", "ct": "26073cc1d851beff176384dc9896d5ff", "tag": "0a3ea7a5487cb5f7d70fb6c58d038554", "result": "valid"}, indent=2)))
    add("n_base64_wasm_svg", W()("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@font-face{font-family:I;src:url(data:font/woff2;base64,%s)}</style></svg>\n"
                                 "const wasm = await WebAssembly.instantiate(Uint8Array.from(atob('AGFzbQEAAAA%s'), c => c.charCodeAt(0)))\n" % (b64(rb(400)), b64(rb(300)))))
    add("n_minified_css_js", W()(".a{color:#1f2937}.b{margin:0 auto}.c_%s{background:url(/img/%s.webp)}\n!function(e,t){var n=\"%s\",r=function(e){return e.split(\"\").reverse().join(\"\")};"
                                 "e.__BUILD__={id:n,sig:\"%s\"}}(window,document);\n" % (hx(6), hx(20), rs(32, AL), rs(43, AL + "-_"))))
    add("n_git_rebase_reflog", W()("pick %s feat: add payout batch validation\nfixup %s fix lint\npick %s chore: bump httpx\n\n$ git reflog -3\n%s HEAD@{0}: rebase (finish): returning to refs/heads/main\n"
                                   "%s HEAD@{1}: rebase (pick): chore: bump httpx\n%s HEAD@{2}: rebase (start): checkout origin/main\nCI_COMMIT_SHA=%s\n" % (hx(7), hx(7), hx(7), hx(7), hx(7), hx(7), hx(40))))
    add("n_cloud_resource_ids", W()("arn:aws:iam::123456789012:role/ledger-task\n/subscriptions/%s/resourceGroups/rg-ledger/providers/Microsoft.KeyVault/vaults/kv-ledger-prod\n"
                                    "projects/871234567890/secrets/db-password/versions/3\nws-%s run-%s\n" % (ruuid(), rs(16, AL), rs(16, AL))))
    add("n_git_remotes_no_creds", oai_tool("set up the azure remote", "run_shell", {"cmd": "git remote -v"},
                                           "origin\thttps://acme@dev.azure.com/acme/Payments/_git/ledger (fetch)\norigin\thttps://acme@dev.azure.com/acme/Payments/_git/ledger (push)\n"
                                           "gh\tgit@github.com:acme/ledger.git (fetch)\nmirror\thttps://gitlab.com/acme/ledger.git (push)\n"))
    # confidential lookalikes
    add("n_confidential_oauth_prose", W()("Confidential clients (RFC 6749 section 2.1) can keep a secret, public clients can't. In Keycloak set \"publicClient\": false and "
                                          "\"clientAuthenticatorType\": \"client-secret\". Is a Next.js BFF a confidential client?"))
    add("n_marking_policy_prose", W()("Our data-classification policy: documents labelled PUBLIC may be shared freely; documents marked CONFIDENTIAL must be stored in the restricted "
                                      "SharePoint site. How do I explain the difference to new hires in one paragraph?"))
    add("n_confidential_css_code", W()("<span class=\"badge badge-confidential\">{{ doc.classification | title }}</span>\n@Retention(RUNTIME) public @interface Confidential {}\n"
                                       "if (doc.getLevel() == Level.CONFIDENTIAL) { audit.log(doc.getId()); }\nconfidential: false\n"))
    add("n_lowercase_confidential_email", W()("Hi team, please treat the numbers in the attached forecast as confidential until the all-hands. Thanks, Marta"))
    # misc data
    add("n_hr_export_no_pii", W()("employee_id,department,grade,cost_center,fte,start_month\nE00412,Platform,L5,CC-410,1.0,2023-04\nE00988,Finance,L3,CC-120,0.8,2024-11\nE01022,Support,L2,CC-310,1.0,2025-02\n"))
    add("n_numpy_sklearn_output", W()("array([[4.53218911e-01, 5.10293847e-01],\n       [4.11111111e+15, 3.78282246e+14]])\nRandomForestClassifier(random_state=4242424242)\nmodel sha256: %s\n" % hx(64)))
    add("n_phone_regex_code", W()("PHONE_RE = re.compile(r'^\\+?[1-9]\\d{7,14}$')\nassert normalize('0171 1234567', 'DE') == '+49171XXXXXXX'\n# IBAN length table: DE 22, FR 27, GB 22\n"))

    i = tid()
    add("n_anthropic_tool_use_benign_env", {"model": "claude-opus-4-1", "max_tokens": 4096, "tools": CC_TOOLS, "messages": [
        {"role": "user", "content": "run the dev server"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": i, "name": "Bash", "input": {"command": "npm run dev", "env": {"NODE_ENV": "development", "PORT": "3000", "NEXT_TELEMETRY_DISABLED": "1", "BUILD_ID": hx(40)}}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": [{"type": "text", "text": "ready - started server on 0.0.0.0:3000"},
                                                                                         {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": b64(b"\x89PNG\r\n\x1a\n" + rb(900))}}]}]}]})
    add("n_ipynb_env_lookup", gem("Cell:\n" + json.dumps({"cells": [{"cell_type": "code", "source": ["import os, wandb\n", "wandb.login(key=os.environ[\"WANDB_API_KEY\"])\n", "co = cohere.ClientV2()  # reads CO_API_KEY\n"], "outputs": [], "metadata": {}, "execution_count": 1}], "nbformat": 4, "nbformat_minor": 5})))
    add("n_us_company_and_bank_numbers", W()("Vendor W-9: Acme Widgets LLC, EIN 84-%07d\nRemit to: ABA routing 021000021, account ending 7731\nShip to: 1 Market St, San Francisco, CA 94105-1420\nPO 4500012345\n" % R.randint(10**6, 10**7)))

    add("n_rsakeyvalue_public_only", W()("Public key for license verification (safe to ship in the client):\n" + rsa_xml(False)))
    add("n_cloudflared_config_file", W()("tunnel: %s\ncredentials-file: /etc/cloudflared/%s.json\ningress:\n  - hostname: app.acme.io\n    service: http://app:8080\n  - service: http_status:404\n" % ((ruuid(),) * 2)))
    add("n_k8s_configmap_smtp_refs", W()("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mailer\ndata:\n  SMTP_HOST: smtp.office365.com\n  SMTP_PORT: \"587\"\n  SMTP_USER_FILE: /var/run/secrets/smtp/username\n  SMTP_PASSWORD_FILE: /var/run/secrets/smtp/password\n  MAIL_FROM: no-reply@acme.io\n"))
    add("n_rclone_conf_env_auth", W()("[gcs-archive]\ntype = google cloud storage\nenv_auth = true\nbucket_policy_only = true\nlocation = europe-west3\n\n[s3-logs]\ntype = s3\nprovider = AWS\nenv_auth = true\nregion = eu-central-1\n"))


def textwrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]
def main():
    if not os.path.exists(os.path.join(KEYS, "ta.key")):
        subprocess.run(["bash", os.path.join(HERE, "make_keys.sh")], check=True)
    positives()
    negatives()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    labels = {}
    for name, (text, labs) in sorted(BODIES.items()):
        assert (not labs) == name.startswith("n_"), name
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
        labels[name] = labs
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
    npos = sum(1 for v in labels.values() if v)
    print("bodies=%d positive=%d negative=%d labels=%d" % (len(labels), npos, len(labels) - npos, sum(len(v) for v in labels.values())))


if __name__ == "__main__":
    main()
