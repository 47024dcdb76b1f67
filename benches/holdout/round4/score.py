#!/usr/bin/env python3
"""Score promptwall against the holdout round 4 corpus.

Usage: python3 score.py [--bin PATH] [--verbose]   (or PROMPTWALL_BIN=PATH)

A finding is a TP when its byte range overlaps a planted value's span in the raw
file and its category is one the label accepts (label category "a|b": counted
under a, b also accepted); findings with "example": true count as not reported;
a finding overlapping no label of an accepted category is a FP (overlapping FPs of
the same category in one file are merged); a label with no finding is a FN.
Without --verbose only the table is printed.
"""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else os.environ.get("PROMPTWALL_BIN", os.path.join(HERE, "..", "..", "..", "target", "release", "promptwall"))
CATS = ["secret", "private_key", "pii", "confidential"]


def candidates(label):
    v = label[2]
    c = []
    if len(label) > 3 and label[3]:
        c.append(label[3])
    c.append(v)
    for ea in (True, False):
        e1 = json.dumps(v, ensure_ascii=ea)[1:-1]
        c.append(e1)
        c.append(json.dumps(e1, ensure_ascii=ea)[1:-1])
    out = []
    for x in c:
        if x not in out:
            out.append(x)
    return out


def spans(raw, label):
    res = []
    for cand in candidates(label):
        b = cand.encode()
        i = raw.find(b)
        n = 0
        while i >= 0 and n < 1000:
            res.append((i, i + len(b)))
            i = raw.find(b, i + 1)
            n += 1
    return sorted(set(res))


def ctx(raw, s, e, w=40):
    t = raw[max(0, s - w):s].decode(errors="replace") + "[[" + raw[s:min(e, s + 90)].decode(errors="replace") + \
        ("..." if e - s > 90 else "") + "]]" + raw[e:e + w].decode(errors="replace")
    return t.replace("\n", "\\n").replace("\r", "\\r")


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(glob.glob(os.path.join(HERE, "bodies", "*.json")))
    p = subprocess.run([BIN, "scan", "--format", "jsonl", "--examples"] + files, capture_output=True, text=True, timeout=600)
    if p.returncode not in (0, 1):
        sys.exit("scan failed rc=%d: %s" % (p.returncode, p.stderr[:2000]))
    findings = {}
    for line in p.stdout.splitlines():
        if line.strip():
            f = json.loads(line)
            findings.setdefault(os.path.basename(f["file"])[:-5], []).append(f)

    st = {c: {"TP": 0, "FN": 0, "FP": 0} for c in CATS}
    verbose = "--verbose" in sys.argv
    fns, fps, examples_on_labels = [], [], []
    for path in files:
        name = os.path.basename(path)[:-5]
        raw = open(path, "rb").read()
        labs = labels.get(name, [])
        lspans = []
        for l in labs:
            sp = spans(raw, l)
            if not sp:
                sys.exit("cannot locate label %r in %s" % (l[:3], name))
            lspans.append(sp)
        hit = [None] * len(labs)
        fp_here = []
        for f in findings.get(name, []):
            s, e = f["start"], f["end"]
            ov = [k for k, sp in enumerate(lspans) if any(a < e and s < b for a, b in sp)]
            same = [k for k in ov if f["category"] in labs[k][0].split("|")]
            if f.get("example"):
                if same:
                    examples_on_labels.append((name, f["detector"], labs[same[0]][1]))
                continue
            if same:
                for k in same:
                    hit[k] = hit[k] or f["detector"]
                continue
            # false positive; merge with an overlapping FP of the same category
            dup = [x for x in fp_here if x["category"] == f["category"] and x["start"] < e and s < x["end"]]
            if dup:
                continue
            fp_here.append(f)
            other = ",".join(sorted({labs[k][0] for k in ov}))
            fps.append((name, f["detector"], f["category"], ctx(raw, s, e), other))
        for k, l in enumerate(labs):
            c0 = l[0].split("|")[0]
            if hit[k]:
                st[c0]["TP"] += 1
            else:
                st[c0]["FN"] += 1
                a, b = lspans[k][0]
                fns.append((name, l[0], l[1], ctx(raw, a, b, 30)))
        for f in fp_here:
            st.setdefault(f["category"], {"TP": 0, "FN": 0, "FP": 0})["FP"] += 1

    print("command: %s scan --format jsonl --examples bodies/*.json  (%d bodies, %d positive, %d hard-negative)" %
          (BIN, len(files), sum(1 for f in files if labels.get(os.path.basename(f)[:-5])),
           sum(1 for f in files if not labels.get(os.path.basename(f)[:-5]))))
    print("\n%-13s %4s %4s %4s %9s %7s" % ("category", "TP", "FN", "FP", "precision", "recall"))
    tot = {"TP": 0, "FN": 0, "FP": 0}
    for c in CATS + [c for c in st if c not in CATS] + ["ALL"]:
        d = st[c] if c != "ALL" else tot
        if c != "ALL":
            for k in tot:
                tot[k] += d[k]
        pr = d["TP"] / (d["TP"] + d["FP"]) if d["TP"] + d["FP"] else float("nan")
        rc = d["TP"] / (d["TP"] + d["FN"]) if d["TP"] + d["FN"] else float("nan")
        print("%-13s %4d %4d %4d %9.3f %7.3f" % (c, d["TP"], d["FN"], d["FP"], pr, rc))
    negs = [os.path.basename(f)[:-5] for f in files if not labels.get(os.path.basename(f)[:-5])]
    dirty = sorted({x[0] for x in fps if x[0] in negs})
    print("\nhard-negative bodies with >=1 FP: %d/%d" % (len(dirty), len(negs)))
    if not verbose:
        print("\n%d FN, %d FP (use --verbose to list them)" % (len(fns), len(fps)))
        return
    print("\n== FALSE NEGATIVES (%d) ==" % len(fns))
    for n, c, d, t in fns:
        print("FN %-34s %-12s %-44s %s" % (n, c, d, t))
    print("\n== FALSE POSITIVES (%d) ==" % len(fps))
    for n, d, c, t, o in fps:
        print("FP %-34s %-12s %-28s %s%s" % (n, c, d, t, ("  [overlaps label of category %s]" % o) if o else ""))
    if examples_on_labels:
        print("\n== labelled values flagged example:true (counted as not reported) ==")
        for x in examples_on_labels:
            print("EX", *x)


if __name__ == "__main__":
    main()
