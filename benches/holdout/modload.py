"""Loads a generator module of another round by its path under a name of
its own (rounds 10 to 12 chain their helpers this way)."""
import importlib.util
import sys


def load(name, path):
    """Executes the file at `path` as module `name`, registered in
    sys.modules before it runs (its own imports may refer to it)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod
