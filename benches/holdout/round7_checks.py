"""Round 7's validate.py run on another round's folder, its output
captured: the checks every later round starts from (rounds 10 to 12 call
this instead of each carrying the same lines)."""
import contextlib
import io
import os


def run(here):
    """Runs ../round7/validate.py as if it stood in `here`; returns what it
    printed, as a StringIO."""
    r7 = os.path.join(here, "..", "round7", "validate.py")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(open(r7).read(), r7, "exec"),
             {"__file__": os.path.join(here, "validate.py"), "__name__": "__main__"})
    return buf


def check_id(ids, body, desc, value):
    """Checks `value` with the validator of the first `ids` key that
    starts the label's description `desc` (python-stdnum's `validate`,
    which raises on a bad value). Returns (checked, problems), printing a
    problem."""
    k = next((x for x in ids if desc.startswith(x)), None)
    if k is None:
        return 0, 0
    try:
        ids[k](value)
    except Exception as e:  # noqa: BLE001  (stdnum raises several kinds)
        print("BAD ID", body, desc, value, repr(e))
        return 1, 1
    return 1, 0
