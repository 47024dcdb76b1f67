"""Round 7 PII value generators not in round 3 / round 6 helpers (checksummed where the id has a check digit)."""
from gen_common import R, rs, until, DIG, UP
from stdnum.se import personnummer as std_pnr
from stdnum.dk import cpr as std_cpr
from stdnum.ca import sin as std_sin
from stdnum.fi import hetu as std_hetu


def se_pnr():
    def mk():
        s = "%02d%02d%02d%03d" % (R.randint(55, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))
        d = [int(c) for c in s]
        t = sum(sum(divmod(x * (2 if i % 2 == 0 else 1), 10)) for i, x in enumerate(d))
        return s[:6] + "-" + s[6:] + str((10 - t % 10) % 10)
    return until(mk, std_pnr.is_valid)


def dk_cpr():
    return until(lambda: "%02d%02d%02d-%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(55, 99), rs(4, DIG)), std_cpr.is_valid)


def fi_hetu():
    def mk():
        s = "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(55, 99))
        n = "%03d" % R.randint(2, 899)
        return s + "-" + n + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(s + n) % 31]
    return until(mk, std_hetu.is_valid)


def ca_sin():
    v = until(lambda: R.choice("1234567") + rs(8, DIG), std_sin.is_valid)
    return "%s %s %s" % (v[:3], v[3:6], v[6:])


def kvnr_check(letter, digits8):
    s = "%02d" % (ord(letter) - 64) + digits8
    t = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        t += p // 10 + p % 10
    return str(t % 10)


def de_kvnr():
    l, d = R.choice(UP), rs(8, DIG)
    return l + d + kvnr_check(l, d)


def us_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + DIG
    v = R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice(DIG) + R.choice(L) + R.choice(A) + R.choice(DIG) + R.choice(L) + R.choice(L) + \
        R.choice(DIG) + R.choice(DIG)
    return "%s-%s-%s" % (v[:4], v[4:7], v[7:])


def uk_nino():
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    f = [c for c in UP if c not in "DFIQUV"]
    s = [c for c in UP if c not in "DFIQUVO"]
    p = until(lambda: R.choice(f) + R.choice(s), lambda x: x not in bad)
    d = rs(6, DIG)
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], R.choice("ABCD"))
