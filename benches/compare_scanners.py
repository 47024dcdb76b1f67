#!/usr/bin/env python3
"""promptwall scan next to detect-secrets on the labelled corpus.

    python3 benches/compare_scanners.py [--runs 3]

1. Fills the labelled corpus (tests/corpus/*.json) into real request bodies
   with the corpus test (`PROMPTWALL_CORPUS_DUMP=dir cargo test --test
   detect_corpus`): the same bodies, with the same generated values, that
   the corpus test scores.
2. Installs detect-secrets (Yelp, PyPI) into target/compare-venv the first
   time, and builds promptwall in release mode.
3. Runs both scanners over all bodies in one invocation each and scores
   them per category the way the corpus test does: per body,
   min(expected, reported) true positives, the excess on either side false
   positives / negatives. detect-secrets finds secrets and private keys
   only, so it is scored on those two categories; its "Private Key" plugin
   counts as private_key, every other plugin as secret.
4. Reports throughput as corpus bytes over the best wall time of --runs
   runs of each (process start-up included; both tools scan every file).

Nothing here is sent anywhere; both tools run locally on generated bodies.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "target" / "compare-venv"
DETECT_SECRETS = "detect-secrets==1.5.0"


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_detect_secrets():
    exe = VENV / "bin" / "detect-secrets"
    if not exe.exists():
        print(f"installing {DETECT_SECRETS} into {VENV} ...", file=sys.stderr)
        sh([sys.executable, "-m", "venv", str(VENV)])
        sh([str(VENV / "bin" / "pip"), "install", "-q", DETECT_SECRETS])
    return exe


def dump_corpus(out):
    print("filling the corpus ...", file=sys.stderr)
    env = dict(os.environ, PROMPTWALL_CORPUS_DUMP=str(out))
    sh(["cargo", "test", "-q", "--test", "detect_corpus"], cwd=ROOT, env=env,
       stdout=subprocess.DEVNULL)
    labels = {}
    for line in (out / "labels.jsonl").read_text().splitlines():
        rec = json.loads(line)
        per_cat = defaultdict(int)
        for cat, _det, k in rec["labels"]:
            per_cat[cat] += k
        labels[rec["file"]] = per_cat
    return labels


def run_promptwall(files):
    exe = ROOT / "target" / "release" / "promptwall"
    p = subprocess.run([str(exe), "scan", "--format", "jsonl", *map(str, files)],
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"promptwall scan failed: {p.stderr}")
    got = defaultdict(lambda: defaultdict(int))
    for line in p.stdout.splitlines():
        f = json.loads(line)
        if not f.get("example"):
            got[Path(f["file"]).name][f["category"]] += 1
    return got


def run_detect_secrets(exe, folder):
    p = subprocess.run([str(exe), "scan", "--all-files", "."], cwd=folder,
                       capture_output=True, text=True, check=True)
    got = defaultdict(lambda: defaultdict(int))
    for name, results in json.loads(p.stdout)["results"].items():
        for r in results:
            cat = "private_key" if r["type"] == "Private Key" else "secret"
            got[Path(name).name][cat] += 1
    return got


def timed(fn, runs):
    best, out = None, None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best, out


def score(labels, got, cats):
    s = {c: [0, 0, 0] for c in cats}  # tp, fp, fn
    for name, exp in labels.items():
        for c in cats:
            e, g = exp.get(c, 0), got.get(name, {}).get(c, 0)
            s[c][0] += min(e, g)
            s[c][1] += max(0, g - e)
            s[c][2] += max(0, e - g)
    return s


def pr(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="timed runs per tool (best counts)")
    args = ap.parse_args()

    ds = ensure_detect_secrets()
    print("building promptwall (release) ...", file=sys.stderr)
    sh(["cargo", "build", "-q", "--release"], cwd=ROOT)
    with tempfile.TemporaryDirectory(prefix="pw-compare-") as tmp:
        folder = Path(tmp)
        labels = dump_corpus(folder)
        files = sorted(folder / f for f in labels)
        size = sum(f.stat().st_size for f in files)
        t_pw, got_pw = timed(lambda: run_promptwall(files), args.runs)
        t_ds, got_ds = timed(lambda: run_detect_secrets(ds, folder), args.runs)

    cats = ["secret", "private_key", "pii", "confidential"]
    s_pw = score(labels, got_pw, cats)
    s_ds = score(labels, got_ds, ["secret", "private_key"])
    print(f"corpus: {len(files)} bodies, {size / 1e3:.0f} kB\n")
    print("| category | promptwall P / R (tp/fp/fn) | detect-secrets 1.5.0 P / R (tp/fp/fn) |")
    print("| --- | --- | --- |")
    for c in cats:
        p, r = pr(*s_pw[c])
        a = f"{p:.3f} / {r:.3f} ({'/'.join(map(str, s_pw[c]))})"
        if c in s_ds:
            p2, r2 = pr(*s_ds[c])
            b = f"{p2:.3f} / {r2:.3f} ({'/'.join(map(str, s_ds[c]))})"
        else:
            b = "not covered"
        print(f"| {c} | {a} | {b} |")
    print(f"\n| tool | best of {args.runs} (all files, one process) | throughput |")
    print("| --- | --- | --- |")
    for name, t in [("promptwall scan", t_pw), ("detect-secrets scan", t_ds)]:
        print(f"| {name} | {t * 1e3:.0f} ms | {size / t / 1e6:.2f} MB/s |")
    print(f"\npromptwall is {t_ds / t_pw:.1f}x faster on this corpus (start-up included).")


if __name__ == "__main__":
    main()
