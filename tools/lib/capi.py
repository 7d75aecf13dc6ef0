"""What the generator and the conformance check both need to know about the C API: the
versions, how the real headers are read, which macros are configuration rather than API, and
the stable ABI manifest (data/stable_abi.tsv)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The CPython versions, oldest first: the targets table's (python/py3ffi/targets.tsv)
from targets import VERSIONS  # noqa: E402, F401

# structmember.h, frameobject.h and datetime.h are outside Python.h but part of the API
# (PyMemberDef lived in structmember.h until 3.12; the frame and datetime APIs live there).
PREAMBLE = ("#include <Python.h>\n#include <structmember.h>\n#include <frameobject.h>\n"
            "#include <datetime.h>\n")

# Object-like macros of these headers describe the build, not the API.
CONFIG_HEADERS = {"pyconfig.h", "pymacconfig.h", "exports.h", "pyport.h",
                  "Python.h", "pyfpe.h", "pydtrace.h", "pystats.h"}
# patchlevel.h holds API constants (PY_RELEASE_LEVEL_*, and PYTHON_API_VERSION since 3.15)
# beside the interpreter's own version, which py3ffi derives from its configuration.
BUILD_VERSION = {"PY_MAJOR_VERSION", "PY_MINOR_VERSION", "PY_MICRO_VERSION", "PY_RELEASE_LEVEL",
                 "PY_RELEASE_SERIAL", "PY_VERSION_HEX", "PY_VERSION"}


# The build's flavour, which py3ffi reads (config.hpp) rather than declares (a debug build's
# headers define Py_REF_DEBUG themselves).
BUILD_FLAGS = {"Py_DEBUG", "Py_REF_DEBUG", "Py_TRACE_REFS", "Py_GIL_DISABLED", "Py_LIMITED_API"}


# Members a patch release appended to a struct only the runtime allocates: py3ffi leaves them
# out at that minor version (its layout is then the one every patch release shares), and the
# conformance check accepts a real struct longer by exactly these, at its end.
# (struct, minor version) -> the members
PATCH_TAILS = {
    # gh-142183's cached data-stack chunk, backported in March 2026 (put last, as remote
    # debuggers read the other members at fixed offsets); the first releases lack it
    ("PyThreadState", (3, 13)): ["datastack_cached_chunk"],
    ("PyThreadState", (3, 14)): ["datastack_cached_chunk"],
}
# Members a patch release spelled anew without changing the layout, by struct and minor
# version: the first patch release that has the new spelling (py3ffi's), and the members.
# gh-127545 (_Py_ALIGNED_DEF) gave PyObject's union an `_aligner` and PyASCIIObject's state
# struct a tag; Windows' 3.14.3 lacks both, Debian's 3.14.10 has them.
PATCH_RESPELLED = {
    ("PyObject", (3, 14)): (0x030E0A00, ["_aligner"]),
    ("PyASCIIObject", (3, 14)): (0x030E0A00, ["state"]),
}


def is_config_macro(name: str, file: str) -> bool:
    # (the SIZEOF_* of pyconfig.h, which PyPy's pypy_macros.h repeats)
    return file.split("/")[-1] in CONFIG_HEADERS or name in BUILD_VERSION or name in BUILD_FLAGS \
        or name.startswith("SIZEOF_")


def load_manifest() -> dict:
    """name -> {kind, added (major, minor), ifdef, flags}; feature macros left out."""
    rows = {}
    for line in (ROOT / "data" / "stable_abi.tsv").read_text().splitlines():
        if line.startswith("#"):
            continue
        kind, name, added, ifdef, flags, _members = line.split("\t")
        if kind == "feature_macro":
            continue
        rows[name] = {"kind": kind, "added": tuple(int(x) for x in added.split(".")),
                      "ifdef": None if ifdef == "-" else ifdef, "flags": flags.split(",")}
    return rows


def pointer_constant(tokens: list[str]) -> int | None:
    """The address of an object-like macro that is a constant pointer: NULL, or a small integer
    cast to void * (Py_MOD_GIL_NOT_USED is ((void *)1)); None for anything else."""
    t = [x for x in tokens if x not in ("(", ")")]
    if t in (["NULL"], ["_Py_NULL"]):
        return 0
    if len(t) == 3 and t[:2] == ["void", "*"] and t[2].isdigit():
        return int(t[2])
    return None


def abi_of(canonical: str, enums=()) -> str:
    """A C type as the x86-64 and AArch64 calling conventions see it: any pointer is a pointer,
    an integer is its width (const, signedness, an enum's name and long long against long do not
    change how a value is passed; noreturn and a narrower or missing result do). `enums`: typedef
    names of enums, which a canonical type may keep."""
    t = re.sub(r"\b(const|volatile|restrict|signed|unsigned)\b", "", canonical)
    t = re.sub(r"\benum \w+", "int", t)
    for e in enums:
        t = re.sub(r"\b%s\b" % e, "int", t)
    t = re.sub(r"\blong long\b", "long", t)
    for _ in range(4):  # (innermost first: a pointer to function is a pointer too)
        t = re.sub(r"(struct |union )?\b\w+\s*\*+(\s*\(\*\)\([^()]*\))?", "P", t)
        t = re.sub(r"\b\w+\s*\(\*\)\([^()]*\)", "P", t)
    return re.sub(r"\s+", " ", t).strip()
