"""Shared setup for the round 8 generator (imported by gen.py and the theme modules).

Round 7's helpers (`../round7/gen_common.py`, which loads round 6's, which imports round 3's) are loaded as a module of
their own and repointed at this folder: OUT/KEYS/HERE and this round's seed are set in every layer, since each helper
reads those names from its own module at call time.  Round 7's value generators (`gen_values.py`, `gen_pii_vals.py`) are
then loaded as V7 / PV7; they import `gen_common` by name, which resolves to this module.
"""
import importlib.util, os, random, sys

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
