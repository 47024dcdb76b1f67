"""Round 7 value generators for provider tokens not built by round 3 / round 6 helpers (formats as publicly documented or
as they appear in gitleaks / trufflehog rules).  Everything is drawn from the shared seeded R."""
import json

from gen_common import R, rs, hexs, b64, b64u, rb, ruuid, AL, UP, LO, DIG, HEX

B64U = AL + "-_"


def do_token(kind="dop"):
    return "%s_v1_%s" % (kind, hexs(64))


def doppler_personal():
    return "dp.pt." + rs(43)


def planetscale(kind="tkn"):
    return "pscale_%s_%s" % (kind, rs(43, B64U))


def notion_ntn():
    return "ntn_" + rs(11, DIG) + rs(35)


def notion_secret():
    return "secret_" + rs(43)


def sentry_user():
    return "sntryu_" + hexs(64)


def vault_batch():
    return "hvb.AAAAAQ" + rs(128, B64U)


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _bech32(hrp, data8):
    acc = bits = 0
    data = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(hv + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    cs = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    return hrp + "1" + "".join(cs[d] for d in data + chk)


def age_secret():
    return _bech32("age-secret-key-", rb(32)).upper()


def age_public():
    return _bech32("age", rb(32))


def onepassword_sa(mail):
    blob = {"signInAddress": "acme-corp.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                                                                    "salt": rs(22, B64U)},
            "email": mail, "srpX": hexs(64),
            "muk": {"alg": "A256GCM", "ext": False, "k": rs(43, B64U), "key_ops": ["decrypt", "encrypt"], "kty": "oct", "kid": "mp"},
            "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (rs(6, UP + DIG), rs(6, UP + DIG), rs(5, UP + DIG), rs(5, UP + DIG), rs(5, UP + DIG), rs(5, UP + DIG)),
            "throttleSecret": {"seed": hexs(64), "uuid": rs(26, UP + DIG)}, "deviceUuid": rs(26, LO + DIG)}
    return "ops_" + b64u(json.dumps(blob, separators=(",", ":")).encode())


def groq():
    return "gsk_" + rs(52)


def replicate():
    return "r8_" + rs(37)


def perplexity():
    return "pplx-" + rs(48)


def xai():
    return "xai-" + rs(80)


def openrouter():
    return "sk-or-v1-" + hexs(64)


def langsmith(kind="pt"):
    return "lsv2_%s_%s_%s" % (kind, hexs(32), hexs(10))


def pinecone():
    return "pcsk_" + rs(5) + "_" + rs(63)


def resend():
    return "re_" + rs(8) + "_" + rs(24)


def shopify_tok(p="shpat_"):
    return p + hexs(32)


def square_oauth():
    return "sq0csp-" + rs(43, B64U)


def square_access():
    return "EAAA" + rs(60, B64U)


def contentful_pat():
    return "CFPAT-" + rs(43, B64U)


def jfrog_api():
    return "AKCp" + rs(69)


def jfrog_ref():
    raw = "reftkn:01:%d:%s" % (R.randint(1893456000, 1999999999), rs(27))
    return b64(raw.encode())


def sonar():
    return "sqp_" + hexs(40)


def circleci():
    return "CCIPAT_" + rs(22) + "_" + hexs(40)


def buildkite():
    return "bkua_" + rs(40, LO + DIG)


def heroku_v2():
    return "HRKU-AA" + rs(58, B64U)


def databricks_tok():
    return "dapi" + hexs(32)


def npm_tok():
    return "npm_" + rs(36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + rs(150, B64U)


def anthropic_key():
    return "sk-ant-api03-" + rs(93, B64U) + "AA"


def hf_tok():
    return "hf_" + rs(34, AL)


def tailscale():
    return "tskey-auth-k" + rs(10, AL) + "CNTRL-" + rs(33, AL)


def atlassian():
    return "ATATT3xFfGF0" + rs(170, B64U) + "=" + rs(8, "0123456789ABCDEF")


def sendgrid():
    return "SG." + rs(22, B64U) + "." + rs(43, B64U)


def slack_bot():
    return "xoxb-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 12, 10 ** 13), rs(24))


def confluent_pair():
    return rs(16, UP + DIG), rs(64, AL + "+/")


def twitch_secret():
    return rs(30, LO + DIG)


def fastly():
    return rs(32, AL + "-_")


def vercel():
    return rs(24, AL)


def cloudflare_api():
    return rs(40, AL + "-_")


def snyk():
    return ruuid()


def postmark():
    return ruuid()


def mailgun():
    return "key-" + hexs(32)


def gitlab_pat():
    return "glpat-" + rs(20, B64U)


def stripe_live():
    return "sk_live_" + rs(99, AL)


def stripe_whsec():
    return "whsec_" + rs(32)


def google_api():
    return "AIza" + rs(35, B64U)


def refresh_google():
    return "1//0" + rs(R.randint(90, 110), B64U)


def gocspx():
    return "GOCSPX-" + rs(28, B64U)


def eth_addr():
    return "0x" + hexs(40)


def btc_bech32():
    return _bech32("bc", rb(20))
