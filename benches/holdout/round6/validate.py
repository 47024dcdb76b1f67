#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring): every label's raw form occurs in its body (a base64
raw_form must decode to text containing the value); national ids / IBANs with python-stdnum (JP My Number and the
German Rentenversicherungsnummer by their published check-digit rules), cards with Luhn, phones with phonenumbers
(valid, mobile, country from the label description), e-mails by shape (URL-decoded) and not a role mailbox; GitHub
tokens by their CRC32; n_* bodies have no labels.
    python3 -B validate.py
"""
import base64, json, os, re, urllib.parse, zlib
import phonenumbers
from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.es import dni, nie
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.br import cpf
from stdnum.pt import nif

HERE = os.path.dirname(os.path.abspath(__file__))
CHK = {"DE Steuer-ID": idnr, "FR NIR": nir, "ES DNI": dni, "ES NIE": nie, "IT codice fiscale": codicefiscale, "NL BSN": bsn,
       "PL PESEL": pesel, "BR CPF": cpf, "PT NIF": nif}
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def jp_my_number(v):
    d = [int(c) for c in re.sub(r"\D", "", v)]
    assert len(d) == 12
    r = sum(a * b for a, b in zip(d[:11], [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    assert d[11] == (0 if r <= 1 else 11 - r), "My Number check digit"


def de_rvnr(v):
    m = re.fullmatch(r"(\d\d) (\d{6}) ([A-Z]) (\d\d)(\d)", v)
    assert m, "RVNR shape"
    digits = m.group(1) + m.group(2) + "%02d" % (ord(m.group(3)) - 64) + m.group(4)
    s = sum(sum(divmod(int(x) * k, 10)) for x, k in zip(digits, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]))
    assert s % 10 == int(m.group(5)), "RVNR check digit"


def gh_crc(tok):
    body, crc = tok[4:-6], tok[-6:]
    c, s = zlib.crc32(body.encode()) & 0xffffffff, ""
    while c:
        c, r = divmod(c, 62)
        s = B62[r] + s
    assert s.rjust(6, "0") == crc, "github crc"


bad = n = 0
labels = json.load(open(os.path.join(HERE, "labels.json")))
for body, labs in labels.items():
    if body.startswith("n_") and labs:
        bad += 1
        print("NEGATIVE WITH LABELS", body)
    raw = open(os.path.join(HERE, "bodies", body + ".json"), encoding="utf-8").read()
    for lab in labs:
        cat, d, v = lab[:3]
        cands = [lab[3]] if len(lab) > 3 else []
        cands += [v, json.dumps(v)[1:-1], json.dumps(json.dumps(v)[1:-1])[1:-1], json.dumps(v, ensure_ascii=False)[1:-1]]
        if not any(c in raw for c in cands):
            bad += 1
            print("NOT IN BODY", body, d)
        if len(lab) > 3 and lab[3] != v and not lab[3].startswith(json.dumps(v)[1:-1][:10]):
            pl = lab[3].split("base64,")[-1]
            try:
                assert v in base64.b64decode(pl).decode()
            except Exception as e:
                bad += 1
                print("RAW FORM DOES NOT CARRY VALUE", body, d, repr(e))
        try:
            if re.match(r"gh[pousr]_", v):
                gh_crc(v)
            if cat.split("|")[0] != "pii":
                continue
            n += 1
            key = next((k for k in CHK if d.startswith(k)), None)
            if key:
                CHK[key].validate(v)
            elif d.startswith("JP My Number"):
                jp_my_number(v)
            elif d.startswith("DE Rentenversicherungsnummer"):
                de_rvnr(v)
            elif "IBAN" in d:
                iban.validate(v)
            elif "card" in d:
                luhn.validate(re.sub(r"[ .-]", "", v))
            elif "mobile" in d:
                m = re.match(r"([A-Z]{2}) mobile", d)
                reg = {"UK": "GB"}.get(m.group(1), m.group(1))
                num = phonenumbers.parse(v, reg)
                if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != reg:
                    raise ValueError("not a valid %s number" % reg)
            elif "email" in d:
                e = urllib.parse.unquote(v)
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", e), "bad email shape"
                assert not re.match(r"(info|support|billing|sales|kontakt|office|hello|noreply|einkauf|contact|privacy)@", e), "role mailbox labelled"
                assert not re.search(r"@(example\.(com|org|net)|[\w.-]+\.test)$", e), "reserved domain labelled"
            else:
                n -= 1
                print("UNCHECKED", body, d)
        except Exception as e:
            bad += 1
            print("BAD", body, d, repr(e))
print("bodies %d, labels %d, checked %d pii labels, %d problems" % (len(labels), sum(len(v) for v in labels.values()), n, bad))
