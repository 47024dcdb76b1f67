"""Round 12 value generators: security / systems credentials (WireGuard keys, Kerberos keytabs, NT hashes, Cisco type 7
and type 5/8/9 strings, signify / minisign / PuTTY key files, SNMP / RADIUS / IPMI secrets, JWT signing secrets),
people of the HR chats (US, UK, DE, FR, IN, JP, BR, NG, ZA, KE), passports and documented crypto test vectors for the
negatives.  Built on the earlier rounds' helpers (gen_common re-exports them); nothing is copied."""
import base64, hashlib, hmac, struct, time
from gen_common import R, rs, rb, hexs, until, DIG, UP, LO, AL, r3, R4, V7, V9, V10, V11, PV7, _r6

B64 = AL + "+/"
C64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b64(b):
    return base64.b64encode(b).decode()


# ---------------------------------------------------------------- keys and secrets
def wg_private():
    b = bytearray(rb(32))
    b[0] &= 248
    b[31] = (b[31] & 127) | 64
    return b64(bytes(b))


def wg_key():  # public keys and preshared keys: 32 random bytes
    return b64(rb(32))


def nt_hash():
    return hexs(32)


def keytab_b64(princ, realm, kvno=3):
    """A MIT keytab (format 0x0502): one entry per enctype (aes256-cts 18, aes128-cts 17) of `princ`@`realm`."""
    def cs(s):
        s = s.encode()
        return struct.pack(">H", len(s)) + s
    out = b"\x05\x02"
    comps = princ.split("/")
    for et, kl in ((18, 32), (17, 16)):
        e = struct.pack(">H", len(comps)) + cs(realm) + b"".join(cs(c) for c in comps) + struct.pack(">IIBH", 1, 1761900000 + R.randint(0, 9999999), kvno, et)
        e += struct.pack(">H", kl) + rb(kl) + struct.pack(">I", kvno)
        out += struct.pack(">i", len(e)) + e
    return b64(out)


XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def cisco7(pw):
    s = R.randint(0, 15)
    return "%02d" % s + "".join("%02X" % (ord(c) ^ ord(XLAT[(s + i) % len(XLAT)])) for i, c in enumerate(pw))


def cisco9():
    return "$9$%s$%s" % (rs(14, C64), rs(43, C64))


def cisco8():
    return "$8$%s$%s" % (rs(14, C64), rs(43, C64))


def md5crypt():
    return "$1$%s$%s" % (rs(4, C64), rs(22, C64))


def sha512crypt():
    return "$6$%s$%s" % (rs(16, C64), rs(86, C64))


def yescrypt():
    return "$y$j9T$%s$%s" % (rs(22, C64), rs(43, C64))


def signify_sec():
    sk = rb(64)
    blob = b"Ed" + b"BK" + struct.pack(">I", 0) + rb(16) + hashlib.sha512(sk).digest()[:8] + rb(8) + sk
    return "untrusted comment: signify secret key\n" + b64(blob)


def minisign_sec(encrypted=False):
    blob = b"Ed" + (b"Sc" if encrypted else b"\0\0") + b"B2" + rb(32) + struct.pack("<QQ", 33554432, 1073741824) + rb(8 + 64 + 32)
    return ("untrusted comment: minisign encrypted secret key\n" if encrypted else "untrusted comment: minisign secret key\n") + b64(blob)


def minisign_pub():
    kid = rb(8)
    return "untrusted comment: minisign public key %s\n%s" % (kid[::-1].hex().upper(), b64(b"Ed" + kid + rb(32)))


def ppk(comment):
    """A PuTTY-User-Key-File-2 ed25519 key, unencrypted, with its Private-MAC computed as PuTTY does."""
    def s(b):
        return struct.pack(">I", len(b)) + b
    pub = s(b"ssh-ed25519") + s(rb(32))
    prv = s(rb(32))
    mk = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    mac = hmac.new(mk, s(b"ssh-ed25519") + s(b"none") + s(comment.encode()) + s(pub) + s(prv), hashlib.sha1).hexdigest()
    pb, vb = b64(pub), b64(prv)
    pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
    vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
    return ("PuTTY-User-Key-File-2: ssh-ed25519\nEncryption: none\nComment: %s\nPublic-Lines: %d\n%s\nPrivate-Lines: %d\n%s\nPrivate-MAC: %s"
            % (comment, len(pl), "\n".join(pl), len(vl), "\n".join(vl), mac))


def secret(n=32, alpha=AL + "!#%^*-_=+"):
    return until(lambda: rs(n, alpha), lambda v: sum(c.isdigit() for c in v) >= 2 and sum(c.isupper() for c in v) >= 2)


def pw(n=16):
    return V10.dbpw(n)


def b64key(n=32):
    return b64(rb(n))


def fake_gh(prefix="ghp_"):  # right shape, CRC32 deliberately wrong
    t = r3.gh(prefix)
    return t[:-6] + ("000000" if t[-6:] != "000000" else "111111")


# ---------------------------------------------------------------- people of the HR chats
NAMES = {"NG": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo"], ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Ogunleye"]),
         "ZA": (["Thabo", "Lerato", "Sipho", "Naledi", "Pieter", "Anele"], ["Nkosi", "Dlamini", "van der Merwe", "Mokoena", "Botha", "Khumalo"]),
         "KE": (["Wanjiru", "Otieno", "Akinyi", "Kamau", "Njeri", "Kiprono"], ["Mwangi", "Odhiambo", "Kariuki", "Chebet", "Wambua", "Kiptoo"])}
MAILDOM = {"NG": ["gmail.com", "yahoo.com"], "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za"], "KE": ["gmail.com", "yahoo.com"]}


def person(cc):
    if cc in NAMES:
        f, l = R.choice(NAMES[cc][0]), R.choice(NAMES[cc][1])
        return f, l, "%s %s" % (f, l)
    if cc == "US":
        return V11.us_person()
    return (V9 if cc in V9.NAMES else V10).person(cc)


def mail(cc, f, l):
    if cc in NAMES:
        return "%s%s%s%s@%s" % (f.lower(), R.choice([".", "", "_"]), l.lower().replace(" ", ""), R.choice(["", str(R.randint(1, 99))]), R.choice(MAILDOM[cc]))
    if cc == "US":
        return V11.us_mail(f, l)
    return (V9 if cc in V9.MAILS else V10).mail(cc, f, l)


def mob(cc, fmt="intl"):
    if cc == "US":
        return V11.us_phone({"intl": "intl", "nat": "nat", "e164": "e164", "dash": "dash"}[fmt])
    return V10.mob(cc, fmt)


def uk_passport():
    return str(R.randint(1, 5)) + rs(8, DIG)


def in_passport():
    return R.choice("JKLMNPRSTUVWZ") + str(R.randint(1, 9)) + rs(6, DIG)


def ng_nin():
    return str(R.randint(1, 9)) + rs(10, DIG)


# ---------------------------------------------------------------- padding: a systems / security team's repos
def pad(seed, n=3, size=None):
    """n padding reads (Rust, Go and Python sources; round 8's generators) of about `size` bytes each."""
    import gen_sess as SS
    out = []
    langs = ["rs", "go", "py", "rs", "go"]
    for k in range(n):
        lang = langs[(k + len(seed)) % len(langs)]
        sz = size or [4000, 6000, 9000, 12000][(k * 7 + len(seed)) % 4]
        out += SS.reads(lang, "%s-%d" % (seed, k), 1, sz)
    return out
