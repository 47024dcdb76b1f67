#!/usr/bin/env python3
"""Score promptwall against the holdout round 7 corpus, with round 3's
scorer (the same rules: overlap + category, `a|b` labels, examples count
as not reported) run on this folder's bodies and labels.

    python3 score.py [--bin PATH] [--verbose]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round3"))
import score as r3  # noqa: E402

if __name__ == "__main__":
    r3.HERE = os.path.dirname(os.path.abspath(__file__))
    r3.main()
