"""Round 9 value generators not in earlier rounds' helpers: Latin American and Asian mobiles (valid per phonenumbers),
Aadhaar, Mexican RFC of a person, Singapore NRIC, Indonesian NIK (python-stdnum where it has the id; the NRIC by its
published weights), people's names and webmail domains per country, data/ML/mobile tokens, and real PNG images (zlib
compressed noise, for base64 notebook outputs)."""
import base64, struct, zlib

import phonenumbers
from stdnum.in_ import aadhaar as std_aadhaar
from stdnum.mx import rfc as std_rfc
from stdnum.id import nik as std_nik
from stdnum.br import cpf as std_cpf

from gen_common import R, R4, rs, until, hexs, pwd, b64u, DIG, UP, LO, AL, HEX, r3

FMT = {"e164": phonenumbers.PhoneNumberFormat.E164, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
       "nat": phonenumbers.PhoneNumberFormat.NATIONAL}
NSN = {"BR": lambda: R.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + R.choice("6789") + rs(7, DIG),
       "MX": lambda: R.choice(["55", "33", "81", "222", "442"]) + rs(8, DIG)[:(8 if R.random() < 2 else 7)],
       "CL": lambda: "9" + R.choice("5678") + rs(7, DIG),
       "AR": lambda: "9" + R.choice(["11", "351", "341"]) + rs(8, DIG),
       "CO": lambda: "3" + R.choice(["00", "01", "10", "12", "15", "20", "21"]) + rs(7, DIG),
       "IN": lambda: R.choice("9876") + rs(9, DIG),
       "JP": lambda: R.choice(["90", "80", "70"]) + rs(8, DIG),
       "KR": lambda: "10" + R.choice("23456789") + rs(7, DIG),
       "CN": lambda: "1" + R.choice(["38", "39", "58", "59", "86", "87", "36", "50"]) + rs(8, DIG),
       "SG": lambda: R.choice("89") + rs(7, DIG),
       "ID": lambda: "8" + R.choice(["11", "12", "13", "21", "52", "57", "77"]) + rs(R.choice([7, 8]), DIG)}


def mob(cc, fmt="intl"):
    def ok(s):
        n = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(cc), s))
        return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc and \
            phonenumbers.number_type(n) in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    s = until(NSN[cc], ok)
    return phonenumbers.format_number(phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(cc), s)), FMT[fmt])


def aadhaar(spaced=True):
    v = until(lambda: R.choice("23456789") + rs(11, DIG), std_aadhaar.is_valid)
    return "%s %s %s" % (v[:4], v[4:8], v[8:]) if spaced else v


def mx_rfc_person():
    cons = "BCDFGHJLMNPRSTVZ"
    return until(lambda: R.choice(cons) + R.choice("AEIOU") + rs(2, cons) + "%02d%02d%02d" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)) +
                 rs(2, UP + DIG) + R.choice(DIG + "A"), lambda v: std_rfc.is_valid(v) and len(v) == 13)


def sg_nric():
    p = R.choice("ST")
    d = rs(7, DIG)
    s = sum(int(a) * w for a, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + d + "JZIHGFEDCBA"[s % 11]


def sg_nric_ok(v):
    s = sum(int(a) * w for a, w in zip(v[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if v[0] in "TG" else 0)
    return v[-1] == ("JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK")[s % 11]


def id_nik():
    reg = R.choice(["317101", "317404", "327301", "357801", "517102", "127101", "647201"])
    d = R.randint(1, 28) + R.choice([0, 40])
    return until(lambda: reg + "%02d%02d%02d" % (d, R.randint(1, 12), R.randint(60, 99)) + "%04d" % R.randint(1, 3999), std_nik.is_valid)


def cpf(fmt=True):
    v = until(lambda: rs(11, DIG), lambda v: std_cpf.is_valid(v) and len(set(v)) > 2)
    return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]) if fmt else v


def cnpj():
    v = R4.br_cnpj()
    return "%s.%s.%s/%s-%s" % (v[:2], v[2:5], v[5:8], v[8:12], v[12:])


NAMES = {"BR": (["Ana", "João", "Mariana", "Lucas", "Beatriz", "Rafael", "Fernanda", "Thiago", "Camila", "Gustavo"],
                ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Carvalho"]),
         "MX": (["José", "Guadalupe", "Alejandro", "Ximena", "Diego", "Valeria", "Jorge", "Fernanda"], ["Hernández", "García", "Martínez", "López", "Ramírez", "Flores", "Cruz", "Morales"]),
         "CL": (["Catalina", "Benjamín", "Javiera", "Matías", "Constanza"], ["Muñoz", "Rojas", "Díaz", "Soto", "Contreras"]),
         "AR": (["Martina", "Santiago", "Florencia", "Nicolás", "Agustina"], ["González", "Fernández", "Romero", "Sosa", "Álvarez"]),
         "CO": (["Valentina", "Andrés", "Daniela", "Sebastián", "Paula"], ["Gómez", "Castro", "Vargas", "Ríos", "Ortiz"]),
         "IN": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Karthik", "Divya"], ["Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Patel", "Menon", "Rao"]),
         "JP": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"]),
         "KR": (["Minjun", "Seoyeon", "Jiho", "Hayoon", "Doyun"], ["Kim", "Lee", "Park", "Choi", "Jung"]),
         "CN": (["Wei", "Fang", "Lei", "Jing", "Hao"], ["Wang", "Li", "Zhang", "Liu", "Chen"]),
         "SG": (["Jia Hui", "Wei Ming", "Siti", "Arjun", "Mei Ling"], ["Tan", "Lim", "Ng", "Binte Rahman", "Pillai"]),
         "ID": (["Putri", "Budi", "Dewi", "Agus", "Sari"], ["Santoso", "Wijaya", "Lestari", "Saputra", "Hidayat"])}
MAILS = {"BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com"], "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx"],
         "CL": ["gmail.com", "vtr.net"], "AR": ["gmail.com", "hotmail.com.ar", "fibertel.com.ar"], "CO": ["gmail.com", "hotmail.com", "une.net.co"],
         "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "JP": ["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com"],
         "KR": ["naver.com", "daum.net", "gmail.com"], "CN": ["qq.com", "163.com", "126.com"], "SG": ["gmail.com", "singnet.com.sg", "yahoo.com.sg"],
         "ID": ["gmail.com", "yahoo.co.id"]}
ASCII = str.maketrans("áéíóúãõâêôçñÁÉÍÓÚÇÑü ", "aeiouaoaeocnAEIOUCNu.")


def person(cc):
    f, l = R.choice(NAMES[cc][0]), R.choice(NAMES[cc][1])
    return f, l, "%s %s" % (f, l)


def mail(cc, f, l):
    a, b = f.translate(ASCII).lower(), l.translate(ASCII).lower()
    local = R.choice(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", R.randint(1, 99)), "%s.%s%d" % ("%s", "%s", R.randint(70, 99))]) % (a, b)
    return local + "@" + R.choice(MAILS[cc])


# ------------------------------------------------------------------ tokens of the data / ML / mobile tools
def wandb_key():
    return hexs(40)


def kaggle_key():
    return hexs(32)


def fernet_key():
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(32))).decode()


def expo_token():
    return rs(40, AL + "_-")


def apple_asp():
    return "-".join(rs(4, LO) for _ in range(4))


def dbpw(n=20):
    return pwd(n, "-_.~!")


def pem_inline(pem):
    """A PEM as a one-line string with literal backslash-n (JSON / YAML double-quoted form)."""
    return pem.replace("\n", "\\n")


# ------------------------------------------------------------------ real PNG images (high-entropy base64 negatives)
def _chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)


def png(w=320, h=200, noise=3):
    """A matplotlib-like line plot: white canvas, grid, axes, `noise` random-walk curves with jitter."""
    px = [[[255, 255, 255] for _ in range(w)] for _ in range(h)]
    for y in range(20, h - 20, 30):
        for x in range(30, w - 10):
            px[y][x] = [235, 235, 235]
    for y in range(10, h - 20):
        px[y][30] = [0, 0, 0]
    for x in range(30, w - 10):
        px[h - 20][x] = [0, 0, 0]
    for k in range(noise):
        col = [R.randrange(200), R.randrange(200), R.randrange(256)]
        y = R.randint(30, h - 40)
        for x in range(31, w - 10):
            y = min(h - 22, max(12, y + R.choice([-2, -1, -1, 0, 0, 1, 1, 2])))
            for dy in (0, 1):
                px[y + dy][x] = [min(255, c + R.randrange(30)) for c in col]
    rows = bytearray()
    for r in px:
        rows.append(0)
        for p in r:
            rows.extend(p)
    raw = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + _chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + _chunk(b"IEND", b"")
    return base64.b64encode(raw).decode()


def mx_rfc_company():
    return until(lambda: rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "%02d%02d%02d" % (R.randint(80, 99), R.randint(1, 12), R.randint(1, 28)) + rs(2, UP + DIG) + R.choice(DIG + "A"),
                 lambda v: std_rfc.is_valid(v) and len(v) == 12)
