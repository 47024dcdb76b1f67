#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 3).

    python3 gen.py          # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

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

Labelling policy
  secret        a live-looking credential: provider tokens/keys, hard-coded
                passwords in config/code/URIs/connection strings, signing and
                machine keys, OAuth client secrets and refresh tokens, bearer
                JWTs for real services, base64 values of k8s Secret `data:`
                (labelled as the base64 text).  The span is the value only.
                NOT labelled: references (${X}, process.env.X, {{ secrets.X }},
                $(X), #{X}#, op://, vault:, {{resolve:...}}, existingSecret
                names), dummies (changeme, <your-password>, xxxx, ********,
                REPLACE_ME, empty), well-known vendor default credentials of
                local dev images (postgres/postgres, guest/guest, root,
                minioadmin), documentation example values (AWS ...EXAMPLE keys,
                Azurite devstoreaccount1 key, Slack "not-a-real-token", RFC
                test vectors, the Hardhat/Anvil default account key),
                encrypted material (SOPS, SealedSecrets, Ansible Vault),
                hashes / digests / ids / nonces / signatures.
  private_key   PEM / OpenSSH private key blocks (whole block, whichever
                prefixing the shape applies: '+' diff lines, YAML indentation,
                \r\n, properties continuations), base64-wrapped PEM, and raw
                private key material (see "a|b" above).  Certificates, CSRs,
                public keys, SSH public keys, known_hosts, PGP public keys and
                PGP signatures are NOT private keys.
  pii           personal data of people: personal e-mail addresses (webmail
                and firstname.lastname@company alike), phone numbers of people
                (international and national formats), payment card numbers,
                IBANs of persons, national ids / tax ids / health ids.
                NOT pii: role mailboxes (support@, billing@, privacy@, dpo@,
                noreply@, notifications@, security@), example.com/.test/
                localhost addresses, git@host, conference dial-in numbers,
                company identifiers (VAT, LEI, BIC, DUNS), test card numbers
                of payment providers, masked values (****1234).
                Names and postal addresses are not labelled.
  confidential  document markers: CONFIDENTIAL, STRICTLY CONFIDENTIAL,
                PROPRIETARY AND CONFIDENTIAL, INTERNAL ONLY, FOR INTERNAL USE
                ONLY, DO NOT DISTRIBUTE, used as a marker / banner / footer.
                NOT: lowercase prose ("keep this confidential"), product names
                (Confidential Computing, Confidential VM), enum constants and
                identifiers in code.
"""
import base64, hashlib, hmac, json, os, random, string, struct, subprocess, uuid, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bodies")
KEYS = os.path.join(HERE, "keys")
R = random.Random(3_2025_11_24)

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"


def rs(n, alpha=AL):
    return "".join(R.choice(alpha) for _ in range(n))


def rb(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def key(name):
    with open(os.path.join(KEYS, name)) as f:
        return f.read()


def ruuid():
    return str(uuid.UUID(bytes=rb(16), version=4))


# ================================================================ secrets
def crc_b62(body):
    c = zlib.crc32(body.encode()) & 0xffffffff
    s = ""
    while c:
        c, r = divmod(c, 62)
        s = B62[r] + s
    return s.rjust(6, "0")


def gh(prefix):
    body = rs(30)
    return prefix + body + crc_b62(body)


def aws_id(prefix="AKIA"):
    return prefix + rs(16, UP + "234567")


def aws_secret():
    return rs(40, AL + "/+")


def aws_session_token():
    return "IQoJb3JpZ2luX2VjE" + rs(R.randint(300, 360), AL + "/+") + "=="


def jwt(header, payload, sig_bytes=32):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rb(sig_bytes))


def k8s_sa_jwt():
    return jwt({"alg": "RS256", "kid": rs(43, AL + "-_")},
               {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": 1767225600, "iat": 1735689600,
                "iss": "https://oidc.eks.eu-west-1.amazonaws.com/id/" + rs(32, UP + DIG),
                "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "deployer", "uid": ruuid()}},
                "sub": "system:serviceaccount:ci:deployer"}, 256)


def supabase_service_jwt():
    return jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(20, LO), "role": "service_role",
                                               "iat": 1718000000, "exp": 2033576000})


def openai_key():
    return "sk-proj-" + rs(74, AL + "-_") + "T3BlbkFJ" + rs(74, AL + "-_")


def slack_user():
    return "xoxp-%d-%d-%d-%s" % (R.randint(10**10, 10**12), R.randint(10**10, 10**12), R.randint(10**11, 10**13), rs(32, HEX))


def pwd(n=16, specials="!#%^*-_=+.:"):
    while True:
        s = rs(n, AL + specials)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def azure_devops_pat():
    return rs(52, "abcdefghijklmnopqrstuvwxyz234567")


# ================================================================ PII
def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def luhn_complete(prefix, length):
    n = prefix + "".join(R.choice(DIG) for _ in range(length - len(prefix) - 1))
    for c in DIG:
        if luhn_ok(n + c):
            return n + c


def card(kind):
    pre, ln = {"visa": ("4" + str(R.randint(10, 99)), 16), "mc2": (str(R.randint(2221, 2720)), 16),
               "mc5": ("5" + str(R.randint(1, 5)), 16), "amex": (R.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "jcb": (str(R.randint(3528, 3589)), 16), "diners": ("36", 14),
               "unionpay": ("62" + str(R.randint(12, 88)), 16), "maestro19": ("6759", 19)}[kind]
    return luhn_complete(pre, ln)


def card_fmt(n):
    if len(n) == 15:
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    if len(n) == 14:
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return cc + "%02d" % (98 - int(num) % 97) + bban


def iban_c(cc):
    d = lambda n: rs(n, DIG)
    a = lambda n: rs(n, UP)
    bban = {"DE": lambda: d(18), "FR": bban_fr, "IT": bban_it,
            "ES": bban_es, "NL": lambda: a(4) + d(10), "BE": bban_be, "AT": lambda: d(16),
            "PT": lambda: d(21), "IE": lambda: a(4) + d(14), "FI": lambda: d(14), "PL": lambda: d(24),
            "CH": lambda: d(5) + rs(12, UP + DIG), "SE": lambda: d(20), "LU": lambda: d(3) + rs(13, UP + DIG),
            "GB": lambda: a(4) + d(14), "DK": lambda: d(14), "NO": bban_no, "HR": lambda: d(17)}[cc]()
    return iban(cc, bban)


# national BBAN check digits (the IBAN mod-97 is computed over them)
def bban_be():
    x = rs(10, DIG)
    return x + "%02d" % (int(x) % 97 or 97)


def bban_no():
    while True:
        x = rs(10, DIG)
        c = 11 - sum(int(a) * b for a, b in zip(x, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c != 10:
            return x + str(0 if c == 11 else c)


def bban_es():
    def dc(s):
        c = 11 - sum(int(a) * b for a, b in zip(s, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
        return str({11: 0, 10: 1}.get(c, c))
    bank, branch, acct = rs(4, DIG), rs(4, DIG), rs(10, DIG)
    return bank + branch + dc("00" + bank + branch) + dc(acct) + acct


def bban_fr():
    bank, guichet, compte = rs(5, DIG), rs(5, DIG), rs(11, DIG)
    return bank + guichet + compte + "%02d" % (97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)


def bban_it():
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    rest = rs(10, DIG) + rs(12, DIG)
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + sum(odd[v(ch)] if i % 2 == 0 else v(ch) for i, ch in enumerate(rest)) % 26) + rest


def ean13(prefix):
    d = prefix + rs(12 - len(prefix), DIG)
    return d + str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) % 10) % 10)


def iban_fmt(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def itin():
    return "9%02d-%d-%04d" % (R.randint(0, 99), R.choice([70, 71, 72, 73, 74, 75, 76, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 94, 95, 96, 97, 98, 99]), R.randint(1, 9999))


def hetu():  # Finland
    dd, mm, yy, n = R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), R.randint(2, 899)
    s = "%02d%02d%02d%03d" % (dd, mm, yy, n)
    return "%02d%02d%02d-%03d%s" % (dd, mm, yy, n, "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(s) % 31])


def fnr():  # Norway
    while True:
        d = [int(c) for c in "%02d%02d%02d%03d" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), R.randint(0, 499))]
        k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, d)) + str(k2)


def isikukood():  # Estonia
    while True:
        d = [R.choice([3, 4])] + [int(c) for c in "%02d%02d%02d%03d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))]
        s = sum(a * b for a, b in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
        if s == 10:
            s = sum(a * b for a, b in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
            if s == 10:
                s = 0
        return "".join(map(str, d)) + str(s)


def nif_pt():
    while True:
        d = [R.choice([1, 2])] + [R.randint(0, 9) for _ in range(7)]
        c = 11 - sum(a * b for a, b in zip(d, range(9, 1, -1))) % 11
        return "".join(map(str, d)) + str(0 if c >= 10 else c)


def ppsn():  # Ireland
    d = [R.randint(0, 9) for _ in range(7)]
    r = sum(a * b for a, b in zip(d, range(8, 1, -1))) % 23
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[r]


def ahv():  # Switzerland, EAN-13
    d = "756" + rs(9, DIG)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    d += str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (d[:3], d[3:7], d[7:11], d[11:])


def oib():  # Croatia, ISO 7064 MOD 11,10
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
    a = 10
    for x in d:
        a = (x + a) % 10
        a = 10 if a == 0 else a
        a = (a * 2) % 11
    c = 11 - a
    return "".join(map(str, d)) + str(0 if c == 10 else c)


def cnp():  # Romania
    while True:
        s = "%d%02d%02d%02d%02d%03d" % (R.choice([1, 2]), R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(1, 40), R.randint(1, 999))
        c = sum(int(a) * int(b) for a, b in zip(s, "279146358279")) % 11
        return s + str(1 if c == 10 else c)


def rodne_cislo():  # Czech, divisible by 11
    while True:
        base = "%02d%02d%02d%03d" % (R.randint(54, 99), R.randint(1, 12) + R.choice([0, 50]), R.randint(1, 28), R.randint(0, 999))
        c = int(base) % 11
        if c == 10:
            continue
        return base[:6] + "/" + base[6:] + str(c)


def be_nn():  # Belgium rijksregisternummer (born before 2000)
    y, m, dd, seq = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y, m, dd, seq)
    c = 97 - int(base) % 97
    return "%02d.%02d.%02d-%03d.%02d" % (y, m, dd, seq, c)


def rut():  # Chile
    n = R.randint(8_000_000, 24_999_999)
    s, m = 0, 2
    for c in reversed(str(n)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    v = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(v, str(v))
    return "{:,}".format(n).replace(",", ".") + "-" + dv


def cn_id():
    area = R.choice(["110105", "310104", "440305", "330106", "510107"])
    s = area + "%04d%02d%02d%03d" % (R.randint(1965, 2002), R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def nhs():
    while True:
        d = [R.randint(4, 9)] + [R.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b for a, b in zip(d, range(10, 1, -1))) % 11
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(0 if c == 11 else c)
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


# phones: realistic mobile ranges, avoiding reserved fiction ranges (UK 07700 900xxx, US 555-01xx)
def ph(cc, national=False):
    n = lambda k: rs(k, DIG)
    if cc == "DE":
        p = R.choice(["151", "160", "170", "176", "157"]); s = n(8)
        return "0%s %s" % (p, s) if national else "+49 %s %s %s" % (p, s[:4], s[4:])
    if cc == "FR":
        s = R.choice("67") + n(8)
        return ("0" + " ".join([s[0]] + [s[i:i + 2] for i in range(1, 9, 2)])) if national else "+33 " + s[0] + " " + " ".join(s[i:i + 2] for i in range(1, 9, 2))
    if cc == "IT":
        s = "3" + R.choice("234") + n(8)
        return "%s %s %s" % (s[:3], s[3:6], s[6:]) if national else "+39 %s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "ES":
        s = "6" + n(8)
        return "%s %s %s" % (s[:3], s[3:6], s[6:]) if national else "+34 %s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "NL":
        s = R.choice("123456") + n(7)
        return "06-%s" % s if national else "+31 6 %s" % s
    if cc == "UK":
        s = R.choice(["7911", "7825", "7402", "7588"]) + n(6)
        return "0%s %s" % (s[:4], s[4:]) if national else "+44 %s %s" % (s[:4], s[4:])
    if cc == "US":
        a = R.choice(["415", "212", "646", "312", "617", "206", "512"]); e = str(R.randint(201, 989)).replace("555", "556")
        return "(%s) %s-%s" % (a, e, n(4)) if national else "+1 %s-%s-%s" % (a, e, n(4))
    if cc == "JP":
        return "0%s-%s-%s" % (R.choice(["90", "80", "70"]), n(4), n(4)) if national else "+81 %s-%s-%s" % (R.choice(["90", "80"]), n(4), n(4))
    if cc == "BR":
        return "(11) 9%s-%s" % (n(4), n(4)) if national else "+55 11 9%s-%s" % (n(4), n(4))
    if cc == "IN":
        s = R.choice("9876") + n(9)
        return "0%s %s" % (s[:5], s[5:]) if national else "+91 %s %s" % (s[:5], s[5:])
    if cc == "AU":
        s = "4" + n(8)
        return "0%s %s %s" % (s[:3], s[3:6], s[6:]) if national else "+61 %s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "MX":
        return "55 %s %s" % (n(4), n(4)) if national else "+52 55 %s %s" % (n(4), n(4))
    if cc == "PL":
        s = R.choice("5678") + n(8)
        return "%s %s %s" % (s[:3], s[3:6], s[6:]) if national else "+48 %s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "SE":
        s = "7" + R.choice("0236") + n(7)
        return "0%s-%s %s %s" % (s[:2], s[2:5], s[5:7], s[7:]) if national else "+46 %s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])
    if cc == "CH":
        s = "7" + R.choice("6789") + n(7)
        return "0%s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:]) if national else "+41 %s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])
    if cc == "AT":
        s = "6" + R.choice(["64", "60", "76", "99"]) + n(7)
        return "0%s %s" % (s[:3], s[3:]) if national else "+43 %s %s" % (s[:3], s[3:])
    if cc == "BE":
        s = "4" + R.choice(["70", "75", "85", "95"]) + n(6)
        return "0%s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:]) if national else "+32 %s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:])
    if cc == "PT":
        s = "9" + R.choice("1236") + n(7)
        return "%s %s %s" % (s[:3], s[3:6], s[6:]) if national else "+351 %s %s %s" % (s[:3], s[3:6], s[6:])
    raise KeyError(cc)


FIRST = ["lena", "tobias", "camille", "julien", "giulia", "marco", "lucia", "javier", "sanne", "daan", "oliver", "amelia",
         "jordan", "priya", "kenji", "yuki", "mariana", "rafael", "aarav", "chloe", "mateus", "zofia", "erik", "noemi",
         "aoife", "joao", "ilaria", "mihai", "ana", "petra", "sofie", "lukas", "hannah", "diego", "wei", "ines"]
LAST = ["schneider", "keller", "dubois", "moreau", "rossi", "bianchi", "garcia", "navarro", "jansen", "visser", "hughes",
        "patel", "tanaka", "sato", "souza", "kowalski", "lindqvist", "murphy", "popescu", "novak", "horvat", "silva",
        "nguyen", "okafor", "larsen", "virtanen", "peeters", "costa", "wagner", "brennan"]
WEBMAIL = ["gmail.com", "outlook.com", "gmx.de", "web.de", "yahoo.fr", "hotmail.it", "proton.me", "icloud.com",
           "orange.fr", "libero.it", "t-online.de", "yahoo.co.jp", "uol.com.br", "seznam.cz", "wp.pl", "hotmail.co.uk"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def email(f=None, l=None, dom=None):
    if f is None:
        f, l = person()
    dom = dom or R.choice(WEBMAIL)
    sep = R.choice([".", "_", "", "."])
    tail = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1970, 2003))])
    return "%s%s%s%s@%s" % (f, sep, l, tail, dom)


def cap(s):
    return s[:1].upper() + s[1:]


# ================================================================ request shapes
CC_TOOLS = [
    {"name": "Bash", "description": "Executes a given bash command in a persistent shell session with optional timeout.",
     "input_schema": {"type": "object", "properties": {"command": {"type": "string"}, "timeout": {"type": "number"}}, "required": ["command"]}},
    {"name": "Read", "description": "Reads a file from the local filesystem.",
     "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}, "offset": {"type": "number"}}, "required": ["file_path"]}}]
OAI_TOOLS = [{"type": "function", "function": {"name": "run_shell", "description": "Run a shell command in the sandbox",
                                               "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}, "required": ["cmd"]}}},
             {"type": "function", "function": {"name": "read_file", "description": "Read a workspace file",
                                               "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}}]


def tid(p="toolu_01"):
    return p + rs(22)


def anth(text, system=None, model="claude-sonnet-4-5-20250929"):
    b = {"model": model, "max_tokens": 4096, "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}
    if system:
        b["system"] = [{"type": "text", "text": system, "cache_control": {"type": "ephemeral"}}]
    return b


def anth_tool(user, tool, inp, result, follow="What's wrong here?", thinking=None):
    i = tid()
    asst = [{"type": "text", "text": "Let me look."}, {"type": "tool_use", "id": i, "name": tool, "input": inp}]
    if thinking:
        asst.insert(0, {"type": "thinking", "thinking": thinking, "signature": b64(rb(96))})
    return {"model": "claude-sonnet-4-5-20250929", "max_tokens": 8192, "stream": True, "tools": CC_TOOLS,
            "system": [{"type": "text", "text": "You are Claude Code, Anthropic's official CLI for Claude."}],
            "messages": [{"role": "user", "content": user},
                         {"role": "assistant", "content": asst},
                         {"role": "user", "content": [{"type": "tool_result", "tool_use_id": i, "content": result},
                                                      {"type": "text", "text": follow}]}]}


def oai(text, system="You are a senior DevOps engineer. Answer concisely."):
    return {"model": "gpt-4.1", "temperature": 0.2, "messages": [{"role": "system", "content": system}, {"role": "user", "content": text}]}


def oai_parts(text):
    return {"model": "gpt-4o-2024-08-06", "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}


def oai_tool(user, fn, args, output, model="gpt-4o"):
    c = "call_" + rs(24)
    return {"model": model, "tools": OAI_TOOLS, "tool_choice": "auto", "messages": [
        {"role": "system", "content": "You are an autonomous coding agent with shell access."},
        {"role": "user", "content": user},
        {"role": "assistant", "content": None, "tool_calls": [{"id": c, "type": "function", "function": {"name": fn, "arguments": json.dumps(args)}}]},
        {"role": "tool", "tool_call_id": c, "content": output}]}


def resp(text, instructions=None):
    b = {"model": "gpt-5", "input": [{"role": "user", "content": [{"type": "input_text", "text": text}]}], "store": False}
    if instructions:
        b["instructions"] = instructions
    return b


def resp_fc(user, name, args, output):
    c = "call_" + rs(24)
    return {"model": "gpt-5-mini", "reasoning": {"effort": "low"},
            "tools": [{"type": "function", "name": name, "description": "workspace tool", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}],
            "input": [{"role": "user", "content": [{"type": "input_text", "text": user}]},
                      {"type": "function_call", "call_id": c, "name": name, "arguments": json.dumps(args)},
                      {"type": "function_call_output", "call_id": c, "output": output}]}


def gem(text, system=None):
    b = {"contents": [{"role": "user", "parts": [{"text": text}]}], "generationConfig": {"temperature": 0.4, "maxOutputTokens": 2048}}
    if system:
        b["system_instruction"] = {"parts": [{"text": system}]}
    return b


def gem_fr(user, name, args, response):
    return {"contents": [{"role": "user", "parts": [{"text": user}]},
                         {"role": "model", "parts": [{"functionCall": {"name": name, "args": args}}]},
                         {"role": "user", "parts": [{"functionResponse": {"name": name, "response": response}}]}],
            "tools": [{"functionDeclarations": [{"name": name, "description": "fetch data", "parameters": {"type": "OBJECT", "properties": {"id": {"type": "STRING"}}}}]}],
            "generationConfig": {"temperature": 0}}


def conv(text, system="You are a helpful assistant for the platform team."):
    return {"system": [{"text": system}], "messages": [{"role": "user", "content": [{"text": text}]}],
            "inferenceConfig": {"maxTokens": 1024, "temperature": 0.3}}


def conv_tool(user, name, inp, result_json=None, result_text=None):
    t = "tooluse_" + rs(22)
    rc = [{"json": result_json}] if result_json is not None else [{"text": result_text}]
    return {"messages": [{"role": "user", "content": [{"text": user}]},
                         {"role": "assistant", "content": [{"toolUse": {"toolUseId": t, "name": name, "input": inp}}]},
                         {"role": "user", "content": [{"toolResult": {"toolUseId": t, "content": rc, "status": "success"}}]}],
            "toolConfig": {"tools": [{"toolSpec": {"name": name, "description": "internal tool", "inputSchema": {"json": {"type": "object"}}}}]},
            "inferenceConfig": {"maxTokens": 2000}}


def br_claude(text):
    return {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 2000, "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}


def br_llama(text):
    return {"prompt": "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n%s<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n" % text,
            "max_gen_len": 1024, "temperature": 0.5}


def br_titan(text):
    return {"inputText": text, "textGenerationConfig": {"maxTokenCount": 1024, "temperature": 0, "topP": 0.9}}


def br_cohere(text, history=()):
    return {"message": text, "chat_history": list(history), "max_tokens": 800, "temperature": 0.3}


def br_mistral(text):
    return {"prompt": "<s>[INST] %s [/INST]" % text, "max_tokens": 800, "temperature": 0.5}


def legacy(text):
    return {"model": "gpt-3.5-turbo-instruct", "prompt": text, "max_tokens": 512, "temperature": 0}


WRAP = [anth, oai, resp, gem, conv, br_claude, oai_parts, br_llama, br_titan, br_mistral, br_cohere]


# serialisations real clients produce
def ser(body, style):
    if style == "compact":
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    if style == "ascii":
        return json.dumps(body, ensure_ascii=True)
    if style == "indent":
        return json.dumps(body, indent=2, ensure_ascii=False)
    if style == "php":      # json_encode default: escaped slashes, \uXXXX
        return json.dumps(body, separators=(",", ":")).replace("/", "\\/")
    if style == "go":       # encoding/json: <, >, & escaped
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    raise KeyError(style)


BODIES = {}
STYLES = ["compact", "ascii", "indent", "compact", "indent"]


def add(name, body, labels=(), style=None):
    assert name not in BODIES, name
    text = body if isinstance(body, str) else ser(body, style or R.choice(STYLES))
    json.loads(text)
    out = []
    for l in labels:
        l = list(l)
        if len(l) < 4 and not any(c in text for c in cands(l[2])):
            e1 = json.dumps(l[2])[1:-1]
            alts = [e1.replace("/", "\\/"), e1.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")]
            alts = [a for a in alts if a in text]
            assert alts, (name, l[:3])
            l.append(alts[0])
        assert l[3] in text if len(l) > 3 else True, (name, l[:3])
        out.append(l)
    BODIES[name] = (text, out)


def cands(v):
    c = [v]
    for ea in (True, False):
        e1 = json.dumps(v, ensure_ascii=ea)[1:-1]
        c += [e1, json.dumps(e1, ensure_ascii=ea)[1:-1]]
    return c


_wi = [0]


def W():
    _wi[0] += 1
    return WRAP[_wi[0] % len(WRAP)]


# ================================================================ POSITIVES
def positives():
    S, P, K, C = "secret", "pii", "private_key", "confidential"

    # -- Kubernetes Secret, data: base64, repeated in last-applied-configuration annotation
    pw, tok = pwd(20), "glpat-" + rs(20, AL + "-_")
    d_pw, d_tok = b64(pw.encode()), b64(tok.encode())
    la = json.dumps({"apiVersion": "v1", "data": {"DB_PASSWORD": d_pw, "GITLAB_TOKEN": d_tok}, "kind": "Secret",
                     "metadata": {"name": "runner-env", "namespace": "ci"}, "type": "Opaque"}, separators=(",", ":"))
    man = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: runner-env\n  namespace: ci\n  annotations:\n"
           "    kubectl.kubernetes.io/last-applied-configuration: |\n      %s\ntype: Opaque\ndata:\n  DB_PASSWORD: %s\n  GITLAB_TOKEN: %s\n"
           % (la, d_pw, d_tok))
    add("p_k8s_secret_data_b64", resp("`kubectl get secret runner-env -o yaml` gives this; why does the runner say 401?\n\n" + man),
        [(S, "k8s data base64 password", d_pw), (S, "k8s data base64 gitlab token", d_tok)])

    # -- kubeconfig with SA token and client-key-data (base64 PEM)
    sa = k8s_sa_jwt()
    ck = b64(key("ec256_sec1.pem").encode())
    ca = b64(key("ca.crt").encode())
    kc = ("apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://4F2C%s.gr7.eu-west-1.eks.amazonaws.com\n  name: prod\n"
          "contexts:\n- context:\n    cluster: prod\n    user: deployer\n  name: prod\ncurrent-context: prod\nkind: Config\nusers:\n- name: deployer\n  user:\n    token: %s\n"
          "- name: admin\n  user:\n    client-certificate-data: %s\n    client-key-data: %s\n" % (ca, rs(28, UP + DIG), sa, ca, ck))
    add("p_kubeconfig_token_keydata", anth_tool("kubectl says Unauthorized on prod, can you check my kubeconfig?", "Bash",
                                                {"command": "kubectl config view --raw"}, kc),
        [(S, "kubeconfig SA bearer JWT", sa), ("private_key|secret", "kubeconfig client-key-data (base64 EC PEM)", ck)])

    # -- ~/.aws/credentials with profiles, STS session token
    a1, s1, a2, s2, st2 = aws_id(), aws_secret(), aws_id("ASIA"), aws_secret(), aws_session_token()
    creds = ("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n[profile-prod-admin]\naws_access_key_id=%s\naws_secret_access_key=%s\n"
             "aws_session_token=%s\nregion=eu-central-1\n" % (a1, s1, a2, s2, st2))
    add("p_aws_credentials_file", conv_tool("Which profile is used by default?", "read_file", {"path": "~/.aws/credentials"}, result_text=creds),
        [(S, "aws key id", a1), (S, "aws secret", s1), (S, "aws STS key id", a2), (S, "aws secret", s2), (S, "aws session token", st2)])

    # -- gcloud ADC authorized_user JSON in a Gemini functionResponse (structured)
    gcs, grt = "GOCSPX-" + rs(28, AL + "-_"), "1//0" + rs(2, UP) + rs(99, AL + "-_")
    adc = {"account": "", "client_id": "%d-%s.apps.googleusercontent.com" % (R.randint(10**11, 10**12), rs(32, LO + DIG)),
           "client_secret": gcs, "quota_project_id": "acme-data-prod", "refresh_token": grt, "type": "authorized_user",
           "universe_domain": "googleapis.com"}
    add("p_gcloud_adc_function_response", gem_fr("Why does BigQuery say my ADC is invalid?", "read_config",
                                                 {"id": "~/.config/gcloud/application_default_credentials.json"}, {"content": adc}),
        [(S, "google oauth client secret", gcs), (S, "google refresh token", grt)])

    # -- pip.conf / uv with index credentials
    art = "AKCp8" + rs(68, AL)
    pyt = "pypi-AgEIcHlwaS5vcmc" + rs(140, AL + "-_")
    pipconf = ("[global]\nindex-url = https://ci-reader:%s@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple\n"
               "extra-index-url = https://pypi.org/simple\ntimeout = 60\n\n# ~/.pypirc\n[pypi]\n  username = __token__\n  password = %s\n" % (art, pyt))
    add("p_pip_conf_index_url", oai("pip install hangs on our private index, config:\n```ini\n" + pipconf + "```"),
        [(S, "artifactory api key in index-url", art), (S, "pypi upload token", pyt)])

    # -- .yarnrc.yml + .npmrc with _auth
    nt, ght = "npm_" + rs(36), gh("ghp_")
    au = b64(("ci-bot:" + pwd(18)).encode())
    y = ('nodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmAlwaysAuth: true\n    npmAuthToken: "%s"\n    npmRegistryServer: "https://registry.npmjs.org"\n'
         'npmRegistries:\n  "https://npm.pkg.github.com":\n    npmAuthToken: %s\n\n.npmrc (legacy CI):\n_auth=%s\nalways-auth=true\nemail=ci@acme.dev\n' % (nt, ght, au))
    add("p_yarnrc_npmrc", gem("Yarn berry ignores my auth, here's .yarnrc.yml:\n" + y),
        [(S, "npm token", nt), (S, "github pat", ght), (S, ".npmrc _auth base64 user:pass", au)])

    # -- git credential store
    g1, g2, g3 = gh("gho_"), "glpat-" + rs(20, AL + "_-"), "ATBB" + rs(32, AL) + rs(8, HEX.upper())
    store = "https://jdoe:%s@github.com\nhttps://oauth2:%s@gitlab.acme-corp.net\nhttps://jdoe-acme:%s@bitbucket.org\n" % (g1, g2, g3)
    add("p_git_credentials_store", anth_tool("git push keeps asking for a password on bitbucket, why?", "Bash",
                                             {"command": "cat ~/.git-credentials && git config --global -l"},
                                             store + "credential.helper=store\nuser.name=J Doe\npull.rebase=true\n"),
        [(S, "github oauth token", g1), (S, "gitlab pat", g2), (S, "bitbucket app password", g3)])

    # -- curl -u and custom header in tool_call arguments (double escaped)
    mg = "%s-%s-%s" % (rs(32, HEX), rs(8, HEX), rs(8, HEX))
    xk = rs(40, AL)
    cmd = ("curl -s --user 'api:%s' https://api.eu.mailgun.net/v3/mg.acme.io/events && "
           "curl -sS -H \"X-Api-Key: %s\" -H 'Accept: application/json' https://status-api.acme.io/v2/incidents" % (mg, xk))
    add("p_curl_user_and_header", oai_tool("Pull the last mail events and open incidents", "run_shell", {"cmd": cmd}, "{\"items\":[],\"paging\":{}}"),
        [(S, "mailgun key in curl --user", mg), (S, "X-Api-Key header", xk)])

    # -- Redis / AMQP / Mongo URIs with url-encoded chars
    rp, ap, mp_raw = pwd(24, "-_"), pwd(18, "-_~"), pwd(14, "-_")
    mp = mp_raw[:5] + "%40" + mp_raw[5:] + "%21"
    uris = ("CELERY_BROKER_URL = \"amqps://worker:%s@b-1a2b3c4d.mq.eu-west-1.amazonaws.com:5671/prod\"\n"
            "CACHES = {\"default\": {\"BACKEND\": \"django_redis.cache.RedisCache\", \"LOCATION\": \"rediss://default:%s@redis-17311.c250.eu-central-1-1.ec2.redns.redis-cloud.com:17311/0\"}}\n"
            "MONGO_URI = 'mongodb+srv://app_rw:%s@cluster0.q8x2z.mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0'\n" % (ap, rp, mp))
    add("p_broker_cache_mongo_uris", anth("settings/prod.py excerpt - celery can't connect:\n```python\n" + uris + "```"),
        [(S, "amqps password", ap), (S, "rediss password", rp), (S, "mongodb+srv password (url-encoded)", mp)])

    # -- .NET appsettings with ADO.NET / ODBC / Azure storage / Service Bus
    sqlp, odbcp = pwd(16), pwd(12, "!#$")
    ak, sbk = b64(rb(64)), b64(rb(32))
    appsettings = {"Logging": {"LogLevel": {"Default": "Information"}},
                   "ConnectionStrings": {
                       "Orders": "Server=tcp:acme-sql-prod.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=orders_app;Password=%s;MultipleActiveResultSets=False;Encrypt=True;" % sqlp,
                       "Legacy": "Driver={ODBC Driver 18 for SQL Server};Server=10.4.2.17\\SQLEXPRESS;Database=erp;Uid=erp_ro;Pwd={%s};TrustServerCertificate=yes" % odbcp,
                       "Blobs": "DefaultEndpointsProtocol=https;AccountName=acmeprodblobs;AccountKey=%s;EndpointSuffix=core.windows.net" % ak,
                       "Bus": "Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % sbk}}
    add("p_appsettings_connection_strings", oai("Migrating appsettings.Production.json to Key Vault; list what must move:\n" + json.dumps(appsettings, indent=2)),
        [(S, "ADO.NET Password", sqlp), (S, "ODBC Pwd", odbcp), (S, "Azure storage AccountKey", ak), (S, "Service Bus SharedAccessKey", sbk)])

    # -- web.config XML: connectionStrings, appSettings, machineKey
    wcp, rk = pwd(14), "rk_live_" + rs(99)
    vk, dk = rs(128, HEX.upper()), rs(64, HEX.upper())
    wc = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n    <add name="Shop" connectionString="Data Source=sql01;Initial Catalog=Shop;User Id=shop_web;Password=%s;" providerName="System.Data.SqlClient" />\n'
          '  </connectionStrings>\n  <appSettings>\n    <add key="Stripe:SecretKey" value="%s" />\n    <add key="Environment" value="Production" />\n  </appSettings>\n'
          '  <system.web>\n    <machineKey validationKey="%s" decryptionKey="%s" validation="HMACSHA256" decryption="AES" />\n  </system.web>\n</configuration>' % (wcp, rk, vk, dk))
    add("p_web_config_xml", W()("IIS 500.19 after deploy. web.config:\n" + wc),
        [(S, "connectionString Password", wcp), (S, "stripe restricted key", rk), (S, "machineKey validationKey", vk), (S, "machineKey decryptionKey", dk)])

    # -- Spring application-prod.yml, Bedrock Llama prompt
    dbp, mailp, rmq = pwd(16), rs(16, LO), pwd(20, "-")
    jws = b64(rb(48))
    yml = ("spring:\n  datasource:\n    url: jdbc:postgresql://pg-prod.internal:5432/billing\n    username: billing\n    password: '%s'\n"
           "  mail:\n    host: smtp.office365.com\n    port: 587\n    username: billing-notify@acme-corp.com\n    password: %s\n"
           "  rabbitmq:\n    host: mq.internal\n    username: billing\n    password: \"%s\"\nacme:\n  security:\n    jwt:\n      signing-key: %s\n      ttl: 15m\n" % (dbp, mailp, rmq, jws))
    add("p_spring_application_prod_yml", br_llama("Convert this application-prod.yml to environment variables for Kubernetes:\n\n" + yml),
        [(S, "datasource password", dbp), (S, "smtp app password", mailp), (S, "rabbitmq password", rmq), (S, "jwt signing key", jws)])

    # -- Java .properties with PEM via continuation lines
    pem = key("rsa8.pem").strip()
    lines = pem.split("\n")
    prop_pem = "\\n\\\n    ".join(lines)
    ksp = pwd(12)
    props = ("server.port=8443\nserver.ssl.key-store-password=%s\nsaml.sp.private-key=%s\nsaml.sp.entity-id=https://sso.acme.io/saml\n" % (ksp, prop_pem))
    add("p_properties_pem_continuation", gem("Spring can't parse saml.sp.private-key from application.properties:\n" + props),
        [(S, "keystore password", ksp), (K, "PKCS8 PEM with \\n\\ continuations", prop_pem)])

    # -- Flask config.py
    fsk, mailpw, sqlpw = rs(64, HEX), pwd(16), pwd(12, "_-")
    cfg = ("class ProductionConfig(Config):\n    SECRET_KEY = '%s'\n    SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://flask:%s@mysql-prod.acme.lan/app?charset=utf8mb4'\n"
           "    MAIL_SERVER = 'smtp.sendgrid.net'\n    MAIL_USERNAME = 'apikey'\n    MAIL_PASSWORD = \"%s\"\n    SESSION_COOKIE_SECURE = True\n" % (fsk, sqlpw, mailpw))
    add("p_flask_config_py", br_mistral("Review this Flask config for production readiness:\n" + cfg),
        [(S, "flask SECRET_KEY", fsk), (S, "sqlalchemy uri password", sqlpw), (S, "MAIL_PASSWORD", mailpw)])

    # -- Terraform provider blocks
    ta, ts = aws_id(), aws_secret()
    cft, dda, ddp, dop = rs(40, AL + "_-"), rs(32, HEX), rs(40, HEX), "dop_v1_" + rs(64, HEX)
    tf = ('provider "aws" {\n  region     = "us-east-2"\n  access_key = "%s"\n  secret_key = "%s"\n}\n\nprovider "cloudflare" {\n  api_token = "%s"\n}\n\n'
          'provider "datadog" {\n  api_key = "%s"\n  app_key = "%s"\n  api_url = "https://api.datadoghq.eu/"\n}\n\nprovider "digitalocean" {\n  token = "%s"\n}\n' % (ta, ts, cft, dda, ddp, dop))
    add("p_terraform_providers", conv("terraform init works but plan fails with 403 on datadog. providers.tf:\n" + tf),
        [(S, "aws key id", ta), (S, "aws secret", ts), (S, "cloudflare api token", cft), (S, "datadog api key", dda), (S, "datadog app key", ddp), (S, "digitalocean token", dop)])

    # -- Terraform heredoc with EC private key
    ec = key("ec384.pem").strip()
    hcl = ('resource "null_resource" "bootstrap" {\n  connection {\n    type        = "ssh"\n    host        = aws_instance.bastion.public_ip\n    user        = "ec2-user"\n'
           '    private_key = <<-EOT\n      %s\n    EOT\n  }\n  provisioner "remote-exec" { inline = ["sudo systemctl restart app"] }\n}\n' % ec.replace("\n", "\n      "))
    add("p_terraform_heredoc_ec_key", anth("Is it ok to keep the key inline like this?\n```hcl\n" + hcl + "```"),
        [(K, "EC PEM in HCL heredoc (indented)", ec.replace("\n", "\n      "))])

    # -- GitHub Actions env literals
    snyk, dpat, sonar = ruuid(), "dckr_pat_" + rs(27, AL + "-_"), "squ_" + rs(40, HEX)
    wf = ("name: ci\non: [push]\nenv:\n  SNYK_TOKEN: %s\n  SONAR_TOKEN: %s\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n"
          "      - uses: actions/checkout@v4\n      - name: Login to Docker Hub\n        run: echo \"%s\" | docker login -u acmeci --password-stdin\n"
          "      - run: snyk test --all-projects\n" % (snyk, sonar, dpat))
    add("p_gha_env_literals", oai("Why does snyk fail only on forks?\n```yaml\n" + wf + "```"),
        [(S, "SNYK_TOKEN (uuid-shaped)", snyk), (S, "sonarqube user token", sonar), (S, "docker hub pat", dpat)])

    # -- Helm values.yaml literals (Anthropic with cached system prompt)
    hp1, hp2, hp3 = pwd(22, "-_"), pwd(16), pwd(24)
    vals = ("postgresql:\n  auth:\n    username: keycloak\n    password: %s\n    existingSecret: \"\"\nredis:\n  auth:\n    enabled: true\n    password: \"%s\"\n"
            "grafana:\n  adminUser: admin\n  adminPassword: %s\n  persistence:\n    enabled: true\n" % (hp1, hp2, hp3))
    add("p_helm_values_literals", anth("helm upgrade --install fails, values-prod.yaml:\n" + vals, system="You are a Kubernetes expert. Prefer Helm best practices."),
        [(S, "postgresql password", hp1), (S, "redis password", hp2), (S, "grafana admin password", hp3)])

    # -- docker-compose environment map, mixed with vendor defaults (not labelled)
    mr, kc_, ok = pwd(24), pwd(14), openai_key()
    dc = ("services:\n  minio:\n    image: quay.io/minio/minio:RELEASE.2024-10-13T13-34-11Z\n    environment:\n      MINIO_ROOT_USER: acme-admin\n      MINIO_ROOT_PASSWORD: %s\n"
          "  keycloak:\n    image: quay.io/keycloak/keycloak:26.0\n    environment:\n      KC_BOOTSTRAP_ADMIN_USERNAME: admin\n      KC_BOOTSTRAP_ADMIN_PASSWORD: \"%s\"\n"
          "  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: postgres\n"
          "  worker:\n    build: .\n    environment:\n      - OPENAI_API_KEY=%s\n      - RABBITMQ_URL=amqp://guest:guest@rabbitmq:5672/\n" % (mr, kc_, ok))
    add("p_compose_env_mixed", W()("Our staging compose file; keycloak never becomes healthy:\n" + dc),
        [(S, "minio root password", mr), (S, "keycloak admin password", kc_), (S, "openai key", ok)])

    # -- Jupyter notebook with env dump in outputs
    gq, r8, xa, pp = "gsk_" + rs(52), "r8_" + rs(37), "xai-" + rs(80), "pplx-" + rs(48)
    nb = {"cells": [{"cell_type": "code", "execution_count": 2, "id": rs(8, HEX), "metadata": {},
                     "source": ["!env | grep -iE 'key|token' | sort"],
                     "outputs": [{"name": "stdout", "output_type": "stream", "text": ["GROQ_API_KEY=%s\n" % gq, "REPLICATE_API_TOKEN=%s\n" % r8, "TOKENIZERS_PARALLELISM=false\n",
                                                                                     "XAI_API_KEY=%s\n" % xa, "PPLX_API_KEY=%s\n" % pp]}]},
                    {"cell_type": "code", "execution_count": 3, "id": rs(8, HEX), "metadata": {}, "source": ["client = Groq()\n", "client.models.list()"],
                     "outputs": [{"ename": "AuthenticationError", "evalue": "Error code: 401", "output_type": "error", "traceback": ["\u001b[0;31mAuthenticationError\u001b[0m"]}]}],
          "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    add("p_ipynb_env_outputs", gem("My notebook gets 401 from Groq even though the key is set:\n" + json.dumps(nb, indent=1)),
        [(S, "groq key", gq), (S, "replicate token", r8), (S, "xai key", xa), (S, "perplexity key", pp)])

    # -- Jupyter notebook with DataFrame output of customers (PII)
    rows = []
    labs = []
    for cc in ["DE", "FR", "NL", "IT"]:
        f, l = person(); e = email(f, l); p = ph(cc)
        rows.append((cap(f) + " " + cap(l), e, p, cc)); labs += [(P, "email in df output", e), (P, "phone %s intl" % cc, p)]
    plain = "             name                         email              phone country\n" + "\n".join("%d  %s  %s  %s  %s" % (i, *r) for i, r in enumerate(rows))
    html = "<table border=\"1\" class=\"dataframe\"><thead><tr><th></th><th>name</th><th>email</th><th>phone</th></tr></thead><tbody>" + \
        "".join("<tr><th>%d</th><td>%s</td><td>%s</td><td>%s</td></tr>" % (i, r[0], r[1], r[2]) for i, r in enumerate(rows)) + "</tbody></table>"
    nb2 = {"cells": [{"cell_type": "code", "execution_count": 7, "metadata": {}, "source": ["churned = df[df.churn_score > 0.8]\n", "churned.head()"],
                      "outputs": [{"data": {"text/html": [html], "text/plain": [plain]}, "execution_count": 7, "metadata": {}, "output_type": "execute_result"}]}],
           "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    add("p_ipynb_dataframe_pii", resp("Explain the churn notebook result:\n" + json.dumps(nb2)), labs)

    # -- nginx access log with tokens in query strings; Go-escaped JSON (\u0026)
    sx, gk = slack_user(), "AIza" + rs(35, AL + "-_")
    log = ("10.2.0.14 - - [21/Nov/2025:08:15:42 +0000] \"GET /api/export?format=csv&access_token=%s&team=T024BE7LD HTTP/1.1\" 200 5120 \"-\" \"python-requests/2.32.3\"\n"
           "10.2.0.14 - - [21/Nov/2025:08:15:44 +0000] \"GET /maps/api/geocode/json?address=Berlin&key=%s HTTP/1.1\" 403 312 \"-\" \"Go-http-client/2.0\"\n" % (sx, gk))
    add("p_access_log_query_tokens_go", anth("Why the 403 on the second request? nginx log:\n" + log),
        [(S, "slack user token in query", sx), (S, "google api key in query", gk)], style="go")

    # -- Python traceback with local variables (sentry-like)
    dd, pw_ = rs(32, HEX), pwd(15)
    tb = ("Traceback (most recent call last):\n  File \"/srv/app/jobs/sync.py\", line 88, in run\n    resp = session.post(url, json=payload, timeout=10)\n"
          "  File \"/usr/lib/python3.12/site-packages/requests/sessions.py\", line 637, in post\n    return self.request(\"POST\", url, data=data, json=json, **kwargs)\n"
          "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.datadoghq.com/api/v1/series?api_key=%s\n\n"
          "Local variables in run():\n    url = 'https://api.datadoghq.com/api/v1/series'\n    payload = {'series': [...]} \n"
          "    settings = {'db_user': 'sync', 'db_password': '%s', 'db_host': 'pg-2.internal', 'retries': 3}\n" % (dd, pw_))
    add("p_traceback_locals", W()("Sentry sent me this, what broke?\n" + tb),
        [(S, "datadog api key in URL", dd), (S, "password in locals dict", pw_)])

    # -- Java log with JDBC URL password and human password
    jp = R.choice(["Sommer", "Winter", "Herbst", "Fruehling"]) + str(R.randint(2019, 2025)) + R.choice("!#?")
    jlog = ("2025-11-21 09:12:03.118 ERROR 1 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.\n"
            "java.sql.SQLException: Access denied for user 'erp'@'10.0.3.7' (using password: YES)\n"
            "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n"
            "2025-11-21 09:12:03.120 DEBUG 1 --- [main] o.s.b.c.p.DataSourceProperties : url=jdbc:mysql://mysql-erp.acme.lan:3306/erp?user=erp&password=%s&useSSL=true\n" % jp)
    add("p_java_log_jdbc_password", oai_parts("Spring Boot won't start:\n" + jlog), [(S, "human-chosen password in JDBC URL", jp)])

    # -- SQL INSERT dump, EU customers (non-ASCII names, ascii-escaped)
    rows, labs = [], []
    for cc, nat in [("DE", True), ("FR", True), ("IT", False), ("ES", False), ("NL", True)]:
        f, l = person(); e = email(f, l); p = ph(cc, nat); ib = iban_c(cc)
        nm = cap(f) + " " + cap(l) + R.choice(["", "", "-Müller", " Ñúñez", " Löfgren"])
        rows.append("(%d, '%s', '%s', '%s', '%s', '%s')" % (R.randint(1000, 99999), nm.replace("'", "''"), e, p, ib, cc))
        labs += [(P, "email", e), (P, "phone %s %s" % (cc, "national" if nat else "intl"), p), (P, "IBAN %s compact" % cc, ib)]
    sql = ("-- MySQL dump 10.13  Distrib 8.0.39\nLOCK TABLES `customers` WRITE;\n/*!40000 ALTER TABLE `customers` DISABLE KEYS */;\n"
           "INSERT INTO `customers` (`id`, `name`, `email`, `phone`, `iban`, `country`) VALUES " + ",\n".join(rows) + ";\nUNLOCK TABLES;\n")
    add("p_sql_insert_eu_customers", anth("Write a migration that splits name into first/last for this data:\n" + sql), labs, style="ascii")

    # -- CSV export, US customers: SSN, phones, cards
    lines, labs = ["customer_id,full_name,ssn,phone,email,card_number,card_brand"], []
    for kind in ["amex", "disc", "mc2", "visa"]:
        f, l = person(); s = ssn(); p = ph("US", R.random() < 0.5); e = email(f, l, R.choice(["gmail.com", "yahoo.com", "aol.com", "comcast.net"]))
        cn = card(kind); cnf = cn if R.random() < 0.5 else card_fmt(cn)
        lines.append("%d,\"%s, %s\",%s,%s,%s,%s,%s" % (R.randint(10**6, 10**7), cap(l), cap(f), s, p, e, cnf, kind))
        labs += [(P, "ssn", s), (P, "US phone", p), (P, "email", e), (P, "card %s" % kind, cnf)]
    add("p_csv_us_customers", oai_tool("Load the export and count customers per brand", "read_file", {"path": "exports/customers_2025-11.csv"}, "\n".join(lines) + "\n"), labs)

    # -- Nordic/Baltic ids in an HR JSON tool result (Converse json)
    emp = [{"employee_id": "E-%05d" % R.randint(1, 99999), "country": "FI", "hetu": hetu(), "iban": iban_fmt(iban_c("FI"))},
           {"employee_id": "E-%05d" % R.randint(1, 99999), "country": "NO", "fodselsnummer": fnr(), "iban": iban_c("NO")},
           {"employee_id": "E-%05d" % R.randint(1, 99999), "country": "EE", "isikukood": isikukood(), "mobile": "+372 5%s %s" % (rs(3, DIG), rs(4, DIG))}]
    labs = [(P, "finnish HETU", emp[0]["hetu"]), (P, "IBAN FI grouped", emp[0]["iban"]), (P, "norwegian fodselsnummer", emp[1]["fodselsnummer"]),
            (P, "IBAN NO", emp[1]["iban"]), (P, "estonian isikukood", emp[2]["isikukood"]), (P, "estonian mobile", emp[2]["mobile"])]
    add("p_hr_nordic_ids_converse", conv_tool("Prepare the payroll export for the Nordics", "hr_lookup", {"region": "nordics"}, result_json={"employees": emp}), labs)

    # -- KYC onboarding (Bedrock Cohere chat with history): PT, IE, CH, BE, HR, RO, CZ ids
    ids = [("Portuguese NIF", nif_pt()), ("Irish PPSN", ppsn()), ("Swiss AHV", ahv()), ("Belgian national number", be_nn()),
           ("Croatian OIB", oib()), ("Romanian CNP", cnp()), ("Czech birth number", rodne_cislo())]
    hist = [{"role": "USER", "message": "I'm going to paste KYC rows, validate the id formats."}, {"role": "CHATBOT", "message": "Sure, paste them."}]
    txt = "\n".join("- applicant %d (%s): id %s, submitted 2025-11-%02d" % (i + 1, n, v, R.randint(1, 28)) for i, (n, v) in enumerate(ids))
    add("p_kyc_eu_ids_cohere", br_cohere(txt, hist), [(P, n, v) for n, v in ids])

    # -- Chile / China / UK NHS / US ITIN in a Gemini chat with system instruction
    r_, c_, n_, i_ = rut(), cn_id(), nhs(), itin()
    add("p_ids_world_gemini", gem("Patient intake forms to reconcile:\n1. RUT %s, Santiago\n2. 居民身份证 %s\n3. NHS number: %s\n4. ITIN %s (W-7 approved)\n" % (r_, c_, n_, i_),
                                  system="You are a data-quality assistant for a clinic network."),
        [(P, "chile RUT", r_), (P, "china resident id", c_), (P, "UK NHS number", n_), (P, "US ITIN", i_)], style="compact")

    # -- vCard export
    labs, cards = [], []
    for cc in ["UK", "AT", "BE"]:
        f, l = person(); e = email(f, l); m = ph(cc, R.random() < 0.5); e2 = "%s.%s@%s" % (f, l, R.choice(["acme-corp.com", "northwind.eu"]))
        cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s %s\r\nTEL;TYPE=CELL:%s\r\nEMAIL;TYPE=HOME:%s\r\nEMAIL;TYPE=WORK:%s\r\nEND:VCARD\r\n" % (cap(l), cap(f), cap(f), cap(l), m, e, e2))
        labs += [(P, "vcard TEL %s" % cc, m), (P, "vcard home email", e), (P, "vcard work email (person)", e2)]
    add("p_vcard_export", br_claude("Dedupe these contacts:\n" + "".join(cards)), labs)

    # -- iCalendar attendees (organizer + attendees personal), dial-in number NOT labelled
    o = "%s.%s@acme-corp.com" % person(); a1_ = email(); a2_ = "%s.%s@northwind.eu" % person()
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nBEGIN:VEVENT\nDTSTART:20251203T140000Z\nDTEND:20251203T150000Z\n"
           "ORGANIZER;CN=%s:mailto:%s\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=%s:mailto:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s\nUID:%s@google.com\n"
           "DESCRIPTION:Join by phone: +1 646-558-8656 (PIN 8841203#)\nSUMMARY:Q4 vendor review\nEND:VEVENT\nEND:VCALENDAR\n" % (o, o, a1_, a1_, a2_, rs(26, LO + DIG)))
    add("p_ics_attendees", resp("Summarise this invite and who's required:\n" + ics), [(P, "organizer email", o), (P, "attendee webmail", a1_), (P, "attendee work email", a2_)])

    # -- LDIF export
    labs, ents = [], []
    for _ in range(3):
        f, l = person(); m = "%s.%s@acme-corp.com" % (f, l); t = ph(R.choice(["DE", "CH", "SE"]), True); mob = ph(R.choice(["DE", "PL", "PT"]))
        ents.append("dn: uid=%s%s,ou=people,dc=acme,dc=corp\nobjectClass: inetOrgPerson\ncn: %s %s\nmail: %s\ntelephoneNumber: %s\nmobile: %s\n" % (f[0], l, cap(f), cap(l), m, t, mob))
        labs += [(P, "ldif mail", m), (P, "ldif telephoneNumber", t), (P, "ldif mobile", mob)]
    add("p_ldif_export", W()("ldapsearch output, convert to CSV:\n" + "\n".join(ents)), labs)

    # -- FHIR Patient in Converse toolResult json
    f, l = person(); s = ssn(); p = ph("US"); e = email(f, l, "gmail.com"); mrn = "MRN-%07d" % R.randint(0, 9999999)
    fhir = {"resourceType": "Patient", "id": rs(12, LO + DIG), "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": s},
                                                                             {"system": "urn:oid:2.16.840.1.113883.3.4424", "value": mrn}],
            "name": [{"family": cap(l), "given": [cap(f)]}], "telecom": [{"system": "phone", "value": p, "use": "mobile"}, {"system": "email", "value": e}],
            "gender": "female", "birthDate": "19%02d-%02d-%02d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28))}
    add("p_fhir_patient_converse", conv_tool("Check whether this patient has upcoming appointments", "fhir_read", {"resource": "Patient", "id": fhir["id"]}, result_json=fhir),
        [(P, "ssn in FHIR identifier", s), (P, "phone telecom", p), (P, "email telecom", e)])

    # -- SEPA pain.001 XML
    ibs = [iban_c(c) for c in ["DE", "AT", "BE", "LU"]]
    tx = "".join("<CdtTrfTxInf><PmtId><EndToEndId>E2E-%s</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt></Amt><Cdtr><Nm>%s %s</Nm></Cdtr>"
                 "<CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Gehalt 11/2025</Ustrd></RmtInf></CdtTrfTxInf>" % ((rs(10, UP + DIG), R.randint(1800, 6000), R.randint(0, 99)) + tuple(map(cap, person())) + (i,))
                 for i in ibs[1:])
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn><GrpHdr><MsgId>PAY-%s</MsgId><NbOfTxs>3</NbOfTxs></GrpHdr>"
           "<PmtInf><Dbtr><Nm>%s %s</Nm></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BIC>COBADEFFXXX</BIC></FinInstnId></DbtrAgt>%s</PmtInf></CstmrCdtTrfInitn></Document>"
           % ((rs(12, DIG),) + tuple(map(cap, person())) + (ibs[0], tx)))
    add("p_sepa_pain001_xml", anth("Validate this pain.001 file against the schema:\n" + xml), [(P, "IBAN in pain.001 (%s)" % i[:2], i) for i in ibs])

    # -- MT940 statement
    own, cp1, cp2 = iban_c("DE"), iban_c("NL"), iban_c("FR")
    mt = (":20:STARTUMS\n:25:%s\n:28C:00112/001\n:60F:C251120EUR12345,67\n:61:2511211121D89,90NDDTNONREF\n:86:105?00SEPA-LASTSCHRIFT?20EREF+%s?21MREF+M-%s?30INGBNL2A?31%s?32%s %s\n"
          ":61:2511211121C1200,00NTRFNONREF\n:86:166?00SEPA-UEBERWEISUNG?20Miete Dez?30BNPAFRPP?31%s?32%s %s\n:62F:C251121EUR13455,77\n-\n"
          % ((own, rs(12, UP + DIG), rs(8, DIG), cp1) + tuple(map(cap, person())) + (cp2,) + tuple(map(cap, person()))))
    add("p_mt940_statement", gem("Categorise the transactions in this MT940:\n" + mt), [(P, "own IBAN :25:", own), (P, "counterparty IBAN NL", cp1), (P, "counterparty IBAN FR", cp2)])

    # -- user pastes key in prose
    xk2 = "xai-" + rs(80)
    add("p_chat_prose_key", {"model": "gpt-4o", "messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "hey so I got a new key from the console — it's %s — but grok keeps returning 401, do I need to wait?" % xk2},
        {"role": "assistant", "content": "New keys usually work immediately. Check you're sending it as `Authorization: Bearer <key>` to https://api.x.ai/v1."},
        {"role": "user", "content": "yes I'm doing that, curl -v shows the header. what else?"}]}, [(S, "xai key in prose", xk2)])

    # -- prose creds (password + Linear key) in multi-turn Anthropic, second turn repeats password
    sp, lin = pwd(14, "&-!"), "lin_api_" + rs(40)
    add("p_chat_prose_staging_creds", {"model": "claude-opus-4-1-20250805", "max_tokens": 2048, "messages": [
        {"role": "user", "content": "Staging creds for the QA contractor: login qa-admin / %s at https://staging.acme.io — and the Linear integration uses %s. Draft a handover note." % (sp, lin)},
        {"role": "assistant", "content": [{"type": "text", "text": "I'd recommend not sharing credentials in the note itself. Here is a draft that references your password manager instead…"}]},
        {"role": "user", "content": "no, include the password %s verbatim, they don't have 1Password" % sp}]},
        [(S, "password in prose", sp), (S, "linear api key", lin)])

    # -- git diff removing a hard-coded Shopify token
    sh = "shpat_" + rs(32, HEX)
    diff = ("diff --git a/app/services/shopify_client.rb b/app/services/shopify_client.rb\nindex 4b1c2d3..8e9f0a1 100644\n--- a/app/services/shopify_client.rb\n+++ b/app/services/shopify_client.rb\n"
            "@@ -4,7 +4,7 @@ class ShopifyClient\n   API_VERSION = \"2024-10\"\n-  ACCESS_TOKEN = \"%s\"\n+  ACCESS_TOKEN = ENV.fetch(\"SHOPIFY_ACCESS_TOKEN\")\n \n   def initialize(shop)\n" % sh)
    add("p_git_diff_removed_token", W()("Good enough to merge? The old token is still valid btw.\n" + diff), [(S, "shopify admin token on '-' line", sh)])

    # -- git diff adding an OpenSSH deploy key ('+' prefixed lines)
    ssh = key("ssh_ed25519").strip()
    plus = "\n".join("+" + x for x in ssh.split("\n"))
    diff2 = ("diff --git a/deploy/keys/id_ed25519 b/deploy/keys/id_ed25519\nnew file mode 100600\nindex 0000000..%s\n--- /dev/null\n+++ b/deploy/keys/id_ed25519\n@@ -0,0 +1,%d @@\n%s\n"
             % (rs(7, HEX), ssh.count("\n") + 1, plus))
    add("p_git_diff_added_openssh", oai_tool("Stage everything and show me the diff", "run_shell", {"cmd": "git add -A && git diff --cached"}, diff2),
        [(K, "openssh key on '+' diff lines", plus)])

    # -- git diff rotating a password in YAML (both old and new)
    old, new = pwd(16), pwd(16)
    d3 = ("--- a/config/production.yml\n+++ b/config/production.yml\n@@ -12,5 +12,5 @@ smtp:\n   address: smtp.mailgun.org\n   user_name: postmaster@mg.acme.io\n"
          "-  password: %s\n+  password: %s\n   port: 587\n" % (old, new))
    add("p_git_diff_rotated_password", conv("Commit message for this?\n" + d3), [(S, "old password '-' line", old), (S, "new password '+' line", new)])

    # -- OpenAI Responses function_call_output with .env
    dbx, pul, dop2 = "dapi" + rs(32, HEX), "pul-" + rs(40, HEX), "dp.st.prd." + rs(43, AL)
    env = "DATABRICKS_HOST=https://adb-%d.7.azuredatabricks.net\nDATABRICKS_TOKEN=%s\nPULUMI_ACCESS_TOKEN=%s\nDOPPLER_TOKEN=%s\nLOG_LEVEL=debug\n" % (R.randint(10**15, 10**16), dbx, pul, dop2)
    add("p_responses_fc_output_env", resp_fc("Why does the pipeline deploy to the wrong stack?", "read_file", {"path": ".env"}, env),
        [(S, "databricks token", dbx), (S, "pulumi token", pul), (S, "doppler service token", dop2)])

    # -- Gemini functionResponse with a structured vault read
    vp, va = pwd(20), rs(48, AL)
    add("p_gemini_fr_vault_read", gem_fr("Get the DB creds for reporting and connect", "vault_read", {"id": "kv/data/reporting/db"},
                                         {"request_id": ruuid(), "lease_duration": 2764800, "data": {"data": {"username": "reporting", "password": vp, "api_key": va},
                                                                                                       "metadata": {"version": 4}}}),
        [(S, "vault kv password", vp), (S, "vault kv api_key", va)])

    # -- Converse toolUse input with connection params
    cp = pwd(18)
    add("p_converse_tooluse_params", conv_tool("Run the monthly revenue query", "sql_query",
                                               {"host": "redshift-prod.c9x.eu-west-1.redshift.amazonaws.com", "port": 5439, "user": "analyst", "password": cp,
                                                "query": "select sum(amount) from revenue where month = '2025-10'"}, result_json={"rows": [[1834221.17]]}),
        [(S, "password in toolUse input", cp)])

    # -- Anthropic document (text source) with SMTP config and Postmark server token (UUID-shaped)
    pm, smp = ruuid(), pwd(16)
    doc = "# mail.ini\n[smtp]\nhost = smtp.postmarkapp.com\nport = 587\nusername = %s\npassword = %s\n\n[fallback]\nhost = smtp.gmail.com\nuser = billing-bot@acme-corp.com\npass = %s\n" % (pm, pm, smp)
    add("p_anthropic_text_document", {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": doc}, "title": "mail.ini", "citations": {"enabled": True}},
        {"type": "text", "text": "Why do invoice emails bounce?"}]}]},
        [(S, "postmark server token (uuid) as SMTP user/password", pm), (S, "smtp app password", smp)])

    # -- Anthropic thinking block echoing Twilio creds
    tsid, tsec = "SK" + rs(32, HEX), rs(32, AL)
    add("p_thinking_echo_twilio", anth_tool("SMS sending broke after rotating keys", "Read", {"file_path": "/srv/notify/.env"},
                                            "TWILIO_ACCOUNT_SID=AC%s\nTWILIO_API_KEY=%s\nTWILIO_API_SECRET=%s\n" % (rs(32, HEX), tsid, tsec),
                                            thinking="The env has TWILIO_API_KEY=%s and the secret %s; the SID looks fine, so maybe the key was revoked." % (tsid, tsec)),
        [(S, "twilio api key sid", tsid), (S, "twilio api secret", tsec)])

    # -- OpenAI chat file part (base64 of a config)
    tok = "sntryu_" + rs(64, HEX)
    data = b64(("[auth]\ntoken=%s\n[defaults]\norg=acme\nproject=web\n" % tok).encode())
    add("p_oai_file_part_b64", {"model": "gpt-4o", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "sentry-cli can't upload sourcemaps, here's my .sentryclirc"},
        {"type": "file", "file": {"filename": ".sentryclirc", "file_data": "data:text/plain;base64," + data}}]}]},
        [(S, "sentry user token inside base64 file", tok, data)])

    # -- Titan: customer complaint with PII
    f, l = person(); e = email(f, l); p = ph("UK", True); cn = card_fmt(card("visa"))
    add("p_titan_complaint_pii", br_titan("Classify the sentiment and urgency of this complaint:\n\nHi, I'm %s %s, I was charged twice on my card %s for order 88213. "
                                          "Call me on %s or email %s. This is the third time!!" % (cap(f), cap(l), cn, p, e)),
        [(P, "visa spaced", cn), (P, "UK mobile national", p), (P, "email", e)])

    # -- Mistral on Bedrock: Azure OpenAI key in python
    azk = rs(84, AL) if R.random() < 0.5 else rs(32, HEX)
    code = ("from openai import AzureOpenAI\nclient = AzureOpenAI(\n    api_key=\"%s\",\n    api_version=\"2024-10-21\",\n    azure_endpoint=\"https://acme-oai-swe.openai.azure.com\",\n)\n" % azk)
    add("p_mistral_azure_openai_key", br_mistral("Port this to the async client:\n" + code), [(S, "azure openai api_key", azk)])

    # -- legacy completions prompt with signup JSON log line (E.164 without spaces)
    f, l = person(); e = email(f, l); e164 = "+4915" + rs(9, DIG); ip = "84.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    line = json.dumps({"ts": "2025-11-21T08:11:09.221Z", "level": "info", "msg": "signup", "user": {"email": e, "phone": e164, "ip": ip, "plan": "pro"}})
    add("p_legacy_completion_log", legacy("Extract the fields from the log line as YAML.\n\nLog: %s\n\nYAML:" % line), [(P, "email in log", e), (P, "E.164 phone no spaces", e164)])

    # -- PHP json_encode escaped slashes: slack webhook + mongo password
    hk = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DIG), rs(10, UP + DIG), rs(24))
    mpw = pwd(16, "-_")
    add("p_php_escaped_slashes", gem("Laravel config/services.php values:\n'slack' => ['webhook' => '%s'],\n'mongodb' => ['dsn' => 'mongodb://laravel:%s@mongo-1.acme.lan:27017/app?authSource=admin']," % (hk, mpw)),
        [(S, "slack webhook (escaped slashes)", hk), (S, "mongo password", mpw)], style="php")

    # -- Go json escaping of <email> in headers
    f, l = person(); e = email(f, l); f2, l2 = person(); e2 = "%s.%s@northwind.eu" % (f2, l2)
    hdr = "From: %s %s <%s>\nTo: %s %s <%s>\nSubject: Re: contract renewal & pricing\nDate: Fri, 21 Nov 2025 09:14:02 +0100\n\nSee attached. Call me at %s." % (cap(f), cap(l), e, cap(f2), cap(l2), e2, ph("CH"))
    pch = hdr.rsplit("at ", 1)[1][:-1]
    add("p_go_escaped_email_headers", oai("Summarise:\n" + hdr), [(P, "email in <> (Go \\u003c escaped)", e), (P, "work email", e2), (P, "CH phone", pch)], style="go")

    # -- confidential: email classification header
    add("p_conf_email_classification", resp("Draft a reply to this:\n\nFrom: cfo-office@acme-corp.com\nSubject: Q3 board pack\nClassification: CONFIDENTIAL\nX-MS-Exchange-Organization-Classification: Internal\n\n"
                                             "Team, the attached figures are preliminary. Revenue came in at 41.2M vs 44M plan."), [(C, "Classification: CONFIDENTIAL header", "CONFIDENTIAL")])

    # -- confidential: PDF extracted pages with repeated footer
    pages = "\n\f".join("%s\n\nACME Corp — FOR INTERNAL USE ONLY — Page %d of 4" % (t, i + 1) for i, t in enumerate(
        ["1. Summary\nThe reorganisation affects 3 teams.", "2. Timeline\nAnnounce on 12 January.", "3. Costs\nSeverance budget 1.8M.", "4. Risks\nAttrition in platform team."]))
    add("p_conf_pdf_footer", W()("Summarise this document:\n" + pages), [(C, "FOR INTERNAL USE ONLY footer", "FOR INTERNAL USE ONLY")])

    # -- confidential: source header
    src = ("/*\n * Copyright (c) 2025 Acme Robotics GmbH. All rights reserved.\n * PROPRIETARY AND CONFIDENTIAL\n * Unauthorized copying of this file, via any medium, is strictly prohibited.\n */\n"
           "package com.acme.planner;\n\npublic final class PathCost {\n    static double cost(Node a, Node b) { return a.dist(b) * b.penalty(); }\n}\n")
    add("p_conf_source_header", anth_tool("Add unit tests for PathCost", "Read", {"file_path": "src/main/java/com/acme/planner/PathCost.java"}, src, follow="Use JUnit 5."),
        [(C, "PROPRIETARY AND CONFIDENTIAL header", "PROPRIETARY AND CONFIDENTIAL")])

    # -- confidential: docx XML and slide notes
    dx = ('<w:document><w:body><w:p><w:r><w:t>STRICTLY CONFIDENTIAL</w:t></w:r></w:p><w:p><w:r><w:t>Project Falcon – acquisition target shortlist</w:t></w:r></w:p>'
          '<w:p><w:r><w:t>1. Northwind Analytics (EV 120–140M)</w:t></w:r></w:p></w:body></w:document>\n\nSpeaker notes slide 3: DRAFT – DO NOT DISTRIBUTE')
    add("p_conf_docx_xml", oai_parts("Turn this into an executive summary:\n" + dx), [(C, "STRICTLY CONFIDENTIAL in docx w:t", "STRICTLY CONFIDENTIAL"), (C, "DO NOT DISTRIBUTE note", "DO NOT DISTRIBUTE")])

    # -- confidential: INTERNAL ONLY banner in a markdown wiki page in Gemini system_instruction
    add("p_conf_internal_only_banner", gem("What's the on-call escalation path?", system="Context document:\n> **INTERNAL ONLY** — do not share outside Acme.\n\n# On-call\n1. Page primary via PagerDuty.\n2. After 15 min escalate to secondary.\n"),
        [(C, "INTERNAL ONLY banner", "INTERNAL ONLY")])

    # -- private key with CRLF line endings
    rsa = key("rsa1.pem").strip().replace("\n", "\r\n")
    add("p_pem_rsa_crlf", oai("Paramiko says 'not a valid RSA private key file' — copied from Windows notepad:\r\n" + rsa + "\r\n"), [(K, "PKCS1 RSA with CRLF", rsa)])

    # -- short ed25519 PKCS8 in Go raw string
    ed = key("ed25519_p8.pem").strip()
    go = "package signer\n\nconst signingKeyPEM = `%s`\n\nfunc Load() (ed25519.PrivateKey, error) {\n\tblock, _ := pem.Decode([]byte(signingKeyPEM))\n\treturn parse(block)\n}\n" % ed
    add("p_go_ed25519_pkcs8", conv("Is embedding the key like this safe for a CLI?\n" + go), [(K, "short ed25519 PKCS8", ed)])

    # -- X25519 PKCS8 + EC PKCS8 in an Ansible vars file (block scalars)
    x = key("x25519_p8.pem").strip(); ecp = key("ec256_p8.pem").strip()
    yv = "tls_key: |\n  %s\nhpke_private_key: |\n    %s\n" % (ecp.replace("\n", "\n  "), x.replace("\n", "\n    "))
    add("p_ansible_vars_block_keys", br_claude("group_vars/all.yml — ansible-lint complains:\n" + yv),
        [(K, "EC PKCS8 in YAML block", ecp.replace("\n", "\n  ")), (K, "X25519 PKCS8 in YAML block", x.replace("\n", "\n    "))])

    # -- OpenSSH ECDSA in a tool_result via Read (numbered lines like Claude Code)
    se = key("ssh_ecdsa").strip()
    numbered = "\n".join("%6d\u2192%s" % (i + 1, l_) for i, l_ in enumerate(se.split("\n")))
    add("p_openssh_ecdsa_numbered", anth_tool("Use the bastion key to connect", "Read", {"file_path": "/home/dev/.ssh/bastion_ecdsa"}, numbered),
        [(K, "openssh ecdsa with line-number prefixes", numbered)])

    # -- JWK with private d
    from cryptography.hazmat.primitives import serialization
    pk = serialization.load_pem_private_key(key("ec256_sec1.pem").encode(), None)
    nums = pk.private_numbers()
    jwk = {"kty": "EC", "crv": "P-256", "kid": rs(16), "use": "sig", "x": b64u(nums.public_numbers.x.to_bytes(32, "big")),
           "y": b64u(nums.public_numbers.y.to_bytes(32, "big")), "d": b64u(nums.private_value.to_bytes(32, "big"))}
    add("p_jwk_private_d", W()("Our OIDC provider config; can I publish this at /.well-known/jwks.json?\n" + json.dumps({"keys": [jwk]}, indent=2)),
        [("private_key|secret", "JWK private 'd'", jwk["d"])])

    # -- WireGuard config
    wpk, wpsk = b64(rb(32)), b64(rb(32))
    wg = "[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = %s\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = %s\nPresharedKey = %s\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n" % (wpk, b64(rb(32)), wpsk)
    add("p_wireguard_conf", anth("Handshake never completes, wg0.conf:\n" + wg), [("private_key|secret", "wireguard PrivateKey", wpk), ("secret|private_key", "wireguard PresharedKey", wpsk)])

    # -- BIP32 xprv
    def b58check(payload):
        raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        A = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        n = int.from_bytes(raw, "big"); s = ""
        while n:
            n, r = divmod(n, 58); s = A[r] + s
        return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s
    xprv = b58check(bytes.fromhex("0488ade4") + b"\0" + b"\0" * 4 + b"\0" * 4 + rb(32) + b"\0" + rb(32))
    add("p_bip32_xprv", oai("Restoring the treasury hot wallet, electrum says invalid master key:\n%s" % xprv), [("private_key|secret", "BIP32 xprv", xprv)])

    # -- Azure DevOps pipeline with literal PAT
    adp = azure_devops_pat()
    az = ("trigger:\n- main\nvariables:\n  System.Debug: true\n  AZURE_DEVOPS_EXT_PAT: %s\nsteps:\n- script: az devops configure --defaults organization=https://dev.azure.com/acme\n"
          "- script: az pipelines runs list --top 5\n" % adp)
    add("p_azure_pipelines_pat", W()("azure-pipelines.yml, the az step says TF400813:\n" + az), [(S, "azure devops PAT", adp)])

    # -- .env.local with supabase service role JWT and FCM server key
    sr = supabase_service_jwt()
    fcm = "AAAA" + rs(7, AL + "-_") + ":APA91b" + rs(134, AL + "-_")
    add("p_supabase_fcm_env", anth_tool("Push notifications stopped", "Bash", {"command": "cat .env.local"},
                                        "NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=%s\nFCM_SERVER_KEY=%s\n" % (rs(20, LO), sr, fcm)),
        [(S, "supabase service_role JWT", sr), (S, "FCM legacy server key", fcm)])

    # -- support chat, many countries' phones + webmail
    labs, turns = [], []
    for cc in ["JP", "BR", "IN", "AU", "MX"]:
        f, l = person(); e = email(f, l); p = ph(cc, R.random() < 0.5)
        turns.append("- %s %s (%s): %s, %s" % (cap(f), cap(l), cc, e, p)); labs += [(P, "email", e), (P, "phone %s" % cc, p)]
    add("p_support_callbacks_intl", W()("Schedule callbacks in local business hours for:\n" + "\n".join(turns)), labs)

    # -- markdown table with EU national phone formats
    labs, rows = [], []
    for cc in ["PL", "SE", "CH", "AT", "BE", "PT"]:
        f, l = person(); p = ph(cc, True)
        rows.append("| %s %s | %s | %s |" % (cap(f), cap(l), cc, p)); labs.append((P, "national phone %s" % cc, p))
    add("p_md_table_national_phones", conv("Normalise these numbers to E.164:\n| Name | Country | Phone |\n|---|---|---|\n" + "\n".join(rows)), labs)

    # -- payment gateway debug log: PANs of several brands
    labs, lines_ = [], []
    for kind in ["maestro19", "unionpay", "jcb", "diners", "mc5"]:
        cn = card(kind)
        lines_.append(json.dumps({"ts": "2025-11-21T10:%02d:%02dZ", "evt": "authorize", "pan": cn, "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(26, 30)), "brand": kind, "result": "DECLINED"}) % (R.randint(0, 59), R.randint(0, 59)))
        labs.append((P, "PAN %s" % kind, cn))
    add("p_gateway_debug_pans", oai_tool("Why are these declines happening?", "read_file", {"path": "/var/log/gateway/debug.log"}, "\n".join(lines_)), labs)


# ================================================================ HARD NEGATIVES
def negatives():
    # encrypted-at-rest material
    sops_v = lambda n: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rb(n)), b64(rb(32)), b64(rb(16)))
    age_pub = "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    sops = ("database:\n    user: %s\n    password: %s\nstripe_key: %s\nsops:\n    age:\n        - recipient: %s\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n"
            "            %s\n            %s\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2025-11-20T16:02:11Z\"\n    mac: %s\n    version: 3.9.1\n"
            % (sops_v(8), sops_v(24), sops_v(40), age_pub, b64(rb(48)), b64(rb(40)), sops_v(32)))
    add("n_sops_encrypted_yaml", W()("sops -d fails with 'no key could decrypt', file:\n" + sops))

    ss = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n"
          "    DB_PASSWORD: %s\n    STRIPE_SECRET_KEY: %s\n  template:\n    type: Opaque\n" % (b64(b"\x02\x00" + rb(700)), b64(b"\x02\x00" + rb(700))))
    add("n_sealed_secret", W()("Is it safe to commit this SealedSecret to git?\n" + ss))

    hexl = rs(80 * 6, HEX)
    av = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexl[i:i + 80] for i in range(0, len(hexl), 80))
    add("n_ansible_vault", anth_tool("ansible-vault view fails in CI", "Read", {"file_path": "group_vars/prod/vault.yml"}, av))

    add("n_external_secret_refs", W()("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: db\nspec:\n  refreshInterval: 1h\n"
                                      "  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  target:\n    name: db-credentials\n  data:\n"
                                      "  - secretKey: password\n    remoteRef:\n      key: secret/data/prod/db\n      property: password\n"
                                      "  - secretKey: api_token\n    remoteRef:\n      key: /prod/payments/stripe\n      property: secret_key\n"))

    # kubeconfig without credentials (CA data = base64 certificate, exec plugin)
    kc = ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://%s.gr7.eu-west-1.eks.amazonaws.com\n  name: arn:aws:eks:eu-west-1:%d:cluster/prod\n"
          "users:\n- name: arn:aws:eks:eu-west-1:%d:cluster/prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n"
          "      args: [\"--region\", \"eu-west-1\", \"eks\", \"get-token\", \"--cluster-name\", \"prod\"]\n" % (b64(key("ca.crt").encode()), rs(32, UP + DIG), R.randint(10**11, 10**12), R.randint(10**11, 10**12)))
    add("n_kubeconfig_exec_ca_only", anth_tool("kubectl hangs", "Bash", {"command": "kubectl config view --raw --minify"}, kc))

    add("n_cert_chain_converse", conv_tool("Is the chain complete for api.acme.test?", "tls_probe", {"host": "api.acme.test", "port": 443},
                                            result_text="depth=1 CN = Holdout Root CA\ndepth=0 CN = api.acme.test\n---\nCertificate chain\n" + key("leaf.crt") + key("ca.crt") + "---\nVerify return code: 19 (self-signed certificate in certificate chain)\n"))

    kh = "".join("|1|%s|%s %s\n" % (b64(rb(20)), b64(rb(20)), l.strip().rsplit(" ", 1)[0]) for l in [key("ssh_ed25519.pub"), key("ssh_ecdsa.pub")])
    add("n_known_hosts_fingerprints", W()("ssh warns REMOTE HOST IDENTIFICATION HAS CHANGED. known_hosts:\n%s\nssh-keygen -lf: 256 SHA256:%s deploy@ci (ED25519)\n"
                                          "authorized_keys:\n%s%s" % (kh, b64(rb(32)).rstrip("="), key("ssh_rsa.pub"), key("ssh_ecdsa.pub"))))

    add("n_pgp_clearsigned", W()("Verify this release announcement:\n" + key("msg.txt.asc") + "\nKey:\n" + key("pgp_pub.asc")))

    add("n_public_keys_misc", W()("cosign.pub:\n%s\nminisign public key: RWQ%s\nage recipients: %s, age1%s\nnostr npub1%s\nsignify: untrusted comment: signify public key\nRWS%s\n"
                                  % (key("ec256_pub.pem"), rs(53, AL + "+/"), "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
                                     rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), rs(53, AL + "+/"))))

    add("n_wg_show_hidden", W()("wg show output:\ninterface: wg0\n  public key: %s\n  private key: (hidden)\n  listening port: 51820\n\npeer: %s\n  preshared key: (hidden)\n"
                                "  endpoint: 203.0.113.7:51820\n  allowed ips: 10.8.0.2/32\n  latest handshake: 1 minute, 12 seconds ago\n  transfer: 1.21 MiB received, 3.40 MiB sent\n" % (b64(rb(32)), b64(rb(32)))))

    # lock / digest formats not used in earlier rounds
    tfl = "".join('provider "registry.terraform.io/hashicorp/%s" {\n  version     = "%s"\n  constraints = "~> %s"\n  hashes = [\n    "h1:%s",\n    "zh:%s",\n    "zh:%s",\n  ]\n}\n\n'
                  % (p, v, v[:3], b64(rb(32)), rs(64, HEX), rs(64, HEX)) for p, v in [("aws", "5.76.0"), ("random", "3.6.3"), ("tls", "4.0.6")])
    add("n_terraform_lock_hcl", W()(".terraform.lock.hcl merge conflict, which side do I keep?\n" + tfl))

    fl = {"nodes": {"nixpkgs": {"locked": {"lastModified": 1732014248, "narHash": "sha256-" + b64(rb(32)), "owner": "NixOS", "repo": "nixpkgs", "rev": rs(40, HEX), "type": "github"},
                                "original": {"owner": "NixOS", "ref": "nixos-24.05", "repo": "nixpkgs", "type": "github"}}}, "root": "root", "version": 7}
    add("n_nix_flake_lock", W()("flake.lock:\n%s\nbuild output: /nix/store/%s-hello-2.12.1\n/nix/store/%s-glibc-2.39-52\n" % (json.dumps(fl, indent=2), rs(32, "0123456789abcdfghijklmnpqrsvwxyz"), rs(32, "0123456789abcdfghijklmnpqrsvwxyz"))))

    oci = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [
        {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:" + rs(64, HEX), "size": 1032, "platform": {"architecture": a, "os": "linux"}} for a in ["amd64", "arm64"]],
           "annotations": {"org.opencontainers.image.revision": rs(40, HEX), "org.opencontainers.image.source": "https://github.com/acme/api"}}
    add("n_oci_image_index", gem_fr("Which digest should I pin for arm64?", "registry_manifest", {"id": "ghcr.io/acme/api:1.14.2"}, oci))

    add("n_gha_pinned_shas_cache", W()("jobs:\n  test:\n    steps:\n      - uses: actions/checkout@%s # v4.2.2\n      - uses: actions/setup-node@%s # v4.1.0\n"
                                       "      - uses: actions/cache@%s\n        with:\n          path: ~/.npm\n          key: ${{ runner.os }}-node-${{ hashFiles('**/package-lock.json') }}\n"
                                       "\nCache restored from key: Linux-node-%s\nCache Size: ~142 MB (148897120 B)\n" % (rs(40, HEX), rs(40, HEX), rs(40, HEX), rs(64, HEX))))

    add("n_git_verify_pack", oai_tool("Why is the repo so big?", "run_shell", {"cmd": "git verify-pack -v .git/objects/pack/pack-*.idx | sort -k3 -n | tail -5"},
                                      "".join("%s blob   %d %d %d\n" % (rs(40, HEX), R.randint(10**6, 10**8), R.randint(10**5, 10**7), R.randint(10**6, 10**9)) for _ in range(5)) +
                                      "pack-%s.pack: ok\n" % rs(40, HEX)))

    add("n_cache_keys_hashes", W()("Redis keys sample:\ncache:v3:render:%s\nratelimit:ip:%s\nsession-meta:%s (ttl 3600)\nccache: hit %s.o\n"
                                   "turbo: cache hit, replaying logs %s\nbazel action digest %s/%d\n" % (rs(40, HEX), hashlib.sha256(rb(8)).hexdigest()[:16], ruuid(), rs(32, HEX), rs(16, HEX), rs(64, HEX), R.randint(100, 9999))))

    # references and templated secrets
    add("n_cfn_dynamic_refs", W()("Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n"
                                  "      MasterUsername: '{{resolve:secretsmanager:prod/db:SecretString:username}}'\n      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n"
                                  "  Fn:\n    Properties:\n      Environment:\n        Variables:\n          API_KEY: !Ref ApiKeyParam\n          TOKEN: '{{resolve:ssm-secure:/prod/api/token:3}}'\n"))

    add("n_onepassword_doppler_refs", W()(".env.tpl:\nDATABASE_PASSWORD=op://Production/Postgres/password\nSTRIPE_SECRET_KEY=op://Production/Stripe/credential\n"
                                          "run with: op run --env-file=.env.tpl -- npm start\nor: doppler run --project api --config prd -- ./server\n"
                                          "or: export VAULT_TOKEN=$(vault login -method=oidc -token-only) && vault kv get -field=password secret/prod/db\n"))

    add("n_ci_variable_syntaxes", W()("Azure DevOps: sqlcmd -P $(DbPassword)\nOctopus: Password=#{Database.Password};\nSymfony: DATABASE_URL=%env(resolve:DATABASE_URL)%\n"
                                      "ERB: password: <%= ENV['DB_PASSWORD'] %>\nJenkins: withCredentials([string(credentialsId: 'npm-token', variable: 'NPM_TOKEN')]) { sh 'npm publish' }\n"
                                      "GitLab: curl --header \"PRIVATE-TOKEN: $GITLAB_API_TOKEN\" \"$CI_API_V4_URL/projects\"\n"
                                      "Helm: password: {{ .Values.global.postgresql.auth.password | default (randAlphaNum 24) }}\n"))

    add("n_dev_compose_defaults", W()("docker-compose.dev.yml:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n"
                                      "  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: root\n  rabbit:\n    image: rabbitmq:3-management\n"
                                      "    environment:\n      RABBITMQ_DEFAULT_USER: guest\n      RABBITMQ_DEFAULT_PASS: guest\n  minio:\n    image: minio/minio\n"
                                      "    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: minioadmin\n"))

    add("n_dummy_configs", oai("Fill in the template for me:\n" + json.dumps({"ConnectionStrings": {"Default": "Server=tcp:<server>.database.windows.net,1433;User ID=<user>;Password=<your-password>;",
                                                                                                          "Blob": "DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net"},
                                                                                    "Smtp": {"Password": "********"}, "Jwt": {"Key": "REPLACE_WITH_256_BIT_SECRET"}}, indent=2) +
                                     "\n\npip.conf:\n[global]\nindex-url = https://__token__:${PYPI_TOKEN}@pypi.acme.io/simple\n\n.npmrc:\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"
                                     "web.config: <add name=\"Db\" connectionString=\"...;Password=xxxx;\" />\n"))

    add("n_doc_example_credentials", W()("From the docs:\n[default]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n\n"
                                         "Azurite: DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n"
                                         "Slack: SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work\nTwilio: TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n"))

    add("n_well_known_test_keys", W()("// RFC 8032 section 7.1, TEST 1\nvar rfc8032Secret = mustHex(\"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60\")\n"
                                      "var rfc8032Public = mustHex(\"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a\")\n\n"
                                      "// hardhat/anvil default account #0 (publicly known, local chain only)\nconst DEV_PK = \"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\";\n"))

    add("n_password_dummies_forms", {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Generate a Postman example body for these fields"},
                                                                          {"role": "assistant", "content": json.dumps({"username": "jane.doe", "password": "********", "new_password": "<new-password>",
                                                                                                                       "api_key": "xxxxxxxxxxxxxxxxxxxxxxxx", "otp": "000000", "token": "string"})},
                                                                          {"role": "user", "content": "also add a confirm_password field set to changeme"}]})

    add("n_postman_collection_vars", W()(json.dumps({"info": {"_postman_id": ruuid(), "name": "Payments API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                                     "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
                                                     "item": [{"name": "Create charge", "id": ruuid(), "request": {"method": "POST", "header": [{"key": "X-Api-Key", "value": "{{apiKey}}"}, {"key": "Idempotency-Key", "value": "{{$guid}}"}],
                                                                                                                   "url": "{{baseUrl}}/v1/charges"}}],
                                                     "variable": [{"key": "baseUrl", "value": "https://api.sandbox.acme.io"}, {"key": "apiKey", "value": ""}]}, indent=1)))

    add("n_env_access_code", W()("const cfg = {\n  db: process.env.DATABASE_URL,\n  stripe: Deno.env.get(\"STRIPE_SECRET_KEY\"),\n};\nString pw = System.getenv(\"DB_PASSWORD\");\n"
                                 "key := os.Getenv(\"OPENAI_API_KEY\")\nviper.GetString(\"auth.client_secret\")\nlet token = std::env::var(\"GITHUB_TOKEN\")?;\n$password = getenv('SMTP_PASSWORD');\n"))

    add("n_helm_existing_secret", W()("postgresql:\n  auth:\n    existingSecret: keycloak-db\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password\n"
                                      "    password: \"\"\nredis:\n  auth:\n    existingSecret: redis-auth\n    existingSecretPasswordKey: redis-password\ngrafana:\n  admin:\n    existingSecret: grafana-admin\n"))

    add("n_tfvars_nonsecret", W()('region         = "eu-west-1"\naccount_id     = "%d"\nvpc_cidr       = "10.42.0.0/16"\nami_id         = "ami-0%s"\n'
                                  'kms_key_arn    = "arn:aws:kms:eu-west-1:%d:key/%s"\ncert_arn       = "arn:aws:acm:eu-west-1:%d:certificate/%s"\ninstance_count = 3\n'
                                  'db_secret_arn  = "arn:aws:secretsmanager:eu-west-1:%d:secret:prod/db-%s"\n' % (R.randint(10**11, 10**12), rs(16, HEX), R.randint(10**11, 10**12), ruuid(),
                                                                                                                  R.randint(10**11, 10**12), ruuid(), R.randint(10**11, 10**12), rs(6, AL))))

    # base64 blobs that are not secrets
    pdf = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + rb(1500) + b"\n%%EOF\n"
    add("n_anthropic_pdf_document", {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": b64(pdf)}, "title": "Q3-product-roadmap.pdf"},
        {"type": "text", "text": "Summarise the roadmap."}]}]})

    wav = b"RIFF" + struct.pack("<I", 2036) + b"WAVEfmt " + rb(2028)
    add("n_gemini_inline_audio", {"contents": [{"role": "user", "parts": [{"inline_data": {"mime_type": "audio/wav", "data": b64(wav)}}, {"text": "Transcribe this voicemail greeting."}]}]})

    csv = "sku,name,price\n" + "".join("SKU-%05d,Widget %s,%d.%02d\n" % (R.randint(0, 99999), rs(3, UP), R.randint(1, 200), R.randint(0, 99)) for _ in range(12))
    add("n_responses_image_and_file", {"model": "gpt-5", "input": [{"role": "user", "content": [
        {"type": "input_text", "text": "Does the chart match the CSV?"},
        {"type": "input_image", "image_url": "data:image/jpeg;base64," + b64(b"\xff\xd8\xff\xe0\x00\x10JFIF" + rb(1800))},
        {"type": "input_file", "filename": "prices.csv", "file_data": "data:text/csv;base64," + b64(csv.encode())}]}]})

    nbp = {"cells": [{"cell_type": "code", "execution_count": 4, "metadata": {"tags": []}, "source": ["plt.plot(x, y)"],
                      "outputs": [{"data": {"image/png": b64(b"\x89PNG\r\n\x1a\n" + rb(1400)), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]}],
           "metadata": {"kernelspec": {"name": "python3"}, "widgets": {"application/vnd.jupyter.widget-state+json": {"state": {rs(32, HEX): {"model_name": "LayoutModel"}}}}}, "nbformat": 4, "nbformat_minor": 5}
    add("n_ipynb_plot_output", W()("Why is my plot empty?\n" + json.dumps(nbp)))

    add("n_build_output_hashed_assets", W()("vite v5.4.11 building for production...\ndist/index.html                   0.46 kB\ndist/assets/index-%s.css   12.31 kB\n"
                                            "dist/assets/index-%s.js   143.72 kB │ gzip: 46.11 kB\n\nNext.js: .next/static/%s/_buildManifest.js\n.next/static/chunks/pages/_app-%s.js\n"
                                            "<script src=\"/_next/static/chunks/webpack-%s.js\" defer></script>\n" % (rs(8, AL + "-_"), rs(8, AL + "-_"), rs(21, AL + "-_"), rs(16, HEX), rs(16, HEX))))

    add("n_http_response_headers", W()("HTTP/2 403\ncontent-type: application/xml\nx-amz-request-id: %s\nx-amz-id-2: %s\nETag: W/\"%s\"\ncf-ray: %s-FRA\n"
                                       "x-request-id: %s\nstrict-transport-security: max-age=63072000; includeSubDomains; preload\n"
                                       "content-security-policy: script-src 'self' 'nonce-%s' 'sha256-%s'\n\nWhy 403 on the presigned URL?" % (rs(16, UP + DIG), b64(rb(57)), rs(20, HEX), rs(16, HEX), ruuid(), b64(rb(16)), b64(rb(32)))))

    add("n_email_dkim_notifications", W()("Why does this GitHub notification fail DMARC?\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=github.com; s=pf2023; t=1732180000;\n"
                                          "\tbh=%s;\n\th=Date:From:Reply-To:To:Subject:List-ID:List-Unsubscribe;\n\tb=%s\nMessage-ID: <acme/api/pull/412/review/%d@github.com>\n"
                                          "From: \"github-actions[bot]\" <notifications@github.com>\nTo: acme/api <api@noreply.github.com>\nList-Unsubscribe: <mailto:unsub+%s@reply.github.com>\n"
                                          % (b64(rb(32)), b64(rb(256)), R.randint(10**9, 10**10), rs(40, HEX))))

    add("n_dns_zone_records", W()("$ORIGIN acme.io.\n@ IN TXT \"v=spf1 include:_spf.google.com ~all\"\n_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc-reports@acme.io\"\n"
                                  "google._domainkey IN TXT \"v=DKIM1; k=rsa; p=%s\"\n@ IN TXT \"google-site-verification=%s\"\n_443._tcp.mail IN TLSA 3 1 1 %s\n"
                                  % (b64(rb(270)), rs(43, AL + "-_"), rs(64, HEX))))

    add("n_html_site_verification", W()("<head>\n<meta name=\"google-site-verification\" content=\"%s\" />\n<meta name=\"facebook-domain-verification\" content=\"%s\" />\n"
                                        "<link rel=\"preload\" href=\"/fonts/inter-var.woff2\" as=\"font\" integrity=\"sha384-%s\" crossorigin>\n"
                                        "<script nonce=\"%s\">window.__APP_VERSION__=\"4.18.2+%s\"</script>\n</head>" % (rs(43, AL + "-_"), rs(30, LO + DIG), b64(rb(48)), b64(rb(18)), rs(7, HEX))))

    # JWT-shaped but not tokens
    add("n_jwt_shaped_invalid", W()("test('rejects malformed tokens', () => {\n  expect(verify('eyJub3QiOiJhIGhlYWRlciJ9.bm90IGEgcGF5bG9hZA')).toThrow();\n"
                                    "  expect(verify('eyJhbGciOiJIUzI1NiJ9..')).toThrow();\n  expect(verify('header.payload.signature')).toThrow();\n"
                                    "  expect(decode('eyJhbGciOiJSUzI1NiIsImtpZCI6...')).toBeNull(); // truncated in the docs\n});\n"))

    # crypto public stuff
    add("n_crypto_public_ids", W()("Watch-only wallet: xpub6%s\nSolana fee payer: %s\ncosmos1%s\nIPNS k51qzi5uqu5d%s\n"
                                   % (rs(105, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"), rs(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"),
                                      rs(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), rs(46, LO + DIG))))

    # card / number lookalikes
    add("n_test_cards_jest", W()("describe('checkout', () => {\n  it.each([\n    ['4111 1111 1111 1111', 'visa'],\n    ['5555555555554444', 'mastercard'],\n"
                                 "    ['378282246310005', 'amex'],\n    ['6011111111111117', 'discover'],\n    ['4000 0000 0000 0002', 'declined'],\n"
                                 "    ['4000002500003155', '3ds'],\n  ])('%s is %s', async (pan, expected) => { expect(await pay(pan)).toBe(expected) })\n});\n"))

    add("n_identifier_lookalikes", W()("References: ORCID 0000-0002-1825-0097, DOI 10.1038/s41586-024-07487-w, arXiv:2406.01574v2, ISSN 0028-0836,\n"
                                       "ISBN 978-3-16-148410-0, CVE-2024-3094, KB5034441, LEI 5493001KJTIIGC8Y1R12, ISIN US0378331005,\n"
                                       "BIC DEUTDEFFXXX, ABA 021000021, VAT DE129273398, DUNS 150483782, GTIN 05012345678900, pp. 1123-1187.\n"))

    add("n_log_numbers", W()("2025-11-21 08:15:42.123456 INFO  [pool-3-thread-17] req=4417229031 latency_ms=1234.56 bytes=5120 upstream=10.20.30.40:8080\n"
                             "2025-11-21 08:15:43.004211 WARN  gc pause 0.0231s heap 1843200K->921600K(4194304K) epoch=1732176943 seq=00001742219\n"
                             "2025-11-21 08:15:44.118000 INFO  build=20251120.3 version=10.0.26100.2314 order=ORD-2025-004411873 shipment 1Z 999 AA1 01 2345 6784\n"))

    add("n_masked_pii_export", W()("customer_id,email,phone,card,iban\n1842,j****@g****.com,+49 *** **** 89,**** **** **** 4821,DE** **** **** **** **12 34\n"
                                   "1843,m*****.r****@***.fr,+33 6 ** ** ** 41,XXXX-XXXX-XXXX-0077,FR76 **** **** **** **** ***7 612\n"))

    add("n_sql_schema_only", W()("CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  email CITEXT NOT NULL UNIQUE CHECK (email ~* '^[^@]+@[^@]+\\.[^@]+$'),\n"
                                 "  phone VARCHAR(20) CHECK (phone ~ '^\\+[1-9][0-9]{7,14}$'),\n  iban VARCHAR(34),\n  ssn CHAR(11) -- format 000-00-0000\n);\n"
                                 "COMMENT ON COLUMN customers.phone IS 'E.164, e.g. +1 202 555 0143';\n"))

    add("n_role_mailboxes", W()("Contacts for the DPA:\n- Data protection officer: dpo@acme-corp.com\n- Privacy requests: privacy@acme-corp.com\n- Billing: billing@northwind.eu\n"
                                "- Security reports: security@acme.io (PGP key on keybase)\n- Status: statuspage@noreply.acme.io\nCODEOWNERS: * @acme/platform-team\n"
                                "git clone git@gitlab.com:acme/infra.git\nssh deploy@203.0.113.10\ncurl -u user@localhost ...\nrequire 'pkg:npm/%40acme/ui@2.4.0'\n"))

    add("n_conference_dialins", W()("Join Zoom Meeting https://acme.zoom.us/j/81234567890?pwd=\nMeeting ID: 812 3456 7890\nDial by your location\n"
                                    "        +1 646 558 8656 US (New York)\n        +49 69 7104 9922 Germany\n        +44 203 481 5237 United Kingdom\n"))

    add("n_sql_products_dump", W()("INSERT INTO products (id, ean, name, price_cents, created_at) VALUES\n" + ",\n".join(
        "(%d, '%s', 'Item %s', %d, '2025-11-%02d 1%d:%02d:%02d')" % (R.randint(10**5, 10**6), ean13("40"), rs(4, UP), R.randint(100, 99999), R.randint(1, 28), R.randint(0, 9), R.randint(0, 59), R.randint(0, 59)) for _ in range(8)) + ";\n"))

    add("n_stacktrace_addresses", W()("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]\n\n"
                                      "goroutine 1 [running]:\nmain.(*Server).handle(0xc000%s, {0x%s, 0xc000%s})\n\t/src/server.go:142 +0x%s\n"
                                      "created by net/http.(*Server).Serve in goroutine 18\n\t/usr/local/go/src/net/http/server.go:3285 +0x4b4\n" % (rs(7, HEX), rs(6, HEX), rs(6, HEX), rs(6, HEX), rs(3, HEX))))

    add("n_gemini_fr_weather", gem_fr("Should I cycle to work?", "get_weather", {"id": "Berlin"},
                                      {"location": {"lat": 52.52, "lon": 13.405}, "hourly": [{"t": "2025-11-21T%02d:00" % h, "temp_c": round(R.uniform(-2, 6), 1), "precip_mm": round(R.uniform(0, 2), 2)} for h in range(6, 10)],
                                       "request_id": ruuid(), "station": "10389"}))

    add("n_converse_s3_listing", conv_tool("What's the newest backup?", "s3_list", {"bucket": "acme-backups", "prefix": "pg/"},
                                           result_json={"Contents": [{"Key": "pg/%s.dump" % d, "ETag": "\"%s\"" % rs(32, HEX), "Size": R.randint(10**8, 10**9), "VersionId": rs(32, AL + "._"),
                                                                      "LastModified": "%sT02:00:11Z" % d} for d in ["2025-11-19", "2025-11-20", "2025-11-21"]]}))

    # prose and identifiers
    add("n_prose_incident_no_secret", {"model": "claude-sonnet-4-5", "max_tokens": 1200, "messages": [{"role": "user", "content":
        "Post-mortem draft: yesterday I accidentally pasted our Stripe live key into a public Slack channel. We rotated it within 4 minutes, revoked the old one, "
        "audited the logs (no API calls from unknown IPs) and moved the key to AWS Secrets Manager. The new key is only in the secret store. "
        "Also the DB password was in the runbook; it's now a vault reference. Please turn this into a blameless post-mortem."}]})

    add("n_confidential_lookalikes", W()("We run on Azure Confidential VMs (DCasv5) and GCP Confidential GKE Nodes; see 'Confidential Computing Consortium'.\n"
                                         "enum Sensitivity { PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED }\nCONFIDENTIAL_FIELDS = ('ssn', 'salary')\n"
                                         "$ mytool export --internal-only --exclude-confidential\nclass InternalOnlyFilter(logging.Filter): ...\n"))

    add("n_security_howto_prose", W()("How should we store the SMTP password and the JWT signing key for a Spring Boot app on Kubernetes? "
                                      "Options I know: a Kubernetes Secret mounted as env, External Secrets Operator with Vault, or Spring Cloud Config with {cipher} values. "
                                      "The password currently lives in application-prod.yml, which I want to stop."))

    add("n_ids_uuid_mixed", W()("tenant_id: %s\nsubscription: %s\nclient_id (public app registration): %s\nobject_id: %s\ncorrelation: %s\nmsal cache key: %s.%s-login.windows.net-idtoken\n"
                                % (ruuid(), ruuid(), ruuid(), ruuid(), ruuid(), ruuid(), ruuid())))

    add("n_variable_names_keys", W()("class Settings(BaseSettings):\n    db_password: SecretStr\n    api_key: SecretStr = Field(alias='ACME_API_KEY')\n    token_url: HttpUrl = 'https://auth.acme.io/oauth/token'\n"
                                     "    private_key_path: Path = Path('/run/secrets/signing.pem')\n    password_min_length: int = 12\n"))

    add("n_hex_hash_outputs", W()("$ sha1sum *.tar.gz\n%s  app-1.4.2.tar.gz\n$ md5sum backup.sql\n%s  backup.sql\n$ b3sum model.safetensors\n%s  model.safetensors\n"
                                  "$ openssl dgst -sha384 release.zip\nSHA2-384(release.zip)= %s\n" % (rs(40, HEX), rs(32, HEX), rs(64, HEX), rs(96, HEX))))

    add("n_cohere_history_benign", br_cohere("and the p99?", [{"role": "USER", "message": "Request latency p50 for build 20251120.3?"},
                                                             {"role": "CHATBOT", "message": "p50 was 84 ms across 1,204,331 requests (trace 4bf92f3577b34da6a3ce929d0e0e4736)."}]))

    add("n_titan_release_notes", br_titan("Summarise the release notes:\nv3.12.7 (2025-11-20)\n- Fix #4412: token refresh race (commit %s)\n- Bump openssl to 3.0.15\n- Docs: password reset flow\n"
                                          "Checksums: sha256 %s\n" % (rs(40, HEX), rs(64, HEX))))

    add("n_llama_password_code", br_llama("Review:\n```python\ndef change_password(user, old: str, new: str) -> None:\n    if not check_password_hash(user.password_hash, old):\n"
                                          "        raise AuthError('invalid password')\n    if len(new) < settings.PASSWORD_MIN_LENGTH:\n        raise ValueError('password too short')\n"
                                          "    user.password_hash = generate_password_hash(new)\n```"))

    add("n_mistral_openapi_examples", br_mistral("Explain this OpenAPI snippet:\nsecuritySchemes:\n  oauth2:\n    type: oauth2\n    flows:\n      clientCredentials:\n"
                                                 "        tokenUrl: https://auth.acme.io/oauth2/token\n        scopes: {payments:write: write}\nexamples:\n  tokenResponse:\n"
                                                 "    value: {access_token: '<access-token>', token_type: Bearer, expires_in: 3600}\n"))

    add("n_legacy_completion_code", legacy("# Python 3\n# Generate a random API key of 32 url-safe characters\nimport secrets\n\ndef new_api_key() -> str:\n"))

    add("n_go_escaped_benign", oai("Render this template: <a href=\"https://acme.io/search?q=rust&page=2&sort=desc\">Results</a> & <b>bold</b>, nonce %s" % rs(22, AL)), style="go")

    add("n_php_escaped_benign", gem("Laravel config: 'url' => 'https://cdn.acme.io/assets/app.%s.js', 'key' => env('APP_KEY'), 'cipher' => 'AES-256-CBC'" % rs(20, HEX)), style="php")

    add("n_k8s_events_pods", W()("kubectl get pods -o wide\nNAME                                READY   STATUS             RESTARTS   AGE\n"
                                 "api-7d9f8c6b5d-%s            0/1     CrashLoopBackOff   12         41m\nworker-%s-%s       1/1     Running            0          2d\n"
                                 "Events:\n  Warning  Failed  kubelet  Failed to pull image \"ghcr.io/acme/api@sha256:%s\": unauthorized\n" % (rs(5, LO + DIG), rs(10, LO + DIG), rs(5, LO + DIG), rs(64, HEX))))

    add("n_csr_and_pubkey", W()("Sign this CSR please (public key attached):\n-----BEGIN CERTIFICATE REQUEST-----\n%s\n-----END CERTIFICATE REQUEST-----\n%s"
                                % ("\n".join(b64(rb(600))[i:i + 64] for i in range(0, 800, 64)), key("ec256_pub.pem"))))


def main():
    if not os.path.exists(os.path.join(KEYS, "ssh_ecdsa")):
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
