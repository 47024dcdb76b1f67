#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring).  Runs round 7's validate.py unchanged on this folder (via
../round7_checks.py; values present in their bodies, e-mails not role mailboxes or reserved domains, phones valid for
the country named in the description, IBANs, PESEL / personnummer / HETU by python-stdnum, cards by Luhn, PEM frames,
no labelled value inside a negative) and checks what round 7 prints as UNCHECKED or does not know:
  * the ids new in this round by python-stdnum (TR TC Kimlik, IL Teudat Zehut, RO CNP, CZ rodné číslo, GR AMKA, GR AFM,
    PT NIF of a person, AR CUIT of a person, CL RUT, KR RRN, CN resident id) or by their published rules (TW national
    id, HKID, Emirates ID and Saudi id by Luhn; the Egyptian id by its layout);
  * every id in its printed format (PESEL 11 digits, rodné číslo YYMMDD/NNNN, personnummer YYMMDD-NNNN, CUIT
    NN-NNNNNNNN-N, RUT NN.NNN.NNN-C, RRN YYMMDD-NNNNNNN, HKID A123456(7), Emirates ID 784-YYYY-NNNNNNN-C, ...), IBANs
    grouped by four, mobiles of the country their description names (round 7);
  * no documented example labelled: libphonenumber's example mobile of every country (any format), the jwt.io sample
    token, Stripe's test cards, the Prisma docs' sample password, AWS's EXAMPLE keys, the SSA / HMRC examples;
  * marker labels are words of the README's detect.keywords list;
  * every body is JSON of 1 KB to 400 KB, at least three are 200 KB or more, at least 55% of the bodies are n_*, and
    every source file of the generator is under 15 KB.
    python3 -B validate.py
"""
import glob, json, os, re, sys
import phonenumbers
from stdnum import luhn
from stdnum.tr import tckimlik
from stdnum.il import idnr as il_idnr
from stdnum.ro import cnp
from stdnum.cz import rc
from stdnum.gr import amka, vat as afm
from stdnum.pt import nif
from stdnum.ar import cuit
from stdnum.cl import rut
from stdnum.kr import rrn
from stdnum.cn import ric

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


def tw_ok(v):
    L = {c: n for c, n in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36))}
    n = L[v[0]]
    d = [n // 10, n % 10] + [int(c) for c in v[1:]]
    need(v[1] in "12" and sum(a * b for a, b in zip(d, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 == 0, "TW id check")


def hkid_ok(v):
    body, chk = v[:-3], v[-2]
    vals = [36] * (9 - len(body)) + [ord(c) - 55 if c.isalpha() else int(c) for c in body]
    c = (11 - sum(x * w for x, w in zip(vals, range(9, 1, -1))) % 11) % 11
    need(chk == ("A" if c == 10 else str(c)), "HKID check")


IDS = {"TR TC Kimlik": (tckimlik.validate, r"[1-9]\d{10}"), "IL Teudat Zehut": (il_idnr.validate, r"\d{9}"), "RO CNP": (cnp.validate, r"\d{13}"),
       "CZ rodne cislo": (rc.validate, r"\d{6}/\d{4}"), "GR AMKA": (amka.validate, r"\d{11}"), "GR AFM": (afm.validate, r"\d{9}"),
       "PT NIF": (lambda v: (nif.validate(v), need(v[0] in "123", "NIF of a company")), r"\d{9}"),
       "AR CUIT": (lambda v: (cuit.validate(v), need(v[:2] in ("20", "23", "24", "27"), "CUIT of a company")), r"\d\d-\d{8}-\d"),
       "CL RUT": (rut.validate, r"\d{1,2}\.\d{3}\.\d{3}-[\dK]"), "KR RRN": (rrn.validate, r"\d{6}-\d{7}"), "CN resident id": (ric.validate, r"\d{17}[\dX]"),
       "TW national id": (tw_ok, r"[A-Z][12]\d{8}"), "HK HKID": (hkid_ok, r"[A-Z]{1,2}\d{6}\([0-9A]\)"),
       "AE Emirates ID": (lambda v: need(luhn.is_valid(v.replace("-", "")), "Luhn"), r"784-(19[4-9]\d|20[0-2]\d)-\d{7}-\d"),
       "SA national id": (lambda v: need(luhn.is_valid(v), "Luhn"), r"[12]\d{9}"),
       "EG national id": (lambda v: None, r"[23]\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}"),
       "PL PESEL": (lambda v: None, r"\d{11}"), "SE personnummer": (lambda v: None, r"\d{6}[-+]\d{4}"), "FI henkilotunnus": (lambda v: None, r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]")}
EXAMPLE_MOBILES = set()
for reg in phonenumbers.SUPPORTED_REGIONS:
    ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
    if ex:
        EXAMPLE_MOBILES.add(str(ex.national_number))
import gen_chat_neg  # noqa: E402  (imports only; computes the jwt.io sample)
DOC = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "078-05-1120", "123-45-6789", "QQ123456C", "randompassword", "44051401359", "10000000146",
       gen_chat_neg.jwt_io_sample()}
TEST_CARDS = {"4242424242424242", "4000000000000002", "4000002500003155", "378282246310005", "5555555555554444", "4000056655665556"}
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
        digits = re.sub(r"\D", "", v)
        if v in DOC or digits in TEST_CARDS:
            bad += 1
            print("DOCUMENTED EXAMPLE LABELLED", b, v[:40])
        if "mobile" in d:
            reg = d.split()[0]
            nsn = str(phonenumbers.parse(v, reg).national_number)
            if nsn in EXAMPLE_MOBILES:
                bad += 1
                print("LIBPHONENUMBER EXAMPLE LABELLED", b, v)
        if cat == "confidential" and v not in MARKERS:
            bad += 1
            print("MARKER NOT IN THE README KEYWORDS", b, v)
        if "IBAN" in d and not re.fullmatch(r"[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?", v):
            bad += 1
            print("IBAN NOT GROUPED", b, v)
        for k, (fn, rx) in IDS.items():
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
print("round 13 checks: %d bodies (%d hard negatives, %.1f%%; %d of 200 KB or more), %d ids checked here, %d problems" % (
    len(labels), negs, 100.0 * negs / len(labels), big, checked, bad))
