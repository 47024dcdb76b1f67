"""Shared setup for the round 8 generator (imported by gen.py and the theme modules).

Round 7's helpers (`../round7/gen_common.py`, which loads round 6's, which imports round 3's) are loaded as a module of
their own and repointed at this folder: OUT/KEYS/HERE and this round's seed are set in every layer, since each helper
reads those names from its own module at call time.  Round 7's value generators (`gen_values.py`, `gen_pii_vals.py`) are
then loaded as V7 / PV7; they import `gen_common` by name, which resolves to this module.
"""
import importlib.util, json, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
R7 = os.path.join(HERE, "..", "round7")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_r7 = _load("round7_common", os.path.join(R7, "gen_common.py"))
_r6, r3 = _r7._r6, _r7.r3
R = random.Random(8_2026_11_26)
for _m in (_r7, _r6, r3):
    _m.HERE, _m.OUT, _m.KEYS, _m.R = HERE, os.path.join(HERE, "bodies"), os.path.join(HERE, "keys"), R
_own = {"HERE", "r3", "R", "_load", "R7"}
globals().update({k: v for k, v in vars(_r7).items() if not k.startswith("__") and not k.startswith("_") and k not in _own})
OUT, KEYS = _r6.OUT, _r6.KEYS
sys.modules.setdefault("gen_common", sys.modules[__name__])
V7 = _load("round7_values", os.path.join(R7, "gen_values.py"))
PV7 = _load("round7_pii_vals", os.path.join(R7, "gen_pii_vals.py"))


FORBIDDEN = "plac" + "eholder"


def write_corpus(modules, key_file):
    """Builds `modules` into r3.BODIES and writes bodies/*.json and labels.json under this module's HERE/OUT/KEYS
    (round 9 repoints them and calls this too); runs make_keys.sh first when KEYS lacks `key_file`."""
    if not os.path.exists(os.path.join(KEYS, key_file)):
        subprocess.run(["bash", os.path.join(HERE, "make_keys.sh")], check=True)
    for m in modules:
        m.build()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    labels, cats, sizes = {}, {}, []
    for name, (text, labs) in sorted(r3.BODIES.items()):
        assert (not labs) == name.startswith("n_"), name
        assert FORBIDDEN not in text.lower() and FORBIDDEN not in name.lower(), name
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
        labels[name] = labs
        sizes.append(len(text.encode()))
        for l in labs:
            cats[l[0].split("|")[0]] = cats.get(l[0].split("|")[0], 0) + 1
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
    npos = sum(1 for v in labels.values() if v)
    neg = sum(s for (n, s) in zip(sorted(r3.BODIES), sizes) if n.startswith("n_"))
    print("bodies=%d positive=%d negative=%d labels=%d %s total=%d KB (negatives %d KB) min=%d max=%d" % (
        len(labels), npos, len(labels) - npos, sum(len(v) for v in labels.values()), cats, sum(sizes) // 1024, neg // 1024, min(sizes), max(sizes)))
    print("under 1 KB:", [n for n, s in zip(sorted(r3.BODIES), sizes) if s < 1024])
    print("over 250 KB:", [n for n, s in zip(sorted(r3.BODIES), sizes) if s > 250 * 1024])
