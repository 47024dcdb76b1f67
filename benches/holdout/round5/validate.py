#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring): every label's raw
form occurs in its body; national ids / IBANs with python-stdnum, cards with
Luhn, phones with phonenumbers (valid, country from the label description).
    python3 validate.py
"""
import json, os, re, urllib.parse
import phonenumbers
from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.es import dni, nie
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.br import cpf
from stdnum.in_ import aadhaar
from stdnum.ca import sin
from stdnum.au import tfn
from stdnum.us import ssn

HERE = os.path.dirname(os.path.abspath(__file__))
CHK = {"DE Steuer-ID": idnr, "FR NIR": nir, "ES DNI": dni, "ES NIE": nie, "IT codice fiscale": codicefiscale, "NL BSN": bsn, "PL PESEL": pesel,
       "SE personnummer": personnummer, "BR CPF": cpf, "IN Aadhaar": aadhaar, "CA SIN": sin, "AU TFN": tfn, "US SSN": ssn}
REG = {"UK": "GB"}
bad = n = 0
labels = json.load(open(os.path.join(HERE, "labels.json")))
for body, labs in labels.items():
    raw = open(os.path.join(HERE, "bodies", body + ".json"), encoding="utf-8").read()
    for lab in labs:
        cat, d, v = lab[:3]
        cands = [lab[3]] if len(lab) > 3 else []
        cands += [v, json.dumps(v)[1:-1], json.dumps(json.dumps(v)[1:-1])[1:-1]]
        if not any(c in raw for c in cands):
            bad += 1
            print("NOT IN BODY", body, d)
        if cat.split("|")[0] != "pii":
            continue
        n += 1
        try:
            key = next((k for k in CHK if d.startswith(k)), None)
            if key:
                CHK[key].validate(v)
            elif "IBAN" in d:
                iban.validate(v)
            elif re.search(r"card|Visa|Amex|MC ", d):
                luhn.validate(re.sub(r"[ .-]", "", v))
            elif re.search(r"phone|mobile", d, re.I):
                m = re.search(r"\b(DE|FR|IT|ES|NL|UK|PL|SE|US|CA|BR|IN|AU|BE)\b", d)
                reg = REG.get(m.group(1), m.group(1)) if m else None
                num = phonenumbers.parse(v, reg)
                if not phonenumbers.is_valid_number(num) or (reg and phonenumbers.region_code_for_number(num) != reg):
                    raise ValueError("not a valid %s number" % reg)
            elif "email" in d:
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), "bad email shape"
                assert not re.match(r"(info|support|billing|sales|kontakt|office|hello|noreply|refunds)@", v), "role mailbox labelled"
            else:
                n -= 1
                print("UNCHECKED", body, d, v)
        except Exception as e:
            bad += 1
            print("BAD", body, d, v, repr(e))
print("checked %d pii labels, %d problems" % (n, bad))
