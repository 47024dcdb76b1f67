#!/usr/bin/env python3
"""Optional self-check of the generated labels (not part of scoring): checks the
checksummed values with python-stdnum and phone numbers with phonenumbers.
    pip install --target /tmp/pkgs python-stdnum phonenumbers
    PYTHONPATH=/tmp/pkgs python3 validate.py
"""
import json, os, re
import phonenumbers
from stdnum import iban, luhn
from stdnum.fi import hetu
from stdnum.no import fodselsnummer
from stdnum.ee import ik
from stdnum.pt import nif
from stdnum.ie import pps
from stdnum.ch import ssn as ahv
from stdnum.be import nn
from stdnum.hr import oib
from stdnum.ro import cnp
from stdnum.cz import rc
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.gb import nhs
from stdnum.us import itin, ssn

HERE = os.path.dirname(os.path.abspath(__file__))
CHK = {"finnish HETU": hetu, "norwegian fodselsnummer": fodselsnummer, "estonian isikukood": ik, "Portuguese NIF": nif, "Irish PPSN": pps,
       "Swiss AHV": ahv, "Belgian national number": nn, "Croatian OIB": oib, "Romanian CNP": cnp, "Czech birth number": rc, "chile RUT": rut,
       "china resident id": ric, "UK NHS number": nhs, "US ITIN": itin}
REG = {"UK": "GB"}
bad = n = 0
for body, labs in json.load(open(os.path.join(HERE, "labels.json"))).items():
    text = open(os.path.join(HERE, "bodies", body + ".json"), encoding="utf-8").read()
    for cat, d, v, *_ in labs:
        if cat != "pii":
            continue
        n += 1
        try:
            if d in CHK:
                CHK[d].validate(v)
            elif "IBAN" in d:
                iban.validate(v)
            elif d.startswith("ssn"):
                ssn.validate(v)
            elif d.startswith(("card", "PAN", "visa")):
                luhn.validate(v.replace(" ", ""))
            elif "email" in d or " mail" in d:
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v)
            elif re.search(r"phone|mobile|\bTEL\b|telephone", d, re.I):
                m = re.search(r"\b(DE|FR|IT|ES|NL|UK|US|JP|BR|IN|AU|MX|PL|SE|CH|AT|BE|PT)\b", d)
                regions = [REG.get(m.group(1), m.group(1))] if m else ["DE", "CH", "SE", "PL", "PT", "GB", "AT", "BE", "US"]
                if not any(phonenumbers.is_valid_number(phonenumbers.parse(v, r)) for r in regions):
                    raise ValueError("not a valid number for %s" % regions)
            elif "email" in d or "mail" in d:
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v)
            else:
                n -= 1
        except Exception as e:
            bad += 1
            print("BAD", body, d, v, e)
print("checked %d pii labels, %d bad" % (n, bad))
