"""Round 14 value generators: enterprise identity / MDM / ITSM credentials (Entra ID client secrets, Okta, Jamf,
Kandji, ServiceNow, Jira Service Management), telecom secrets (SIM Ki / OPc, PPPoE, SIP, Wi-Fi PSKs), fleet and
logistics keys (Samsara, Geotab, HERE, TomTom, FedEx / UPS / DHL, AS2), BitLocker recovery keys and MFA recovery codes;
people of NO, DK, EE, LV, LT, BE, NL, LU, AT, CH, HU, PH, VN, MY, PK, BD, LK (names, mail, mobiles valid per
phonenumbers and never its example number, IBANs valid per python-stdnum) and their ids (python-stdnum where it has the
id; the published rules for HU TAJ / adoazonosito jel and the LU matricule; shape rules for ids without a check digit);
and look-alike noise for the negatives (IMEI, ICCID, IMSI of test PLMNs, MACs, serials, VINs, tracking numbers).
Built on the earlier rounds' helpers (gen_common re-exports them)."""
import datetime, uuid
import phonenumbers
from phonenumbers import PhoneNumberType as PT, PhoneNumberFormat as PF
from stdnum import iban as std_iban, luhn as std_luhn, verhoeff as std_verhoeff
from stdnum.no import fodselsnummer as no_fnr_m
from stdnum.dk import cpr as dk_cpr_m
from stdnum.ee import ik as ee_ik_m
from stdnum.lv import pvn as lv_pvn_m
from stdnum.lt import asmens as lt_ak_m
from stdnum.be import nn as be_nn_m
from stdnum.nl import bsn as nl_bsn_m
from stdnum.at import vnr as at_vnr_m
from stdnum.ch import ssn as ch_ssn_m
from stdnum.my import nric as my_nric_m
from stdnum.pk import cnic as pk_cnic_m
from gen_common import R, rs, rb, hexs, until, DIG, UP, LO, AL, V11, V12, V13, _r6

B64U = AL + "-_"


def guid():
    return str(uuid.UUID(bytes=rb(16), version=4))


def date(y0=1958, y1=2003):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- identity / MDM / ITSM secrets
def entra_secret():
    return rs(3, AL) + R.choice(DIG) + "Q~" + rs(34, AL + "-_.~")


def okta_ssws():
    return V11.okta_ssws()


def okta_secret():
    return V11.okta_secret()


def okta_client_id():
    return "0oa" + rs(17, AL)


def jamf_secret():
    return rs(64, AL + "-_")


def kandji_token():
    return guid()


def snow_pw():
    return V12.pw(20)


def atlassian():
    return "ATATT3xFfGF0" + rs(170, AL + "-_") + "=" + hexs(8).upper()


def pw(n=16):
    return V12.pw(n)


def human_pw():
    w = R.choice(["Fjord", "Trolltunga", "Kebab", "Sommer", "Vinter", "Malmo", "Tulip", "Danube", "Jakarta", "Lahore", "Hanoi", "Cebu"])
    return w + R.choice(["!", "#", "?", "@"]) + str(R.randint(10, 99)) + R.choice(LO) + R.choice(UP)


def bitlocker():
    return "-".join("%06d" % (11 * R.randint(0, 65535)) for _ in range(8))


def recovery_codes(n=10):
    return ["%s-%s" % (rs(5, LO + DIG), rs(5, LO + DIG)) for _ in range(n)]


def ki():
    return hexs(32).upper()


def wifi_psk():
    return R.choice(["Blue", "Nord", "Lager", "Depot", "Hub"]) + rs(4, DIG) + R.choice("-_!") + rs(8, AL)


def samsara():
    return "samsara_api_" + rs(30, AL)


def here_key():
    return rs(43, B64U)


def tomtom_key():
    return rs(32, AL)


def fedex_secret():
    return hexs(32)


def ups_secret():
    return rs(64, AL)


def dhl_secret():
    return rs(16, AL)


# ---------------------------------------------------------------- look-alike noise
def imei():
    return V13.imei()


def iccid():
    b = "89" + R.choice(["47", "45", "31", "32", "43", "41"]) + rs(15, DIG)
    return b + std_luhn.calc_check_digit(b)


def imsi_test():
    return "00101" + rs(10, DIG)


def mac():
    return ":".join("%02x" % b for b in rb(6))


def serial():
    return R.choice(["C02", "FVF", "5CG", "PF3", "SN"]) + rs(R.choice([7, 8, 9]), UP + DIG)


def vin():
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = R.choice(["WDB", "YV1", "VF1", "WF0", "XLR", "TMB", "WVW"]) + rs(5, al) + "0" + rs(8, al)
    s = sum((int(c) if c.isdigit() else tr[c]) * x for c, x in zip(v, w)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def ups_tracking():
    return "1Z" + rs(6, UP + DIG) + rs(10, DIG)


# ---------------------------------------------------------------- people
NAMES = {"NO": (["Ingrid", "Sindre", "Kari", "Eirik"], ["Haugen", "Johansen", "Berg", "Solberg"]),
         "DK": (["Freja", "Mads", "Ida", "Rasmus"], ["Nielsen", "Jørgensen", "Rasmussen", "Poulsen"]),
         "EE": (["Kadri", "Rasmus", "Liis", "Mihkel"], ["Tamm", "Saar", "Kask", "Mägi"]),
         "LV": (["Anna", "Jānis", "Laura", "Mārtiņš"], ["Bērziņa", "Kalniņš", "Ozola", "Liepa"]),
         "LT": (["Gabija", "Lukas", "Austėja", "Matas"], ["Kazlauskaitė", "Petrauskas", "Jankauskas", "Stankevičiūtė"]),
         "BE": (["Lotte", "Wout", "Manon", "Arnaud"], ["Peeters", "Janssens", "Dubois", "Lambert"]),
         "NL": (["Sanne", "Daan", "Fleur", "Bram"], ["de Vries", "Bakker", "Visser", "Smit"]),
         "LU": (["Léa", "Ben", "Mia", "Noah"], ["Schmit", "Muller", "Weber", "Hoffmann"]),
         "AT": (["Lena", "Lukas", "Sophie", "Florian"], ["Gruber", "Huber", "Wagner", "Pichler"]),
         "CH": (["Nina", "Luca", "Anja", "Reto"], ["Meier", "Keller", "Brunner", "Frei"]),
         "HU": (["Eszter", "Bence", "Réka", "Gergő"], ["Nagy", "Kovács", "Tóth", "Szabó"]),
         "PH": (["Maricel", "Jomar", "Kristine", "Rodel"], ["Santos", "Reyes", "Dela Cruz", "Bautista"]),
         "VN": (["Nguyen Thi", "Tran Van", "Le Thi", "Pham Minh"], ["Lan", "Hung", "Thao", "Duc"]),
         "MY": (["Nurul", "Ahmad", "Siti", "Wei Jie"], ["Aisyah binti Razak", "Faiz bin Ismail", "Hajar binti Omar", "Tan"]),
         "PK": (["Ayesha", "Usman", "Hira", "Bilal"], ["Khan", "Malik", "Qureshi", "Butt"]),
         "BD": (["Nusrat", "Rafiq", "Tasnim", "Arif"], ["Hossain", "Rahman", "Akter", "Chowdhury"]),
         "LK": (["Dilani", "Kasun", "Nimali", "Chamara"], ["Perera", "Fernando", "Silva", "Jayasinghe"])}
MAILDOM = {"NO": ["online.no", "gmail.com"], "DK": ["gmail.com", "hotmail.dk"], "EE": ["gmail.com", "hot.ee"], "LV": ["inbox.lv", "gmail.com"],
           "LT": ["gmail.com", "one.lt"], "BE": ["telenet.be", "skynet.be", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
           "LU": ["pt.lu", "gmail.com"], "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch", "gmx.ch"], "HU": ["freemail.hu", "citromail.hu", "gmail.com"],
           "PH": ["gmail.com", "yahoo.com.ph"], "VN": ["gmail.com", "yahoo.com.vn"], "MY": ["gmail.com", "yahoo.com.my"],
           "PK": ["gmail.com", "yahoo.com"], "BD": ["gmail.com", "yahoo.com"], "LK": ["gmail.com", "sltnet.lk"]}
ASCII = str.maketrans("øåæØÅÆäöüõšžčēāīūņļķģėįųąęíéáóúőűÄÖÜŠŽ", "oaaOAAaouoszceaiunlkgeiuaeieaououAOUSZ")


def person(cc):
    if cc not in NAMES:
        return V13.person(cc)
    f, l = R.choice(NAMES[cc][0]), R.choice(NAMES[cc][1])
    return f, l, "%s %s" % (f, l)


def mail(cc, f, l, dom=None):
    loc = (f.split()[0] + R.choice([".", "", "_"]) + l.split()[-1]).lower().translate(ASCII).replace(" ", "")
    return loc + R.choice(["", str(R.randint(1, 99))]) + "@" + (dom or R.choice(MAILDOM.get(cc, ["gmail.com"])))


def work_mail(f, l, dom):
    return (f.split()[0] + "." + l.split()[-1]).lower().translate(ASCII).replace(" ", "") + "@" + dom


def example_mobile(cc):
    return str(phonenumbers.example_number_for_type(cc, PT.MOBILE).national_number)


def mob(cc, fmt="intl"):
    """A mobile of `cc` valid per phonenumbers (region `cc`, type MOBILE) that is not its example number."""
    ex = example_mobile(cc)
    ccn = phonenumbers.country_code_for_region(cc)

    def ok(s):
        n = phonenumbers.parse("+%d%s" % (ccn, s))
        return (s != ex and phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc
                and phonenumbers.number_type(n) in (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE) and "0000" not in s)
    k = 3 if len(ex) > 8 else 2
    s = until(lambda: ex[:k] + rs(len(ex) - k, DIG), ok)
    return phonenumbers.format_number(phonenumbers.parse("+%d%s" % (ccn, s)), {"nat": PF.NATIONAL, "intl": PF.INTERNATIONAL, "e164": PF.E164}[fmt])


BBAN = {"NO": 11, "DK": 14, "BE": 12, "NL": 10, "LU": 16, "AT": 16, "CH": 17, "HU": 24, "EE": 16, "LT": 16, "LV": 13}
BANKS = {"NL": ["INGB", "ABNA", "RABO", "SNSB", "BUNQ"], "LV": ["HABA", "UNLA", "PARX"]}


def iban(cc, printed=True):
    def mk():
        b = (R.choice(BANKS[cc]) if cc in BANKS else "") + rs(BBAN[cc], DIG)
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b
    v = until(mk, lambda v: std_iban.is_valid(v) and "0000" not in v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if printed else v


# ---------------------------------------------------------------- national ids
def no_fnr():
    def mk():
        d = date()
        return "%02d%02d%02d" % (d.day, d.month, d.year % 100) + ("%03d" % R.randint(0, 499)) + rs(2, DIG)
    return until(mk, no_fnr_m.is_valid)


def dk_cpr():
    d = date()
    v = "%02d%02d%02d" % (d.day, d.month, d.year % 100)
    s = until(lambda: R.choice("0123") + rs(3, DIG), lambda s: dk_cpr_m.is_valid(v + s))
    return v + "-" + s


def ee_ik():
    def mk():
        d = date()
        return R.choice("34") + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + rs(3, DIG)
    return until(lambda: mk() + R.choice(DIG), ee_ik_m.is_valid)


def lv_pk():
    def mk():
        d = date()
        b = "%02d%02d%02d" % (d.day, d.month, d.year % 100) + "1" + rs(4, DIG)
        return b[:6] + "-" + b[6:]
    return until(mk, lv_pvn_m.is_valid)


def lt_ak():
    def mk():
        d = date()
        return R.choice("34") + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + rs(3, DIG)
    return until(lambda: mk() + R.choice(DIG), lt_ak_m.is_valid)


def be_nn():
    d = date(1960, 1999)
    b = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + "%03d" % R.randint(1, 997)
    c = 97 - int(b) % 97
    v = b + "%02d" % c
    assert be_nn_m.is_valid(v)
    return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])


def nl_bsn():
    return until(lambda: R.choice("12345678") + rs(8, DIG), nl_bsn_m.is_valid)


def lu_matricule():
    d = date()
    b = "%04d%02d%02d%03d" % (d.year, d.month, d.day, R.randint(0, 999))
    return b + std_luhn.calc_check_digit(b) + std_verhoeff.calc_check_digit(b)


def lu_ok(v):
    return len(v) == 13 and std_luhn.calc_check_digit(v[:11]) == v[11] and std_verhoeff.calc_check_digit(v[:11]) == v[12] and \
        datetime.date(int(v[:4]), int(v[4:6]), int(v[6:8])) is not None


def at_svnr():
    def mk():
        d = date()
        return rs(3, "123456789") + "0" + "%02d%02d%02d" % (d.day, d.month, d.year % 100)
    v = until(mk, at_vnr_m.is_valid)
    return v[:4] + " " + v[4:]


def ch_ahv():
    v = until(lambda: "756" + rs(10, DIG), ch_ssn_m.is_valid)
    assert ch_ssn_m.is_valid(v)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


def hu_taj_ok(v):
    d = [int(c) for c in v.replace(" ", "")]
    return len(d) == 9 and sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d[:8])) % 10 == d[8]


def hu_taj():
    v = until(lambda: rs(8, DIG), lambda v: v[0] != "0")
    v += str(sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(v)) % 10)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


def hu_adoazon_ok(v):
    return len(v) == 10 and v[0] == "8" and sum(int(c) * (i + 1) for i, c in enumerate(v[:9])) % 11 == int(v[9])


def hu_adoazon():
    def mk():
        days = (date() - datetime.date(1867, 1, 1)).days
        b = "8%05d%03d" % (days, R.randint(0, 999))
        c = sum(int(c) * (i + 1) for i, c in enumerate(b)) % 11
        return b + str(c) if c < 10 else ""
    return until(mk, lambda v: v != "")


def my_nric():
    def mk():
        d = date(1965, 2003)
        return "%02d%02d%02d-%s-%s" % (d.year % 100, d.month, d.day, R.choice(["10", "14", "08", "01", "07"]), rs(4, DIG))
    return until(mk, my_nric_m.is_valid)


def pk_cnic():
    return until(lambda: R.choice("1234567") + rs(4, DIG) + "-" + rs(7, DIG) + "-" + R.choice("0123456789"), pk_cnic_m.is_valid)


def ph_psn():
    """PhilSys Card Number (PCN) as printed, 16 digits in 4-4-4-4 (no published check digit: labelled by name and shape)."""
    return "%04d-%04d-%04d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9999))


def ph_sss():
    return "%02d-%07d-%d" % (R.randint(1, 34), R.randint(0, 9999999), R.randint(0, 9))


def vn_cccd():
    """Vietnamese citizen id (CCCD): province code 001-096, century/sex digit, YY, 6 digits (no check digit)."""
    d = date(1970, 2003)
    return R.choice(["001", "031", "079", "048", "092"]) + R.choice("0123"[(d.year >= 2000) * 2:(d.year >= 2000) * 2 + 2]) + "%02d" % (d.year % 100) + rs(6, DIG)


def bd_nid():
    """Bangladesh smart NID, 10 digits (no published check digit)."""
    return R.choice("123456789") + rs(9, DIG)


def lk_nic():
    """Sri Lankan NIC, new 12-digit form YYYY DDD NNNN C (day of year, +500 for women); the check digit is not published."""
    d = date(1965, 2000)
    doy = d.timetuple().tm_yday + R.choice([0, 500])
    return "%04d%03d%04d%d" % (d.year, doy, R.randint(0, 9999), R.randint(0, 9))


def dvla():
    """A UK DVLA driving licence number (surname, decade, month +50 for women, day, year, initials, 9, two check chars)."""
    sur = (R.choice(["HAUGE", "BERG9", "NIELS", "PEETE", "KOVAC", "SANTO", "KHAN9", "PEREI"]))
    d = date()
    m = d.month + R.choice([0, 50])
    return sur + str(d.year % 100 // 10) + "%02d%02d" % (m, d.day) + str(d.year % 10) + rs(2, UP) + "9" + rs(2, UP + DIG)
