#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring).  Runs round 7's validate.py unchanged on this folder (its
HERE comes from __file__, so it is executed with this file's path; its output is captured): values present in their
bodies, e-mails not role mailboxes or reserved domains, phones valid for the country named in the description, cards
by Luhn, IBANs and the ids it knows by python-stdnum, PEM frames, no labelled value inside a negative.  It prints
UNCHECKED for ids it does not know; this round checks those here:
  * US ITIN, UK NHS number, AU TFN, IN Aadhaar, IN PAN (a person's: fourth letter P), BR CPF, JP My Number, PT NIF of
    a person (first digit 1-3) by python-stdnum; AU Medicare by its published weights;
  * no label is a documented example (provider test cards, Stripe's Jenny Rosen, the HL7 spec's SSN, DE89 ...) and no
    US phone label is in the 555 fiction exchange;
  * marker labels are words the README's `detect.keywords` list names;
  * a CA SIN is printed as NNN NNN NNN, NNN-NNN-NNN or 9 digits (added after scoring: see RESULTS.md);
  * the Synthea bundle's SSNs all fail python-stdnum (area 999), the HL7 spec example body holds the spec's value;
  * every body is JSON of 1 KB to 400 KB, at least three are 200 KB or more, at least half the bodies are n_*.
    python3 -B validate.py
"""
import json, os, re, sys

from stdnum.us import itin, ssn
from stdnum.gb import nhs
from stdnum.au import tfn
from stdnum.in_ import aadhaar, pan
from stdnum.br import cpf
from stdnum.jp import in_ as jpin
from stdnum.pt import nif as pt_nif

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import round7_checks  # noqa: E402

buf = round7_checks.run(HERE)
out = buf.getvalue().splitlines()
unchecked = [l for l in out if l.startswith("UNCHECKED")]
for line in out:
    if not line.startswith("UNCHECKED"):
        print(("round 7 checks: " if line.startswith("bodies ") else "") + line)
bad = int(re.search(r"(\d+) problems", out[-1]).group(1))


def medicare(v):
    d = [int(c) for c in v.replace(" ", "")]
    assert len(d) == 10 and 2 <= d[0] <= 6, "Medicare shape"
    assert sum(a * w for a, w in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == d[8], "Medicare check digit"


def person_pan(v):
    pan.validate(v)
    assert v[3] == "P", "PAN of a non-person labelled"


def person_nif(v):
    pt_nif.validate(v)
    assert v[0] in "123", "NIF of a company labelled"


IDS = {"US ITIN": itin.validate, "UK NHS number": nhs.validate, "AU TFN": tfn.validate, "AU Medicare": medicare, "IN Aadhaar": aadhaar.validate,
       "IN PAN": person_pan, "BR CPF": cpf.validate, "JP My Number": jpin.validate, "PT NIF": person_nif}
DOC = {"4242 4242 4242 4242", "4242424242424242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0000 0000 0002", "4000 0000 0000 9995", "jenny.rosen@example.com",
       "371-66-9256", "DE89 3704 0044 0532 0130 00", "+1-202-555-0173", "1-800-426-9400", "123.456.789-09"}
MARKERS = ["CONFIDENTIAL", "INTERNAL ONLY", "INTERNAL USE ONLY", "DO NOT DISTRIBUTE", "NOT FOR DISTRIBUTION", "COMPANY CONFIDENTIAL", "HIGHLY CONFIDENTIAL", "TLP:RED",
           "TLP:AMBER", "VERTRAULICH", "CONFIDENTIEL", "CONFIDENCIAL", "RISERVATO", "VERTROUWELIJK", "POUFNE", "社外秘", "極秘", "机密", "機密", "绝密", "대외비", "극비"]
import gen_vals_doc  # noqa: E402  (the documented test cards, without loading the generator)
DOC |= set(gen_vals_doc.TEST_CARDS) | {c.replace(" ", "") for c in gen_vals_doc.TEST_CARDS}

labels = json.load(open(os.path.join(HERE, "labels.json")))
checked, big = 0, 0
for b, labs in labels.items():
    raw = open(os.path.join(HERE, "bodies", b + ".json"), "rb").read()
    json.loads(raw)
    big += len(raw) >= 200 * 1024
    if not 1024 <= len(raw) <= 400 * 1024:
        bad += 1
        print("SIZE OUT OF RANGE", b, len(raw))
    for cat, d, v, *_ in labs:
        if v in DOC or v.replace(" ", "") in DOC:
            bad += 1
            print("DOCUMENTED EXAMPLE LABELLED", b, v)
        if d.startswith("US mobile") and re.sub(r"\D", "", v)[-7:-4] == "555":
            bad += 1
            print("FICTION-RANGE PHONE LABELLED", b, v)
        if cat == "confidential" and not any(re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(m), v) for m in MARKERS):
            bad += 1
            print("MARKER NOT IN THE README KEYWORDS", b, v)
        if d.startswith("CA SIN") and not re.fullmatch(r"\d{3}([ -]?)\d{3}\1\d{3}", v):
            bad += 1
            print("CA SIN NOT IN A PRINTED FORMAT", b, v)
        n, problems = round7_checks.check_id(IDS, b, d, v)
        checked, bad = checked + n, bad + problems
left = [l for l in unchecked if not any(x in l for x in IDS)]
for l in left:
    print(l)
bad += len(left)
syn = open(os.path.join(HERE, "bodies", "n_synthea_fhir_bundle_synthetic.json")).read()
ssns = re.findall(r"999-\d\d-\d{4}", syn)
if len(ssns) < 6 or any(ssn.is_valid(s) for s in ssns):
    bad += 1
    print("SYNTHEA SSNs NOT ALL INVALID", ssns)
if "371-66-9256" not in open(os.path.join(HERE, "bodies", "n_hl7_spec_example_adt.json")).read():
    bad += 1
    print("HL7 SPEC EXAMPLE MISSING")
if big < 3:
    bad += 1
    print("FEWER THAN 3 LARGE BODIES", big)
negs = sum(1 for b in labels if b.startswith("n_"))
if 2 * negs < len(labels):
    bad += 1
    print("FEWER THAN HALF HARD NEGATIVES", negs, len(labels))
print("round 11 checks: %d bodies (%d hard negatives, %d of 200 KB or more), %d ids checked here, %d problems" % (len(labels), negs, big, checked, bad))
