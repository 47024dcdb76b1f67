#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring).  Runs round 7's validate.py unchanged on this folder (via
../round7_checks.py) and checks what round 7 prints as UNCHECKED or does not know:
  * every national id label of this round again by python-stdnum (or the published rule), in its printed format:
    IN Aadhaar (Verhoeff) and PAN, ID NIK, JP My Number, KR RRN, SA national id (Luhn, first 1/2), AE Emirates ID
    (784-YYYY-NNNNNNN-C, Luhn), EG national id (century, date, governorate), BR CPF, PT NIF of a person, ES DNI,
    MX CURP and RFC of a person (13 characters), HK HKID (weights 9..2; A123456(3) must validate);
  * no documented example labelled: libphonenumber's example mobile and fixed-line number of every region (any
    format), the documented example ids of the negatives, ESP-IDF / vendor / Keycloak defaults;
  * new value kinds are what they claim: LoRaWAN keys 16 bytes of hex, BLE passkeys 6 digits, the MCUboot C array
    decodes to a PKCS#8 EC private key, the order numbers of the negatives pass Luhn without a card issuer prefix,
    documented example ids of the negatives pass their own check (they are real-looking examples);
  * marker labels are words of the README's detect.keywords list;
  * every body is JSON of 1 KB to 400 KB, at least three are 200 KB or more, at least 55% of the bodies are n_*, and
    every source file of the generator is under 15 KB.
    python3 -B validate.py
"""
import glob, json, os, re, sys
import phonenumbers
from stdnum import luhn
from stdnum.in_ import aadhaar, pan
from stdnum.id import nik
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.br import cpf
from stdnum.pt import nif
from stdnum.es import dni
from stdnum.mx import curp, rfc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import round7_checks  # noqa: E402

out = round7_checks.run(HERE).getvalue().splitlines()
unchecked = [l for l in out if l.startswith("UNCHECKED")]
c_array = [l for l in out if l.startswith("BAD") and "C array" in l]  # round 7 reads private keys as PEM / base64; the C array is checked below
for line in out:
    if not line.startswith("UNCHECKED") and line not in c_array:
        print(("round 7 checks: " if line.startswith("bodies ") else "") + line)
bad = int(re.search(r"(\d+) problems", out[-1]).group(1)) - len(c_array)
if c_array:
    print("(%d round 7 problem(s) on the MCUboot C array label set aside: it is decoded as DER below)" % len(c_array))


def need(c, msg):
    if not c:
        raise ValueError(msg)


def hk_ok(v):
    body, chk = v.rstrip(")").split("(")
    vals = [36] * (8 - len(body)) + [ord(c) - 55 if c.isalpha() else int(c) for c in body]
    c = (11 - sum(x * w for x, w in zip(vals, range(9, 1, -1))) % 11) % 11
    need(chk == ("A" if c == 10 else str(c)), "HKID check")


hk_ok("A123456(3)")
for bad_ex in ("A123456(4)", "A123456(2)"):
    try:
        hk_ok(bad_ex)
        raise SystemExit("HKID check accepts " + bad_ex)
    except ValueError:
        pass


def eg_ok(v):
    need(re.fullmatch(r"[23]\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}", v), "EG shape")


IDS = {"IN Aadhaar": (lambda v: aadhaar.validate(v.replace(" ", "")), r"\d{4} \d{4} \d{4}|\d{12}"), "IN PAN": (pan.validate, r"[A-Z]{3}P[A-Z]\d{4}[A-Z]"),
       "ID NIK": (nik.validate, r"\d{16}"), "JP My Number": (lambda v: jp_in.validate(v.replace(" ", "")), r"\d{4} \d{4} \d{4}"),
       "KR RRN": (rrn.validate, r"\d{6}-\d{7}"), "SA national id": (lambda v: need(luhn.is_valid(v) and v[0] in "12", "SA"), r"\d{10}"),
       "AE Emirates ID": (lambda v: need(luhn.is_valid(v.replace("-", "")), "Luhn"), r"784-(19|20)\d\d-\d{7}-\d"), "EG national id": (eg_ok, r"\d{14}"),
       "BR CPF": (cpf.validate, r"\d{3}\.\d{3}\.\d{3}-\d\d"), "PT NIF": (lambda v: (nif.validate(v), need(v[0] in "123", "person NIF")), r"\d{9}"),
       "ES DNI": (dni.validate, r"\d{8}[A-Z]"), "MX CURP": (curp.validate, r"[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d"),
       "MX RFC": (lambda v: (rfc.validate(v), need(len(v) == 13, "person RFC")), r"[A-Z]{4}\d{6}[A-Z0-9]{3}"), "HK HKID": (hk_ok, r"[A-Z]{1,2}\d{6}\([0-9A]\)")}
EXAMPLES = set()
for reg in phonenumbers.SUPPORTED_REGIONS:
    for t in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        ex = phonenumbers.example_number_for_type(reg, t)
        if ex:
            EXAMPLES.add(phonenumbers.national_significant_number(ex))
import gen_common  # noqa: E402,F401
import gen_chat_neg  # noqa: E402
DOC = set(gen_chat_neg.DOC_IDS.values()) | {"mypassword", "myssid", "admin", "12345678", "changeme", "AKIAIOSFODNN7EXAMPLE", "00000000000000000000000000000000"}
MARKERS = ["CONFIDENTIAL", "INTERNAL ONLY", "INTERNAL USE ONLY", "DO NOT DISTRIBUTE", "NOT FOR DISTRIBUTION", "COMPANY CONFIDENTIAL", "HIGHLY CONFIDENTIAL", "TLP:RED",
           "TLP:AMBER", "VERTRAULICH", "CONFIDENTIEL", "CONFIDENCIAL", "RISERVATO", "VERTROUWELIJK", "POUFNE", "社外秘", "極秘", "机密", "機密", "绝密", "대외비", "극비"]
ISSUER = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|3[068]|6011|65|64[4-9]|35|62)")
cpf.validate(gen_chat_neg.DOC_IDS["CPF"].replace(".", "").replace("-", ""))
dni.validate(gen_chat_neg.DOC_IDS["DNI"])

labels = json.load(open(os.path.join(HERE, "labels.json")))
checked = big = 0
for b, labs in labels.items():
    raw = open(os.path.join(HERE, "bodies", b + ".json"), "rb").read()
    text = json.dumps(json.loads(raw), ensure_ascii=False)
    big += len(raw) >= 200 * 1024
    if not 1024 <= len(raw) <= 400 * 1024:
        bad += 1
        print("SIZE OUT OF RANGE", b, len(raw))
    if b == "n_chat_es_pt_order_numbers_luhn":
        for n in re.findall(r"Pedido (\d{16})", text):
            checked += 1
            if not luhn.is_valid(n) or ISSUER.match(n):
                bad += 1
                print("ORDER NUMBER NOT A LUHN NON-CARD", n)
    if b == "n_chat_phone_format_hints_examples":
        checked += 1
        if len(re.findall(r"- [A-Z]{2}: ", text)) != len(gen_chat_neg.EXAMPLE_CC):
            bad += 1
            print("EXAMPLE HINTS MISSING")
    for cat, d, v, *_ in labs:
        if v in DOC or v.replace(" ", "") in DOC:
            bad += 1
            print("DOCUMENTED EXAMPLE / DEFAULT LABELLED", b, v[:40])
        if "mobile" in d:
            reg = d.split()[0]
            if phonenumbers.national_significant_number(phonenumbers.parse(v, reg)) in EXAMPLES:
                bad += 1
                print("LIBPHONENUMBER EXAMPLE LABELLED", b, v)
            checked += 1
            n = phonenumbers.parse(v, reg)
            if not (phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == reg):
                bad += 1
                print("MOBILE NOT VALID FOR ITS REGION", b, d, v)
        if cat == "confidential" and v not in MARKERS:
            bad += 1
            print("MARKER NOT IN THE README KEYWORDS", b, v)
        if "LoRaWAN" in d and "C array" not in d:
            checked += 1
            if not re.fullmatch(r"[0-9A-Fa-f]{32}", v):
                bad += 1
                print("LORAWAN KEY NOT 16 BYTES OF HEX", b, v)
        if "LoRaWAN" in d and "C array" in d:
            checked += 1
            if len(re.findall(r"0x[0-9A-F]{2}", v)) != 16:
                bad += 1
                print("LMIC APPKEY NOT 16 BYTES", b, v)
        if "passkey" in d and not re.fullmatch(r"\d{6}", v):
            bad += 1
            print("BLE PASSKEY NOT 6 DIGITS", b, v)
        if "MCUboot" in d:
            from cryptography.hazmat.primitives.serialization import load_der_private_key
            checked += 1
            der = bytes(int(x, 16) for x in re.findall(r"0x([0-9a-f]{2})", v))
            k = load_der_private_key(der, None)
            if k.key_size != 256:
                bad += 1
                print("MCUBOOT C ARRAY NOT A P-256 KEY", b)
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
print("round 16 checks: %d bodies (%d hard negatives, %.1f%%; %d of 200 KB or more), %d ids / look-alikes checked here, %d problems" % (
    len(labels), negs, 100.0 * negs / len(labels), big, checked, bad))
