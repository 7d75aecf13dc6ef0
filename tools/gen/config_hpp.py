"""Writes the version range checks of include/py3ffi/config.hpp, its `// <py3ffi:targets NAME>`
regions, from the targets table (python/py3ffi/targets.tsv): which CPython versions and floors
a build may name, from which version free-threaded builds and abi3t exist, and the PyPy and
GraalPy versions. Everything else in config.hpp is written by hand.

    python3 tools/gen/config_hpp.py [--check]

--check writes nothing: it shows how the regions differ from what the table gives and exits
with status 1 (tests/test_targets.py runs it)."""
# ruff: noqa: E501  (the templates below are config.hpp's lines, as long as they are there)
from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "lib"))
import targets  # noqa: E402
from targets import dotted, hex_of  # noqa: E402

CONFIG_HPP = ROOT / "include" / "py3ffi" / "config.hpp"
REGION = re.compile(r"^// <py3ffi:targets (\S+)>\n(.*?)^// </py3ffi:targets>\n", re.M | re.S)
# What the errors say of the PyPy and GraalPy versions in between that were never checked
# (the table lists what is supported, not why the gaps are there).
GAPS = {"PyPy": "a PyPy 3.10 was not available to check",
        "GraalPy": "GraalPy 24.0, for 3.10, was not checked"}


def after(v):
    """The minor version after v: the first one a range check refuses."""
    return v[0], v[1] + 1


def either(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def abi3t():
    # (the region opens the #if that selects abi3t, whose #else config.hpp writes on)
    a = hex_of(targets.ABI3T_SINCE)
    return f"""\
#if defined(Py_TARGET_ABI3T) || (defined(Py_LIMITED_API) && defined(Py_GIL_DISABLED) && (Py_LIMITED_API + 0) >= {a})
#  if defined(Py_TARGET_ABI3T) && (Py_TARGET_ABI3T + 0) < {a}
#    pragma message("py3ffi: Py_TARGET_ABI3T=" PY3FFI_STRINGIFY(Py_TARGET_ABI3T))
#    error "py3ffi: Py_TARGET_ABI3T is below {a}: abi3t (the free-threaded stable ABI) begins with {dotted(targets.ABI3T_SINCE)}. Fix: set Py_TARGET_ABI3T to {a} or later."
#  endif
"""


def floors():
    lo, hi = targets.FLOORS[0], targets.FLOORS[-1]
    return f"""\
#  if PY3FFI_LIMITED_REQUEST < {hex_of(lo)}
#    pragma message("py3ffi: Py_LIMITED_API=" PY3FFI_STRINGIFY(Py_LIMITED_API))
#    error "py3ffi: Py_LIMITED_API is below {hex_of(lo)} ({dotted(lo)}), the oldest stable ABI floor py3ffi supports. Fix: set Py_LIMITED_API to a version encoded like PY_VERSION_HEX, {hex_of(lo)} or later (0x030A0000 = abi3 for 3.10 and newer)."
#  endif
#  if PY3FFI_LIMITED_REQUEST >= {hex_of(after(hi))}
#    pragma message("py3ffi: Py_LIMITED_API=" PY3FFI_STRINGIFY(Py_LIMITED_API))
#    error "py3ffi: Py_LIMITED_API is {dotted(after(hi))} or newer; py3ffi knows the stable ABI up to {dotted(hi)}. Fix: set Py_LIMITED_API to at most {hex_of(hi)}."
#  endif
"""


def alternative(name, versions):
    """PyPy's or GraalPy's check: PY3FFI_PYTHON_VERSION must be one of the versions checked."""
    up = name.upper()
    wrong = " && ".join("((PY3FFI_PYTHON_VERSION + 0) >> 16) != 0x%02X%02X" % a.version for a in versions)
    which = either(["%s (%s %s for %s)" % (hex_of(a.version), name, a.releases, dotted(a.version))
                    for a in versions])
    return f"""\
#  if !defined(PY3FFI_PYTHON_VERSION) || ({wrong})
#    error "py3ffi: PY3FFI_{up} needs PY3FFI_PYTHON_VERSION, the Python version {name} implements: {which}, the {name} versions py3ffi's declarations are checked against ({GAPS[name]}). Fix: set PY3FFI_PYTHON_VERSION (python -m py3ffi.config does, from the interpreter)."
#  endif
"""


def version():
    lo, hi = targets.OLDEST, targets.NEWEST
    return f"""\
#if PY3FFI_VERSION_HEX < {hex_of(lo)} || PY3FFI_VERSION_HEX >= {hex_of(after(hi))}
#  pragma message("py3ffi: PY3FFI_PYTHON_VERSION=" PY3FFI_STRINGIFY(PY3FFI_VERSION_HEX))
#  error "py3ffi: PY3FFI_PYTHON_VERSION is outside the supported range {dotted(lo)} to {dotted(hi)}. Fix: set it to a version from {hex_of(lo)} ({dotted(lo)}) to {hex_of(hi)} ({dotted(hi)}), encoded like PY_VERSION_HEX."
#endif
"""


def free_threaded():
    ft, a = targets.FREE_THREADED_SINCE, targets.ABI3T_SINCE
    # (the free-threaded versions before abi3t, which have no stable ABI at all)
    no_abi = "/".join(dotted(v) + "t" for v in targets.FREE_THREADED if v < a)
    return f"""\
#  if PY3FFI_VERSION_HEX < {hex_of(ft)}
#    pragma message("py3ffi: PY3FFI_PYTHON_VERSION=" PY3FFI_STRINGIFY(PY3FFI_VERSION_HEX))
#    error "py3ffi: Py_GIL_DISABLED needs a free-threaded target, which exists from {dotted(ft)} on. Fix: set PY3FFI_PYTHON_VERSION to {hex_of(ft)} or later, or undefine Py_GIL_DISABLED."
#  endif
#  if PY3FFI_LIMITED && !PY3FFI_ABI3T
#    pragma message("py3ffi: Py_LIMITED_API=" PY3FFI_STRINGIFY(Py_LIMITED_API))
#    error "py3ffi: Py_LIMITED_API with Py_GIL_DISABLED: free-threaded builds have no stable ABI before {dotted(a)} (abi3t). Fix: drop Py_LIMITED_API for a {no_abi} build, or set Py_LIMITED_API (or Py_TARGET_ABI3T) to {hex_of(a)} for abi3t."
#  endif
"""


# The regions, by name, in the order config.hpp has them.
REGIONS = {
    "abi3t": abi3t,
    "floors": floors,
    "pypy": lambda: alternative("PyPy", targets.PYPY),
    "graalpy": lambda: alternative("GraalPy", targets.GRAALPY),
    "version": version,
    "free-threaded": free_threaded,
}


def render(text: str) -> str:
    """config.hpp's text with every region written anew."""
    found = [m.group(1) for m in REGION.finditer(text)]
    if found != list(REGIONS):
        raise SystemExit("config_hpp: %s has the regions %s; expected %s, once each and in "
                         "that order" % (CONFIG_HPP, found, list(REGIONS)))
    return REGION.sub(lambda m: m.group(0)[:m.start(2) - m.start(0)] + REGIONS[m.group(1)]()
                      + m.group(0)[m.end(2) - m.start(0):], text)


def main(argv: list[str]) -> int:
    if argv not in ([], ["--check"]):
        raise SystemExit(__doc__)
    old = CONFIG_HPP.read_text(encoding="utf-8")
    new = render(old)
    if new == old:
        return 0
    if argv == ["--check"]:
        sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                                   str(CONFIG_HPP), "from the targets table"))
        print("config_hpp: %s is stale: run python3 tools/gen/config_hpp.py" % CONFIG_HPP)
        return 1
    CONFIG_HPP.write_text(new, encoding="utf-8")
    print("config_hpp: wrote %s" % CONFIG_HPP)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
