"""Shared setup and value helpers for the round 7 generator (imported by gen.py and the theme modules).

Reuses round 3's helpers the way rounds 5 and 6 do (sys.path + `import gen as r3`), repointing
OUT/KEYS/R/HERE at this folder.
"""
import base64, hashlib, json, os, random, re, string, sys, urllib.parse, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "round3"))
import gen as r3  # noqa: E402
from gen import *  # noqa: E402,F401,F403
from gen import rs, rb, b64, b64u, key, ruuid, gh, aws_id, aws_secret, jwt, supabase_service_jwt, pwd, card, luhn_complete, \
    iban_fmt, ssn, email, person, cap, add, W, anth, anth_tool, oai, oai_parts, oai_tool, resp, resp_fc, gem, gem_fr, conv, \
    conv_tool, br_claude, br_llama, br_titan, br_cohere, br_mistral, legacy, AL, UP, LO, DIG, HEX, B62, FIRST, LAST  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))  # `from gen import *` rebinds HERE to round 3's folder
OUT = r3.OUT = os.path.join(HERE, "bodies")
KEYS = r3.KEYS = os.path.join(HERE, "keys")
R = r3.R = random.Random(7_2026_11_25)
r3.HERE = HERE

import phonenumbers  # noqa: E402
from stdnum import iban as std_iban, isbn as std_isbn, ean as std_ean, imei as std_imei  # noqa: E402
from stdnum.de import idnr as std_idnr  # noqa: E402
from stdnum.fr import nir as std_nir  # noqa: E402
from stdnum.it import codicefiscale as std_cf  # noqa: E402
from stdnum.nl import bsn as std_bsn  # noqa: E402
from stdnum.pl import pesel as std_pesel  # noqa: E402
from stdnum.br import cpf as std_cpf  # noqa: E402
from stdnum.pt import nif as std_ptnif  # noqa: E402
from stdnum.us import rtn as std_rtn  # noqa: E402

S, P, K, C = "secret", "pii", "private_key", "confidential"


def until(fn, ok, tries=500000):
    for _ in range(tries):
        v = fn()
        if ok(v):
            return v
    raise RuntimeError("no valid value")


def hexs(n):
    return rs(n, HEX)


def upw(n=18):  # password safe inside URLs
    return pwd(n, "-_.~")


# ------------------------------------------------------------------ national ids / ibans / phones
def de_idnr():
    return until(lambda: R.choice("123456789") + rs(10, DIG), std_idnr.is_valid)


def fr_nir():
    def mk():
        s = "%d%02d%02d%02d%03d%03d" % (R.choice([1, 2]), R.randint(60, 99), R.randint(1, 12), R.randint(1, 95), R.randint(1, 999), R.randint(1, 999))
        return s + std_nir.calc_check_digits(s)
    v = until(mk, std_nir.is_valid)
    return "%s %s %s %s %s %s %s" % (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])


def es_dni():
    n = R.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def es_nie():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + "%07d" % n) % 23])


def it_cf():
    cons = "BCDFGHLMNPRSTVZ"
    s = rs(3, cons) + rs(3, cons) + "%02d" % R.randint(60, 99) + R.choice("ABCDEHLMPRST") + "%02d" % (R.randint(1, 28) + R.choice([0, 40])) + \
        R.choice(["H501", "F205", "L219", "G273", "A944", "D612"])
    return s + std_cf.calc_check_digit(s)


def nl_bsn():
    return until(lambda: R.choice("123456789") + rs(8, DIG), lambda v: std_bsn.is_valid(v) and v != "111222333")


def pl_pesel():
    def mk():
        y, m, d = R.randint(55, 99), R.randint(1, 12), R.randint(1, 28)
        return "%02d%02d%02d%s" % (y, m, d, rs(5, DIG))
    return until(mk, std_pesel.is_valid)


def br_cpf():
    v = until(lambda: rs(11, DIG), lambda v: std_cpf.is_valid(v) and len(set(v)) > 2)
    return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])


def pt_nif():
    return until(lambda: R.choice("123") + rs(8, DIG), std_ptnif.is_valid)


def jp_my_number():
    def mk():
        d = [int(c) for c in rs(11, DIG)]
        w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r_ = sum(a * b for a, b in zip(d, w)) % 11
        return "".join(map(str, d)) + str(0 if r_ <= 1 else 11 - r_)
    v = mk()
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


IBAN_BBAN = {"DE": "18n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n", "PL": "24n",
             "BE": "12n", "AT": "16n", "PT": "21n", "GB": "4a14n"}


def iban_p(cc, printed=True):
    def mk():
        b = ""
        for n, t in re.findall(r"(\d+)([an])", IBAN_BBAN[cc]):
            b += rs(int(n), UP if t == "a" else DIG)
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b
    v = until(mk, lambda v: std_iban.is_valid(v) and "0000" not in v)
    return iban_fmt(v) if printed else v


def mobile(cc, fmt):
    reg = {"UK": "GB"}.get(cc, cc)
    gen_nsn = {
        "DE": lambda: "1" + R.choice(["51", "52", "60", "62", "70", "71", "76", "77"]) + rs(8, DIG),
        "FR": lambda: R.choice("67") + rs(8, DIG),
        "ES": lambda: "6" + rs(8, DIG),
        "IT": lambda: "3" + R.choice("2345") + rs(8, DIG),
        "NL": lambda: "6" + R.choice("1234") + rs(7, DIG),
        "GB": lambda: "7" + R.choice("4589") + rs(8, DIG),
        "PL": lambda: R.choice("5678") + rs(8, DIG),
        "PT": lambda: "9" + R.choice("1236") + rs(7, DIG),
        "BR": lambda: R.choice(["11", "21", "31", "41", "51"]) + "9" + R.choice("6789") + rs(7, DIG),
        "JP": lambda: R.choice(["90", "80", "70"]) + rs(8, DIG),
        "US": lambda: R.choice(["415", "646", "312", "206", "737", "303", "617"]) + str(R.randint(202, 989)) + rs(4, DIG),
        "AT": lambda: "6" + R.choice(["64", "60", "76", "99"]) + rs(7, DIG),
        "BE": lambda: "4" + R.choice(["70", "75", "85", "95"]) + rs(6, DIG),
        "CH": lambda: "7" + R.choice("6789") + rs(7, DIG),
    }[reg]

    def ok(s):
        if reg == "US" and s[3:6] == "555":
            return False
        n = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(reg), s))
        t = phonenumbers.number_type(n)
        return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == reg and \
            (reg == "US" or t == phonenumbers.PhoneNumberType.MOBILE)
    s = until(gen_nsn, ok)
    n = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(reg), s))
    if fmt == "e164":
        return "+%d%s" % (phonenumbers.country_code_for_region(reg), s)
    if fmt == "intl":
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)


def pmail(f=None, l=None, dom=None):
    return email(f, l, dom)


def work_mail(f, l, dom):
    return "%s.%s@%s" % (f, l, dom)


def qenc(v):
    return urllib.parse.quote(v, safe="")


# ------------------------------------------------------------------ lookalike generators for negatives
def luhn_num(prefix, length):
    return luhn_complete(prefix, length)


def imei():
    return until(lambda: luhn_complete(R.choice(["35", "86", "01", "49"]) + rs(4, DIG), 15), std_imei.is_valid)


def isbn13():
    b = R.choice(["978", "979"]) + rs(9, DIG)
    return b + std_isbn.calc_check_digit(b) if hasattr(std_isbn, "calc_check_digit") else b + std_ean.calc_check_digit(b)


def gtin(n=13):
    b = rs(n - 1, DIG)
    return b + std_ean.calc_check_digit(b)


def aba_rtn():
    return until(lambda: R.choice("0123") + rs(8, DIG), std_rtn.is_valid)


def ups_tracking():
    return "1Z" + rs(6, UP + DIG) + rs(2, DIG) + rs(8, DIG)


# ------------------------------------------------------------------ filler (real source text on this machine, sanitised)
def _src_files():
    import json as _j
    py = os.path.dirname(os.path.dirname(_j.__file__))
    pyf = [os.path.join(py, f) for f in ("argparse.py", "textwrap.py", "shutil.py", "dataclasses.py", "pathlib.py", "csv.py",
                                          "configparser.py", "tarfile.py", "zipfile.py", "typing.py", "functools.py", "pprint.py",
                                          "difflib.py", "enum.py", "calendar.py", "heapq.py", "gettext.py", "fractions.py")]
    js = "/usr/lib/node_modules/npm/lib"
    jsf = []
    if os.path.isdir(js):
        for root, _, files in sorted(os.walk(js)):
            jsf += [os.path.join(root, f) for f in sorted(files) if f.endswith(".js")]
    return [f for f in pyf if os.path.exists(f)], jsf


_PY, _JS = _src_files()
_BAD = re.compile(r"(?i:plac[e]holder)|@[A-Za-z0-9-]+\.[A-Za-z]|(?i:confidential|internal use|internal only|distribut|private key|password|passwd|"
                  r"secret|token|credential|api_key|apikey|auth)|\d{7,}|\+\d")


def filler(nbytes, lang="py", seed=""):
    """Sanitised lines of real source files; deterministic by seed, draws nothing from R."""
    files = _PY if lang == "py" or not _JS else _JS
    h = int(hashlib.sha256((lang + seed).encode()).hexdigest(), 16)
    out, size, i = [], 0, 0
    while size < nbytes and i < 60:
        f = files[(h + i) % len(files)]
        i += 1
        with open(f, encoding="utf-8", errors="replace") as fh:
            for line in fh.read().splitlines():
                if _BAD.search(line):
                    continue
                out.append(line)
                size += len(line) + 1
                if size >= nbytes:
                    break
    return "\n".join(out) + "\n"


def ips():
    return "%d.%d.%d.%d" % (R.choice([10, 172, 81, 88, 93, 185, 194]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "curl/8.5.0", "python-requests/2.31.0",
       "okhttp/4.12.0", "Go-http-client/2.0", "kube-probe/1.29"]
PATHS = ["/", "/static/js/app.%s.js", "/static/css/main.%s.css", "/api/v1/products?page=%d", "/api/v1/health", "/favicon.ico",
         "/api/v1/cart/%s", "/images/hero-%d.webp", "/robots.txt", "/api/v2/search?q=%s&lang=de", "/metrics", "/login", "/docs/getting-started"]


def access_line(path=None, status=None, ua=None, ts=None, ref="-"):
    if path is None:
        p = R.choice(PATHS)
        path = p % (rs(8, HEX) if "%s" in p and ("js" in p or "css" in p) else rs(6, LO) if "%s" in p else R.randint(1, 40)) if "%" in p else p
    ts = ts or "%02d/Nov/2025:%02d:%02d:%02d +0100" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    return '%s - - [%s] "GET %s HTTP/1.1" %d %d "%s" "%s"' % (ips(), ts, path, status or R.choice([200, 200, 200, 304, 404, 301]),
                                                              R.randint(120, 90000), ref, ua or R.choice(UAS))


# ------------------------------------------------------------------ provider tokens (formats as publicly documented / observed)
def mapbox_sk():
    p = b64u(json.dumps({"u": R.choice(FIRST) + "-maps", "a": "cl" + rs(23, LO + DIG)}, separators=(",", ":")).encode())
    return "sk." + p + "." + rs(22, AL + "-_")


def mapbox_pk():
    p = b64u(json.dumps({"u": "acme-maps", "a": "cl" + rs(23, LO + DIG)}, separators=(",", ":")).encode())
    return "pk." + p + "." + rs(22, AL + "-_")


def mailchimp():
    return hexs(32) + "-us" + str(R.randint(2, 21))


def twilio_sk():
    return "SK" + hexs(32)


def shopify(p="shpat_"):
    return p + hexs(32)


def square_token():
    return "EAAA" + rs(60, AL + "-_")


def linear():
    return "lin_api_" + rs(40)


def netlify():
    return "nfp_" + rs(36) + rs(4, DIG)


def doppler():
    return "dp.st.prd." + rs(43)


def pulumi():
    return "pul-" + hexs(40)


def postman():
    return "PMAK-" + hexs(24) + "-" + hexs(34)


def grafana_sa():
    return "glsa_" + rs(32) + "_" + hexs(8)


def grafana_cloud():
    blob = json.dumps({"o": str(R.randint(100000, 999999)), "n": "stack-%d-alloy-token" % R.randint(100000, 999999), "k": rs(24),
                       "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
    return "glc_" + b64(blob.encode())


def sentry_org():
    blob = json.dumps({"iat": 1731000000.0 + R.randint(0, 9999999), "url": "https://sentry.io", "region_url": "https://de.sentry.io",
                       "org": "acme-" + rs(4, LO)}, separators=(",", ":"))
    return "sntrys_" + b64(blob.encode()).rstrip("=") + "_" + rs(43, AL + "+/").replace("+", "A").replace("/", "b")


def databricks():
    return "dapi" + hexs(32) + R.choice(["", "-2", "-3"])


def contentful():
    return "CFPAT-" + rs(43, AL + "-_")


def discord_bot():
    ident = str(R.randint(10 ** 17, 10 ** 18 - 1))
    return b64(ident.encode()).rstrip("=") + "." + rs(6, AL + "-_") + "." + rs(38, AL + "-_")


def telegram_bot():
    return "%d:AA%s" % (R.randint(5 * 10 ** 9, 7 * 10 ** 9), rs(33, AL + "-_"))


def figma():
    return "figd_" + rs(40, AL + "-_")


def vault_hvs():
    return "hvs.CAESI" + rs(86, AL + "-_")


def tfc_token():
    return rs(14) + ".atlasv1." + rs(67)


def glrt():
    return "glrt-" + rs(20, AL + "-_")


def gldt():
    return "gldt-" + rs(20, AL + "-_")


def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DIG), rs(10, UP + DIG), rs(24))


def discord_webhook():
    return "https://discord.com/api/webhooks/%d/%s" % (R.randint(10 ** 17, 10 ** 18 - 1), rs(68, AL + "-_"))


def teams_webhook():
    return "https://acmegmbh.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (ruuid(), ruuid(), hexs(32), ruuid(), rs(43, AL + "-_"))


def zapier_hook():
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (R.randint(1000000, 19999999), rs(7, LO + DIG))


def nowrap(text, width=76):
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))
