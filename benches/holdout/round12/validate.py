#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring).  Runs round 7's validate.py unchanged on this folder (its
HERE comes from __file__, so it is executed with this file's path; its output is captured): values present in their
bodies, e-mails not role mailboxes or reserved domains, phones valid for the country named in the description, IBANs
and the ids it knows by python-stdnum, PEM frames, GitHub CRC32, age bech32, no labelled value inside a negative.
Round 7 only knows PEM-framed private keys, so its verdicts on the key files of other formats are replaced here, and the
ids it prints as UNCHECKED are checked here:
  * GPG private key blocks by their armour frame; WireGuard private keys (32 clamped bytes); PuTTY .ppk by recomputing the Private-MAC; signify secret keys
    (Ed, BK, kdfrounds 0, sha512 checksum of the key) and minisign secret keys (Ed, kdf 0x0000, B2, 158 bytes) decoded;
  * IN PAN (a person's: fourth letter P), IN Aadhaar, BR CPF, ZA ID by python-stdnum; UK / IN passport and NG NIN shapes;
  * every checksummed id is printed in its real format (SSN AAA-GG-SSSS, NINO AB 12 34 56 C, Steuer-ID 11 digits or
    NN NNN NNN NNN, NIR 1 NN NN NN NNN NNN NN, CPF NNN.NNN.NNN-NN, Aadhaar NNNN NNNN NNNN, ZA ID 13 digits, IBANs in
    groups of four);
  * no label is a documented example (AWS EXAMPLE keys, RFC 8032 / 4231 keys, testing123, 078-05-1120, QQ 12 34 56 C,
    the empty-password NT hash ...), no US phone label is in the 555 exchange, no labelled secret is a Cisco type 5 / 8 / 9
    hash, and each labelled Cisco type 7 string decodes to printable text;
  * marker labels are words the README's `detect.keywords` list names;
  * the computed test vectors are right (RFC 4231 case 2, RFC 8032 test 1's public key);
  * every body is JSON of 1 KB to 400 KB, at least three are 200 KB or more, at least 55% of the bodies are n_*, and
    every source file of the generator is under 15 KB.
    python3 -B validate.py
"""
import base64, glob, hashlib, hmac, json, os, re, struct, sys

from stdnum.in_ import aadhaar, pan
from stdnum.br import cpf
from stdnum.za import idnr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import round7_checks  # noqa: E402

buf = round7_checks.run(HERE)
out = buf.getvalue().splitlines()
OWN_KEYS = ("GPG private key", "PuTTY private key", "signify secret key", "minisign secret key", "WireGuard interface private key")
replaced = [l for l in out if l.startswith("BAD") and any(k in l for k in OWN_KEYS)]
unchecked = [l for l in out if l.startswith("UNCHECKED")]
for line in out:
    if not line.startswith("UNCHECKED") and line not in replaced:
        print(("round 7 checks: " if line.startswith("bodies ") else "") + line + (" (%d of them on key formats it does not know, re-checked below)" % len(replaced) if line.startswith("bodies ") else ""))
bad = int(re.search(r"(\d+) problems", out[-1]).group(1)) - len(replaced)
XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def s_(b):
    return struct.pack(">I", len(b)) + b


def ppk(v):
    head, rest = v.split("\nPublic-Lines: ")
    alg = head.split(": ")[1].split("\n")[0]
    enc = re.search(r"Encryption: (\S+)", head).group(1)
    com = re.search(r"Comment: (.*)", head).group(1)
    n = int(rest.split("\n")[0])
    lines = rest.split("\n")
    pub = base64.b64decode("".join(lines[1:1 + n]))
    m = int(lines[1 + n].split(": ")[1])
    prv = base64.b64decode("".join(lines[2 + n:2 + n + m]))
    mac = lines[2 + n + m].split(": ")[1]
    mk = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    assert enc == "none" and hmac.new(mk, s_(alg.encode()) + s_(enc.encode()) + s_(com.encode()) + s_(pub) + s_(prv), hashlib.sha1).hexdigest() == mac, "PuTTY MAC"


def signify(v):
    b = base64.b64decode(v)
    assert len(b) == 104 and b[:4] == b"EdBK" and struct.unpack(">I", b[4:8])[0] == 0, "signify header"
    assert hashlib.sha512(b[40:]).digest()[:8] == b[24:32], "signify checksum"


def minisign(v):
    b = base64.b64decode(v)
    assert len(b) == 158 and b[:6] == b"Ed\0\0B2", "minisign unencrypted header"


def gpg(v):
    assert v.startswith("-----BEGIN PGP PRIVATE KEY BLOCK-----") and v.endswith("-----END PGP PRIVATE KEY BLOCK-----"), "PGP frame"


def person_pan(v):
    pan.validate(v)
    assert v[3] == "P", "PAN of a non-person labelled"


def wgk(v):
    b = base64.b64decode(v)
    assert len(b) == 32 and len(v) == 44 and b[0] & 7 == 0 and b[31] & 192 == 64, "WireGuard key (32 bytes, clamped)"


KEYCHK = {"WireGuard interface private key": wgk, "GPG private key": gpg, "PuTTY private key": ppk, "signify secret key": signify, "minisign secret key": minisign}
IDS = {"IN PAN": person_pan, "IN Aadhaar": aadhaar.validate, "BR CPF": cpf.validate, "ZA ID": idnr.validate,
       "UK passport": lambda v: re.fullmatch(r"[1-5]\d{8}", v) or 1 / 0, "IN passport": lambda v: re.fullmatch(r"[A-Z][1-9]\d{6}", v) or 1 / 0,
       "NG NIN": lambda v: re.fullmatch(r"[1-9]\d{10}", v) or 1 / 0}
FMT = {"US SSN": r"\d{3}-\d{2}-\d{4}", "UK NINO": r"[A-Z]{2} \d\d \d\d \d\d [A-D]", "DE Steuer-ID": r"\d{11}|\d\d \d{3} \d{3} \d{3}", "FR NIR": r"[12] \d\d \d\d \w\w \d{3} \d{3} \d\d|\d{15}",
       "BR CPF": r"\d{3}\.\d{3}\.\d{3}-\d\d", "IN Aadhaar": r"\d{4} \d{4} \d{4}", "ZA ID": r"\d{13}", "IN PAN": r"[A-Z]{5}\d{4}[A-Z]"}
DOC = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "testing123", "078-05-1120", "123-45-6789", "QQ 12 34 56 C", "QQ123456C", "john.doe@example.com",
       "31d6cfe0d16ae931b73c59d7e0c089c0", "aad3b435b51404eeaad3b435b51404ee", "ilovepizza", "P@ssw0rd", "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
       "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb", "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7", "+1 202-555-0173", "020 7946 0123"}
MARKERS = ["CONFIDENTIAL", "INTERNAL ONLY", "INTERNAL USE ONLY", "DO NOT DISTRIBUTE", "NOT FOR DISTRIBUTION", "COMPANY CONFIDENTIAL", "HIGHLY CONFIDENTIAL", "TLP:RED",
           "TLP:AMBER", "VERTRAULICH", "CONFIDENTIEL", "CONFIDENCIAL", "RISERVATO", "VERTROUWELIJK", "POUFNE", "社外秘", "極秘", "机密", "機密", "绝密", "대외비", "극비"]

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
        if cat == "secret" and re.match(r"\$[1589]\$", v):
            bad += 1
            print("SALTED HASH LABELLED", b, v)
        if "type 7" in d:
            try:
                s = int(v[:2])
                txt = "".join(chr(int(v[i:i + 2], 16) ^ ord(XLAT[(s + (i - 2) // 2) % len(XLAT)])) for i in range(2, len(v), 2))
                assert txt.isprintable() and len(txt) >= 8
                checked += 1
            except Exception as e:
                bad += 1
                print("BAD TYPE 7", b, v, repr(e))
        if cat == "confidential" and not any(re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(m), v) for m in MARKERS):
            bad += 1
            print("MARKER NOT IN THE README KEYWORDS", b, v)
        for k, rx in FMT.items():
            if d.startswith(k) and not re.fullmatch(rx, v):
                bad += 1
                print("NOT IN ITS PRINTED FORMAT", b, d, v)
        if "IBAN" in d and not re.fullmatch(r"[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?", v):
            bad += 1
            print("IBAN NOT GROUPED", b, v)
        for k, fn in list(IDS.items()) + list(KEYCHK.items()):
            if d.startswith(k):
                checked += 1
                try:
                    fn(v)
                except Exception as e:
                    bad += 1
                    print("BAD", b, d, v[:40], repr(e))
left = [l for l in unchecked if not any(x in l for x in IDS)]
for l in left:
    print(l)
bad += len(left)
rfc = open(os.path.join(HERE, "bodies", "n_rfc4231_hmac_vectors_c.json")).read()
r8032 = open(os.path.join(HERE, "bodies", "n_rfc8032_ed25519_test_vectors.json")).read()
if "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" not in rfc or "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a" not in r8032:
    bad += 1
    print("TEST VECTORS NOT AS PUBLISHED")
for f in glob.glob(os.path.join(HERE, "*.py")) + glob.glob(os.path.join(HERE, "*.sh")):
    if os.path.getsize(f) >= 15 * 1024:
        bad += 1
        print("SOURCE FILE OVER 15 KB", f)
if big < 3:
    bad += 1
    print("FEWER THAN 3 LARGE BODIES", big)
negs = sum(1 for b in labels if b.startswith("n_"))
if negs < 0.55 * len(labels):
    bad += 1
    print("FEWER THAN 55% HARD NEGATIVES", negs, len(labels))
print("round 12 checks: %d bodies (%d hard negatives, %.1f%%; %d of 200 KB or more), %d values checked here, %d problems" % (
    len(labels), negs, 100.0 * negs / len(labels), big, checked, bad))
