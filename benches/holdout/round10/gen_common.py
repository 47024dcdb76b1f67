"""Shared setup for the round 10 generator (imported by gen.py and the theme modules).

Round 9's `gen_common.py` (which loads round 8's, 7's, 6's and 3's helpers, round 8's request shapes and sessions, and
round 4's id generators) is loaded as a module of its own.  While it loads, this module steps out of sys.modules under
the name `gen_common`, so that the helpers round 9 loads (round 7's value generators, round 8's gen_shapes / gen_sess)
import from a complete module, exactly as they did in round 9; afterwards this module takes the name back.  Every layer
shares one Random object; it is reseeded here with this round's seed, and OUT/KEYS/HERE are repointed in every layer,
since each helper reads those names from its own module at call time.  Nothing is copied.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UP_DIR = os.path.join(HERE, "..")


sys.path.append(UP_DIR)
from modload import load as _load  # noqa: E402


_me = sys.modules.pop(__name__)
_r9 = _load("round9_common", os.path.join(UP_DIR, "round9", "gen_common.py"))
sys.modules[__name__] = _me
_r8, _r7, _r6, r3, R4 = _r9._r8, _r9._r7, _r9._r6, _r9.r3, _r9.R4
R = _r9.R
R.seed(10_2026_11_28)
for _m in (_r9, _r8, _r7, _r6, r3, R4):
    _m.HERE, _m.OUT, _m.KEYS = HERE, os.path.join(HERE, "bodies"), os.path.join(HERE, "keys")
_own = {"HERE", "r3", "R", "_load", "_me", "UP_DIR", "R4"}
globals().update({k: v for k, v in vars(_r9).items() if not k.startswith("_") and k not in _own})
OUT, KEYS = _r6.OUT, _r6.KEYS
V7, PV7 = _r9.V7, _r9.PV7
assert V7.R is R and PV7.R is R and r3.R is R and _r6.R is R

# Round 10 draws its agent sessions mostly as Claude Code (Anthropic Messages with tool_use / tool_result): the shape
# rotation of round 8's gen_shapes (used by gen_sess.emit) is re-weighted for this process only.
import gen_shapes as _SH  # noqa: E402
_SH.AGENT[:] = [_SH.cc, _SH.oai_chat, _SH.cc, _SH.gemini, _SH.bedrock_claude, _SH.cc, _SH.oai_resp, _SH.converse, _SH.cc, _SH.cc]
