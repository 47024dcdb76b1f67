"""Round 15 value generators: enterprise application stacks (Symfony APP_SECRET, Rails / Phoenix secret_key_base, Play
secret, Spring JWT keys, Elixir release cookies, Quarkus OIDC secrets, Devise keys) and their look-alikes for the
negatives (Jasypt ENC(...), bcrypt, ASP.NET Identity v3 hashes, Rails credentials.yml.enc ciphertext, NuGet sha512 /
Maven sha1 hashes, PublicKeyTokens, GUIDs, ISINs and LEIs with their check digits, Luhn-valid order numbers without a card
issuer prefix, IBANs failing mod-97, BICs and sort codes); people of FR, DE, ES, IT, PL, RO, CZ, SE, FI, PT, GR, NL, BE,
TR, BR, MX, GB, US (earlier rounds' name / mail / mobile helpers, dispatched by country) and their ids (earlier rounds'
helpers, each re-checked with python-stdnum in validate.py; the FR NIR is re-drawn here without department 20, which
INSEE stopped issuing in 1976 and python-stdnum does not refuse).  Built on the earlier rounds' helpers."""
import base64, hashlib, struct, uuid
from stdnum.fr import nir as std_nir
from stdnum.cz import rc as std_rc
from gen_common import R, rs, rb, hexs, until, DIG, UP, LO, AL, r3, R4, V7, V9, V10, V11, V12, V13, V14, PV7, _r6

B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BCRYPT = "./" + AL


def b64(b):
    return base64.b64encode(b).decode()


def guid(upper=False):
    g = str(uuid.UUID(bytes=rb(16), version=4))
    return g.upper() if upper else g


# ---------------------------------------------------------------- secrets of the application stacks
def pw(n=18):
    return V12.pw(n)


def symfony_secret():
    return hexs(32)


def rails_skb():
    return hexs(128)


def phoenix_skb():
    return until(lambda: rs(64, AL + "+/"), lambda s: any(c.isdigit() for c in s))


def play_secret():
    return until(lambda: rs(40, AL + "_-=:"), lambda s: any(c.isdigit() for c in s))


def jwt_b64(n=64):
    return b64(rb(n))


def release_cookie():
    return rs(56, B32U)


def oidc_secret():
    return until(lambda: rs(32, AL), lambda s: any(c.isdigit() for c in s))


def laravel_key():
    return V10.laravel_key()


def wp_salt():
    return V10.wp_salt()


def ado_pat():
    return r3.azure_devops_pat()


def jfrog_ref():
    return V7.jfrog_ref()


def aws_pair():
    return r3.aws_id(), r3.aws_secret()


def gocspx():
    return V7.gocspx()


def stripe_sk():
    return V11.stripe_sk("live")


# ---------------------------------------------------------------- look-alikes for the negatives
def jasypt():
    return "ENC(" + b64(rb(R.choice([32, 48]))) + ")"


def bcrypt(cost=10):
    return "$2a$%02d$%s" % (cost, rs(53, BCRYPT))


def aspnet_identity_hash(v3_sha512=True):
    prf, it = (2, 100000) if v3_sha512 else (1, 10000)
    return b64(b"\x01" + struct.pack(">III", prf, it, 16) + rb(48))


def rails_enc():
    return "%s--%s--%s" % (b64(rb(R.randint(180, 420))), b64(rb(12)), b64(rb(16)))


def nuget_sha512():
    return b64(hashlib.sha512(rb(40)).digest())


def sha1():
    return hashlib.sha1(rb(20)).hexdigest()


def pkt():
    return hexs(16)


def isin(cc="DE"):
    body = cc + rs(9, UP + DIG)
    digits = "".join(str(int(c, 36)) for c in body)
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return body + str((10 - s % 10) % 10)


def lei():
    body = rs(4, DIG) + "00" + rs(12, UP + DIG)
    n = int("".join(str(int(c, 36)) for c in body + "00"))
    return body + "%02d" % (98 - n % 97)


def luhn_order(prefix, n=16):
    return r3.luhn_complete(prefix, n)


def broken(v):
    return V10.broken(v)


def bic(bank, cc):
    return bank + cc + rs(2, UP + DIG) + R.choice(["", "XXX"])


def sort_code():
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


# ---------------------------------------------------------------- people
def person(cc):
    if cc in V10.NAMES:
        return V10.person(cc)
    if cc == "US":
        return V11.us_person()
    if cc in V9.NAMES:
        return V9.person(cc)
    return V13.person(cc)


def mail(cc, f, l):
    if cc in V10.NAMES:
        return V10.mail(cc, f, l)
    if cc == "US":
        return V11.us_mail(f, l)
    if cc in V9.NAMES:
        return V9.mail(cc, f, l)
    return V13.mail(cc, f, l)


def mob(cc, fmt="intl"):
    if cc == "US":
        return V11.us_phone("nat" if fmt == "nat" else "intl")
    return V14.mob(cc, fmt)


def iban(cc, printed=True):
    return V13.iban(cc, printed)


def card(kind="visa", fmt=True):
    return V11.card(kind, fmt)


# ---------------------------------------------------------------- national ids (validated again in validate.py)
def fr_nir():
    return until(_r6.fr_nir, lambda v: v.split()[3] not in ("20", "96", "97", "98", "99") and std_nir.is_valid(v.replace(" ", "")))


def de_idnr(spaced=False):
    v = _r6.de_idnr()
    return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:]) if spaced else v


def es_dni():
    return _r6.es_dni()


def es_nie():
    return _r6.es_nie()


def it_cf():
    return _r6.it_cf()


def pl_pesel():
    return _r6.pl_pesel()


def ro_cnp():
    return V13.ro_cnp()


def cz_rc():
    return until(r3.rodne_cislo, lambda v: std_rc.is_valid(v) and "/" in v)


def se_pnr():
    return PV7.se_pnr()


def fi_hetu():
    return PV7.fi_hetu()


def pt_nif():
    return _r6.pt_nif()


def gr_amka():
    return R4.gr_amka()


def nl_bsn():
    return _r6.nl_bsn()


def be_nn():
    return V14.be_nn()


def tr_tckn():
    return R4.tr_tck()


def br_cpf():
    return _r6.br_cpf()


def mx_curp():
    return R4.mx_curp()


def uk_nino():
    return PV7.uk_nino()


def us_ssn():
    return r3.ssn()


def dk_cpr():
    return V14.dk_cpr()


def no_fnr():
    return V14.no_fnr()


def pad(seed, n=3, size=None):
    return V13.pad(seed, n, size)
