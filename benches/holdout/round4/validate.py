#!/usr/bin/env python3
"""Self-check of the generated PII labels (not part of scoring): national ids and
IBANs with python-stdnum, cards with Luhn, phone numbers with phonenumbers
(valid number for the country named in the label description), e-mails by shape.
    pip install python-stdnum phonenumbers
    python3 validate.py
"""
import json, os, re
import phonenumbers
from stdnum import iban, luhn
from stdnum.us import ssn
from stdnum.dk import cpr
from stdnum.is_ import kennitala
from stdnum.bg import egn
from stdnum.si import emso
from stdnum.lt import asmens
from stdnum.gr import amka
from stdnum.tr import tckimlik
from stdnum.il import idnr as il_idnr
from stdnum.za import idnr as za_idnr
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.in_ import pan
from stdnum.my import nric
from stdnum.th import pin
from stdnum.jp import in_ as jp_in
from stdnum.ar import cuit
from stdnum.nz import ird
from stdnum.gb import utr

HERE = os.path.dirname(os.path.abspath(__file__))
CHK = {"Danish CPR": cpr, "Icelandic kennitala": kennitala, "Bulgarian EGN": egn, "Slovenian EMSO": emso, "Lithuanian asmens kodas": asmens,
       "Greek AMKA": amka, "Turkish TC Kimlik": tckimlik, "Israeli Teudat Zehut": il_idnr, "South African ID": za_idnr, "Korean RRN": rrn,
       "Mexican CURP": curp, "Indian PAN": pan, "Malaysian NRIC": nric, "Thai PIN": pin, "Japanese My Number": jp_in, "Argentine CUIL": cuit,
       "NZ IRD number": ird, "UK UTR": utr}
REG = {"UK": "GB"}
bad = n = 0
for body, labs in json.load(open(os.path.join(HERE, "labels.json"))).items():
    for cat, d, v, *_ in labs:
        if cat.split("|")[0] != "pii":
            continue
        n += 1
        try:
            if d in CHK:
                CHK[d].validate(v)
            elif "IBAN" in d:
                iban.validate(v)
            elif d.startswith("ssn"):
                ssn.validate(v.replace(" ", "-") if " " in v else v)
            elif re.search(r"card|PAN|Visa|Discover|MC |Amex", d):
                luhn.validate(re.sub(r"[ .-]", "", v))
            elif re.search(r"phone|mobile", d, re.I):
                m = re.search(r"\b(DE|FR|IT|ES|UK|US|JP|BR|IN|AU)\b", d)
                reg = REG.get(m.group(1), m.group(1)) if m else None   # None: E.164, country from the + prefix
                num = phonenumbers.parse(v, reg)
                if not phonenumbers.is_valid_number(num) or (reg and phonenumbers.region_code_for_number(num) != reg):
                    raise ValueError("not a valid %s number" % reg)
            elif "email" in d:
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), "bad email shape"
            else:
                n -= 1
                print("UNCHECKED", body, d, v)
        except Exception as e:
            bad += 1
            print("BAD", body, d, v, repr(e))
print("checked %d pii labels, %d bad" % (n, bad))
