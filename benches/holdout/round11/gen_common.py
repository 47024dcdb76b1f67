"""Shared setup for the round 11 generator (imported by gen.py and the theme modules).

Round 10's `gen_common.py` (which loads round 9's, and through it rounds 8, 7, 6, 4 and 3, round 8's request shapes and
session helpers) is loaded as a module of its own.  While it loads, this module steps out of sys.modules under the name
`gen_common`, so that the layers below import a complete module exactly as they did in their own rounds; afterwards
this module takes the name back.  Every layer shares one Random object; it is reseeded here with this round's seed, and
HERE/OUT/KEYS are repointed in every layer (each helper reads them from its own module at call time).  Round 10's and
round 9's value generators (`gen_vals.py`) are then loaded as V10 / V9 against this module.  Nothing is copied.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP_DIR = os.path.join(HERE, "..")


sys.path.append(UP_DIR)
from modload import load as _load  # noqa: E402


_me = sys.modules.pop(__name__)
_r10 = _load("round10_common", os.path.join(UP_DIR, "round10", "gen_common.py"))
sys.modules[__name__] = _me
_r9 = sys.modules["round9_common"]
_r8, _r7, _r6, r3, R4 = _r9._r8, _r9._r7, _r9._r6, _r9.r3, _r9.R4
R = _r9.R
R.seed(11_2026_11_25)
for _m in (_r10, _r9, _r8, _r7, _r6, r3, R4):
    _m.HERE, _m.OUT, _m.KEYS = HERE, os.path.join(HERE, "bodies"), os.path.join(HERE, "keys")
_own = {"HERE", "r3", "R", "_load", "_me", "UP_DIR", "R4"}
globals().update({k: v for k, v in vars(_r10).items() if not k.startswith("_") and k not in _own})
OUT, KEYS = _r6.OUT, _r6.KEYS
V7, PV7 = _r9.V7, _r9.PV7
assert V7.R is R and PV7.R is R and r3.R is R and _r6.R is R
V10 = _load("round10_vals", os.path.join(UP_DIR, "round10", "gen_vals.py"))
V9 = _load("round9_vals", os.path.join(UP_DIR, "round9", "gen_vals.py"))
assert V10.R is R and V9.R is R
write_corpus = _r8.write_corpus
