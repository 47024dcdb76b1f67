"""Round 13 value generators: web / product / marketing / game-backend credentials (Supabase, Clerk, Svix, Brevo,
Klaviyo, Sanity, Storyblok, Freshdesk, Mixpanel, Steam, PlayFab, Epic Online Services, Unity, Upstash, NextAuth), the
public-by-design client values of the same stacks for the negatives (Supabase anon JWT, Firebase web apiKey, reCAPTCHA
site keys, GA4 / GTM ids, Shopify storefront tokens, Klaviyo site ids, Photon / PlayFab title ids), customers from PL,
TR, IL, RO, CZ, SE, FI, GR, PT, AR, CL, CO, KR, TW, CN, HK, AE, SA, EG, KE (names, webmail, mobiles valid per
phonenumbers) and their ids (python-stdnum where it has the id; TW id, HKID, Emirates ID and the Saudi id by their
published check rules), and front-end noise (SRI hashes, chunk hashes, GTINs, IMEIs).  Built on the earlier rounds'
helpers (gen_common re-exports them); nothing is copied."""
import base64, hashlib, json
import phonenumbers
from phonenumbers import PhoneNumberType as PT, PhoneNumberFormat as PF
from stdnum.ro import cnp as std_cnp
from stdnum.cz import rc as std_rc
from stdnum.gr import vat as std_afm
from stdnum import luhn as std_luhn
from gen_common import R, rs, rb, hexs, until, DIG, UP, LO, AL, r3, R4, V7, V9, V10, V11, V12, PV7, _r6

B64U = AL + "-_"


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(payload, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    return h + "." + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(rb(32))


# ---------------------------------------------------------------- secrets of web / marketing / game stacks
def supabase_jwt(role, ref):
    return jwt({"iss": "supabase", "ref": ref, "role": role, "iat": 1731000000 + R.randint(0, 9999999), "exp": 2046000000 + R.randint(0, 999999)})


def supabase_ref():
    return rs(20, LO)


def clerk_sk():
    return "sk_live_" + rs(42, AL)


def clerk_pk(host):
    return "pk_live_" + b64((host + "$").encode()).rstrip("=")


def svix_whsec():
    return "whsec_" + b64(rb(24))


def brevo():
    return "xkeysib-" + hexs(64) + "-" + rs(16, AL)


def klaviyo_private():
    return "pk_" + hexs(34)


def klaviyo_site():
    return rs(6, UP + DIG)


def sanity_token():
    return "sk" + rs(R.choice([180, 182]), AL)


def storyblok_mgmt():
    return rs(22, AL) + "tt-" + rs(6, DIG) + "-" + rs(20, AL + "-_")


def freshdesk():
    return rs(20, AL)


def mixpanel_sa_secret():
    return rs(32, AL)


def steam_webapi():
    return hexs(32).upper()


def playfab_secret():
    return rs(52, UP + DIG)


def playfab_title():
    return rs(5, "ABCDEF0123456789")


def eos_secret():
    return rs(43, AL + "+/")


def eos_id():
    return hexs(32)


def unity_sa_secret():
    return rs(32, "abcdefghijklmnopqrstuvwxyz0123456789")


def upstash_token():
    return "A" + rs(3, UP) + "AAIjcD" + rs(60, AL)


def nextauth_secret():
    return b64(rb(32))


def gh_oauth_secret():
    return hexs(40)


def algolia_app():
    return rs(10, UP + DIG)


def algolia_key():
    return hexs(32)


def shopify_storefront():
    return hexs(32)


def recaptcha_site():
    return "6L" + rs(38, AL + "-_")


def ga4():
    return "G-" + rs(10, UP + DIG)


def gtm():
    return "GTM-" + rs(7, UP + DIG)


def photon_app():
    return r3.ruuid()


def sentry_dsn():
    return "https://%s@o%d.ingest.de.sentry.io/%d" % (hexs(32), R.randint(100000, 4999999), R.randint(4500000000000000, 4509999999999999))


def pw(n=18):
    return V12.pw(n)


def pem_inline(pem):
    return pem.replace("\n", "\\n")


# ---------------------------------------------------------------- front-end / catalogue noise (negatives)
def sri(n=384):
    return "sha%d-%s" % (n, b64(rb(n // 8)))


def chunkhash(n=16):
    return hexs(n)


def gtin13():
    return _r6.gtin(13)


def imei():
    return _r6.imei()


def isbn13():
    return _r6.isbn13()


# ---------------------------------------------------------------- people (customers of the support / CRM chats)
NAMES = {"PL": (["Katarzyna", "Tomasz", "Marta", "Paweł", "Joanna"], ["Zielińska", "Lewandowski", "Kaczmarek", "Szymańska", "Mazur"]),
         "TR": (["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"]),
         "IL": (["Noa", "Yonatan", "Tamar", "Eitan", "Maya"], ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton"]),
         "RO": (["Andreea", "Mihai", "Ioana", "Alexandru", "Elena"], ["Popescu", "Ionescu", "Dumitru", "Stan", "Georgescu"]),
         "CZ": (["Tereza", "Jakub", "Lucie", "Ondřej", "Petra"], ["Nováková", "Svoboda", "Dvořák", "Černá", "Procházka"]),
         "SE": (["Elsa", "Hugo", "Maja", "Viktor"], ["Andersson", "Karlsson", "Eriksson", "Persson"]),
         "FI": (["Emilia", "Onni", "Venla", "Eetu"], ["Laine", "Heikkinen", "Koskinen", "Järvinen"]),
         "GR": (["Eleni", "Giorgos", "Maria", "Nikos", "Katerina"], ["Papadopoulou", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachou"]),
         "PT": (["Inês", "Rui", "Carolina", "Diogo"], ["Sousa", "Pereira", "Martins", "Gomes"]),
         "TW": (["Yi-Ting", "Chia-Hao", "Hsin-Yi", "Chun-Wei"], ["Chen", "Lin", "Huang", "Chang"]),
         "HK": (["Ka-Yan", "Wing-Kei", "Hoi-Ling", "Chun-Kit"], ["Chan", "Wong", "Leung", "Cheung"]),
         "AE": (["Fatima", "Omar", "Mariam", "Khalid"], ["Al Mansoori", "Al Hashimi", "Al Nuaimi", "Al Mazrouei"]),
         "SA": (["Nora", "Abdullah", "Reem", "Faisal"], ["Al-Qahtani", "Al-Harbi", "Al-Otaibi", "Al-Shehri"]),
         "EG": (["Mona", "Ahmed", "Yasmin", "Karim"], ["Hassan", "Mostafa", "Abdelrahman", "Farouk"])}
MAILDOM = {"PL": ["wp.pl", "onet.pl", "interia.pl", "gmail.com"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"], "IL": ["gmail.com", "walla.co.il"],
           "RO": ["yahoo.com", "gmail.com"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"], "SE": ["gmail.com", "telia.com", "hotmail.se"],
           "FI": ["gmail.com", "luukku.com"], "GR": ["gmail.com", "yahoo.gr", "otenet.gr"], "PT": ["sapo.pt", "gmail.com"], "TW": ["gmail.com", "yahoo.com.tw"],
           "HK": ["gmail.com", "yahoo.com.hk", "netvigator.com"], "AE": ["gmail.com", "hotmail.com"], "SA": ["gmail.com", "hotmail.com"], "EG": ["gmail.com", "yahoo.com"]}
ASCII = str.maketrans("ıİşŞçÇğĞöÖüÜéèáíóúãâêôõñłńźżćąęśřěčďňťůýž'", "iIsScCgGoOuUeeaiouaaeoonlnzzcaesrecdntuyz_")


def person(cc):
    if cc in NAMES:
        f, l = R.choice(NAMES[cc][0]), R.choice(NAMES[cc][1])
        return f, l, "%s %s" % (f, l)
    return V12.person(cc)


def mail(cc, f, l):
    if cc in NAMES:
        loc = (f + R.choice([".", "", "_"]) + l).lower().translate(ASCII).replace(" ", "").replace("-", "")
        return loc + R.choice(["", str(R.randint(1, 99))]) + "@" + R.choice(MAILDOM[cc])
    return V12.mail(cc, f, l)


LEAD = {"PL": ["50", "51", "53", "60", "66", "69", "72", "79", "88"], "TR": ["53", "54", "55", "50"], "IL": ["50", "52", "53", "54", "58"],
        "RO": ["72", "73", "74", "75", "76"], "CZ": ["60", "72", "73", "77"], "SE": ["70", "72", "73", "76"], "FI": ["40", "44", "45", "50"],
        "GR": ["69"], "PT": ["91", "92", "93", "96"], "TW": ["91", "93", "97", "98"], "HK": ["51", "61", "90", "94", "98"],
        "AE": ["50", "52", "55", "56"], "SA": ["50", "53", "55", "56"], "EG": ["10", "11", "12"], "KE": ["70", "71", "72", "79"]}


def mob(cc, fmt="intl"):
    """A mobile of `cc` valid per phonenumbers (its region, type MOBILE) in NATIONAL, INTERNATIONAL or E164 format."""
    if cc not in LEAD:
        return V9.mob(cc, fmt) if cc in V9.NSN else V12.mob(cc, fmt)
    ex = str(phonenumbers.example_number_for_type(cc, PT.MOBILE).national_number)
    ccn = phonenumbers.country_code_for_region(cc)

    def ok(s):
        n = phonenumbers.parse("+%d%s" % (ccn, s))
        return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc and phonenumbers.number_type(n) in (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE)
    s = until(lambda: (lambda p: p + rs(len(ex) - len(p), DIG))(R.choice(LEAD[cc])), ok)
    return phonenumbers.format_number(phonenumbers.parse("+%d%s" % (ccn, s)), {"nat": PF.NATIONAL, "intl": PF.INTERNATIONAL, "e164": PF.E164}[fmt])


# ---------------------------------------------------------------- national ids
def pl_pesel():
    return _r6.pl_pesel()


def tr_tckn():
    return R4.tr_tck()


def il_tz():
    return R4.il_id()


def ro_cnp():
    return until(r3.cnp, std_cnp.is_valid)


def cz_rc():
    return until(r3.rodne_cislo, std_rc.is_valid)


def se_pnr():
    return PV7.se_pnr()


def fi_hetu():
    return PV7.fi_hetu()


def gr_amka():
    return R4.gr_amka()


def gr_afm():
    return until(lambda: R.choice("01") + rs(8, DIG), std_afm.is_valid)


def pt_nif():
    v = _r6.pt_nif()
    return v


def ar_cuit():
    v = R4.ar_cuil()
    return "%s-%s-%s" % (v[:2], v[2:10], v[10])


def cl_rut():
    return r3.rut()


def kr_rrn():
    return R4.kr_rrn()


def cn_ric():
    return r3.cn_id()


TW_L = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36))}


def tw_ok(v):
    n = TW_L[v[0]]
    d = [n // 10, n % 10] + [int(c) for c in v[1:]]
    return sum(a * b for a, b in zip(d, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 == 0


def tw_id():
    return until(lambda: R.choice("ABEFHT") + R.choice("12") + rs(8, DIG), tw_ok)


def hkid_ok(v):
    body, chk = v.split("(")
    chk = chk.rstrip(")")
    vals = [36] * (9 - len(body)) + [ord(c) - 55 if c.isalpha() else int(c) for c in body]
    s = sum(x * w for x, w in zip(vals, range(9, 1, -1)))
    c = (11 - s % 11) % 11
    return chk == ("A" if c == 10 else str(c))


def hkid():
    body = R.choice("ACDEGHKMPRVYZ") + rs(6, DIG)
    for c in "0123456789A":
        if hkid_ok("%s(%s)" % (body, c)):
            return "%s(%s)" % (body, c)


def emirates_id():
    v = until(lambda: "784" + str(R.randint(1970, 2000)) + rs(8, DIG), std_luhn.is_valid)
    return "%s-%s-%s-%s" % (v[:3], v[3:7], v[7:14], v[14])


def sa_id():
    return until(lambda: "1" + rs(9, DIG), std_luhn.is_valid)


def eg_nid():
    """Egyptian national id: century 2/3, YYMMDD, governorate, serial, check (no published algorithm: shape only)."""
    return "2%02d%02d%02d%s%s" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28), R.choice(["01", "02", "21", "88"]), rs(5, DIG))


def eg_ok(v):
    import re
    return bool(re.fullmatch(r"[23]\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}", v))


def iban(cc, printed=True):
    if cc in R4.BBAN:
        v = until(lambda: R4.iban_x(cc), lambda v: "0000" not in v)
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if printed else v
    return V10.iban(cc, printed)


def card(kind="visa", fmt=True):
    return V11.card(kind, fmt)


def pad(seed, n=3, size=None):
    return V11.pad(seed, n, size)
