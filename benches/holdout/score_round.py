#!/usr/bin/env python3
"""Score the holdout round whose folder this is run from (rounds 4 on link
their score.py here) with round 3's scorer: the same rules (overlap +
category, `a|b` labels, examples count as not reported) on that folder's
bodies and labels.

    cd roundN && python3 score.py [--bin PATH] [--verbose]
"""
import os
import sys

# The folder of the link that was run, not of this file.
HERE = os.path.dirname(os.path.abspath(sys.argv[0]))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.realpath(__file__)), "round3"))
import score as r3  # noqa: E402

if __name__ == "__main__":
    r3.HERE = HERE
    r3.main()
