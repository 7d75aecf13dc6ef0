"""Checks py3ffi against one interpreter's real Python.h and exported symbols.

    check.py INTERPRETER MODE        MODE: full | limited (floor = the interpreter's version)
                                           | limited3.7 (floor 3.7, the interpreter's headers)
                                           | full-ft (a GIL interpreter's 3.13+ headers read
                                             as a free-threaded build's: -DPy_GIL_DISABLED=1)
                                           | abi3t (3.15+: Py_TARGET_ABI3T, floor 3.15)
                                     a PyPy or GraalPy INTERPRETER has the mode full alone
                                     (-DPY3FFI_PYPY, -DPY3FFI_GRAALPY)

Both sides are read with libclang (C for Python.h, C++17 for py3ffi) in the same
configuration. Compared: every function's and datum's type, every typedef, the size, alignment
and field offsets of every struct both sides define, the value and type of every integer
constant; every extern function and datum py3ffi declares must be exported by the interpreter;
in limited modes nothing may be declared before the stable ABI manifest says it was added.
The other way round, it lists what the real header has and py3ffi lacks. Prints one summary
line of counts; exits 1 on any mismatch.

PyPy's headers rename the API (#define PyList_New PyPyList_New): their declarations are compared
under the names that the headers bind to them, and each of py3ffi's externs must bind to the
symbol the headers bind its name to.

GraalPy keeps CPython's names, in its own headers and library (libpython-native.so). Its
headers turn many of CPython's macros into calls of its own functions (Py_TYPE -> GraalPy_TYPE)
and its singletons into pointers (_Py_NoneStructReference): py3ffi's inline form of such a name
must reach the same functions and data. Names in no CPython header of the same version are
GraalPy's own, set apart from the coverage.

This file reads the command line; sides.py reads both sides, checks.py holds the checks, by
name, and report.py the report they share, with the summary line and the JSON report
(build/conformance/INTERPRETER-MODE.json).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "lib"))
import checks  # noqa: E402
import headers  # noqa: E402
import sides  # noqa: E402
from report import Report  # noqa: E402
from targets import ABI3T_SINCE, FREE_THREADED_SINCE, hex_of  # noqa: E402


@dataclass
class Target:
    """What the command line asks for: the interpreter, the mode, and the flags each side is
    read with (real_flags: the real headers', ours: py3ffi's); floor: the limited API's, or
    None."""
    name: str
    mode: str
    it: headers.Interp
    real_flags: list[str]
    ours: list[str]
    floor: tuple[int, int] | None

    @property
    def pypy(self) -> bool:
        return self.it.impl == "PyPy"

    @property
    def graal(self) -> bool:
        return self.it.impl == "GraalPy"

    @property
    def t(self) -> tuple[int, int]:
        return self.it.minor

    @property
    def as_ft(self) -> bool:
        # full-ft: only compiled, no free-threaded library of this version to hold the symbols
        return self.mode == "full-ft"


def configure(name: str, mode: str) -> Target:
    """The target of `check.py name mode`; stops with a message if there is none."""
    interps = {i.name: i for i in headers.interpreters() + headers.foreign_interpreters()}
    if name not in interps:
        raise SystemExit("conformance: no interpreter %s in %s" % (name, headers.TABLE))
    it = interps[name]
    if it.impl not in ("CPython", "PyPy", "GraalPy"):
        raise SystemExit("conformance: %s is %s: py3ffi does not target it yet" % (name, it.impl))
    pypy, graal = it.impl == "PyPy", it.impl == "GraalPy"
    if (pypy or graal) and mode != "full":
        raise SystemExit("conformance: %s is %s, which has no stable ABI and no free-threaded "
                         "build: its only mode is full, not %s" % (name, it.impl, mode))
    t = it.minor
    # py3ffi means what C extensions mean with PY_SSIZE_T_CLEAN (Py_ssize_t for '#' formats)
    real_flags = it.cflags() + ["-DPY_SSIZE_T_CLEAN"]
    # the full PY_VERSION_HEX, as the config tool writes it
    ours = ["-DPY3FFI_PYTHON_VERSION=0x%08X" % it.hexversion]
    if pypy:  # (PyPy's version as PY_VERSION_HEX: the Python version it implements)
        ours.append("-DPY3FFI_PYPY")
    if graal:  # (likewise GraalPy's, whose sys.hexversion is the Python version's)
        ours.append("-DPY3FFI_GRAALPY")
    if it.debug:
        ours.append("-DPy_DEBUG")
    if it.gil_disabled:  # (its pyconfig.h defines Py_GIL_DISABLED for the real side)
        ours.append("-DPy_GIL_DISABLED")
    floor = None
    if mode == "full-ft":
        if it.gil_disabled or t < FREE_THREADED_SINCE:
            raise SystemExit("conformance: full-ft reads a GIL build's %d.%d+ headers as a "
                             "free-threaded build's; %s is not one" % (*FREE_THREADED_SINCE, name))
        real_flags.append("-DPy_GIL_DISABLED=1")
        ours.append("-DPy_GIL_DISABLED")
    if it.gil_disabled and mode != "full" and t < ABI3T_SINCE:
        raise SystemExit("conformance: %s is free-threaded: no limited API before %d.%d"
                         % (name, *ABI3T_SINCE))
    if mode == "limited":
        floor = t
    elif mode == "limited3.7":
        floor = (3, 7)
    elif mode == "abi3t":
        if t < ABI3T_SINCE:
            raise SystemExit("conformance: abi3t begins with %d.%d; %s is %d.%d"
                             % (*ABI3T_SINCE, name, *t))
        floor = ABI3T_SINCE
        real_flags.append("-DPy_TARGET_ABI3T=" + hex_of(ABI3T_SINCE))
        ours.append("-DPy_TARGET_ABI3T=" + hex_of(ABI3T_SINCE))
    elif mode not in ("full", "full-ft", "abi3t"):
        raise SystemExit("conformance: unknown mode %s" % mode)
    if floor and mode != "abi3t":
        lim = "-DPy_LIMITED_API=0x%02X%02X0000" % floor
        real_flags.append(lim)
        ours.append(lim)
    return Target(name, mode, it, real_flags, ours, floor)


def main(argv):
    if len(argv) != 2:
        raise SystemExit(__doc__)
    tg = configure(*argv)
    both = sides.read(tg)
    report = Report()
    for name, run in checks.CHECKS:
        report.check = name
        run(tg, both, report)
    report.cover()
    print(report.summary("%s %s" % (tg.name, tg.mode), tg.it.impl, tg.as_ft))
    if "-v" in os.environ.get("PY3FFI_CONFORMANCE", ""):
        for line in report.details():
            print(line)
    # (a self-test's run against a broken copy keeps its own report)
    tag = "" if sides.INCLUDE == ROOT / "include" else "-selftest"
    report.write(ROOT / "build" / "conformance" / ("%s-%s%s.json" % (tg.name, tg.mode, tag)))
    for f in report.failures:
        print("  MISMATCH " + f)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
