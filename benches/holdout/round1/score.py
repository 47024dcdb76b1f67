#!/usr/bin/env python3
"""Score promptwall scan against the holdout labels.

usage: score.py [--bin PATH] [--verbose]
Matching is by span: a finding matches a label when its raw byte range
overlaps the planted value's range in the body and the categories agree.
Further same-category findings on an already matched label are duplicates
(not FP).  Findings that only overlap an `optional` value are ignored.
Findings with "example": true count as NOT reported.
"""
import json, os, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get("PROMPTWALL_BIN", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "target", "release", "promptwall"))
args = sys.argv[1:]
if "--bin" in args:
    BIN = args[args.index("--bin") + 1]
VERBOSE = "--verbose" in args
CATS = ["secret", "private_key", "pii", "confidential"]


def spans(raw, val):
    out = []
    if isinstance(val, list):  # [first, last]
        a, b = (v.encode() for v in val)
        i = raw.find(a)
        while i >= 0:
            j = raw.find(b, i)
            if j < 0:
                break
            out.append((i, j + len(b)))
            i = raw.find(a, j)
        return out
    forms = {val, json.dumps(val, ensure_ascii=False)[1:-1],
             json.dumps(json.dumps(val, ensure_ascii=False)[1:-1], ensure_ascii=False)[1:-1]}
    for f in forms:
        fb = f.encode()
        i = raw.find(fb)
        while i >= 0:
            out.append((i, i + len(fb)))
            i = raw.find(fb, i + 1)
    return out


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def ctx(raw, s, e, width=60):
    t = raw[s:e].decode("utf-8", "replace")
    if len(t) > 140:
        t = t[:90] + " … " + t[-40:]
    return t


def main():
    labels = json.load(open(os.path.join(HERE, "labels_detail.json")))
    optional = json.load(open(os.path.join(HERE, "optional.json")))
    tp, fn, fp = defaultdict(int), defaultdict(int), defaultdict(int)
    det_ok, det_all = 0, 0
    misses, fps, examples, detmis, dups = [], [], [], [], []
    for name in sorted(labels):
        path = os.path.join(HERE, "bodies", name + ".json")
        raw = open(path, "rb").read()
        p = subprocess.run([BIN, "scan", "--examples", "--format", "jsonl", path], capture_output=True, text=True, timeout=120)
        if p.returncode not in (0, 1):
            print(f"!! {name}: exit {p.returncode}: {p.stderr.strip()[:300]}")
        finds = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
        labs = [dict(l, spans=spans(raw, l["value"]), hit=None) for l in labels[name]]
        opts = [dict(l, spans=spans(raw, l["value"])) for l in optional.get(name, [])]
        for f in finds:
            fs = (f["start"], f["end"])
            if f.get("example"):
                examples.append((name, f, ctx(raw, *fs)))
                continue
            cands = [l for l in labs if l["category"] == f["category"] and any(overlap(fs, s) for s in l["spans"])]
            if cands:
                free = [l for l in cands if l["hit"] is None]
                if free:
                    free.sort(key=lambda l: l["detector"] != f["detector"])
                    free[0]["hit"] = f
                else:
                    dups.append((name, f["detector"], ctx(raw, *fs)))
                continue
            if any(any(overlap(fs, s) for s in o["spans"]) for o in opts):
                continue
            other = [l for l in labs if any(overlap(fs, s) for s in l["spans"])]
            note = f" (overlaps labelled {other[0]['category']}/{other[0]['detector']})" if other else ""
            fp[f["category"]] += 1
            fps.append((name, f["category"], f["detector"], f.get("line"), ctx(raw, *fs) + note))
        for l in labs:
            if l["hit"]:
                tp[l["category"]] += 1
                det_all += 1
                if l["hit"]["detector"] == l["detector"]:
                    det_ok += 1
                else:
                    detmis.append((name, l["category"], l["detector"], l["hit"]["detector"]))
            else:
                fn[l["category"]] += 1
                v = l["value"] if isinstance(l["value"], str) else " … ".join(l["value"])
                misses.append((name, l["category"], l["detector"], v if len(v) < 140 else v[:90] + " … " + v[-40:]))
    print(f"{'category':<13}{'TP':>5}{'FN':>5}{'FP':>5}{'precision':>11}{'recall':>9}")
    T = [0, 0, 0]
    for c in CATS:
        a, b, d = tp[c], fn[c], fp[c]
        T = [T[0] + a, T[1] + b, T[2] + d]
        pr = f"{a / (a + d):.3f}" if a + d else "n/a"
        rc = f"{a / (a + b):.3f}" if a + b else "n/a"
        print(f"{c:<13}{a:>5}{b:>5}{d:>5}{pr:>11}{rc:>9}")
    extra = {k: v for k, v in fp.items() if k not in CATS}
    for c, d in extra.items():
        print(f"{c:<13}{0:>5}{0:>5}{d:>5}")
        T[2] += d
    a, b, d = T
    print(f"{'ALL':<13}{a:>5}{b:>5}{d:>5}{a / (a + d):>11.3f}{a / (a + b):>9.3f}")
    print(f"detector id agrees on {det_ok}/{det_all} true positives")
    print(f"\n== FALSE NEGATIVES ({len(misses)})")
    for m in misses:
        print("  %-34s %-12s %-28s %s" % m)
    print(f"\n== FALSE POSITIVES ({len(fps)})")
    for name, cat, det, line, t in fps:
        print(f"  {name:<34} {cat:<12} {det:<26} line {line}: {t!r}")
    print(f"\n== example:true findings (counted as not reported) ({len(examples)})")
    for name, f, t in examples:
        print(f"  {name:<34} {f['detector']:<26} {t!r}")
    print(f"\n== detector-id mismatches on true positives ({len(detmis)})")
    for m in detmis:
        print("  %-34s %-12s labelled %-26s got %s" % m)
    if VERBOSE:
        print(f"\n== duplicate findings on matched labels ({len(dups)})")
        for d in dups:
            print("  %-34s %-26s %r" % d)


if __name__ == "__main__":
    main()
