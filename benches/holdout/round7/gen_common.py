"""Shared setup and value helpers for the round 7 generator (imported by gen.py and the theme modules).

Round 6's helpers (`../round6/gen_common.py`, which itself reuses round 3's), loaded as a module of their own and
repointed at this folder: OUT/KEYS/HERE, this round's seed, and a filler filter that also drops a word the project
never writes.  Every helper reads those names from round 6's module at call time, so setting them there is enough.
"""
import importlib.util, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("round6_common", os.path.join(HERE, "..", "round6", "gen_common.py"))
_r6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_r6)
r3 = _r6.r3
_r6.HERE = r3.HERE = HERE
_r6.OUT = r3.OUT = os.path.join(HERE, "bodies")
_r6.KEYS = r3.KEYS = os.path.join(HERE, "keys")
_r6.R = r3.R = random.Random(7_2026_11_25)
_r6._BAD = re.compile(r"(?i:plac[e]holder)|" + _r6._BAD.pattern)
_own = {"HERE", "r3"}
globals().update({k: v for k, v in vars(_r6).items() if not k.startswith("__") and k not in _own})
