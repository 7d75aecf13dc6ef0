"""Writes py3ffi's declarations of the limited API (every version 3.7-3.15) into the
`// <py3ffi:generated>` regions of include/py3ffi/*.hpp, creating headers that do not exist yet.

Input: the real headers as read by tools/gen/scan.py (build/gen/*.json) and the stable ABI
manifest (data/stable_abi.tsv). For every name the limited API declares in some configuration,
the generator knows in which configurations (full API at target T, limited API at floor F <= T)
it exists and what it looks like there; it writes one declaration per distinct form, under the
simplest gate built from config.hpp's predicates that reproduces exactly that set, and checks
that gate against every configuration before writing it. A name it cannot gate is an error.

What the generator leaves alone is written by hand and listed in HANDWRITTEN below.
"""
from __future__ import annotations

import difflib
import json
import os
import re
import sys
from collections import defaultdict, namedtuple
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANS = ROOT / "build" / "gen"
# where to write (the freshness test writes into a copy and compares)
INCLUDE = Path(os.environ.get("PY3FFI_INCLUDE", ROOT / "include")) / "py3ffi"
sys.path.insert(0, str(ROOT / "tools" / "lib"))
from capi import PATCH_TAILS, VERSIONS, is_config_macro, load_manifest, pointer_constant  # noqa: E402
from capi import abi_of as capi_abi_of  # noqa: E402

BEGIN, END = "// <py3ffi:generated>", "// </py3ffi:generated>"
INC_BEGIN, INC_END = "// <py3ffi:includes>", "// </py3ffi:includes>"
# Headers every header may rely on without including them (object.hpp includes these).
BASE = {"pyport", "pytypedefs", "object", "refcount", "cpython/object"}

# Written by hand (layouts that depend on more than the version, macros turned into inline
# functions, configuration). The generator skips these names; the conformance check still
# compares them with the real headers.
HANDWRITTEN = {
    # pyport.hpp
    "Py_ssize_t": "pyport", "Py_hash_t": "pyport", "Py_uhash_t": "pyport",
    # object.hpp / cpython/object.hpp: layouts per version and build flavour
    "PyObject": "object", "PyVarObject": "object", "PyTypeObject": "cpython/object",
    # inline forms of macros and static inline functions (the exported function of the same
    # name, where there is one, has the same signature: checked by conformance)
    "Py_TYPE": "object", "Py_SIZE": "object", "Py_IS_TYPE": "object", "Py_SET_SIZE": "object",
    "Py_SET_TYPE": "object", "Py_Is": "object", "Py_IsNone": "object", "Py_IsTrue": "boolobject",
    "Py_IsFalse": "boolobject", "Py_REFCNT": "refcount", "Py_SET_REFCNT": "refcount",
    "Py_NewRef": "refcount", "Py_XNewRef": "refcount", "PyType_HasFeature": "object",
    "PyUnicode_DATA": "cpython/unicodeobject", "PyUnicode_KIND": "cpython/unicodeobject",
    # its value is the build's own ABI version (Py_LIMITED_API or the target)
    "PyABIInfo_DEFAULT_ABI_VERSION": "modsupport", "PyABIInfo_DEFAULT_FLAGS": "modsupport",
    # inline fast paths (one compare-exchange) in front of the exported functions
    "PyMutex_Lock": "cpython/pylock", "PyMutex_Unlock": "cpython/pylock",
    "PyMutex_IsLocked": "cpython/pylock",
    # a long's digit is 15 bits on 32-bit platforms before 3.11 (pyport.h); the scans are of
    # 64-bit headers
    "digit": "cpython/longintrepr", "sdigit": "cpython/longintrepr",
    "twodigits": "cpython/longintrepr", "stwodigits": "cpython/longintrepr",
    "PyLong_SHIFT": "cpython/longintrepr", "PyLong_BASE": "cpython/longintrepr",
    "PyLong_MASK": "cpython/longintrepr",
    # declared outside intrcheck.h's HAVE_FORK block: on Windows too, in the full API
    "PyOS_AfterFork": "intrcheck",
}

# What the headers declare but Windows' DLLs do not export (PC/ builds no frozenmain.c, and
# exports no built-in module's init function): gated out there.
NOT_ON_WINDOWS = {"Py_FrozenMain", "PyInit__imp"}


# The CPython-only structs py3ffi defines, by header (the others of the full API are declared
# but opaque for now; issue 4 goes on with them): the object layouts and the embedding API.
FULL_LAYOUTS = {
    "cpython/initconfig", "cpython/unicodeobject", "unicodeobject", "cpython/longintrepr",
    "longintrepr", "cpython/bytesobject", "bytesobject", "cpython/bytearrayobject",
    "bytearrayobject", "cpython/floatobject", "floatobject", "cpython/complexobject",
    "complexobject", "cpython/listobject", "listobject", "cpython/tupleobject", "tupleobject",
    "cpython/dictobject", "dictobject", "cpython/setobject", "setobject", "cpython/methodobject",
    "methodobject", "cpython/funcobject", "funcobject", "cpython/classobject", "classobject",
    "cpython/cellobject", "cellobject", "cpython/memoryobject", "memoryobject",
    "cpython/weakrefobject", "weakrefobject", "cpython/descrobject", "descrobject",
    "cpython/pyerrors", "datetime",
    # PyMutex is embedded in objects (and in the free-threaded object header)
    "cpython/lock", "cpython/pylock", "cpython/critical_section", "critical_section",
    "cpython/monitoring",  # PyMonitoringState: its `active` flag is read inline
    "cpython/object", "object",  # the slot tables of PyTypeObject, PyHeapTypeObject
    "cpython/code", "code",  # PyCode_GetNumFree & co. read it
    "cpython/pythread", "pythread",  # Py_tss_t, allocated statically with Py_tss_NEEDS_INIT
    "cpython/pystate", "pystate",  # PyThreadState: the recursion and trashcan macros read it
}
# Layouts that changed within a minor version (the scans see one release per minor version):
# opaque until the patch release of the change is pinned down.
PATCH_DEPENDENT = {
    # excs_str appeared between 3.13.0 (88 bytes) and 3.13.18 (96 bytes)
    "PyBaseExceptionGroupObject",
    # 3.13.0 has original_opcode/line_delta, later 3.13 releases bytes_per_entry/data
    "_PyCoLineInstrumentationData",
}

# Before 3.13, '#' formats take Py_ssize_t lengths only with PY_SSIZE_T_CLEAN, which renames
# these functions; py3ffi always means the Py_ssize_t ones (as pyo3-ffi does): on those
# targets the declaration binds the name to the _SizeT symbol (PY3FFI_SYMBOL, config.hpp).
SIZE_T_SYMBOLS = {n: "_%s_SizeT" % n for n in (
    "PyArg_Parse", "PyArg_ParseTuple", "PyArg_ParseTupleAndKeywords", "PyArg_VaParse",
    "PyArg_VaParseTupleAndKeywords", "Py_BuildValue", "Py_VaBuildValue", "PyObject_CallFunction",
    "PyObject_CallMethod")}

# ... and the length type of '#' formats is Py_ssize_t too (int without PY_SSIZE_T_CLEAN).
CLEAN_TYPEDEFS = {"Py_ssize_clean_t": "using Py_ssize_clean_t = Py_ssize_t;"}

# A manifest ifdef becomes this config.hpp macro.
IFDEF = {"MS_WINDOWS": "PY3FFI_WINDOWS", "HAVE_FORK": "PY3FFI_HAVE_FORK",
         "USE_STACKCHECK": "PY3FFI_USE_STACKCHECK",
         "PY_HAVE_THREAD_NATIVE_ID": "PY3FFI_HAVE_THREAD_NATIVE_ID",
         "Py_REF_DEBUG": "PY3FFI_REF_DEBUG", "Py_TRACE_REFS": "PY3FFI_TRACE_REFS"}

# Identifiers a constant's C expression may use and still be copied as an expression.
EXPR_WORDS = {"sizeof", "unsigned", "signed", "int", "long", "char", "short", "size_t",
              "Py_ssize_t", "void"}
# Constants whose value the headers choose by the pointer size (facts of CPython's headers; the
# scans see one platform only): name -> the choice, in config.hpp's terms.
# Constants whose value the platform picks (the scans read x86-64 Linux's headers): their
# expression over config.hpp's platform macros.
BY_PLATFORM = {
    "PyHASH_BITS": "PY3FFI_SIZEOF_VOID_P >= 8 ? 61 : 31",  # (pyhash.h)
    "Py_C_RECURSION_LIMIT": "PY3FFI_C_RECURSION_LIMIT",  # (3.13's cpython/pystate.h)
    "Py_UNICODE_SIZE": "static_cast<int>(sizeof(wchar_t))",  # (SIZEOF_WCHAR_T: 2 on Windows)
    # (pythread.h up to 3.12: the NT API's DWORD milliseconds on Windows, 0xFFFFFFFE from 3.12)
    "PY_TIMEOUT_MAX": "PY3FFI_WINDOWS ? (PY3FFI_BEFORE(3, 12) ? 0xFFFFFFFFLL : 0xFFFFFFFELL) * 1000 "
                      ": 9223372036854775807LL / 1000",
}

# <cstdint>'s limits, which keep their own type (PyTime_MIN is INT64_MIN: an int64_t, long long
# on Windows, not the long it is here)
STDINT_LIMITS = {"INT%d_%s" % (b, e) for b in (8, 16, 32, 64) for e in ("MIN", "MAX")} | \
    {"UINT%d_MAX" % b for b in (8, 16, 32, 64)} | {"SIZE_MAX"}

# One declaration to write: where the newest header has it, its name, gate and text.
Entry = namedtuple("Entry", "line name gate text kind")

# Typedef names of enums (filled from the scans): an enum is passed as an int.
ENUMS = set()

# The PyPy and GraalPy versions read (tools/gen/scan.py), the ones config.hpp accepts: the
# targets table's (python/py3ffi/targets.tsv).
from targets import GRAALPY_VERSIONS, PYPY_VERSIONS  # noqa: E402


class Alt:
    """Another implementation of the C API (PyPy, GraalPy): the Python versions read from its
    headers, and config.hpp's predicates for it."""

    def __init__(self, name, versions):
        self.name, self.versions = name, versions
        up = name.upper()
        self.IS, self.NOT = "PY3FFI_IS_" + up, "PY3FFI_NOT_" + up
        self.SINCE, self.BEFORE = "PY3FFI_%s_SINCE" % up, "PY3FFI_%s_BEFORE" % up
        self.TERMS = "PY3FFI_%s_" % up  # (what its SINCE and BEFORE begin with)


PYPY = Alt("PyPy", PYPY_VERSIONS)
GRAALPY = Alt("GraalPy", GRAALPY_VERSIONS)

# ---------------------------------------------------------------------------------------------
# configurations and predicates


def full(t):
    return ("full", t, None)


def limited(f, t):
    return ("limited", t, f)


MODES = [full(t) for t in VERSIONS] + [limited(f, t) for t in VERSIONS for f in VERSIONS if f <= t]


def vname(v):
    return "%d, %d" % v


class Pred:
    """A config.hpp predicate: its C++ spelling and its value in a configuration."""

    def __init__(self, text, fn, v=None, parts=None):
        self.text, self.fn, self.v = text, fn, v
        self.parts = parts or [self]  # the terms of a conjunction

    def __call__(self, mode):
        return self.fn(mode)


def SINCE(v):
    return Pred("PY3FFI_SINCE(%s)" % vname(v),
                lambda m: (m[1] if m[0] == "full" else m[2]) >= v, v)


def LIMITED_SINCE(v):
    return Pred("PY3FFI_LIMITED_SINCE(%s)" % vname(v),
                lambda m: m[0] == "full" or m[2] >= v, v)


def TARGET_SINCE(v):
    return Pred("PY3FFI_TARGET_SINCE(%s)" % vname(v), lambda m: m[1] >= v, v)


def BEFORE(v):
    return Pred("PY3FFI_BEFORE(%s)" % vname(v), lambda m: m[1] < v)


FULL_ONLY = Pred("!PY3FFI_LIMITED", lambda m: m[0] == "full")
LIMITED_ONLY = Pred("PY3FFI_LIMITED", lambda m: m[0] == "limited")


def conj(preds):
    parts = [q for p in preds for q in p.parts]
    return Pred(" && ".join(p.text for p in parts) or "1",
                lambda m: all(p(m) for p in parts), parts=parts)


def implies(p, q):
    """p => q, for the version predicates (a later version implies an earlier one)."""
    kind = lambda x: x.text.split("(")[0]  # noqa: E731
    if q.v is None or p.v is None or p.v < q.v:
        return False
    return kind(q) == "PY3FFI_TARGET_SINCE" and kind(p) in ("PY3FFI_TARGET_SINCE", "PY3FFI_SINCE") \
        or kind(q) == kind(p) == "PY3FFI_SINCE" or kind(q) == kind(p) == "PY3FFI_LIMITED_SINCE"


def _interval(vs):
    """Predicates true exactly for target versions `vs`: [TARGET_SINCE(lo)] + [BEFORE(hi)] for
    a run of versions, a disjunction of runs otherwise (3.9 and 3.10 do not export
    PyStructSequence_UnnamedField, which 3.8 and 3.11 do)."""
    vs = sorted(set(vs))
    runs, cur = [], [vs[0]]
    for v in vs[1:]:
        if VERSIONS.index(v) == VERSIONS.index(cur[-1]) + 1:
            cur.append(v)
        else:
            runs.append(cur)
            cur = [v]
    runs.append(cur)

    def run(r):
        out = []
        if r[0] > VERSIONS[0]:
            out.append(TARGET_SINCE(r[0]))
        if r[-1] < VERSIONS[-1]:
            out.append(BEFORE((3, r[-1][1] + 1)))
        return out

    if len(runs) == 1:
        return run(runs[0])
    parts = [conj(run(r)) for r in runs]
    return [Pred("(%s)" % " || ".join(p.text if " && " not in p.text else "(%s)" % p.text
                                      for p in parts),
                 lambda m, parts=parts: any(p(m) for p in parts))]


def presence_gate(present: set):
    """The simplest gate true exactly on `present` (a set of modes), of the form
    A && (!LIMITED || B): A bounds the target version, B adds the limited API's own bounds
    (its floor, and target versions whose limited headers lack the name)."""
    if present == set(MODES):
        return conj([])
    fulls = [m[1] for m in present if m[0] == "full"]
    lims = [m for m in present if m[0] == "limited"]
    if not fulls:
        a = _interval([m[1] for m in lims])
        y = min(m[2] for m in lims)
        terms = [LIMITED_ONLY] + (a or []) + ([LIMITED_SINCE(y)] if y > VERSIONS[0] else [])
        cands = [conj(terms)] if a is not None else []
    else:
        a = _interval(fulls)
        if a is None:
            return None
        if not lims:
            cands = [conj([FULL_ONLY] + a)]
        else:
            y = min(m[2] for m in lims)
            b = _interval([m[1] for m in lims]) or []
            # drop the limited bounds A already implies
            b = [p for p in b if p.text not in {q.text for q in a}]
            ls = [LIMITED_SINCE(y)] if y > VERSIONS[0] else []
            # a floor >= y already means a target >= y
            b = [p for p in b if not (p.text.startswith("PY3FFI_TARGET_SINCE")
                                      and ls and p.v <= ls[0].v)]
            cands = []
            if not b:
                # SINCE(x) is TARGET_SINCE(x) for the full API and floor >= x for the limited one
                if a and a[0].text.startswith("PY3FFI_TARGET_SINCE") and ls and \
                        a[0].text[len("PY3FFI_TARGET_SINCE"):] == ls[0].text[len("PY3FFI_LIMITED_SINCE"):]:
                    cands.append(conj([SINCE(y)] + a[1:]))
                cands.append(conj(a + ls))
            else:
                inner = conj(b + ls)
                cands.append(conj(a + [Pred("(!PY3FFI_LIMITED || %s)" % (
                    inner.text if len(b + ls) == 1 else "(%s)" % inner.text),
                    lambda m, inner=inner: m[0] == "full" or inner(m))]))
    for c in cands:
        if all(c(m) == (m in present) for m in MODES):
            return c
    return None


def variant_chain(texts: dict):
    """`texts`: mode -> text, for the modes where the item exists. Returns [(pred, text)], the
    first matching pred wins, the last one is unconditional; or None if no chain fits."""
    distinct = sorted(set(texts.values()), key=lambda t: min(m[1] for m in texts if texts[m] == t))
    if len(distinct) == 1:
        return [(None, distinct[0])]
    for key in (lambda m: m[1], lambda m: m[1] if m[0] == "full" else m[2]):
        by = {}
        ok = True
        for m, t in texts.items():
            if by.setdefault(key(m), t) != t:
                ok = False
                break
        if not ok:
            continue
        # change points along the version axis
        chain, prev = [], None
        for v in sorted(by):
            if by[v] != prev:
                chain.append((v, by[v]))
                prev = by[v]
        make = TARGET_SINCE if key(("full", (3, 8), (3, 7))) == (3, 8) and key(
            ("limited", (3, 8), (3, 7))) == (3, 8) else SINCE
        out = [(make(v), t) for v, t in reversed(chain[1:])] + [(None, chain[0][1])]
        if all(next(t for p, t in out if p is None or p(m)) == texts[m] for m in texts):
            return out
    return None

# ---------------------------------------------------------------------------------------------
# reading the scans and the manifest


def load_scans():
    scans = {}
    for m in MODES:
        name = "%d.%d-%s" % (m[1] + (("full",) if m[0] == "full" else ("limited%d.%d" % m[2],)))
        path = SCANS / (name + ".json")
        if not path.exists():
            sys.exit("generate: %s missing: run tools/gen/scan.py first" % path)
        scans[m] = json.loads(path.read_text())
    windows, debug = {}, {}
    for t in VERSIONS:
        for key, suffix in ((full(t), "full"), (limited(t, t), "limited%d.%d" % t)):
            windows[key] = json.loads((SCANS / ("%d.%d-%s-windows.json" % (t + (suffix,)))).read_text())
        path = SCANS / ("%d.%d-full-debug.json" % t)
        if not path.exists():
            sys.exit("generate: %s missing: run tools/gen/scan.py first" % path)
        debug[full(t)] = json.loads(path.read_text())
    freethreaded = {}
    for t in VERSIONS:
        path = SCANS / ("%d.%d-full-freethreaded.json" % t)
        if t >= (3, 13):
            if not path.exists():
                sys.exit("generate: %s missing: run tools/gen/scan.py first" % path)
            freethreaded[full(t)] = json.loads(path.read_text())
        if t >= (3, 15):  # abi3t, as a variant of the stable ABI at its own version
            path = SCANS / ("%d.%d-limited%d.%d-abi3t.json" % (t + t))
            if not path.exists():
                sys.exit("generate: %s missing: run tools/gen/scan.py first" % path)
            freethreaded[limited(t, t)] = json.loads(path.read_text())
    symbols = {t: set(json.loads((SCANS / ("%d.%d-symbols.json" % t)).read_text()))
               for t in VERSIONS}
    def alt_scans(alt):  # PyPy's or GraalPy's own headers and library, per Python version
        out = {}
        for t in alt.versions:
            path = SCANS / ("%s%d.%d.json" % ((alt.name.lower(),) + t))
            if not path.exists():
                sys.exit("generate: %s missing: run tools/gen/scan.py first (it needs %s for "
                         "%d.%d in the interpreter table)" % ((path, alt.name) + t))
            out[t] = json.loads(path.read_text())
        return out
    pypy, graal = alt_scans(PYPY), alt_scans(GRAALPY)
    # (the members a patch release appended, left out: capi.PATCH_TAILS)
    for readings in (scans, windows, debug, freethreaded):
        for m, s in readings.items():
            for (n, t), tail in PATCH_TAILS.items():
                if m[1] != t:
                    continue
                for key in [n] + [d["tag"] for d in [s["typedef"].get(n)] if d and d.get("tag")]:
                    rec = s["record"].get(key)
                    if rec and rec["complete"] and [f["name"] for f in rec["fields"][-len(tail):]] == tail:
                        rec["fields"] = rec["fields"][:-len(tail)]
    return scans, windows, debug, freethreaded, symbols, pypy, graal


# ---------------------------------------------------------------------------------------------
# rendering one declaration from a scan entry


class Renderer:
    def __init__(self, tagmap):
        self.tagmap = tagmap  # struct tag -> API name (_object -> PyObject)
        self.defined = set()  # the structs py3ffi defines (the others stay opaque)
        self.abi3t_hidden = {}  # struct -> "absent" or "opaque" in abi3t (3.15+)

    def ty(self, spelling: str) -> str:
        # Where C writes `struct _frame *`, so does py3ffi (with the API's name for the tag):
        # the elaborated form declares the struct in place when no header of that version
        # names it (3.7's limited API has no PyFrameObject, only struct _frame).
        s = re.sub(r"\benum\s+", "", spelling)  # (an enum cannot be declared in passing)
        s = re.sub(r"\b\w+\b", lambda m: self.tagmap.get(m.group(0), m.group(0)), s)
        s = s.replace("_Bool", "bool")
        # system types py3ffi spells without their headers (which would leak macros)
        s = re.sub(r"\bpthread_key_t\b", "detail::native_tss_key", s)
        return s

    def declarator(self, spelling: str, name: str) -> str:
        s = self.ty(spelling)
        if "(*)" in s:
            return s.replace("(*)", "(*%s)" % name, 1)
        if s.endswith("]"):
            i = s.index("[")
            return "%s %s%s" % (s[:i].rstrip(), name, s[i:])
        return s + name if s.endswith("*") else s + " " + name

    def function(self, name, d, exported=True):
        """The declaration of function `name`: an export of the interpreter (PY3FFI_API, the
        dllimport of Windows); with exported=False, the head of an inline definition."""
        params = []
        for ty, pn in zip(d["params"], d["param_names"] or [""] * len(d["params"])):
            usable = pn and "(" not in ty and "[" not in ty and not pn.startswith("_")
            params.append(self.declarator(ty, pn) if usable else self.ty(ty))
        if d["variadic"]:
            params.append("...")
        noreturn = "[[noreturn]] " if "noreturn" in d["canonical"] else ""
        # C functions throw no C++ exception: noexcept lets callers (py3ffi's inline forms among
        # them) tail-call them and need no unwinding tables, as in C
        return "%s%s%s(%s) noexcept;" % (noreturn, "PY3FFI_API " if exported else "",
                                         self.declarator(d["result"], name), ", ".join(params))

    def data(self, name, d):
        return "PY3FFI_DATA %s;" % self.declarator(d["type"], name)

    def typedef(self, name, d, scan, variants=None, abi3t=True):
        kind = d.get("tag_kind")
        if kind == "enum":
            body = ", ".join("%s = %d" % tuple(e) for e in d["enumerators"])
            return "enum %s : %s { %s };" % (name, d["enum_type"], body)
        if kind in ("struct", "union") and abi3t and name in self.abi3t_hidden and name in self.defined:
            # abi3t hides what holds a PyObject by value (PyModuleDef) or drops it (its m_base);
            # the gate is 0 outside abi3t, so every version's text is the same
            text = self.typedef(name, d, scan, variants, abi3t=False)
            if self.abi3t_hidden[name] == "absent":
                return "#if !PY3FFI_OPAQUE_OBJECT\n%s\n#endif" % text
            if text != "%s %s;" % (kind, name):
                return "#if PY3FFI_OPAQUE_OBJECT\n%s %s;\n#else\n%s\n#endif" % (kind, name, text)
            return text
        if kind in ("struct", "union"):
            rec = scan["record"].get(name)
            ft = (variants or {}).get("PY3FFI_GIL_DISABLED", {}).get("record", {}).get(name)
            if name in self.defined and ft and ft["complete"] and not (rec and rec["complete"]):
                # defined only in free-threaded builds (PyCriticalSection in 3.13 and 3.14)
                return "#if PY3FFI_GIL_DISABLED\n%s\n#else\n%s %s;\n#endif" % (
                    self.record(name, ft), kind, name)
            if rec and rec["complete"] and name in self.defined:
                return self.record(name, rec, variants={
                    gate: v["record"][name] for gate, v in (variants or {}).items()
                    if name in v["record"] and v["record"][name]["complete"]})
            return "%s %s;" % (kind, name)
        return "using %s = %s;" % (name, self.ty(d["type"]))

    @staticmethod
    def merged_fields(fields, variants):
        """The fields, each under the gate of the readings that have it: those only a variant
        reading has (PyConfig's legacy_windows_stdio under PY3FFI_WINDOWS, run_presite under
        PY3FFI_DEBUG) under its gate, those it lacks or declares otherwise under the negation
        (3.14's free-threaded state.interned is a char, not a 2-bit field). A variant that
        reorders the fields is ignored."""
        out = [(f, None) for f in fields]
        for gate, rec in sorted(variants.items()):
            names = [f["name"] for f, _ in out]
            theirs = {f["name"]: f for f in rec["fields"]}
            # (members another variant added are not in this one: compare the common ones)
            if [n for n in theirs if n in names] != [n for n in names if n in theirs]:
                continue
            merged, i = [], 0

            # (only the free-threaded reading is complete enough to remove or retype members:
            # the Windows one lacks windows.h's types)
            exact = gate == "PY3FFI_GIL_DISABLED"

            def take(upto):  # base fields up to `upto`, those the variant lacks under !gate
                for f, g in out[i:upto]:
                    mine = exact and f["name"] not in theirs and g is None
                    merged.append((f, "!" + gate if mine else g))

            for f in rec["fields"]:
                if f["name"] in names:
                    j = names.index(f["name"], i)
                    take(j)
                    base, g = out[j]
                    if exact and g is None and \
                            (base["type"], base.get("bitfield")) != (f["type"], f.get("bitfield")):
                        merged += [(f, gate), (base, "!" + gate)]
                    else:
                        merged.append((base, g))
                    i = j + 1
                else:
                    merged.append((f, gate))
            take(len(out))
            out = merged
        return out

    def record(self, name, rec, indent="", variants=None):
        """A struct body; `variants`: gate -> the same struct read with that macro defined."""
        kw = "union" if rec["union"] else "struct"
        lines = ["%s%s %s{" % (indent, kw, name + " " if name else "")]
        for f, gate in self.merged_fields(rec["fields"], variants or {}):
            if gate:
                lines.append("#if " + gate)
            if f.get("nested"):
                inner = self.record("", f["nested"], indent + "    ")
                named = f["name"] and "(" not in f["name"]  # clang names anonymous members oddly
                lines.append(inner[:-1] + (" %s;" % f["name"] if named else ";"))
            elif f.get("enumerators") is not None:
                body = ", ".join("%s = %d" % tuple(x) for x in f["enumerators"])
                lines.append("%s    enum : %s { %s } %s;" % (indent, f["enum_type"], body, f["name"]))
            else:
                decl = self.declarator(f["type"], f["name"])
                if f["bitfield"] is not None:
                    decl += " : %d" % f["bitfield"]
                if f["type"].endswith("[]"):
                    # a flexible array member (GraalPy 24's PyLongObject): C99's, an extension
                    # of GCC's and Clang's in C++
                    lines += ["#  pragma GCC diagnostic push", "#  pragma GCC diagnostic ignored \"-Wpedantic\"",
                              "#  if defined(__clang__)",
                              "#    pragma clang diagnostic ignored \"-Wc99-extensions\"",
                              "#    pragma clang diagnostic ignored \"-Wflexible-array-extensions\"",
                              "#  endif", "%s    %s;" % (indent, decl), "#  pragma GCC diagnostic pop"]
                    continue
                lines.append("%s    %s;" % (indent, decl))
            if gate:
                lines.append("#endif")
        lines.append("%s};" % indent)
        return "\n".join(lines)

    @staticmethod
    def constant(name, ctype, value, tokens=None, known=()):
        expr = Renderer.expression(tokens, known)
        if expr and (re.search(r"\(\s*\w+_t\s*\)", expr) or set(re.findall(r"\w+", expr)) & STDINT_LIMITS):
            # its own cast gives the type (size_t, not what size_t is on Linux)
            return "inline constexpr auto %s = %s;" % (name, expr)
        return "inline constexpr %s %s = %s;" % (ctype, name, expr or Renderer.literal(ctype, value))

    @staticmethod
    def literal(ctype, value):
        suffix = {"unsigned int": "U", "long": "L", "unsigned long": "UL",
                  "long long": "LL", "unsigned long long": "ULL"}.get(ctype, "")
        if value in (-2 ** 63, -2 ** 31):  # the most negative value has no literal of its own
            return "(%d%s - 1)" % (value + 1, suffix)
        return "%d%s" % (value, suffix) if value >= 0 or suffix.startswith("U") else \
            "(%d%s)" % (value, suffix)

    @staticmethod
    def expression(tokens, known):
        """The macro's own expression, if it only uses literals, basic types and constants
        py3ffi also declares; keeps the source's form (and its platform-dependence)."""
        if not tokens:
            return None
        # (an underscore alias of a public constant reads as that one: 3.9's _PyHASH_BITS)
        tokens = [t[1:] if t.startswith("_") and t[1:] in known else t for t in tokens]
        for t in tokens:
            if re.match(r"[A-Za-z_]\w*$", t) and t not in EXPR_WORDS and t not in known and \
                    t not in STDINT_LIMITS:
                return None
            if t.startswith(("'", '"')):
                return None
        s = " ".join(tokens)
        s = s.replace("( ", "(").replace(" )", ")")
        return s

# ---------------------------------------------------------------------------------------------


def by_value(scans):
    """The structs the full API passes or returns by value (Py_complex), or holds by value in a
    struct it defines: those cannot stay opaque."""
    need = set()
    for m, s in scans.items():
        if m[0] != "full":
            continue
        records = {n for n, d in s["record"].items() if d["complete"]}
        for d in s["function"].values():
            for t in [d["result"]] + d["params"]:
                t = re.sub(r"\b(const|struct|union)\b", "", t).strip()
                if t in records:
                    need.add(t)
    return need


def header_of(path: str) -> str:
    """Include/foo.h -> foo; Include/cpython/foo.h -> cpython/foo."""
    return re.sub(r"\.h$", "", path)


def collect(scans, R, problems, windows=None, debug=None, freethreaded=None):
    """name -> {kind, texts: {mode: declaration}, where: {mode: (file, line)}, numeric, as_macro}
    for everything the real headers declare in any configuration (filtered later)."""
    items = {}

    def note(name, kind, mode, text, file, line):
        it = items.setdefault(name, {"kind": kind, "texts": {}, "where": {}})
        it["texts"][mode] = text
        it["where"][mode] = (file, line)

    # a type the API renamed keeps its old underscore name where it had it (_PyCFunctionFast)
    typedef_names = {n for s in scans.values() for n in s["typedef"]}

    def public(name):
        return not name.startswith("_") and name not in HANDWRITTEN

    def scan_variants(m):
        # (freethreaded also holds abi3t's reading of the 3.15 stable ABI: not a member variant)
        return {gate: readings[m] for gate, readings in (("PY3FFI_WINDOWS", windows),
                                                         ("PY3FFI_DEBUG", debug),
                                                         ("PY3FFI_GIL_DISABLED", freethreaded))
                if m in (readings or {}) and (gate != "PY3FFI_GIL_DISABLED" or m[0] == "full")}

    def record_variants(n, m):
        return {gate: v["record"][n] for gate, v in scan_variants(m).items()
                if n in v["record"] and v["record"][n]["complete"]}

    def defined_at(n, d, s):
        rec = s["record"].get(n)
        return (rec["file"], rec["line"]) if rec and rec["complete"] and \
            n in R.defined else (d["file"], d["line"])

    # structs defined in another header than the one that names them (3.11+ names them all in
    # pytypedefs.h, where 3.7 also has PyInterpreterState's layout in pystate.h)
    split = {n for s in scans.values() for n, d in s["typedef"].items()
             if d.get("tag_kind") in ("struct", "union") and n in R.defined and
             (defined_at(n, d, s)[0] != d["file"] or d["file"] == "pytypedefs.h")}

    def note_typedef(n, d, s, m):
        # a struct is placed where it is defined (3.11+ typedefs them all in pytypedefs.h)
        where = defined_at(n, d, s)
        note(n, "typedef", m, CLEAN_TYPEDEFS.get(n) or R.typedef(n, d, s, scan_variants(m)), *where)
        if n in split:
            # and declared ahead where the header names it (3.11+ pytypedefs.h), in every
            # configuration, for the headers that only point to it (object.h's
            # PyType_GetModuleByDef takes a PyModuleDef *; pystate.h's functions a PyThreadState *)
            note(n + " (forward)", "typedef", m, "%s %s;" % (d["tag_kind"], n), d["file"], d["line"])

    # monitoring.h's static inline PyMonitoring_Fire*Event: when the state is active, the
    # exported _PyMonitoring_Fire*Event of the same signature; else 0
    for m, s in scans.items():
        for n, d in s["function"].items():
            under = s["function"].get("_" + n)
            if not (n.startswith("PyMonitoring_Fire") and d["inline"] and under and not under["inline"]):
                continue
            names = d["param_names"] or []
            if names[:1] != ["state"] or len(names) != len(d["params"]):
                problems.append("%s: parameters not as expected: %s" % (n, names))
                continue
            decl = R.function("_" + n, under)[:-1]  # (ends in noexcept)
            body = R.function(n, d, exported=False)[:-1]
            note(n, "typedef", m, 'extern "C" %s;\ninline %s {\n    return state->active ? '
                 '_%s(%s) : 0;\n}' % (decl, body, n, ", ".join(names)), d["file"], d["line"])

    # constants py3ffi declares (others' expressions may refer to them)
    known_consts = {n for m, s in scans.items() if m[0] == "limited" for n in s["value"]
                    if public(n) and not is_config_macro(n, s["macro"][n]["file"])}
    # and in the full API, its own constants too (PyHASH_MODULUS names PyHASH_BITS)
    known_full = known_consts | {n for m, s in scans.items() if m[0] == "full" for n in s["value"]
                                 if public(n) and not is_config_macro(n, s["macro"][n]["file"])}
    for m, s in scans.items():
        for n, d in s["function"].items():
            if public(n) and not d["inline"]:
                text = R.function(n, d)
                if n in SIZE_T_SYMBOLS and m[1] < (3, 13):
                    text = text[:-1] + " PY3FFI_SYMBOL(%s);" % SIZE_T_SYMBOLS[n]
                note(n, "function", m, text, d["file"], d["line"])
        for n, d in s["data"].items():
            if public(n) and d["extern"]:
                note(n, "data", m, R.data(n, d), d["file"], d["line"])
        for n, d in s["typedef"].items():
            if public(n) or (n.startswith("_") and n[1:] in typedef_names and public(n[1:])):
                note_typedef(n, d, s, m)
        for n, d in s["record"].items():
            # structs declared without a typedef (struct PyModuleDef_Slot {...})
            if public(n) and n not in s["typedef"]:
                text = R.record(n, d) if d["complete"] and n in R.defined else \
                    "%s %s;" % ("union" if d["union"] else "struct", n)
                note(n, "typedef", m, text, d["file"], d["line"])
        # (the members of an enum py3ffi declares come with it; a private enum's public members,
        # PY_CODE_LOCATION_INFO_* of _PyCodeLocationInfoKind, are constants of their own)
        enum_members = {e for n2, d in s["typedef"].items() if public(n2)
                        for e, _ in d.get("enumerators", [])}
        for n, d in s["enumerator"].items():
            if public(n) and n not in enum_members:
                note(n, "constant", m, "inline constexpr int %s = %d;" % (n, d["value"]),
                     d["file"], d["line"])
        for n, (ctype, value) in s["value"].items():
            mac = s["macro"][n]
            if not public(n) or is_config_macro(n, mac["file"]):
                continue
            if ctype in ("?", "void *"):
                address = pointer_constant(mac["tokens"])
                if address is None:
                    problems.append("%s: constant of unsupported type" % n)
                    continue
                # not constexpr (no reinterpret_cast there), but a constant all the same
                value = "nullptr" if address == 0 else "reinterpret_cast<void *>(%d)" % address
                note(n, "constant", m, "inline void *const %s = %s;" % (n, value),
                     mac["file"], mac["line"])
                continue
            if n in BY_PLATFORM:
                note(n, "constant", m, "inline constexpr %s %s = %s;" % (ctype, n, BY_PLATFORM[n]),
                     mac["file"], mac["line"])
                continue
            dbg = (debug or {}).get(m, {}).get("value", {}).get(n)
            if dbg and tuple(dbg) != (ctype, value) and dbg[0] == ctype:
                # another value in debug builds (Py_C_RECURSION_LIMIT: 500 there, 10000 else)
                note(n, "constant", m, "inline constexpr %s %s = PY3FFI_DEBUG ? %s : %s;" % (
                    ctype, n, Renderer.literal(ctype, dbg[1]), Renderer.literal(ctype, value)),
                    mac["file"], mac["line"])
                items[n]["platform"] = True  # (keeps this text: no chain by value)
                continue
            note(n, "constant", m, R.constant(n, ctype, value, mac["tokens"],
                                              known_full if m[0] == "full" else known_consts),
                 mac["file"], mac["line"])
            items[n].setdefault("numeric", {})[m] = (ctype, value)
            items[n].setdefault("fallback", {})[m] = Renderer.constant(n, ctype, value)
            items[n].setdefault("platform", False)
            items[n]["platform"] |= "sizeof" in mac["tokens"]

    # underscore typedefs and structs the public declarations use (_Py_funcptr_t in PySlot,
    # struct _PyUnicodeObject_state in PyASCIIObject), and what those use in turn
    done = set()
    while True:
        used = {w for it in list(items.values()) for t in it["texts"].values()
                for w in re.findall(r"\b_\w+\b", t)} - done
        in_bodies = {w for it in list(items.values()) for t in it["texts"].values() if "{" in t
                     for w in re.findall(r"\b_\w+\b", t)}
        if not used:
            return items
        done |= used
        for m, s in scans.items():
            for n in used & set(s["typedef"]):
                note_typedef(n, s["typedef"][n], s, m)
            # a type only free-threaded builds declare, for their members (3.14's co_tlbc)
            ft = (freethreaded or {}).get(m) if m[0] == "full" else None
            for n in (used & set(ft["typedef"]) - set(s["typedef"])) if ft else ():
                d = ft["typedef"][n]
                rec = ft["record"].get(n)
                body = R.typedef(n, d, ft) if not (rec and rec["complete"] and n in R.defined) \
                    else R.record(n, rec)
                note(n, "typedef", m, "#if PY3FFI_GIL_DISABLED\n%s\n#endif" % body, d["file"], d["line"])
            for n in (used & in_bodies & R.defined & set(s["record"])) - set(s["typedef"]):
                d = s["record"][n]
                text = R.record(n, d, variants=record_variants(n, m)) if d["complete"] and \
                    n in R.defined else "%s %s;" % ("union" if d["union"] else "struct", n)
                note(n, "typedef", m, text, d["file"], d["line"])


def with_macro_forms(items, scans, manifest):
    """A function that some configurations spell as a function-like macro (Py_CompileString
    before 3.10) exists there too when the manifest lists it: the exported function is the
    same."""
    for m, s in scans.items():
        for n, mac in s["macro"].items():
            if mac["function_like"] and n in items and items[n]["kind"] == "function" \
                    and n in manifest and "abi_only" not in manifest[n]["flags"]:
                items[n].setdefault("as_macro", set()).add(m)
    return items


def api_row(manifest, n):
    row = manifest.get(n)
    return None if row and "abi_only" in row["flags"] else row  # ABI-only names are not API


def presence_of(n, it, row, symbols):
    """The configurations in which `n` exists."""
    declared = set(it["texts"]) | it.get("as_macro", set())
    exported = it["kind"] not in ("function", "data") or None
    # functions and data only where the interpreter exports them (3.7 declares
    # PyCmpWrapper_Type, defined nowhere; PyObject_DelAttr was a macro with no function behind it
    # until 3.13)
    present = {m for m in declared if exported or n in symbols[m[1]]}
    if not row:
        return present
    # Limited API: from the later of the manifest's version and the headers' own floor
    # (METH_METHOD: manifest 3.7, limited headers 3.9+), over the targets whose headers declare
    # it, gaps included: those are header bugs (PyMem_Calloc is missing from the 3.8/3.9
    # limited headers, but listed since 3.7 and exported).
    lims = [m for m in declared if m[0] == "limited"]
    if not lims:
        return present
    targets = {m[1] for m in lims}
    floor = max(row["added"], min(m[2] for m in lims))
    return {m for m in present if m[0] == "full"} | {
        m for m in MODES if m[0] == "limited" and m[2] >= floor
        and min(targets) <= m[1] <= max(targets) and (exported or n in symbols[m[1]])}


def struct_units(text):
    """A struct's text as (head, [unit], tail): each unit one member, with the lines of a nested
    anonymous struct/union or a `#if ... #endif` around it."""
    lines = text.split("\n")
    head, body, tail = lines[0], lines[1:-1], lines[-1]
    units, cur, depth = [], [], 0
    for ln in body:
        cur.append(ln)
        depth += ln.count("{") - ln.count("}")
        if ln.startswith("#if"):
            depth += 1
        elif ln.startswith("#endif"):
            depth -= 1
        if depth == 0:
            units.append("\n".join(cur))
            cur = []
    return head, units, tail


def fields_gated(texts, present):
    """A struct whose members differ between versions as one definition, each member under its
    own gate (fields added in 3.12 under PY3FFI_TARGET_SINCE(3, 12)), instead of one definition
    per version. None when the members do not merge into one order (a reordering)."""
    if len(set(texts.values())) == 1 or not all(
            re.match(r"(struct|union) \w+ \{\n", t) and t.endswith("};") for t in texts.values()):
        return None
    order = sorted(texts, key=lambda m: (m[1], m[0] == "limited", m[2] or (0, 0)))
    heads = {struct_units(t)[0] for t in texts.values()}
    if len(heads) != 1:
        return None
    merged = []  # [unit text, set of modes]
    for m in order:
        _, units, _ = struct_units(texts[m])
        keys = [u for u, _ in merged]
        sm = difflib.SequenceMatcher(a=keys, b=units, autojunk=False)
        out = []
        for op, a0, a1, b0, b1 in sm.get_opcodes():
            if op == "equal":
                for k in range(a1 - a0):
                    merged[a0 + k][1].add(m)
                    out.append(merged[a0 + k])
            else:
                out += merged[a0:a1] + [[u, {m}] for u in units[b0:b1]]
        merged = out
    for m in order:  # the merge must give back every version's members, in order
        if [u for u, ms in merged if m in ms] != struct_units(texts[m])[1]:
            return None
    # what the struct's own gate already says, a member's gate does not repeat
    own = presence_gate(set(present))
    own_terms = {q.text for q in own.parts} if own is not None else set()

    def member_gate(ms):
        best = None
        for cand in (presence_gate(ms | (set(MODES) - set(present))), presence_gate(ms)):
            if cand is None:
                continue
            short = conj([q for q in cand.parts if q.text not in own_terms])
            for g in (short, cand):
                if all(g(x) == (x in ms) for x in present) and (best is None or len(g.text) < len(best.text)):
                    best = g
        return best

    lines, open_gate = [heads.pop()], None
    for unit, ms in merged:
        gate = None if ms >= set(present) else member_gate(ms)
        if gate is None and not ms >= set(present):
            return None
        text = gate.text if gate else None
        if open_gate and (text != open_gate or unit.startswith("#if ")):
            lines.append("#endif")
            open_gate = None
        if text and unit.startswith("#if "):  # a Windows/debug member: one condition, joined
            first, rest = unit.split("\n", 1)
            lines.append("#if %s && %s\n%s" % (text, first[4:], rest))
        elif text and text != open_gate:
            lines += ["#if " + text, unit]
            open_gate = text
        else:
            lines.append(unit)  # (under the #if still open, when the gate is the same)
    if open_gate:
        lines.append("#endif")
    lines.append("};")
    return [(None, "\n".join(lines))]


def by_api(texts, present):
    """A declaration whose full-API form differs from its limited-API one (a struct the limited
    API keeps opaque; a function taking it, spelled `struct _frame *` there): the full API's
    forms under !PY3FFI_LIMITED, then the limited API's."""
    full = {m: t for m, t in texts.items() if m[0] == "full"}
    lim = {m: t for m, t in texts.items() if m[0] == "limited"}
    if not full or not lim:
        return None
    fchain = fields_gated(full, [m for m in present if m[0] == "full"]) or variant_chain(full)
    lchain = variant_chain(lim)
    if fchain is None or lchain is None:
        return None
    chain = [(conj([FULL_ONLY] + ([p] if p else [])), t) for p, t in fchain] + lchain
    # (a member-gated full form stands for every full version's own text)
    pick = {m: next(t for p, t in chain if p is None or p(m)) for m in texts}
    if all(pick[m] == texts[m] for m in lim) and \
            all(pick[m] in {t for _, t in fchain} for m in full):
        return chain
    return None


def constant_chain(it, n):
    """The variants of a constant. Its own expression where that is the same everywhere;
    otherwise its value, as one declaration whose initializer picks by version."""
    chain = variant_chain(it["texts"])
    if chain is not None and len(chain) == 1:
        return chain
    values = it.get("numeric", {})
    if not set(values) >= set(it["texts"]):
        return chain
    if len({values[m] for m in it["texts"]}) == 1:
        # one value, spelled differently over time: a spelling that names no other constant
        # (so it holds in every configuration, and on other platforms too), else the value
        numeric = Renderer.constant(n, *values[next(iter(it["texts"]))])
        own = [t for t in it["texts"].values() if t != numeric and set(
            re.findall(r"[A-Za-z_]\w*", t.split("=", 1)[1])) <= EXPR_WORDS]
        return [(None, own[-1] if own else numeric)]
    if it["platform"]:
        return chain
    chain = variant_chain({m: values[m] for m in it["texts"]})
    if chain is None:
        return None
    types = {t for _, (t, _) in chain}
    if len(types) != 1:
        return [(p, Renderer.constant(n, t, v)) for p, (t, v) in chain]
    ctype = types.pop()
    expr = Renderer.literal(ctype, chain[-1][1][1])
    for p, (t, v) in reversed(chain[:-1]):
        expr = "%s ? %s : %s" % (p.text, Renderer.literal(ctype, v), expr)
    return [(None, "inline constexpr %s %s = %s;" % (ctype, n, expr))]


def alt_record(scan, n):
    """PyPy's struct n (by its typedef name or tag), or None."""
    rec = scan["record"].get(n)
    td = scan["typedef"].get(n)
    if rec is None and td and td.get("tag"):
        rec = scan["record"].get(td["tag"])
    return rec


def on_alt_layout(n, chain, pypy_scans, scans, R, retag, alt=PYPY):
    """The struct n as PyPy (or GraalPy) lays it out, ahead of CPython's forms where its own
    differs (Py_buffer has PyPy's own members after CPython's; its PyBytesObject holds no
    characters; GraalPy's PyTupleObject points to its items): its definition, or an opaque
    declaration where its headers have none."""
    forms = {}
    for t, scan in pypy_scans.items():
        ours = scans.get(full(t), {}).get("record", {}).get(n)
        theirs = alt_record(scan, n)
        if ours is None and not (theirs and theirs["complete"]):
            continue  # (CPython's headers of that version lack it too)
        if theirs is None and n not in scan["typedef"]:
            continue  # (PyPy's lack it: the gate says so)
        mine = R.record(n, ours) if ours and ours["complete"] else None
        text = retag(R.record(n, theirs)) if theirs and theirs["complete"] else \
            "%s %s;" % ("union" if ours and ours["union"] else "struct", n)
        # a type of PyPy's own it uses (_PyASCIIObject_state_t), defined with it
        for u in sorted(set(re.findall(r"\b(_\w+)\b", text)) - {n}):
            own = alt_record(scan, u)
            if own and own["complete"] and u not in scans.get(full(t), {}).get("typedef", {}) and \
                    u not in R.defined:
                text = retag(R.record(u, own)) + "\n" + text
        if text != (retag(mine) if mine else None):
            forms[t] = text
    return alt_versions_chain(forms, chain, alt)


def alt_cond(versions, alt=PYPY) -> str:
    """The condition, on PyPy (or GraalPy), for these of its versions: "" for both, else the
    one's."""
    vs = sorted(versions)
    if vs == alt.versions:
        return ""
    if vs == [alt.versions[-1]]:
        return "PY3FFI_TARGET_SINCE(%s)" % vname(vs[0])
    return "PY3FFI_BEFORE(%s)" % vname((3, vs[-1][1] + 1))


def alt_versions_chain(forms, chain, alt=PYPY):
    """PyPy's (or GraalPy's) own forms (its version -> text) ahead of CPython's chain: one
    branch when both of its versions have the same, else one per version."""
    if set(forms) == set(alt.versions) and len(set(forms.values())) == 1:
        forms = {tuple(alt.versions): forms[alt.versions[0]]}
    else:
        forms = {(t,): text for t, text in forms.items()}
    return [(Pred(" && ".join([alt.IS] + [c for c in [alt_cond(vs, alt)] if c]), lambda m: False),
             forms[vs]) for vs in sorted(forms, reverse=True)] + chain


def on_alt_other(n, it, gate, chain, pypy_scans, R, retag, scans=None, alt=PYPY):
    """A constant or a typedef on PyPy (or GraalPy): absent where its headers lack it; its own
    value or type where it differs (PyPy's Py_TPFLAGS_* are long, its _PyCFunctionFast takes
    PyObject **; GraalPy's CO_MAXBLOCKS is 21)."""
    have, forms = set(), {}
    n = n.replace(" (forward)", "")  # (a forward declaration goes with its struct)
    for t, scan in pypy_scans.items():
        mine = it["texts"].get(full(t))
        if it["kind"] == "constant":
            if n in scan["value"]:
                have.add(t)
                theirs = scan["value"][n]
                if mine is not None and it.get("numeric", {}).get(full(t)) not in (None, tuple(theirs)):
                    forms[t] = Renderer.constant(n, *theirs)
            elif n in scan["enumerator"] or n in scan["macro"]:
                have.add(t)
        else:
            td = scan["typedef"].get(n)
            if td is None and alt_record(scan, n) is None:
                continue
            have.add(t)
            ours = scans[full(t)]["typedef"].get(n) if scans else None
            if td is not None and mine is not None and ours is not None and "{" not in mine and \
                    td.get("tag_kind") not in ("struct", "union") and \
                    abi_of(td["canonical"]) != abi_of(ours["canonical"]):
                forms[t] = retag(R.typedef(n, td, scan))
            elif td is not None and mine is not None and td.get("tag_kind") == "enum" and \
                    mine.startswith("enum ") and retag(R.typedef(n, td, scan)) != mine:
                # its own enumerators (GraalPy builds without pymalloc: no PYMEM_ALLOCATOR_PYMALLOC)
                forms[t] = retag(R.typedef(n, td, scan))
    term = ALT_TERM(have, alt, gate)
    if term:
        gate = conj(([gate] if gate.text != "1" else []) + [term])
    return gate, alt_versions_chain(forms, chain, alt)


def gates(items, manifest, symbols, pypy, problems, pypy_scans=None, scans=None, R=None,
          graal=None, graal_scans=None):
    """header -> [(line, name, gate, text, kind)]"""
    presence = {n: presence_of(n, it, api_row(manifest, n), symbols) for n, it in items.items()}
    # A constant or typedef may name another item only where that one exists too (T_INT is
    # Py_T_INT in 3.12+, but Py_T_INT needs a 3.12 floor; _PyCFunctionFast is PyCFunctionFast,
    # which the manifest gives a 3.13 floor): elsewhere it is written by value / by its type.
    # `struct X` keeps its keyword only where no declaration of X is in force (3.7's limited
    # API names struct _frame, never PyFrameObject); elsewhere it reads as the header's name.
    def declared_at(x, m):
        return x in HANDWRITTEN or x in presence and m in presence[x]

    for n, it in items.items():
        for m, text in list(it["texts"].items()):
            it["texts"][m] = re.sub(r"\b(struct|union) (\w+)\b(?!\s*[{;])", lambda g: g.group(2)
                                    if g.group(2) != n and declared_at(g.group(2), m)
                                    else g.group(0), text)

    def retag(text):
        # PyPy's layouts name what py3ffi declares by its API name (struct _object: PyObject)
        text = re.sub(r"\b(struct|union) (\w+)\b(?!\s*[{;])",
                      lambda g: R.tagmap.get(g.group(2), g.group(2))
                      if R.tagmap.get(g.group(2), g.group(2)) in presence else g.group(0), text)
        return text

    def spelled_out(text, m, absent):
        """`using A = B;` with each absent alias B replaced by what it stands for at m."""
        for r in absent:
            rhs = re.fullmatch(r"using \w+ = (.*);", items[r]["texts"].get(m, ""))
            if not rhs:
                return None
            text = re.sub(r"\b%s\b" % r, rhs.group(1), text)
        return text

    for n, it in items.items():
        for m, text in list(it["texts"].items()):
            refs = set(re.findall(r"\b\w+\b", text.split("=", 1)[-1])) & set(items)
            absent = {r for r in refs if r != n and m not in presence[r]}
            if not absent:
                continue
            if m in it.get("fallback", {}):
                it["texts"][m] = it["fallback"][m]
            elif text.startswith("using ") and spelled_out(text, m, absent):
                it["texts"][m] = spelled_out(text, m, absent)
    out = defaultdict(list)
    cpython_twins = {w[0] for it in items.values() for w in it["where"].values()
                     if w[0].startswith("cpython/")}
    for n, it in sorted(items.items()):
        row = api_row(manifest, n)
        present = presence[n]
        if not present:
            continue  # declared by some header, exported by no interpreter: nothing to call
        gate = presence_gate(present)
        if gate is None:
            problems.append("%s: no gate reproduces where it exists: %s" % (n, describe(present)))
            continue
        # only the forms of configurations where it exists (3.7 declares an int-returning
        # PyBuffer_SizeFromFormat that it does not export)
        it["texts"] = {m: t for m, t in it["texts"].items() if m in present} or it["texts"]
        chain = constant_chain(it, n) if it["kind"] == "constant" \
            else fields_gated(it["texts"], present) or variant_chain(it["texts"]) \
            or by_api(it["texts"], present)
        if chain is None:
            problems.append("%s: its form varies in a way no chain of version checks explains" % n)
            continue
        if row and row["ifdef"] in IFDEF:
            gate = conj(([gate] if gate.text != "1" else []) + [Pred(IFDEF[row["ifdef"]], lambda m: True)])
        if n in NOT_ON_WINDOWS:
            gate = conj(([gate] if gate.text != "1" else []) + [Pred("!PY3FFI_WINDOWS", lambda m: True)])
        if it["kind"] in ("function", "data"):
            gate, chain = on_pypy(n, it["kind"], gate, chain, pypy, problems, pypy_scans, scans, R)
            if graal is not None:
                gate, chain = on_graalpy(n, it["kind"], gate, chain, graal, graal_scans, scans, R)
        elif it["kind"] == "typedef" and R is not None and n in R.defined and \
                any("{" in t for t in it["texts"].values()):
            for alt, alt_scans in ((PYPY, pypy_scans), (GRAALPY, graal_scans)):
                if alt_scans is not None:
                    chain = on_alt_layout(n, chain, alt_scans, scans, R, retag, alt)
                    gate, _ = on_alt_other(n, it, gate, [], alt_scans, R, retag, scans, alt)
        elif it["kind"] in ("constant", "typedef") and R is not None:
            for alt, alt_scans in ((PYPY, pypy_scans), (GRAALPY, graal_scans)):
                if alt_scans is not None:
                    gate, chain = on_alt_other(n, it, gate, chain, alt_scans, R, retag, scans, alt)
        # where the newest header defines it (a struct the limited API keeps opaque: where the
        # full API defines its body)
        newest = max(it["where"], key=lambda m: ("{" in it["texts"].get(m, ""), m[1],
                                                  m[0] == "limited", m[2] or (0, 0)))
        file, line = it["where"][newest]
        if newest[0] == "full" and newest[1] < (3, 8) and not any(
                "{" in t for m, t in it["texts"].items() if m[0] == "limited") and \
                "cpython/" + file in cpython_twins:
            # 3.7 had no Include/cpython/: what 3.8 moved there goes there from 3.7 too (3.7's
            # PyInterpreterState layout beside the _PyFrameEvalFunction it uses)
            file = "cpython/" + file
        if len(chain) > 1 and gate.text != "1":
            out[header_of(file)].append(Entry(line, n, "1", render_chain(chain, gate), it["kind"]))
        else:
            out[header_of(file)].append(Entry(line, n, gate.text, render_chain(chain), it["kind"]))
    return out


def pypy_names(scan):
    """name -> the symbol PyPy's headers bind it to, for each function and datum PyPy's library
    exports: most are renamed by an object-like macro (PyList_New -> PyPyList_New), a few keep
    their name."""
    exports = set(scan["symbols"])

    def real(sym):
        f, d = scan["function"].get(sym), scan["data"].get(sym)
        return sym in exports and (f is not None and not f["inline"] or d is not None and d["extern"])

    aliases = {n: mac["tokens"][0] for n, mac in scan["macro"].items()
               if not mac["function_like"] and len(mac["tokens"]) == 1}
    out = {n: a for n, a in aliases.items() if real(a)}
    for kind in ("function", "data"):
        for n in scan[kind]:
            if real(n) and not n.startswith(("PyPy", "_PyPy")):
                out.setdefault(n, n)
    # a datum that aliases another (PyExc_IOError is PyExc_OSError there): that one's symbol
    # (functions that alias others, PyMem_Del for PyMem_Free, are inline forms of py3ffi's)
    for n, a in aliases.items():
        if n not in out and a in out and not n.startswith("_") and a in scan["data"] or \
                n not in out and out.get(a) in scan["data"] and not n.startswith("_"):
            out[n] = out[a]
    return out


def ALT_TERM(versions, alt=PYPY, gate=None):
    """The gate term for a name PyPy (or GraalPy) has at `versions` (of its versions), true on
    CPython. Only the versions where CPython's gate holds count (a name CPython added in 3.12
    needs no word about GraalPy 3.11)."""
    vs = alt.versions
    if gate is not None:
        vs = [t for t in vs if gate(full(t))]
        versions = set(versions) & set(vs)
    if versions == set(vs):
        return None
    if not versions:
        return Pred(alt.NOT, lambda m: True)
    if versions == {alt.versions[-1]}:
        return Pred("%s(%s)" % (alt.SINCE, vname(alt.versions[-1])), lambda m: True)
    return Pred("%s(%s)" % (alt.BEFORE, vname((3, alt.versions[0][1] + 1))), lambda m: True)


def abi_of(canonical: str) -> str:
    return capi_abi_of(canonical, ENUMS)


def pypy_form(n, kind, decl, sym, R):
    """PyPy's declaration of function or datum n (its symbol `sym`), as py3ffi writes it."""
    if kind == "function":
        # (PyPy's generated declarations name their parameters arg0, arg1...: left unnamed)
        decl = dict(decl, param_names=[x if not re.fullmatch(r"arg\d+", x) else ""
                                       for x in decl["param_names"] or []])
        text = R.function(n, decl)
    else:
        text = R.data(n, decl)
    text = re.sub(r"\bstruct (Py\w+)", r"\1", text)
    return text if sym == n else text[:-1] + " PY3FFI_PYPY_NAME(%s);" % sym


def on_pypy(n, kind, gate, chain, pypy, problems, pypy_scans=None, scans=None, R=None):
    """The gate and forms of function or datum n with PyPy's symbol: where PyPy names it
    otherwise, each form is bound to that symbol on PyPy (PY3FFI_PYPY_NAME, config.hpp); where
    PyPy lacks it, the gate says so; where PyPy declares another type (PyLong_AsLongLong returns
    long there, PyUnicode_Tailmatch int), PyPy's form comes first."""
    syms = {t: names.get(n) for t, names in pypy.items()}
    have = {t for t, sym in syms.items() if sym}
    # renamed between PyPy versions (PyState_FindModule, PyPyState_FindModule in 8.0): a form
    # per version below
    renamed = len({syms[t] for t in have}) > 1
    gate = alt_gate(gate, have, PYPY)
    sym = {x for x in syms.values() if x} if not renamed else set()
    out = []
    for p, text in chain:
        bound = re.search(r" PY3FFI_SYMBOL\((\w+)\);$", text)
        if bound:
            # a declaration CPython binds to another symbol (PyArg_ParseTuple's _SizeT form):
            # on PyPy, the PyPy name of that one
            other = {names.get(bound.group(1)) for names in pypy.values()} - {None}
            if len(other) == 1 and sym:
                text = text[:bound.start()] + " PY3FFI_SYMBOLS(%s, %s);" % (bound.group(1), other.pop())
            elif sym:
                problems.append("%s: PyPy has no %s" % (n, bound.group(1)))
        elif sym and sym != {n}:
            text = text[:-1] + " PY3FFI_PYPY_NAME(%s);" % next(iter(sym))
        out.append((p, text))
    if R is None:
        return gate, out
    return gate, alt_forms(n, kind, syms, have, pypy_scans, scans, R, out, PYPY, renamed)


def alt_gate(gate, have, alt):
    """The gate of a function or datum PyPy (or GraalPy) has at `have` (of its versions)."""
    if any(not gate(full(t)) for t in have):
        # it has it where CPython's headers of that version lack it or spell it as a macro
        # (PyPy's PyObject_CallOneArg before 3.11, GraalPy 25's Py_REFCNT): there, its
        # headers decide
        return Pred("(%s ? %s : %s)" % (alt.IS, alt_cond(have, alt) or "1", gate.text), gate.fn)
    term = ALT_TERM(have, alt, gate)
    return conj(([gate] if gate.text != "1" else []) + [term]) if term else gate


def alt_forms(n, kind, syms, have, alt_scans, scans, R, chain, alt, renamed=False):
    """Its own declaration of function or datum n (bound to syms[t]) ahead of CPython's chain,
    at the versions where its type differs from CPython's (PyPy's PyLong_AsLongLong returns
    long) or the symbol changed between its versions."""
    own = {}
    for t in sorted(have):
        theirs = alt_scans[t][kind].get(syms[t])
        ours = scans[full(t)][kind].get(n)
        # (where the two differ only in spelling, CPython's form stays: code written for CPython
        # compiles unchanged, and the call is the same; tools/conformance lists those)
        if theirs is not None and (renamed or ours is None or
                                   abi_of(ours["canonical"]) != abi_of(theirs["canonical"])):
            own[t] = pypy_form(n, kind, theirs, syms[t], R)
    for t in list(own):  # (no branch of its own where CPython's form of that version is it)
        if own[t] == next((text for p, text in chain if p is None or p(full(t))), None):
            del own[t]
    return alt_versions_chain(own, chain, alt)


def graalpy_names(scan):
    """The functions and data GraalPy's headers declare and its C API library exports, less
    those its headers only reach through a macro of the same name (PyRun_String is
    PyRun_StringFlags there, as in CPython's headers; GraalPy's exported PyRun_String aborts)."""
    exports = set(scan["symbols"])
    macros = {n for n, m in scan["macro"].items() if m["function_like"] and n not in m["tokens"]}
    return {n for n, f in scan["function"].items() if not f["inline"] and n in exports and n not in macros} | \
        {n for n, d in scan["data"].items() if d["extern"] and n in exports}


def on_graalpy(n, kind, gate, chain, graal, graal_scans, scans, R):
    """The gate and forms of function or datum n on GraalPy, which keeps CPython's names: absent
    where its headers or library lack it (its singletons are pointers, _Py_NoneStructReference:
    no _Py_NoneStruct); present where it has it before CPython (Py_REFCNT's function in 25.0);
    GraalPy's form first where its type differs."""
    have = {t for t in GRAALPY_VERSIONS if n in graal[t]}
    return alt_gate(gate, have, GRAALPY), \
        alt_forms(n, kind, {t: n for t in have}, have, graal_scans, scans, R, chain, GRAALPY)


def graalpy_own(scans, graal_scans, graal, declared, R):
    """GraalPy's own functions and data, in no header of CPython's same version: the calls its
    macros make instead of reading memory (GraalPy_TYPE, GraalPyTuple_GET_ITEM, PyTruffle_SIZE in
    24.2), its singletons' pointers (_Py_NoneStructReference) and its public additions
    (PyObject_GetDoc). Declared for GraalPy only, where GraalPy's header declares them. Other
    underscore names are left out, as CPython's are."""
    forms = defaultdict(dict)  # name -> version -> (text, file, line, kind)
    for t in GRAALPY_VERSIONS:
        sc, ours = graal_scans[t], scans[full(t)]
        used = {tok for m in sc["macro"].values() for tok in m["tokens"]}
        for n in sorted(graal[t] - declared):
            mac = sc["macro"].get(n)
            # a CPython macro that GraalPy makes a call of the function of that name (Py_Is in
            # both, Py_REFCNT in 25.0): py3ffi's inline form is CPython's only
            called = (n in ours["macro"] or ours["function"].get(n, {}).get("inline")) and \
                (mac is None or n in mac["tokens"])
            if (n in ours["function"] or n in ours["data"] or n in ours["macro"]) and not called:
                continue
            if n.startswith("_") and not ("Truffle" in n or "GraalPy" in n or n in used):
                continue
            kind = "function" if n in sc["function"] else "data"
            d = sc[kind][n]
            text = pypy_form(n, kind, d, n, R)
            forms[n][t] = (text, d["file"], d["line"], kind)
    out = defaultdict(list)
    for n, by in sorted(forms.items()):
        newest = by[max(by)]
        chain = alt_versions_chain({t: v[0] for t, v in by.items()}, [], GRAALPY)
        if len(chain) == 1:
            text = chain[0][1]
            gate = chain[0][0].text
        else:
            text, gate = render_chain(chain), "1"
        # (after CPython's names of that header: its line numbers are of GraalPy's file)
        out[header_of(newest[1])].append(Entry(10**6 + newest[2], n, gate, text, newest[3]))
    return out


def pypy_functions(scans, pypy_scans, pypy, declared, R, problems):
    """What CPython writes as a macro or static inline function and PyPy exports as a function
    (PyList_GET_ITEM, PyFloat_AS_DOUBLE: PyPy's objects are not CPython's structs): declared
    for PyPy only, in the header where CPython defines it. py3ffi's inline form of it, written
    by hand, is for CPython (PY3FFI_NOT_PYPY there)."""
    out = defaultdict(list)
    where = {}
    for m, s in sorted(scans.items()):
        for n, mac in s["macro"].items():
            if mac["function_like"]:
                where[n] = (mac["file"], mac["line"])
        for n, d in s["function"].items():
            if d["inline"]:
                where[n] = (d["file"], d["line"])
    for n in sorted(set(where) - declared):
        have = [t for t in PYPY_VERSIONS if n in pypy[t] and pypy[t][n] in pypy_scans[t]["function"]]
        if not have or n.startswith("_"):
            continue
        newest = have[-1]
        sym = pypy[newest][n]
        decl = pypy_scans[newest]["function"][sym]
        texts = {pypy_scans[t]["function"][pypy[t][n]]["canonical"] for t in have}
        if len(texts) > 1:
            problems.append("%s: PyPy versions declare it differently: %s" % (n, sorted(texts)))
        gate = " && ".join(["PY3FFI_IS_PYPY"] + [c for c in [alt_cond(have)] if c])
        # (PyPy's generated declarations name their parameters arg0, arg1...: left unnamed)
        decl = dict(decl, param_names=[x if not re.fullmatch(r"arg\d+", x) else ""
                                       for x in decl["param_names"] or []])
        text = re.sub(r"\bstruct (Py\w+)", r"\1", R.function(n, decl)[:-1]) + " PY3FFI_PYPY_NAME(%s);" % sym
        file, line = where[n]
        out[header_of(file)].append(Entry(line, n, gate, text, "function"))
    return out


def windows_only(manifest, windows, R, problems):
    """Manifest names the Linux headers hide (MS_WINDOWS, USE_STACKCHECK): their form from the
    reading of the headers with those macros defined. Not checkable here (see conformance)."""
    out = defaultdict(list)
    for n, row in sorted(manifest.items()):
        if row["ifdef"] not in ("MS_WINDOWS", "USE_STACKCHECK") or "abi_only" in row["flags"]:
            continue
        for key in sorted(windows, key=lambda k: (k[1], k[0] == "limited"), reverse=True):
            s = windows[key]
            kind = "function" if n in s["function"] else "data" if n in s["data"] else None
            if kind:
                d = s[kind][n]
                text = R.function(n, d) if kind == "function" else R.data(n, d)
                added = max(row["added"], VERSIONS[0])
                gate = IFDEF[row["ifdef"]] + ("" if added == VERSIONS[0]
                                              else " && PY3FFI_LIMITED_SINCE(%s)" % vname(added))
                out[header_of(d["file"])].append(Entry(d["line"], n, gate, text, kind))
                break
        else:
            problems.append("%s: Windows-only manifest name not found in any header" % n)
    return out


def main():
    scans, windows, debug, freethreaded, symbols, pypy_scans, graal_scans = load_scans()
    pypy = {t: pypy_names(sc) for t, sc in pypy_scans.items()}
    graal = {t: graalpy_names(sc) for t, sc in graal_scans.items()}
    ENUMS.update(n for sc in list(scans.values()) + list(pypy_scans.values()) + list(graal_scans.values())
                 for n, d in sc["typedef"].items() if d.get("tag_kind") == "enum")
    manifest = load_manifest()
    tagmap = {}
    for s in list(scans.values()) + list(windows.values()):
        for n, d in s["typedef"].items():
            if d.get("tag") and d["tag"] != n and not n.startswith("_"):
                tagmap[d["tag"]] = n
    # (a tag whose only name is an underscore one: struct _err_stackitem is _PyErr_StackItem)
    for s in scans.values():
        for n, d in s["typedef"].items():
            if d.get("tag") and d["tag"] != n and d["tag"].startswith("_") and d["tag"] not in tagmap:
                tagmap[d["tag"]] = n
    R = Renderer(tagmap)
    for m, s in scans.items():
        R.defined |= {n for n, d in s["record"].items() if d["complete"] and (
            m[0] == "limited" or header_of(d["file"]) in FULL_LAYOUTS) and n not in PATCH_DEPENDENT}
    R.defined |= by_value(scans)
    for t in VERSIONS:  # what abi3t hides of the stable ABI's structs
        abi3t, base = freethreaded.get(limited(t, t)), scans[limited(t, t)]
        for n, d in (base["record"].items() if abi3t else ()):
            there = abi3t["record"].get(n)
            if d["complete"] and there is None and n not in abi3t["typedef"]:
                R.abi3t_hidden[n] = "absent"
            elif d["complete"] and there is not None and not there["complete"] and \
                    n not in HANDWRITTEN:
                R.abi3t_hidden[n] = "opaque"
    # and what complete structs hold by value (PyASCIIObject's struct _PyUnicodeObject_state)
    while True:
        more = set()
        for m, s in scans.items():
            for n in R.defined & set(s["record"]):
                for f in s["record"][n]["fields"]:
                    t = re.sub(r"\b(const|struct|union|volatile)\b", "", f["type"]).strip()
                    if t in s["record"] and s["record"][t]["complete"] and t not in R.defined:
                        more.add(t)
        if not more:
            break
        R.defined |= more

    problems = []
    items = with_macro_forms(collect(scans, R, problems, windows, debug, freethreaded), scans, manifest)
    out = gates(items, manifest, symbols, pypy, problems, pypy_scans, scans, R, graal, graal_scans)
    for header, entries in windows_only(manifest, windows, R, problems).items():
        out[header] += entries

    # Every manifest name (not ABI-only) must be declared or handwritten; function-like and
    # statement macros are written by hand, and the conformance check lists the missing ones.
    declared = {e.name for v in out.values() for e in v}
    for n, row in sorted(manifest.items()):
        if "abi_only" in row["flags"] or n in declared or n in HANDWRITTEN or \
                row["added"] > VERSIONS[-1] or row["kind"] == "macro":
            continue
        problems.append("%s: in the manifest (%s, %d.%d) but not generated" % (
            n, row["kind"], *row["added"]))

    for header, entries in pypy_functions(scans, pypy_scans, pypy, declared, R, problems).items():
        out[header] += entries
    for header, entries in graalpy_own(scans, graal_scans, graal, declared, R).items():
        out[header] += entries
    write_headers(out)
    for p in problems:
        print("generate: " + p, file=sys.stderr)
    print("generate: %d names in %d headers, %d problems" % (
        sum(len(v) for v in out.values()), len(out), len(problems)))
    return 1 if problems and "--strict" in sys.argv else 0


def describe(present):
    fulls = sorted("%d.%d" % m[1] for m in present if m[0] == "full")
    lims = sorted("%d.%d/%d.%d" % (m[2] + m[1]) for m in present if m[0] == "limited")
    return "full at [%s]; limited floor/target at [%s]" % (" ".join(fulls), " ".join(lims))


def render_chain(chain, gate=None):
    """The forms of one declaration as one #if/#elif chain; the item's own gate, if any, joins
    each condition (one level of #if, not a pyramid)."""
    if len(chain) == 1:
        return chain[0][1]
    lines = []
    for i, (p, t) in enumerate(chain):
        # (an implementation's own branch is where its gate terms hold)
        # (nor a term the branch's own condition already says)
        terms = ([q for q in gate.parts if not (p and implies(p, q)) and not (
            p and any(p.text.startswith(a.IS) and q.text.startswith(a.TERMS) for a in (PYPY, GRAALPY)))
            and not (p and q.text in p.text.split(" && "))]
            if gate else []) + ([p] if p else [])
        cond = [q.text for q in terms]
        if not cond:
            lines += ["#else", t]
        else:
            lines += ["#%s %s" % ("if" if i == 0 else "elif", " && ".join(cond)), t]
    lines.append("#endif")
    return "\n".join(lines)


def ahead_of(out):
    """The structs a base header declares ahead (pytypedefs.hpp's PyThreadState)."""
    return {e.name.replace(" (forward)", "") for h in BASE for e in out.get(h, ())
            if re.fullmatch(r"(struct|union) \w+;", e.text)}


def uses(text, ahead):
    """The names a declaration needs declared before it: not a struct declared ahead where it
    is only pointed to."""
    words = set(re.findall(r"\b[A-Za-z_]\w*\b", text))
    return words - {w for w in ahead & words if not re.search(r"\b%s\b(?!\s*\*)" % w, text)}


def dependencies(out):
    """header -> headers defining the types and constants its declarations use."""
    defined = {}
    for header, entries in out.items():
        for e in entries:
            if e.kind in ("typedef", "constant"):
                defined.setdefault(e.name, header)
                for word in re.findall(r"\benum \w+ : \w+ \{([^}]*)\}", e.text):
                    for en in re.findall(r"(\w+) =", word):
                        defined.setdefault(en, header)
    ahead = ahead_of(out)
    deps = {}
    for header, entries in out.items():
        used = set()
        for e in entries:
            used |= uses(e.text, ahead) - {e.name}
        deps[header] = sorted({defined[u] for u in used if u in defined} - {header} - BASE)
    return deps


def definitions_first(entries, ahead=()):
    """Keeps the source order, except that a declaration moves after the names it uses (an
    older version's form may use a name the newest header defines further down)."""
    names = {e.name: i for i, e in enumerate(entries)}
    needs = [{names[w] for w in uses(e.text, ahead) if w in names and names[w] != i}
             for i, e in enumerate(entries)]
    done, out = set(), []
    while len(done) < len(entries):  # (out also holds the structs declared ahead)
        for i, e in enumerate(entries):
            if i not in done and needs[i] <= done:
                done.add(i)
                out.append(e)
                break
        else:
            # a cycle through pointers (a struct whose member's type is a function pointer
            # taking that struct): declare the structs of the cycle ahead, then go on
            ahead = [i for i in range(len(entries)) if i not in done
                     and re.match(r"(struct|union) \w+ \{", entries[i].text)]
            if not ahead:
                sys.exit("generate: circular use among %s" % [entries[i].name for i in range(
                    len(entries)) if i not in done])
            for i in ahead:
                e = entries[i]
                out.append(e._replace(name=e.name + " (ahead)",
                                      text="%s %s;" % (e.text.split()[0], e.name)))
                for u in needs:
                    u.discard(i)
    return out


def check_acyclic(deps):
    state = {}

    def visit(h, path):
        if state.get(h) == 1:
            sys.exit("generate: include cycle: " + " -> ".join(path + [h]))
        if state.get(h) == 2:
            return
        state[h] = 1
        for d in deps.get(h, []):
            visit(d, path + [h])
        state[h] = 2

    for h in deps:
        visit(h, [])


def replace_region(text, begin, end, region, path):
    if begin not in text:
        sys.exit("generate: %s has no %s region" % (path, begin))
    a = text.index(begin)
    b = text.index(end) + len(end)
    return text[:a] + region + text[b:]


def write_umbrella(headers_):
    path = INCLUDE / "py3ffi.hpp"
    lines = [INC_BEGIN] + ['#include "py3ffi/%s.hpp"' % h for h in sorted(set(headers_) - BASE)] + [INC_END]
    path.write_text(replace_region(path.read_text(), INC_BEGIN, INC_END, "\n".join(lines), path))


def render_entries(entries):
    """Types and constants in source order, then one extern "C" block with data and
    functions; consecutive entries under the same gate share one #if."""
    lines = []
    for extern in (False, True):
        group = [e for e in entries if (e.kind in ("data", "function")) == extern]
        if not group:
            continue
        if extern:
            lines.append('extern "C" {')
        gate_open = "1"
        for e in group:
            if e.gate != gate_open:
                if gate_open != "1":
                    lines.append("#endif")
                if e.gate != "1":
                    lines.append("#if " + e.gate)
                gate_open = e.gate
            # a constant that later versions export as a datum (PY_TIMEOUT_MAX from 3.13): that
            # form, outside the block, still has C linkage
            text = e.text if extern else re.sub(r"^(PY3FFI_DATA .*;)$", r'extern "C" { \1 }', e.text, flags=re.M)
            lines.append(text)
        if gate_open != "1":
            lines.append("#endif")
        if extern:
            lines.append('}  // extern "C"')
    return lines


def write_headers(out):
    deps = dependencies(out)
    check_acyclic(deps)
    write_umbrella(out)
    for header, entries in sorted(out.items()):
        entries.sort(key=lambda e: (e.kind in ("data", "function"), e.kind == "function", e.line, e.name))
        entries = definitions_first(entries, ahead_of(out))
        region = "\n".join([BEGIN] + render_entries(entries) + [END])
        includes = "\n".join([INC_BEGIN] + ['#include "py3ffi/%s.hpp"' % d for d in deps[header]]
                             + [INC_END])
        path = INCLUDE / (header + ".hpp")
        if path.exists():
            text = replace_region(path.read_text(), BEGIN, END, region, path)
            if header not in BASE:
                text = replace_region(text, INC_BEGIN, INC_END, includes, path)
            path.write_text(text)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            guard = "PY3FFI_" + re.sub(r"\W", "_", header).upper() + "_HPP"
            path.write_text(NEW_HEADER.format(stem=header, guard=guard, region=region,
                                              includes=includes))


NEW_HEADER = """\
// Mirrors CPython's Include/{stem}.h.
#ifndef {guard}
#define {guard}
#include "py3ffi/object.hpp"
{includes}
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {{

{region}

}}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
"""

if __name__ == "__main__":
    sys.exit(main())
