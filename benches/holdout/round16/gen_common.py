"""Shared setup for the round 16 generator (imported by gen.py and the theme modules).

Round 15's `gen_common.py` (which loads round 14's, and through it rounds 13 to 3, round 8's request shapes and session
helpers, and the value generators of rounds 7 to 14) is loaded as a module of its own, under the name `gen_common`
while it runs, exactly as it ran in its own round (this module steps out of sys.modules meanwhile and takes the name
back afterwards).  Every layer shares one Random object; it is reseeded here with this round's seed, and HERE/OUT/KEYS
are repointed in every layer.  Round 15's value generators (`gen_vals.py`) are then loaded as V15.  Nothing is copied.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP_DIR = os.path.join(HERE, "..")

sys.path.append(UP_DIR)
from modload import load as _load  # noqa: E402

_me = sys.modules.pop(__name__)
_r15 = _load("gen_common", os.path.join(UP_DIR, "round15", "gen_common.py"))
sys.modules["round15_common"] = _r15
sys.modules[__name__] = _me
_r14 = sys.modules["round14_common"]
_r13 = sys.modules["round13_common"]
_r12 = sys.modules["round12_common"]
_r11 = sys.modules["round11_common"]
_r10 = sys.modules["round10_common"]
_r9 = sys.modules["round9_common"]
_r8, _r7, _r6, r3, R4 = _r9._r8, _r9._r7, _r9._r6, _r9.r3, _r9.R4
R = _r9.R
R.seed(16_2026_11_25)
for _m in (_r15, _r14, _r13, _r12, _r11, _r10, _r9, _r8, _r7, _r6, r3, R4):
    _m.HERE, _m.OUT, _m.KEYS = HERE, os.path.join(HERE, "bodies"), os.path.join(HERE, "keys")
_own = {"HERE", "r3", "R", "_load", "_me", "UP_DIR", "R4"}
globals().update({k: v for k, v in vars(_r15).items() if not k.startswith("_") and k not in _own})
OUT, KEYS = _r6.OUT, _r6.KEYS
V7, PV7, V10, V9, V11, V12, V13, V14 = _r15.V7, _r15.PV7, _r15.V10, _r15.V9, _r15.V11, _r15.V12, _r15.V13, _r15.V14
V15 = _load("round15_vals", os.path.join(UP_DIR, "round15", "gen_vals.py"))
assert V14.R is R and V15.R is R and r3.R is R and _r6.R is R
write_corpus = _r8.write_corpus
