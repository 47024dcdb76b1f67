#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring): every label's raw form occurs in its body (a base64 raw_form
must decode to text containing the value); national ids / IBANs with python-stdnum (DE Krankenversichertennummer by its
published check-digit rule, US MBI and UK NINO by shape), cards with Luhn, phones with phonenumbers (valid, country from
the label description), e-mails by shape and not a role mailbox / reserved domain; GitHub tokens by their CRC32; private
keys by their PEM frame (base64-wrapped ones decoded first); age identities by bech32; n_* bodies have no labels and
carry no labelled value of another body.
    python3 -B validate.py
"""
import base64, json, os, re, urllib.parse, zlib
import phonenumbers
from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.es import dni
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.us import ssn as us_ssn

HERE = os.path.dirname(os.path.abspath(__file__))
CHK = {"DE Steuer-ID": idnr, "FR NIR": nir, "ES DNI": dni, "IT codice fiscale": codicefiscale, "NL BSN": bsn, "PL PESEL": pesel,
       "SE personnummer": personnummer, "DK CPR": cpr, "FI henkilotunnus": hetu, "CA SIN": sin, "CH AHV": ch_ssn, "US SSN": us_ssn}
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def kvnr(v):
    assert re.fullmatch(r"[A-Z]\d{9}", v), "KVNR shape"
    s = "%02d" % (ord(v[0]) - 64) + v[1:9]
    t = sum((int(c) * (1 if i % 2 == 0 else 2)) // 10 + (int(c) * (1 if i % 2 == 0 else 2)) % 10 for i, c in enumerate(s))
    assert t % 10 == int(v[9]), "KVNR check digit"


def mbi(v):
    assert re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y]{2}\d\d", v), "MBI shape"


def nino(v):
    assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v), "NINO shape"
    assert v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), "NINO prefix"


def gh_crc(tok):
    body, crc = tok[4:-6], tok[-6:]
    c, s = zlib.crc32(body.encode()) & 0xffffffff, ""
    while c:
        c, r = divmod(c, 62)
        s = B62[r] + s
    assert s.rjust(6, "0") == crc, "github crc"


def bech32_ok(v):
    v = v.lower()
    hrp, data = v.rsplit("1", 1)
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for x in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [BECH.index(c) for c in data]:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ x
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    assert chk == 1, "bech32 checksum"


bad = n = 0
labels = json.load(open(os.path.join(HERE, "labels.json")))
raws = {b: open(os.path.join(HERE, "bodies", b + ".json"), encoding="utf-8").read() for b in labels}
allvals = {l[2] for ls in labels.values() for l in ls if len(l[2]) >= 12 and not l[0].startswith("conf")}  # marker words recur by nature
for body, labs in labels.items():
    raw = raws[body]
    if body.startswith("n_"):
        if labs:
            bad += 1
            print("NEGATIVE WITH LABELS", body)
        for v in allvals:
            if v in raw:
                bad += 1
                print("LABELLED VALUE IN NEGATIVE", body, v[:30])
    if ("plac" + "eholder") in raw.lower() or ("plac" + "eholder") in body:
        bad += 1
        print("FORBIDDEN WORD", body)
    for lab in labs:
        cat, d, v = lab[:3]
        cands = [lab[3]] if len(lab) > 3 else []
        cands += [v, json.dumps(v)[1:-1], json.dumps(json.dumps(v)[1:-1])[1:-1], json.dumps(v, ensure_ascii=False)[1:-1]]
        if not any(c in raw for c in cands):
            bad += 1
            print("NOT IN BODY", body, d)
        if len(lab) > 3 and lab[3] != v and not lab[3].startswith(json.dumps(v)[1:-1][:10]):
            try:
                assert v in base64.b64decode(lab[3].split("base64,")[-1]).decode()
            except Exception as e:
                bad += 1
                print("RAW FORM DOES NOT CARRY VALUE", body, d, repr(e))
        try:
            if re.match(r"gh[pousr]_", v):
                gh_crc(v)
            c0 = cat.split("|")[0]
            if c0 == "private_key":
                if v.startswith("AGE-SECRET-KEY-1"):
                    bech32_ok(v)
                else:
                    pem = v if "-----BEGIN" in v else base64.b64decode(v).decode()
                    assert re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", pem) and "-----END" in pem, "PEM frame"
            if c0 != "pii":
                continue
            n += 1
            key = next((k for k in CHK if d.startswith(k)), None)
            if key:
                CHK[key].validate(v)
            elif d.startswith("DE Krankenversichertennummer"):
                kvnr(v)
            elif d.startswith("US Medicare MBI"):
                mbi(v)
            elif d.startswith("UK NINO"):
                nino(v)
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
                assert not re.match(r"(info|support|billing|sales|kontakt|office|hello|noreply|contact|privacy|leadership)@", e), "role mailbox labelled"
                assert not re.search(r"@(example\.(com|org|net)|[\w.-]+\.test)$", e), "reserved domain labelled"
            else:
                n -= 1
                print("UNCHECKED", body, d)
        except Exception as e:
            bad += 1
            print("BAD", body, d, repr(e))
print("bodies %d, labels %d, checked %d pii labels, %d problems" % (len(labels), sum(len(v) for v in labels.values()), n, bad))
