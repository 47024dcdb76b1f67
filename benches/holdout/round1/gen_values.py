"""Format-valid synthetic secret / PII value generators (stdlib only)."""
import base64, json, os, random, string, subprocess, tempfile, zlib, struct, hashlib

R = random.Random(20240611)
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
HEX = "0123456789abcdef"


def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


def b62(n):
    o = ""
    while n:
        o = B62[n % 62] + o
        n //= 62
    return o or "0"


def gh_token(prefix="ghp_"):
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, "0")


def npm_token():
    return gh_token("npm_")


def aws_key_id(prefix="AKIA"):
    return prefix + rs(16, UP + "234567")


def aws_secret():
    while True:
        s = rs(40, B62 + "/+")
        if any(c in s for c in "/+"):
            return s


def slack_bot():
    return f"xoxb-{R.randint(10**10, 10**12)}-{R.randint(10**12, 10**13)}-{rs(24)}"


def slack_user():
    return f"xoxp-{R.randint(10**10, 10**12)}-{R.randint(10**10, 10**12)}-{R.randint(10**12, 10**13)}-{rs(32, HEX)}"


def slack_webhook():
    return f"https://hooks.slack.com/services/T{rs(8, UP + DIG)}/B{rs(10, UP + DIG)}/{rs(24)}"


def stripe_live(modern=True):
    return "sk_live_51" + rs(97) if modern else "sk_live_" + rs(24)


def stripe_pk_live():
    return "pk_live_51" + rs(97)


def stripe_whsec():
    return "whsec_" + rs(32)


def openai_proj():
    return "sk-proj-" + rs(74, B62 + "-_") + "T3BlbkFJ" + rs(74, B62 + "-_")


def openai_legacy():
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def anthropic_key():
    return "sk-ant-api03-" + rs(93, B62 + "-_") + "AA"


def google_api_key():
    return "AIza" + rs(35, B62 + "-_")


def sendgrid():
    return "SG." + rs(22, B62 + "-_") + "." + rs(43, B62 + "-_")


def hex_(n):
    return rs(n, HEX)


def hf_token():
    return "hf_" + rs(34, UP + LO)


def glpat():
    return "glpat-" + rs(20, B62 + "-_")


def telegram():
    return f"{R.randint(10**9, 8 * 10**9)}:AA{rs(33, B62 + '-_')}"


def discord_webhook():
    return f"https://discord.com/api/webhooks/{R.randint(10**18, 2 * 10**18)}/{rs(68, B62 + '-_')}"


def vault_token():
    return "hvs.CAESI" + rs(85, B62 + "-_")


def azure_storage_key():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()


def age_secret():
    return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def age_public():
    return "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")


def dckr_pat():
    return "dckr_pat_" + rs(27, B62 + "-_")


def django_secret():
    return rs(50, LO + DIG + "!@#%^&*(-_=+)")


def password(n=None):
    n = n or R.randint(14, 22)
    while True:
        p = rs(n, B62 + "!#%^*-_.")
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p


def human_password():
    words = ["Summer", "Falcon", "Orange", "Rocket", "Harbor", "Maple", "Winter", "Copper"]
    return R.choice(words) + R.choice(["!", "#", "-", "_", "."]) + R.choice(words).lower() + str(R.randint(10, 99)) + R.choice(["!", "?", "$"])


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(payload, alg="RS256"):
    h = {"alg": alg, "typ": "JWT"}
    if alg.startswith("RS"):
        h["kid"] = rs(27, B64URL)
    sig = bytes(R.randrange(256) for _ in range(256 if alg.startswith("RS") else 32))
    return ".".join([b64url(json.dumps(h, separators=(",", ":")).encode()),
                     b64url(json.dumps(payload, separators=(",", ":")).encode()), b64url(sig)])


def luhn_digit(partial):
    s = 0
    for i, d in enumerate(reversed(partial)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(kind="visa", sep=""):
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif kind == "mc2":
        pre, n = str(R.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "discover":
        pre, n = "6011", 16
    elif kind == "jcb":
        pre, n = str(R.randint(3528, 3589)), 16
    body = pre + rs(n - len(pre) - 1, DIG)
    num = body + luhn_digit(body)
    if not sep:
        return num
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def not_luhn(n=16, pre="4"):
    body = pre + rs(n - len(pre) - 1, DIG)
    good = luhn_digit(body)
    bad = str((int(good) + R.randint(1, 9)) % 10)
    return body + bad


def iban(cc, spaced=False):
    if cc == "DE":
        bban = rs(8, DIG) + rs(10, DIG)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rs(6, DIG) + rs(8, DIG)
    elif cc == "FR":
        bank, branch, acct = rs(5, DIG), rs(5, DIG), rs(11, DIG)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + f"{key:02d}"
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rs(10, DIG)
    elif cc == "ES":
        bban = rs(20, DIG)
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(conv) % 97
    s = f"{cc}{check:02d}{bban}"
    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nanp():
    while True:
        a = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        if a[1:] != "11" and a[1] != "9":
            break
    e = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    if e == "555":
        e = "556"
    return a, e, f"{R.randint(0, 9999):04d}"


def us_phone(fmt="paren"):
    a, e, s = nanp()
    return {"paren": f"({a}) {e}-{s}", "dash": f"{a}-{e}-{s}", "dot": f"{a}.{e}.{s}",
            "space": f"{a} {e} {s}", "e164": f"+1{a}{e}{s}", "intl": f"+1 {a} {e} {s}",
            "intl_dash": f"+1-{a}-{e}-{s}"}[fmt]


def nino():
    first = R.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        return nino()
    d = rs(6, DIG)
    return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {R.choice('ABCD')}"


def sin():
    while True:
        body = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + rs(7, DIG)
        n = body + luhn_digit(body)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(w * x for w, x in zip(range(k, 1, -1), d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def dni():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def ean13(prefix="400"):
    body = prefix + rs(12 - len(prefix), DIG)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha1():
    return hex_(40)


def sha256():
    return hex_(64)


def rnd_bytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def sri(alg="sha512", n=64):
    return f"{alg}-" + base64.b64encode(rnd_bytes(n)).decode()


def png_b64(w=8, h=8):
    raw = b"".join(b"\x00" + rnd_bytes(w * 3) for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


class Keys:
    """Real key material generated with openssl / ssh-keygen in a temp dir."""

    def __init__(self):
        self.d = tempfile.mkdtemp(prefix="holdout-keys-")

    def run(self, *args, stdin=None):
        return subprocess.run(args, cwd=self.d, check=True, capture_output=True, input=stdin).stdout.decode()

    def rsa_traditional(self):
        return self.run("openssl", "genrsa", "-traditional", "2048")

    def pkcs8_rsa(self):
        return self.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048")

    def ec(self):
        return self.run("openssl", "ecparam", "-name", "prime256v1", "-genkey", "-noout")

    def pkcs8_ec(self):
        return self.run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256")

    def encrypted_pkcs8(self):
        return self.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                        "-aes-256-cbc", "-pass", "pass:" + password())

    def openssh(self, kind="ed25519", comment="dev@laptop"):
        p = os.path.join(self.d, "k" + rs(6, LO))
        subprocess.run(["ssh-keygen", "-q", "-t", kind, "-N", "", "-C", comment, "-f", p], check=True)
        return open(p).read(), open(p + ".pub").read().strip()

    def cert(self, cn):
        k = os.path.join(self.d, "c" + rs(6, LO) + ".key")
        open(k, "w").write(self.pkcs8_ec())
        return self.run("openssl", "req", "-x509", "-new", "-key", k, "-subj", "/CN=" + cn + "/O=Acme Corp", "-days", "397")

    def pubkey(self):
        k = os.path.join(self.d, "p" + rs(6, LO) + ".key")
        open(k, "w").write(self.pkcs8_rsa())
        return self.run("openssl", "pkey", "-in", k, "-pubout")
