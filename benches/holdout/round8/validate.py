#!/usr/bin/env python3
"""Self-check of the generated labels (not part of scoring).  Runs round 7's validate.py unchanged on this folder (its
HERE comes from __file__, so it is executed with this file's path): values present in their bodies, national ids /
IBANs with python-stdnum, cards with Luhn, phones with phonenumbers, e-mails not role mailboxes or reserved domains,
GitHub CRC32, PEM frames, no labelled value inside a negative.  Then this round's own checks: every body is JSON of
1 KB to 250 KB, and URL-encoded e-mail labels decode to a valid address.
    python3 -B validate.py
"""
import json, os, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
R7 = os.path.join(HERE, "..", "round7", "validate.py")
exec(compile(open(R7).read(), R7, "exec"), {"__file__": os.path.join(HERE, "validate.py"), "__name__": "__main__"})

bad = 0
labels = json.load(open(os.path.join(HERE, "labels.json")))
for b in labels:
    raw = open(os.path.join(HERE, "bodies", b + ".json"), "rb").read()
    json.loads(raw)
    if not 1024 <= len(raw) <= 250 * 1024:
        bad += 1
        print("SIZE OUT OF RANGE", b, len(raw))
    for l in labels[b]:
        if "%40" in l[2] and "@" not in urllib.parse.unquote(l[2]):
            bad += 1
            print("BAD ENCODED EMAIL", b)
print("round 8 checks: %d bodies, %d problems" % (len(labels), bad))
