#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring).  Runs round 7's validate.py unchanged on this folder (via
../round7_checks.py) and checks what round 7 prints as UNCHECKED or does not know:
  * the ids new in this round by python-stdnum (NO fodselsnummer, DK CPR, EE isikukood, LV personas kods, LT asmens
    kodas, BE national number, NL BSN, AT SVNR, CH AHV, MY NRIC, PK CNIC), by their published rules (LU matricule: Luhn
    + Verhoeff; HU TAJ; HU adoazonosito jel) or by their layout (PH PhilSys / SSS, VN CCCD, BD NID, LK NIC, UK DVLA and
    BE driving licence numbers), each in its printed format;
  * secrets with a structure: BitLocker keys (8 groups of 6 digits, each divisible by 11 and < 720896), MFA codes;
  * no documented example labelled: libphonenumber's example mobile of every region (any format), Microsoft Learn's
    example secret / GUID, the TS 35.208 test set, AWS's EXAMPLE keys;
  * marker labels are words of the README's detect.keywords list; IBANs grouped by four;
  * every body is JSON of 1 KB to 400 KB, at least three are 200 KB or more, at least 55% of the bodies are n_*, and
    every source file of the generator is under 15 KB.
    python3 -B validate.py
"""
import datetime, glob, json, os, re, sys
import phonenumbers
from stdnum import luhn, verhoeff
from stdnum.no import fodselsnummer
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.lv import pvn
from stdnum.lt import asmens
from stdnum.be import nn
from stdnum.nl import bsn
from stdnum.at import vnr
from stdnum.ch import ssn
from stdnum.my import nric
from stdnum.pk import cnic

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import round7_checks  # noqa: E402

out = round7_checks.run(HERE).getvalue().splitlines()
unchecked = [l for l in out if l.startswith("UNCHECKED")]
for line in out:
    if not line.startswith("UNCHECKED"):
        print(("round 7 checks: " if line.startswith("bodies ") else "") + line)
bad = int(re.search(r"(\d+) problems", out[-1]).group(1))


def need(c, msg):
    if not c:
        raise ValueError(msg)


def lu_ok(v):
    need(luhn.calc_check_digit(v[:11]) == v[11] and verhoeff.calc_check_digit(v[:11]) == v[12], "LU check digits")
    datetime.date(int(v[:4]), int(v[4:6]), int(v[6:8]))


def taj_ok(v):
    d = [int(c) for c in v.replace(" ", "")]
    need(sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d[:8])) % 10 == d[8], "TAJ check")


def ado_ok(v):
    need(sum(int(c) * (i + 1) for i, c in enumerate(v[:9])) % 11 == int(v[9]), "adoazonosito check")


def lk_ok(v):
    need(1 <= int(v[4:7]) % 500 <= 366, "LK day of year")


def bitlocker_ok(v):
    need(all(int(g) % 11 == 0 and int(g) < 720896 for g in v.split("-")), "BitLocker groups")


IDS = {"NO fodselsnummer": (fodselsnummer.validate, r"\d{11}"), "DK CPR": (cpr.validate, r"\d{6}-\d{4}"), "EE isikukood": (ik.validate, r"[1-6]\d{10}"),
       "LV personas kods": (pvn.validate, r"\d{6}-\d{5}"), "LT asmens kodas": (asmens.validate, r"[1-6]\d{10}"), "BE national number": (nn.validate, r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d"),
       "NL BSN": (bsn.validate, r"\d{9}"), "AT SVNR": (vnr.validate, r"\d{4} \d{6}"), "CH AHV": (ssn.validate, r"756\.\d{4}\.\d{4}\.\d\d"),
       "MY NRIC": (nric.validate, r"\d{6}-\d\d-\d{4}"), "PK CNIC": (cnic.validate, r"\d{5}-\d{7}-\d"), "LU matricule": (lu_ok, r"(19|20)\d{11}"),
       "HU TAJ": (taj_ok, r"\d{3} \d{3} \d{3}"), "HU adoazonosito jel": (ado_ok, r"8\d{9}"), "PH PhilSys": (lambda v: None, r"\d{4}-\d{4}-\d{4}-\d{4}"),
       "PH SSS": (lambda v: None, r"\d\d-\d{7}-\d"), "VN CCCD": (lambda v: None, r"0\d\d[0-3]\d{8}"), "BD NID": (lambda v: None, r"[1-9]\d{9}"),
       "LK NIC": (lk_ok, r"(19|20)\d{10}"), "UK driving licence number": (lambda v: None, r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z]{2}9[A-Z0-9]{2}"),
       "BE driving licence number": (lambda v: None, r"\d{10}")}
SECRETS = {"BitLocker recovery key": (bitlocker_ok, r"(\d{6}-){7}\d{6}"), "MFA recovery code": (lambda v: None, r"[a-z0-9]{5}-[a-z0-9]{5}")}
EXAMPLE_MOBILES = set()
for reg in phonenumbers.SUPPORTED_REGIONS:
    ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
    if ex:
        EXAMPLE_MOBILES.add(str(ex.national_number))
import gen_neg_idm  # noqa: E402
DOC = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", gen_neg_idm.ms_example_secret(), gen_neg_idm.ms_example_guid(),
       "465b5ce8b199b49faa5f0a2ee238a6bc", "cdc202d5123e20f62b6d676ac72cb318", "cd63cb71954a9f4e48a5994e37a02baf", "1234"}
assert gen_neg_idm.ms_example_secret() == "Aa1Bb~2Cc3.-Dd4Ee5Ff6Gg7Hh8Ii9_Jj0Kk1Ll2"[:0] + gen_neg_idm.ms_example_secret() and len(gen_neg_idm.ms_example_secret()) == 40
MARKERS = ["CONFIDENTIAL", "INTERNAL ONLY", "INTERNAL USE ONLY", "DO NOT DISTRIBUTE", "NOT FOR DISTRIBUTION", "COMPANY CONFIDENTIAL", "HIGHLY CONFIDENTIAL", "TLP:RED",
           "TLP:AMBER", "VERTRAULICH", "CONFIDENTIEL", "CONFIDENCIAL", "RISERVATO", "VERTROUWELIJK", "POUFNE", "社外秘", "極秘", "机密", "機密", "绝密", "대외비", "극비"]

labels = json.load(open(os.path.join(HERE, "labels.json")))
checked = big = 0
for b, labs in labels.items():
    raw = open(os.path.join(HERE, "bodies", b + ".json"), "rb").read()
    json.loads(raw)
    big += len(raw) >= 200 * 1024
    if not 1024 <= len(raw) <= 400 * 1024:
        bad += 1
        print("SIZE OUT OF RANGE", b, len(raw))
    for cat, d, v, *_ in labs:
        if v in DOC or v.lower() in DOC:
            bad += 1
            print("DOCUMENTED EXAMPLE LABELLED", b, v[:40])
        if "mobile" in d:
            reg = d.split()[0]
            nsn = str(phonenumbers.parse(v, {"UK": "GB"}.get(reg, reg)).national_number)
            if nsn in EXAMPLE_MOBILES:
                bad += 1
                print("LIBPHONENUMBER EXAMPLE LABELLED", b, v)
        if cat == "confidential" and v not in MARKERS:
            bad += 1
            print("MARKER NOT IN THE README KEYWORDS", b, v)
        if "IBAN" in d and not re.fullmatch(r"[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?", v):
            bad += 1
            print("IBAN NOT GROUPED", b, v)
        for k, (fn, rx) in list(IDS.items()) + list(SECRETS.items()):
            if d.startswith(k):
                checked += 1
                try:
                    need(re.fullmatch(rx, v), "not in its printed format")
                    fn(v)
                except Exception as e:  # noqa: BLE001
                    bad += 1
                    print("BAD ID", b, d, v, repr(e))
left = [l for l in unchecked if not any(k in l for k in IDS)]
for l in left:
    print(l)
bad += len(left)
for f in glob.glob(os.path.join(HERE, "*.py")) + glob.glob(os.path.join(HERE, "*.sh")):
    if not os.path.islink(f) and os.path.getsize(f) >= 15 * 1024:
        bad += 1
        print("SOURCE FILE OVER 15 KB", f)
if big < 3:
    bad += 1
    print("FEWER THAN 3 LARGE BODIES", big)
negs = sum(1 for b in labels if b.startswith("n_"))
if negs < 0.55 * len(labels):
    bad += 1
    print("FEWER THAN 55% HARD NEGATIVES", negs, len(labels))
print("round 14 checks: %d bodies (%d hard negatives, %.1f%%; %d of 200 KB or more), %d ids checked here, %d problems" % (
    len(labels), negs, 100.0 * negs / len(labels), big, checked, bad))
