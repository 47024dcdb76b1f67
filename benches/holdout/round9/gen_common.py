"""Shared setup for the round 9 generator (imported by gen.py and the theme modules).

Round 8's `gen_common.py` (which loads round 7's, round 6's and round 3's helpers) is loaded as a module of its own and
repointed here: OUT/KEYS/HERE and this round's seed are set in every layer, since each helper reads those names from its
own module at call time.  While it loads, `gen_common` names round 8's module, so that round 7's value generators (V7,
PV7) import from a complete module; afterwards this module takes the name back.  Round 8's request shapes and session
helpers (`gen_shapes.py`, `gen_text_code.py`, `gen_text_ops.py`, `gen_sess.py`) are loaded under their own names, and
round 4's generator (`../round4/gen.py`, its value helpers for CURP, RRN, PAN, My Number, CUIL, CNPJ) as R4.
"""
import importlib.util, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP_DIR = os.path.join(HERE, "..")


def _load(name, path, register=False):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


_me = sys.modules.pop(__name__)
_r8 = _load("round8_common", os.path.join(UP_DIR, "round8", "gen_common.py"), register=True)
sys.modules[__name__] = _me
_r7, _r6, r3 = _r8._r7, _r8._r6, _r8.r3
R4 = _load("round4_gen", os.path.join(UP_DIR, "round4", "gen.py"))
R = random.Random(9_2026_11_27)


def _repoint():
    for m in (_r8, _r7, _r6, r3, R4):
        m.HERE, m.OUT, m.KEYS, m.R = HERE, os.path.join(HERE, "bodies"), os.path.join(HERE, "keys"), R


_repoint()
_own = {"HERE", "r3", "R", "_load", "_me", "_repoint", "UP_DIR", "R4"}
globals().update({k: v for k, v in vars(_r8).items() if not k.startswith("_") and k not in _own})
OUT, KEYS = _r6.OUT, _r6.KEYS
V7, PV7 = _r8.V7, _r8.PV7
V7.R = PV7.R = R
for _n in ("gen_text_code", "gen_text_ops", "gen_shapes", "gen_sess"):
    _load(_n, os.path.join(UP_DIR, "round8", _n + ".py"), register=True)
