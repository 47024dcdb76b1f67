#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring).  Runs round 7's validate.py unchanged on this folder (via
../round7_checks.py) and checks what round 7 prints as UNCHECKED or does not know:
  * every national id label of this round again by python-stdnum, in its printed format (FR NIR without department 20,
    DE Steuer-ID, ES DNI / NIE, IT codice fiscale, PL PESEL, RO CNP, CZ rodne cislo with slash, SE personnummer, FI
    henkilotunnus, PT NIF of a person, GR AMKA, NL BSN, TR TCKN, BR CPF, UK NINO by HMRC's rules, US SSN);
  * no documented example labelled: libphonenumber's example mobile and fixed-line number of every region (any format),
    the example IBANs, SSN 078-05-1120, the PSP test cards, framework defaults (quarkus, dbpass, secret, changeme,
    example password, put your unique phrase here);
  * the look-alikes of the negatives really are what the docstrings say: order numbers pass Luhn with no card issuer
    prefix, broken IBANs fail mod-97, ISINs / LEIs pass their check digits, company-only IBAN files;
  * marker labels are words of the README's detect.keywords list; IBANs compact or grouped by four;
  * every body is JSON of 1 KB to 400 KB, at least three are 200 KB or more, at least 55% of the bodies are n_*, and
    every source file of the generator is under 15 KB.
    python3 -B validate.py
"""
import glob, json, os, re, sys
import phonenumbers
from stdnum import iban as std_iban, luhn, isin as std_isin, lei as std_lei
from stdnum.fr import nir
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.it import codicefiscale
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.cz import rc
from stdnum.se import personnummer
from stdnum.fi import hetu
from stdnum.pt import nif
from stdnum.gr import amka
from stdnum.nl import bsn
from stdnum.tr import tckimlik
from stdnum.br import cpf
from stdnum.us import ssn

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


def nir_ok(v):
    need(v.split()[3] != "20", "department 20")
    nir.validate(v.replace(" ", ""))


def nino_ok(v):
    need(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), "NINO rules")


IDS = {"FR NIR": (nir_ok, r"[12] \d\d \d\d \d\d \d{3} \d{3} \d\d"), "DE Steuer-ID": (lambda v: idnr.validate(v.replace(" ", "")), r"\d{11}|\d\d \d{3} \d{3} \d{3}"),
       "ES DNI": (dni.validate, r"\d{8}[A-Z]"), "ES NIE": (nie.validate, r"[XYZ]\d{7}[A-Z]"), "IT codice fiscale": (codicefiscale.validate, r"[A-Z0-9]{16}"),
       "PL PESEL": (pesel.validate, r"\d{11}"), "RO CNP": (cnp.validate, r"\d{13}"), "CZ rodne cislo": (rc.validate, r"\d{6}/\d{3,4}"),
       "SE personnummer": (personnummer.validate, r"\d{6}[-+]\d{4}"), "FI henkilotunnus": (hetu.validate, r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"),
       "PT NIF": (lambda v: (nif.validate(v), need(v[0] in "123", "person NIF")), r"\d{9}"), "GR AMKA": (amka.validate, r"\d{11}"), "NL BSN": (bsn.validate, r"\d{9}"),
       "TR TCKN": (tckimlik.validate, r"[1-9]\d{10}"), "BR CPF": (cpf.validate, r"\d{3}\.\d{3}\.\d{3}-\d\d"), "UK NINO": (nino_ok, r".+"), "US SSN": (ssn.validate, r"\d{3}-\d\d-\d{4}")}
EXAMPLES = set()
for reg in phonenumbers.SUPPORTED_REGIONS:
    for t in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        ex = phonenumbers.example_number_for_type(reg, t)
        if ex:
            EXAMPLES.add(phonenumbers.national_significant_number(ex))
import gen_chat_neg  # noqa: E402
DOC = {v.replace(" ", "") for v in gen_chat_neg.DOC_IBANS + gen_chat_neg.TEST_CARDS} | {gen_chat_neg.DOC_SSN, "quarkus", "dbpass", "secret", "changeme",
                                                                                       "example password", "put your unique phrase here", "AKIAIOSFODNN7EXAMPLE"}
MARKERS = ["CONFIDENTIAL", "INTERNAL ONLY", "INTERNAL USE ONLY", "DO NOT DISTRIBUTE", "NOT FOR DISTRIBUTION", "COMPANY CONFIDENTIAL", "HIGHLY CONFIDENTIAL", "TLP:RED",
           "TLP:AMBER", "VERTRAULICH", "CONFIDENTIEL", "CONFIDENCIAL", "RISERVATO", "VERTROUWELIJK", "POUFNE", "社外秘", "極秘", "机密", "機密", "绝密", "대외비", "극비"]
ISSUER = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|3[068]|6011|65|64[4-9]|35|62)")

labels = json.load(open(os.path.join(HERE, "labels.json")))
checked = big = 0
for b, labs in labels.items():
    raw = open(os.path.join(HERE, "bodies", b + ".json"), "rb").read()
    text = json.dumps(json.loads(raw), ensure_ascii=False)
    big += len(raw) >= 200 * 1024
    if not 1024 <= len(raw) <= 400 * 1024:
        bad += 1
        print("SIZE OUT OF RANGE", b, len(raw))
    if b == "n_agent_invoice_order_numbers_luhn":
        for n in re.findall(r"\b(\d{16})\b", text):
            checked += 1
            if not luhn.is_valid(n) or ISSUER.match(n):
                bad += 1
                print("ORDER NUMBER NOT A LUHN NON-CARD", n)
    if b == "n_agent_iban_fixtures_bad_checksum":
        for v in re.findall(r"'([A-Z]{2}\d\d[A-Z0-9]{10,30})'", text):
            checked += 1
            if std_iban.is_valid(v):
                bad += 1
                print("FIXTURE IBAN IS VALID", v)
    if b == "n_agent_isin_lei_holdings":
        for i_, l_ in re.findall(r"([A-Z]{2}[A-Z0-9]{9}\d);([A-Z0-9]{20});", text):
            checked += 1
            if not (std_isin.is_valid(i_) and std_lei.is_valid(l_)):
                bad += 1
                print("ISIN/LEI CHECK", i_, l_)
    for cat, d, v, *_ in labs:
        if v.replace(" ", "") in DOC or v in DOC:
            bad += 1
            print("DOCUMENTED EXAMPLE LABELLED", b, v[:40])
        if "mobile" in d:
            reg = {"UK": "GB"}.get(d.split()[0], d.split()[0])
            if phonenumbers.national_significant_number(phonenumbers.parse(v, reg)) in EXAMPLES:
                bad += 1
                print("LIBPHONENUMBER EXAMPLE LABELLED", b, v)
        if cat == "confidential" and v not in MARKERS:
            bad += 1
            print("MARKER NOT IN THE README KEYWORDS", b, v)
        if "IBAN" in d and not re.fullmatch(r"[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?|[A-Z]{2}\d\d[A-Z0-9]{11,30}", v):
            bad += 1
            print("IBAN NOT COMPACT OR GROUPED", b, v)
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
print("round 15 checks: %d bodies (%d hard negatives, %.1f%%; %d of 200 KB or more), %d ids / look-alikes checked here, %d problems" % (
    len(labels), negs, 100.0 * negs / len(labels), big, checked, bad))
