#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring).  Runs round 7's validate.py unchanged on this folder (its
HERE comes from __file__, so it is executed with this file's path): values present in their bodies, e-mails not role
mailboxes or reserved domains, phones valid for the country named in the description, PEM frames, no labelled value
inside a negative.  Round 7's script prints UNCHECKED for the ids it does not know; this round checks those here:
  * every national id label passes python-stdnum (BR CPF, MX CURP, MX RFC with 13 characters = a person, CL RUT, AR
    CUIT/CUIL, IN Aadhaar, IN PAN with P as fourth letter = a person, JP My Number, KR RRN, CN resident id, ID NIK) or,
    for the Singapore NRIC (not in stdnum), its published check letter;
  * no label is a documented example id or a company id (CNPJ-shaped, 12-character RFC);
  * every body is JSON of 1 KB to 250 KB, at least half the bodies are n_*, and every notebook read (.ipynb tool
    result) in a body is itself valid JSON.
    python3 -B validate.py
"""
import json, os, re, sys

from stdnum.br import cpf
from stdnum.mx import curp, rfc
from stdnum.cl import rut
from stdnum.ar import cuit
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.cn import ric
from stdnum.id import nik

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(HERE, ".."))
import round7_checks  # noqa: E402
R7 = os.path.join(HERE, "..", "round7", "validate.py")
exec(compile(open(R7).read(), R7, "exec"), {"__file__": os.path.join(HERE, "validate.py"), "__name__": "__main__"})


def sg_nric(v):
    assert re.fullmatch(r"[STFG]\d{7}[A-Z]", v), "NRIC shape"
    s = sum(int(a) * w for a, w in zip(v[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if v[0] in "TG" else 0)
    assert v[-1] == ("JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK")[s % 11], "NRIC check letter"


def mx_rfc(v):
    rfc.validate(v)
    assert len(v) == 13, "RFC of a company (12 characters) labelled"


def in_pan(v):
    pan.validate(v)
    assert v[3] == "P", "PAN of a non-person labelled"


IDS = {"BR CPF": cpf.validate, "MX CURP": curp.validate, "MX RFC": mx_rfc, "CL RUT": rut.validate, "AR CUIL": cuit.validate, "IN Aadhaar": aadhaar.validate,
       "IN PAN": in_pan, "JP My Number": lambda v: jp_in.validate(v.replace(" ", "")), "KR RRN": rrn.validate, "CN resident id": ric.validate,
       "SG NRIC": sg_nric, "ID NIK": nik.validate}
DOC_EXAMPLES = {"123.456.789-09", "12345678909", "BADD110313HCMLNS09", "GODE561231GR8", "11010519491231002X", "S1234567D", "AKIAIOSFODNN7EXAMPLE"}

bad = checked = nbs = 0
labels = json.load(open(os.path.join(HERE, "labels.json")))
for b, labs in labels.items():
    raw = open(os.path.join(HERE, "bodies", b + ".json"), "rb").read()
    body = json.loads(raw)
    if not 1024 <= len(raw) <= 250 * 1024:
        bad += 1
        print("SIZE OUT OF RANGE", b, len(raw))
    for s in re.findall(r'\{\\n \\"cells\\": .*?\\"nbformat_minor\\": 5\\n\}', raw.decode()):
        nbs += 1
        try:
            json.loads(json.loads('"' + s + '"'))
        except Exception as e:
            bad += 1
            print("NOTEBOOK NOT JSON", b, repr(e)[:80])
    for cat, d, v, *_ in labs:
        if v in DOC_EXAMPLES or re.fullmatch(r"\d\d\.\d{3}\.\d{3}/\d{4}-\d\d", v):
            bad += 1
            print("DOCUMENTED EXAMPLE OR COMPANY ID LABELLED", b, v)
        n, problems = round7_checks.check_id(IDS, b, d, v)
        checked, bad = checked + n, bad + problems
negs = sum(1 for b in labels if b.startswith("n_"))
if 2 * negs < len(labels):
    bad += 1
    print("FEWER THAN HALF HARD NEGATIVES", negs, len(labels))
print("round 9 checks: %d bodies (%d hard negatives), %d national ids checked, %d notebooks parsed, %d problems" % (len(labels), negs, checked, nbs, bad))
