"""What the generator reasons about: the targets (implementations and versions), the modes it
decides gates over, the items it declares and the entries it writes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# The versions read (tools/gen/scan.py) are the targets table's (python/py3ffi/targets.tsv):
# CPython's, and the PyPy and GraalPy versions config.hpp accepts. (tools/lib is on the path:
# generate.py)
from targets import GRAALPY_VERSIONS, PYPY_VERSIONS, VERSIONS  # noqa: F401

Version = tuple  # (3, 12)


def vname(v: Version) -> str:
    """A version as config.hpp's predicates take it: `3, 12`."""
    return "%d, %d" % v


@dataclass(frozen=True)
class Mode:
    """One configuration: an implementation at a Python version, with the full API or the
    limited API from a floor on. A flavour is the same headers read with one macro more
    (windows, debug, freethreaded, abi3t): what it changes is written inside a declaration,
    under config.hpp's macro for it, so gates are decided over the plain modes."""
    implementation: str  # CPython, PyPy or GraalPy
    target: Version
    floor: Version | None = None  # Py_LIMITED_API's version; None for the full API
    flavour: str = ""

    @property
    def full(self) -> bool:
        return self.floor is None

    @property
    def limited(self) -> bool:
        return self.floor is not None

    @property
    def api_version(self) -> Version:
        """The version whose API it may use: the target's, or the limited API's floor."""
        return self.target if self.full else self.floor

    @property
    def plain(self) -> Mode:
        return Mode(self.implementation, self.target, self.floor)

    def order(self):
        """Older targets first, then the full API, then lower floors."""
        return self.target, self.limited, self.floor or (0, 0)

    def sort_key(self):
        """The full API first, then by target and floor."""
        return self.implementation, self.limited, self.target, self.floor or (0, 0), self.flavour


def full(t: Version, flavour: str = "") -> Mode:
    return Mode("CPython", t, None, flavour)


def limited(f: Version, t: Version, flavour: str = "") -> Mode:
    return Mode("CPython", t, f, flavour)


# CPython's modes, where a name's presence decides its gate.
MODES = [full(t) for t in VERSIONS] + [limited(f, t) for t in VERSIONS for f in VERSIONS if f <= t]


@dataclass(frozen=True, eq=False)  # (one object per implementation: hashed by identity)
class Implementation:
    """Another implementation of the C API (PyPy, GraalPy): the Python versions read from its
    headers, and config.hpp's predicates for it."""
    name: str
    versions: list

    @property
    def is_(self) -> str:
        return "PY3FFI_IS_" + self.name.upper()

    @property
    def not_(self) -> str:
        return "PY3FFI_NOT_" + self.name.upper()

    @property
    def not_before(self) -> str:
        """config.hpp's macro: not this implementation before a version (true on others)."""
        return "PY3FFI_NOT_%s_BEFORE" % self.name.upper()

    @property
    def not_since(self) -> str:
        """config.hpp's macro: not this implementation from a version on."""
        return "PY3FFI_NOT_%s_SINCE" % self.name.upper()

    def modes(self) -> list:
        return [Mode(self.name, t) for t in self.versions]


PYPY = Implementation("PyPy", PYPY_VERSIONS)
GRAALPY = Implementation("GraalPy", GRAALPY_VERSIONS)
OTHERS = (PYPY, GRAALPY)
# Every mode config.hpp accepts (PyPy and GraalPy: the full API only, at their own versions):
# every gate is checked over all of them.
ALL_MODES = MODES + [Mode(impl.name, t) for impl in OTHERS for t in impl.versions]


@dataclass
class Item:
    """A name some configuration's headers declare: its declaration in each mode that has it."""
    kind: str  # function, data, typedef (any type), constant
    texts: dict = field(default_factory=dict)  # Mode -> declaration
    where: dict = field(default_factory=dict)  # Mode -> (header file, line)
    numeric: dict = field(default_factory=dict)  # Mode -> (C type, value), for a constant
    fallback: dict = field(default_factory=dict)  # Mode -> the constant by value
    platform: bool = False  # a constant whose value the platform or build picks
    as_macro: set = field(default_factory=set)  # modes that spell the function as a macro


@dataclass(frozen=True)
class Entry:
    """One declaration to write: where the newest header has it, its name, gate and text."""
    line: int
    name: str
    gate: str
    text: str
    kind: str

    @property
    def extern(self) -> bool:
        """Data and functions: declared in the extern "C" block."""
        return self.kind in ("data", "function")


def header_of(path: str) -> str:
    """Include/foo.h -> foo; Include/cpython/foo.h -> cpython/foo."""
    return re.sub(r"\.h$", "", path)
