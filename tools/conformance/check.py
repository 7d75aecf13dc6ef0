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
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "lib"))
import cscan  # noqa: E402
import cvalues  # noqa: E402
import headers  # noqa: E402
import pe  # noqa: E402
from capi import CONFIG_HEADERS, PATCH_RESPELLED, PATCH_TAILS, PREAMBLE, abi_of, is_config_macro, load_manifest  # noqa: E402

# The headers under test (the self-test points this at a deliberately broken copy).
INCLUDE = Path(os.environ.get("PY3FFI_INCLUDE", ROOT / "include"))

# Statement and declaration macros, which stay macros under py3ffi's prefix: this name of ours
# must exist where the real one does (checked below), and the reverse coverage skips theirs.
OTHER_FORM = {
    "PyMODINIT_FUNC": "PY3FFI_MODINIT(name)", "PyMODEXPORT_FUNC": "PY3FFI_MODEXPORT(name)",
    "Py_BEGIN_ALLOW_THREADS": "PY3FFI_BEGIN_ALLOW_THREADS", "Py_END_ALLOW_THREADS": "PY3FFI_END_ALLOW_THREADS",
    "Py_BLOCK_THREADS": "PY3FFI_BLOCK_THREADS", "Py_UNBLOCK_THREADS": "PY3FFI_UNBLOCK_THREADS",
    "Py_BEGIN_CRITICAL_SECTION": "PY3FFI_BEGIN_CRITICAL_SECTION",
    "Py_END_CRITICAL_SECTION": "PY3FFI_END_CRITICAL_SECTION",
    "Py_BEGIN_CRITICAL_SECTION2": "PY3FFI_BEGIN_CRITICAL_SECTION2",
    "Py_END_CRITICAL_SECTION2": "PY3FFI_END_CRITICAL_SECTION2",
    "Py_BEGIN_CRITICAL_SECTION_MUTEX": "PY3FFI_BEGIN_CRITICAL_SECTION_MUTEX(mutex)",
    "Py_BEGIN_CRITICAL_SECTION2_MUTEX": "PY3FFI_BEGIN_CRITICAL_SECTION2_MUTEX(m1, m2)",
    "PyABIInfo_VAR": "PY3FFI_ABIINFO_VAR",
    "Py_RETURN_NONE": "PY3FFI_RETURN_NONE", "Py_RETURN_NOTIMPLEMENTED": "PY3FFI_RETURN_NOTIMPLEMENTED",
    "Py_RETURN_TRUE": "PY3FFI_RETURN_TRUE", "Py_RETURN_FALSE": "PY3FFI_RETURN_FALSE",
    "Py_RETURN_RICHCOMPARE": "PY3FFI_RETURN_RICHCOMPARE(val1, val2, op)",
    "Py_RETURN_NAN": "PY3FFI_RETURN_NAN", "Py_RETURN_INF": "PY3FFI_RETURN_INF(sign)",
    "Py_VISIT": "PY3FFI_VISIT(op)",
    "PyObject_HEAD": "PY3FFI_OBJECT_HEAD", "PyObject_VAR_HEAD": "PY3FFI_OBJECT_VAR_HEAD",
    "PyModule_AddIntMacro": "PY3FFI_MODULE_ADD_INT_MACRO(m, c)",
    "PyModule_AddStringMacro": "PY3FFI_MODULE_ADD_STRING_MACRO(m, c)",
    "PyDateTime_IMPORT": "PY3FFI_DATETIME_IMPORT",
    "Py_TRASHCAN_BEGIN": "PY3FFI_TRASHCAN_BEGIN(op, dealloc)", "Py_TRASHCAN_END": "PY3FFI_TRASHCAN_END",
    "Py_TRASHCAN_BEGIN_CONDITION": "PY3FFI_TRASHCAN_BEGIN_CONDITION(op, cond)",
    "Py_TRASHCAN_SAFE_BEGIN": "PY3FFI_TRASHCAN_SAFE_BEGIN(op)",
    "Py_TRASHCAN_SAFE_END": "PY3FFI_TRASHCAN_SAFE_END(op)",
    "Py_ALLOW_RECURSION": "PY3FFI_ALLOW_RECURSION", "Py_END_ALLOW_RECURSION": "PY3FFI_END_ALLOW_RECURSION",
    "PyDescr_COMMON": "PY3FFI_DESCR_COMMON", "PyException_HEAD": "PY3FFI_EXCEPTION_HEAD",
    "Py_STRINGIFY": "PY3FFI_STRINGIFY(x)", "Py_MEMBER_SIZE": "PY3FFI_MEMBER_SIZE(type, member)",
    "Py_BUILD_ASSERT": "PY3FFI_BUILD_ASSERT(cond)", "Py_BUILD_ASSERT_EXPR": "PY3FFI_BUILD_ASSERT_EXPR(cond)",
    "Py_UNUSED": "PY3FFI_UNUSED(name)", "PyDoc_VAR": "PY3FFI_DOC_VAR(name)",
    "PyDoc_STRVAR": "PY3FFI_DOC_STRVAR(name, str)",
}


# py3ffi's own API beside the C names (interpreter_check.hpp, methodobject.hpp): not in any
# Python.h, so not an "extra" declaration.
OWN = {"check_interpreter", "cfunction_cast"}

# Names of the real headers py3ffi leaves out on purpose, with the reason: data/left_out.tsv.
LEFT_OUT = dict(line.rstrip("\n").split("\t", 1) for line in
                (ROOT / "data" / "left_out.tsv").read_text().splitlines(True)
                if line.strip() and not line.startswith("#"))

C_WORDS = set("""sizeof do while if else return switch case default break continue for goto
int long char short void unsigned signed double float const volatile struct union enum
defined __VA_ARGS__ __extension__ __typeof__ __builtin_expect _Bool
__func__ __FILE__ __LINE__""".split())  # (predefined: PyPy 3.11 has Py_FatalError use __func__)


def unusable(m: dict, known: set, fields: set, macros: dict, depth: int = 0,
             fields_only: bool = False) -> str | None:
    """Why a macro of the real header cannot compile in this configuration (its expansion
    names something undeclared here, a field of a struct that is opaque here, or a macro that
    cannot compile), or None. fields_only: only the field of an opaque struct counts (a
    statement macro may name its caller's locals: Py_VISIT's visit and arg)."""
    toks = m["tokens"]
    params = set()
    if m["function_like"]:
        close = toks.index(")")
        params = set(toks[1:close]) - {",", "..."}
        toks = toks[close + 1:]
    # (and the variables the other half of a pair declares: Py_END_ALLOW_RECURSION's _old)
    own = declared_in(toks, known, params) | paired_locals(macros, known)
    prev = None
    for i, t in enumerate(toks):
        if re.match(r"[A-Za-z_]\w*$", t) and t not in params and t not in C_WORDS and t not in own:
            if prev in ("->", "."):
                if t not in fields:
                    return "uses field %s of a struct opaque here" % t
            elif t not in known and not fields_only:
                return "uses %s, undeclared here" % t
            elif t in macros and depth < 8 and unusable(macros[t], known, fields, macros,
                                                        depth + 1, fields_only):
                return "uses %s, which cannot compile here" % t
        prev = t
    return None


_PAIRED = {}


def paired_locals(macros: dict, known: set) -> set:
    """The variables some macro of these headers declares in a block it leaves open for
    another to close (Py_TRASHCAN_BEGIN's tstate, read by Py_TRASHCAN_END)."""
    if id(macros) not in _PAIRED:
        names = set()
        for m in macros.values():
            toks = m["tokens"]
            opens = toks.count("{") - toks.count("}")
            if opens > 0:
                body = toks[toks.index(")") + 1:] if m["function_like"] else toks
                names |= declared_in(body, known, set(), locals_only=True)
        _PAIRED[id(macros)] = names
    return _PAIRED[id(macros)]


def declared_in(toks: list, types: set, params: set, locals_only: bool = False) -> set:
    """What a macro's expansion names without needing it declared: the variables it declares
    itself (Py_SETREF's `PyObject *_py_tmp = ...`, PyDescr_COMMON's member d_common), the pieces
    of a token it pastes (PY_CODE_EVENT_##op), and the words it hands to a macro it takes as a
    parameter (PY_FOREACH_CODE_EVENT(V) writes V(CREATE))."""
    own = set()
    word = re.compile(r"[A-Za-z_]\w*$")
    for i, t in enumerate(toks):
        if not word.match(t):
            continue
        if "##" in toks[max(i - 1, 0):i] + toks[i + 1:i + 2]:
            if not locals_only:
                own.add(t)
            continue
        j = i - 1
        while j >= 0 and toks[j] == "*":
            j -= 1
        if j >= 0 and toks[j] == ")":  # _Py_TYPEOF(dst) *_tmp_dst_ptr = &(dst)
            depth = 0
            for k in range(j, -1, -1):
                depth += {")": 1, "(": -1}.get(toks[k], 0)
                if depth == 0:
                    break
            if k >= 1 and toks[k - 1] in ("_Py_TYPEOF", "__typeof__", "typeof"):
                j = k - 1
        after = toks[i + 1] if i + 1 < len(toks) else None
        if j >= 0 and (toks[j] in types or toks[j] in C_WORDS - {"return", "sizeof"}) \
                and word.match(toks[j]) and after in ("=", ";", ",", "[", None):
            own.add(t)  # a declaration: TYPE [*...] NAME (= ... | ; | end of the macro)
        k = i - 1
        while k >= 0 and toks[k] not in ("(", ")"):
            k -= 1
        if k >= 1 and toks[k] == "(" and toks[k - 1] in params and not locals_only:
            own.add(t)  # an argument of a macro it was given
    return own


class Normalizer:
    """Spells a type the same way on both sides: no namespaces, no struct tags, API names for
    struct tags (_object -> PyObject)."""

    def __init__(self, tagmap, wchar="int"):
        self.tagmap = tagmap
        self.wchar = wchar

    def __call__(self, s: str) -> str:
        # (C++'s va_list is std::__va_list on ARM, C's the same type without the namespace)
        s = s.replace("py3ffi::detail::", "").replace("py3ffi::", "").replace("std::__va_list", "__va_list")
        s = re.sub(r"\b(?:struct|union|enum)\s+", "", s)
        s = re.sub(r"\b\w+\b", lambda m: self.tagmap.get(m.group(0), m.group(0)), s)
        # C's wchar_t is a typedef (of int on x86 Linux, unsigned int on ARM, unsigned short on
        # Windows); C++'s is its own type of the same ABI
        s = re.sub(r"\bwchar_t\b", self.wchar, s)
        s = s.replace("_Bool", "bool").replace("(void)", "()").replace(" noexcept", "")
        return re.sub(r"\s+", " ", s).strip()


def py3ffi_values(flags, names, it):
    """The values and types of py3ffi's constants, by compiling a C++ program for the
    interpreter's platform and running it there."""
    if not names:
        return {}
    prog = ['#include <py3ffi/py3ffi.hpp>', "#include <cstdio>", "#include <type_traits>",
            "template <class T> const char *tn() {",
            "  using U = std::remove_cv_t<T>;"]
    for t in ["int", "unsigned int", "long", "unsigned long", "long long", "unsigned long long",
              "char", "signed char", "unsigned char", "short", "unsigned short", "bool", "void *"]:
        prog.append('  if (std::is_same_v<U, %s>) return "%s";' % (t, t))
    prog += ['  if (std::is_enum_v<U>) return "int";', '  return "?";', "}", "int main() {"]
    for n in names:
        prog.append('  std::printf("%%s\\t%%s\\t%%lld\\t%%llu\\n", "%s", tn<decltype(py3ffi::%s)>(), '
                    '(long long)py3ffi::%s, (unsigned long long)py3ffi::%s);' % (n, n, n, n))
    prog.append("}")
    with tempfile.TemporaryDirectory() as d:
        src, exe = os.path.join(d, "v.cpp"), os.path.join(d, "v.exe")  # (.exe: for wine)
        Path(src).write_text("\n".join(prog) + "\n")
        r = subprocess.run([it.tool("g++"), "-std=c++17", "-w", "-I", str(INCLUDE), "-o", exe,
                            src] + flags + it.link_flags(), capture_output=True, text=True)
        if r.returncode:
            raise SystemExit("conformance: py3ffi value probe does not compile:\n" + r.stderr[-3000:])
        out = subprocess.run(it.probe_runner() + [exe], capture_output=True, text=True, check=True).stdout
    return cvalues.read_values(out)


def api_names_of_tags() -> dict:
    """struct tag -> API name (_object -> PyObject, _frame -> PyFrameObject): CPython's own
    pairing, the same in every version, read from the newest headers here (older versions
    name some structs only by tag: frameobject.h was outside Python.h before 3.11)."""
    newest = list(headers.release_per_minor(headers.interpreters()).values())[-1]
    tu = cscan.parse(PREAMBLE + "#include <frameobject.h>\n", newest.cflags(), cxx=False)
    return {tag: n for tag, n in cscan.tag_names(tu).items() if not n.startswith("_")}


def exported_symbols(interp: headers.Interp, limited: bool = False) -> set[str]:
    path = interp.host_path(interp.symbols)
    if path.lower().endswith(".dll"):
        # (a stable-ABI module imports what python3.lib names, which python3.dll exports)
        try:
            if limited:
                return pe.import_library_names(os.path.join(os.path.dirname(path), "libs", "python3.lib"),
                                               interp.tool("nm"))
            return pe.exports(path, interp.tool("objdump"))
        except RuntimeError as e:
            raise SystemExit("conformance: %s" % e)
    r = subprocess.run([interp.tool("nm"), "-D", "--defined-only", path], capture_output=True, text=True)
    if r.returncode:
        raise SystemExit("conformance: nm -D %s failed: %s" % (path, r.stderr))
    return {line.split()[-1].split("@")[0] for line in r.stdout.splitlines() if line.strip()}


def expansions(flags: list[str], macros: dict, cc: str = "cc") -> dict:
    """name -> the identifier it expands to after the real headers, for each object-like macro
    of one identifier. PyPy binds the C API to its own symbols that way (#define PyList_New
    PyPyList_New), in chains under PY_SSIZE_T_CLEAN (PyArg_ParseTuple -> _PyArg_ParseTuple_SizeT
    -> _PyPyArg_ParseTuple_SizeT); the preprocessor, unlike the macro table, knows the #undefs."""
    names = sorted(n for n, m in macros.items() if not m["function_like"]
                   and len(m["tokens"]) == 1 and re.match(r"[A-Za-z_]\w*$", m["tokens"][0]))
    src = PREAMBLE + "".join("py3ffi_expands_%d %s ;\n" % (i, n) for i, n in enumerate(names))
    r = subprocess.run([cc, "-E", "-P", "-x", "c", "-"] + flags, input=src,
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit("conformance: the real headers do not preprocess:\n" + r.stderr[-3000:])
    out = {}
    for i, exp in re.findall(r"\bpy3ffi_expands_(\d+)\s+([^;]*?)\s*;", r.stdout):
        if re.match(r"[A-Za-z_]\w*$", exp):
            out[names[int(i)]] = exp
    return out


def api_view(real: dict, binds: dict) -> dict:
    """The real declarations under their C API names: a function or datum the headers bind a
    name to (binds: name -> symbol) stands under that name, not under the symbol's (PyList_New,
    not PyPyList_New); the renaming macros themselves go, as they are those declarations now."""
    view = {kind: dict(decls) for kind, decls in real.items()}
    for kind in ("function", "data"):
        targets = {s for n, s in binds.items() if s != n and s in real[kind]}
        for s in targets - set(binds):
            del view[kind][s]
        for n, s in binds.items():
            if s in targets:
                view[kind][n] = real[kind][s]
                view["macro"].pop(n, None)
    return view


def callees(tu, name: str) -> set[str]:
    """The functions that the definition of function `name` calls (PyPy's headers define a few
    API functions as static ones that call its own: PySlice_GetIndicesEx)."""
    for c in tu.cursor.get_children():
        if c.kind == cscan.K.FUNCTION_DECL and c.spelling == name and c.is_definition():
            return {x.referenced.spelling for x in c.walk_preorder()
                    if x.kind == cscan.K.CALL_EXPR and x.referenced is not None}
    return set()


def data_symbols(tu, namespace: str) -> dict:
    """name -> symbol of the variables declared in `namespace` (cscan gives functions' only): an
    assembler label binds one to another name (PyList_Type to PyPyList_Type)."""
    return {c.spelling: c.mangled_name.lstrip("\x01") or c.spelling
            for prefix, c in cscan._walk_scope(tu.cursor, "")
            if prefix == namespace and c.kind == cscan.K.VAR_DECL}


def _refs(cursor):
    """The functions and variables that a definition's body (or initializer) names."""
    for x in cursor.walk_preorder():
        if x.kind == cscan.K.OVERLOADED_DECL_REF:  # (an unresolved call in a template)
            lib = cscan.ci.conf.lib
            for i in range(lib.clang_getNumOverloadedDecls(x)):
                yield lib.clang_getOverloadedDecl(x, i)
        elif x.kind in (cscan.K.CALL_EXPR, cscan.K.DECL_REF_EXPR) and x.referenced is not None \
                and x.referenced != cursor:
            yield x.referenced


_CALLABLE = (cscan.K.FUNCTION_DECL, cscan.K.FUNCTION_TEMPLATE, cscan.K.VAR_DECL)


def macro_uses(flags: list[str], macros: dict, inc: str, cc: str = "cc") -> dict:
    """name -> the identifiers that each macro of the headers under `inc` expands to, by the
    preprocessor (the macro table's tokens would also count what an expansion drops: the
    argument of assert under NDEBUG)."""
    names = sorted(n for n, m in macros.items() if m["file"].startswith(inc))
    src = PREAMBLE
    for i, n in enumerate(names):
        toks = macros[n]["tokens"]
        call = n
        if macros[n]["function_like"]:
            arity = len([p for p in toks[1:toks.index(")")] if p != ","])
            call += "(%s)" % ", ".join("py3ffi_arg%d" % k for k in range(arity))
        src += "\npy3ffi_use_%d %s py3ffi_use_end\n" % (i, call)
    r = subprocess.run([cc, "-E", "-P", "-x", "c", "-"] + flags, input=src,
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit("conformance: the real headers' macros do not expand:\n" + r.stderr[-3000:])
    return {names[int(i)]: set(re.findall(r"[A-Za-z_]\w*", exp)) for i, exp in re.findall(
        r"\bpy3ffi_use_(\d+)\b(.*?)\bpy3ffi_use_end\b", r.stdout, re.S)}


def real_reach(tu, uses: dict) -> callable:
    """name -> the extern functions and data (and other identifiers: callers intersect) that
    the real header's macro or static inline function `name` reaches, through the static inline
    functions it calls (GraalPy's Py_TYPE reaches GraalPy_TYPE, its Py_None
    _Py_NoneStructReference). `uses`: macro_uses()."""
    defs = {c.spelling: c for c in tu.cursor.get_children()
            if c.kind == cscan.K.FUNCTION_DECL and c.is_definition()}
    memo = {}

    def body(f):
        if f in memo:
            return memo[f]
        memo[f] = out = set()  # (first: a recursive function)
        for r in _refs(defs[f]):
            if r.kind not in _CALLABLE:
                continue
            if r.spelling in defs:
                out |= body(r.spelling)
            elif r.linkage == cscan.ci.LinkageKind.EXTERNAL:
                out.add(r.spelling)
        return out

    def reach(n):
        if n not in uses:
            return body(n) if n in defs else set()
        out = set()
        # (#define Py_TYPE(ob) Py_TYPE(...) expands to the inline function; Py_REFCNT's, in
        # GraalPy 25, to the exported one)
        for t in uses[n]:
            out |= body(t) if t in defs else {t}
        return out
    return reach


def our_reach(tu) -> tuple[dict, callable]:
    """py3ffi's inline forms by name (functions, templates, inline variables of namespace
    py3ffi), and form -> the symbols of the extern functions and data it reaches through
    py3ffi's other inline definitions."""
    forms = {}
    for prefix, c in cscan._walk_scope(tu.cursor, ""):
        if prefix == "py3ffi::" and c.kind in _CALLABLE and (
                c.kind == cscan.K.FUNCTION_TEMPLATE or c.is_definition()) and not (
                c.kind == cscan.K.VAR_DECL and c.storage_class == cscan.ci.StorageClass.EXTERN):
            forms.setdefault(c.spelling, []).append(c)
    inc = str(INCLUDE.resolve()) + "/"
    memo = {}

    def key(c):
        loc = c.location
        return (loc.file.name if loc.file else "", loc.line, loc.column, c.spelling)

    def reach(c):
        k = key(c)
        if k in memo:
            return memo[k]
        memo[k] = out = set()
        for r in _refs(c):
            if r.kind not in _CALLABLE + (cscan.K.CXX_METHOD, cscan.K.CONSTRUCTOR,
                                          cscan.K.CONVERSION_FUNCTION):
                continue
            d = r.get_definition() if r.kind != cscan.K.FUNCTION_TEMPLATE else r
            f = d.location.file if d is not None else None
            if d is not None and f is not None and os.path.realpath(f.name).startswith(inc):
                out |= reach(d)
            elif d is None and r.kind in (cscan.K.FUNCTION_DECL, cscan.K.VAR_DECL):
                out.add(r.mangled_name.lstrip("\x01") or r.spelling)
        return out
    return forms, reach


def graalpy_calls(real, cp, raw, our_tu, our, syms, detail_externs, info) -> list[str]:
    """GraalPy keeps its objects in the JVM: its headers turn many of CPython's macros and inline
    functions into calls (Py_TYPE -> GraalPy_TYPE, PyTuple_GET_ITEM -> GraalPyTuple_GET_ITEM,
    Py_Is -> the exported Py_Is) and reach its singletons through pointers (Py_None ->
    *_Py_NoneStructReference). What GraalPy's form of a name uses and CPython's form of it (same
    version) does not, py3ffi's inline form must use too, or it reads memory GraalPy does not
    keep up to date. real, cp: (flags, include dir) of GraalPy's headers and CPython's."""
    (real_flags, real_inc), (cp_flags, cp_inc) = real, cp
    real_tu = cscan.parse(PREAMBLE, real_flags, cxx=False)
    cp_tu = cscan.parse(PREAMBLE, cp_flags, cxx=False)
    graal = cscan.declarations(real_tu)["macro"]
    exported = {n for k in ("function", "data") for n, d in raw[k].items()
                if not d.get("inline") and n in syms}
    reach = real_reach(real_tu, macro_uses(real_flags, graal, real_inc))
    cp_reach = real_reach(cp_tu, macro_uses(cp_flags, cscan.declarations(cp_tu)["macro"], cp_inc))
    forms, ours = our_reach(our_tu)

    def want(n):
        r = raw["function"].get(n)
        if n not in graal and not (r and r["inline"]):
            # (an exported function under the name itself, which py3ffi makes inline)
            return {n} & exported if r else set()
        return (reach(n) - cp_reach(n)) & exported

    out = []
    for n, cs in sorted(forms.items()):
        w = want(n)
        if w:
            w -= set().union(*(ours(c) for c in cs))
        if w:
            out.append("%s: GraalPy's headers use %s, py3ffi's inline form does not" % (
                n, " ".join(sorted(w))))
    # what py3ffi would need to declare for the macro forms it reimplements or lacks
    declared = {d.get("symbol") or n for k in ("function", "data") for n, d in our[k].items()
                if (not d["inline"] if k == "function" else d["extern"])}
    declared |= {sym for sym, _ in detail_externs.values()}
    used = {}
    for n in sorted(set(graal) | {n for n, d in raw["function"].items() if d["inline"]}):
        if n.startswith("_") or is_config_macro(n, (graal.get(n) or {"file": ""})["file"]):
            continue
        for x in want(n) - declared:
            used.setdefault(x, []).append(n)
    if used:
        info.append("what GraalPy's public macros and inline functions use where CPython's do "
                    "not, and py3ffi does not declare: " + "; ".join(
                        "%s (by %s)" % (x, " ".join(v[:4]) + (" ..." if len(v) > 4 else ""))
                        for x, v in sorted(used.items())))
    return out


def main(argv):
    if len(argv) != 2:
        raise SystemExit(__doc__)
    name, mode = argv
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
    # full-ft: only compiled, no free-threaded library of this version to hold the symbols
    as_ft = mode == "full-ft"
    if as_ft:
        if it.gil_disabled or t < (3, 13):
            raise SystemExit("conformance: full-ft reads a GIL build's 3.13+ headers as a "
                             "free-threaded build's; %s is not one" % name)
        real_flags.append("-DPy_GIL_DISABLED=1")
        ours.append("-DPy_GIL_DISABLED")
    if it.gil_disabled and mode != "full" and t < (3, 15):
        raise SystemExit("conformance: %s is free-threaded: no limited API before 3.15" % name)
    if mode == "limited":
        floor = t
    elif mode == "limited3.7":
        floor = (3, 7)
    elif mode == "abi3t":
        if t < (3, 15):
            raise SystemExit("conformance: abi3t begins with 3.15; %s is %d.%d" % (name, *t))
        floor = (3, 15)
        real_flags.append("-DPy_TARGET_ABI3T=0x030F0000")
        ours.append("-DPy_TARGET_ABI3T=0x030F0000")
    elif mode not in ("full", "full-ft", "abi3t"):
        raise SystemExit("conformance: unknown mode %s" % mode)
    if floor and mode != "abi3t":
        lim = "-DPy_LIMITED_API=0x%02X%02X0000" % floor
        real_flags.append(lim)
        ours.append(lim)

    # (another platform's headers are read as its compiler reads them)
    real_tu = cscan.parse(PREAMBLE, real_flags + it.target_flags(), cxx=False)
    real = cscan.declarations(real_tu)
    wchar = real["typedef"].get("wchar_t", {}).get("canonical", "int")  # (the platform's)
    # everything the real translation unit declares (system headers too), for unusable()
    known = set().union(*(set(v) for v in real.values()))
    def field_names(rec):
        for f in rec["fields"]:
            yield f["name"]
            if f.get("nested"):
                yield from field_names(f["nested"])
    fields = {n for r in real["record"].values() if r["complete"] for n in field_names(r)}
    inc = it.host_path(it.include).rstrip("/") + "/"
    for kind in real:
        # (not libclang's "enum (unnamed at ...)" for an enum without a name: PyPy's PYGEN_RETURN)
        real[kind] = {n: d for n, d in real[kind].items() if d["file"].startswith(inc)
                      and re.match(r"\w+$", n)}
    # By symbol (raw) and by C API name (real): the same but on PyPy, whose headers rename the API
    binds = expansions(real_flags, real["macro"], it.tool("gcc")) if pypy else {}
    raw, real = real, api_view(real, binds)
    our_tu = cscan.parse("#include <py3ffi/py3ffi.hpp>\n#include <py3ffi/compat.hpp>\n",
                         ["-I", str(INCLUDE)] + ours + it.target_flags(), cxx=True)
    our = cscan.declarations(our_tu, namespace="py3ffi::")
    for n, sym in data_symbols(our_tu, "py3ffi::").items():
        our["data"][n]["symbol"] = sym
    # The interpreter's functions declared out of the API's names: compat's backports call a few
    # its headers no longer declare, and an inline fast path can bind its slow path under a name
    # of its own (detail::mutex_lock is PyMutex_Lock): checked below, by the symbol they bind to.
    # (Not the C library's, such as detail::getenv.)
    detail_externs = {}
    for space in ("py3ffi::compat::detail::", "py3ffi::detail::"):
        for n, d in cscan.declarations(our_tu, namespace=space)["function"].items():
            sym = d.get("symbol") or n
            if not d["inline"] and re.match(r"_?Py", sym):
                detail_externs[space + n] = (sym, d)

    tagmap = dict(api_names_of_tags())
    tagmap.update({d["tag"]: n for n, d in real["typedef"].items()
                   if d.get("tag") and d["tag"] != n})  # (3.7's Py_buffer is struct bufferinfo)
    man = load_manifest()
    norm = Normalizer(tagmap, wchar)
    failures, info = [], []
    counts = dict.fromkeys(["functions", "data", "typedefs", "structs", "fields", "constants",
                            "symbols"], 0)
    # PyPy spells some types otherwise than CPython (long for long long, int for an enum, char *
    # for const char *, PyObject ** for PyObject *const *): py3ffi keeps CPython's spelling where
    # the calling convention cannot tell them apart (the generator's rule, capi.abi_of), and
    # they are listed apart, not as mismatches
    enums = {n for side in (our, real) for n, d in side["typedef"].items() if d.get("tag_kind") == "enum"}
    same_abi = []

    def differ(what, a, b):
        if a == b:
            return False
        if pypy and abi_of(a, enums) == abi_of(b, enums):
            same_abi.append(what)
            return False
        return True

    # an inline form must not define one of the interpreter's functions: declared extern "C"
    # before (bound to a symbol), an inline definition of the same name would be that function
    # (on PyPy, an alias generated as PyPyObject_Size and a hand-written PyObject_Length calling
    # PyObject_Size recursed forever)
    for n, d in our["function"].items():
        if d["inline"] and d.get("extern_c") and not (d.get("symbol") or "_Z").startswith("_Z"):
            failures.append("function %s: an inline definition of the interpreter's symbol %s" % (n, d["symbol"]))

    # functions and data: same type (a static inline function of Python.h too, as PyPy 3.9's
    # Py_UNICODE_strlen; but not one a macro of the same name wraps, as debug builds'
    # Py_DECREF(op) wraps Py_DECREF(file, line, op): the macro is the API, behaviour tests check
    # py3ffi's form of it)
    for n, d in our["function"].items():
        r = real["function"].get(n)
        mac = real["macro"].get(n)
        if r is None or (r["inline"] and mac and mac["function_like"] and n in mac["tokens"]):
            continue
        counts["functions"] += 1
        a, b = norm(d["canonical"]), norm(r["canonical"])
        b = b.replace(" __attribute__((noreturn))", "")
        if a != b and d["inline"] and (r["inline"] or mac and mac["function_like"] and n not in mac["tokens"]) \
                and a.startswith(b[:-1] + ("" if b.endswith("()") else ", ")):
            # Python.h declares the function but its macro of that name replaces every call
            # (GraalPy's Py_FatalError, PyErr_BadInternalCall), or defines it inline (3.15's
            # limited debug Py_XDECREF): py3ffi's inline form is called the same way, with the
            # caller's location as more (defaulted) parameters
            continue
        if differ(n, a, b):
            failures.append("function %s: py3ffi %s, Python.h %s" % (n, a, b))
        if d["noreturn"] != r["noreturn"]:
            failures.append("function %s: noreturn in py3ffi %s, in Python.h %s" % (
                n, d["noreturn"], r["noreturn"]))
    for n, d in our["data"].items():
        r = real["data"].get(n)
        if r is None:
            continue
        counts["data"] += 1
        if d["extern"]:
            a, b = norm(d["canonical"]), norm(r["canonical"])
            if differ(n, a, b):
                failures.append("data %s: py3ffi %s, Python.h %s" % (n, a, b))
        elif r["extern"]:
            # (GraalPy's _PyHASH_MODULUS is a variable of its library, not CPython's macro: a
            # constant would be CPython's value, whatever the interpreter's is)
            failures.append("data %s: a constant in py3ffi, the interpreter's datum in Python.h (%s)"
                            % (n, norm(r["canonical"])))

    # symbols: what py3ffi declares extern must exist in the interpreter
    # (on Windows, a stable-ABI module links python3.dll: its names)
    syms = exported_symbols(it, limited=bool(floor))
    gil_only_lib = []  # full-ft: free-threaded builds' own functions, absent from this library
    for kind, n, d in [(k, n, d) for k in ("function", "data") for n, d in our[k].items()]:
        if d["inline"] if kind == "function" else not d["extern"]:
            continue
        sym = d.get("symbol") or n
        if as_ft and sym not in syms and sym in raw["function"]:
            gil_only_lib.append(sym)
            continue
        counts["symbols"] += 1
        if sym.startswith("_Z"):  # declared outside extern "C": links to no symbol of Python's
            failures.append("%s %s: C++ linkage (symbol %s), not the interpreter's C symbol" % (
                kind, n, sym))
            continue
        if sym not in syms:
            failures.append("symbol %s: declared by py3ffi, not exported by %s" % (
                sym, it.host_path(it.symbols)))
        bound = binds.get(n, n)  # the symbol the real header binds the name to
        r = real[kind].get(n)
        if sym == bound:
            continue
        if pypy and r is not None and not r.get("inline"):
            failures.append("%s %s: bound to %s, PyPy's headers bind it to %s" % (
                kind, n, sym, bound))
            continue
        if pypy and r is not None and sym not in callees(real_tu, bound):
            failures.append("%s %s: bound to %s, which PyPy's static %s does not call" % (
                kind, n, sym, bound))
        # bound to another symbol (PY_SSIZE_T_CLEAN's _SizeT functions; on PyPy, the one a static
        # function of its headers calls: PySlice_GetIndicesEx): the header must declare that
        # one too, with the same type
        r = raw[kind].get(sym)
        if r is None:
            failures.append("%s %s: bound to %s, which Python.h does not declare" % (kind, n, sym))
        elif norm(r["canonical"]) != norm(d["canonical"]):
            failures.append("%s %s: bound to %s of type %s, py3ffi's is %s" % (
                kind, n, sym, norm(r["canonical"]), norm(d["canonical"])))

    for n, (sym, d) in detail_externs.items():
        counts["symbols"] += 1
        if sym not in syms:
            failures.append("symbol %s: declared by %s, not exported by %s" % (
                sym, n, it.host_path(it.symbols)))
        r = raw["function"].get(sym)
        if r is not None and norm(r["canonical"]) != norm(d["canonical"]):
            failures.append("function %s (%s): py3ffi %s, Python.h %s" % (
                sym, n, norm(d["canonical"]), norm(r["canonical"])))

    # typedefs (non-struct)
    for n, d in our["typedef"].items():
        r = real["typedef"].get(n)
        if r is None or r.get("tag_kind") in ("struct", "union"):
            continue
        if d.get("tag_kind") == "enum" or r.get("tag_kind") == "enum":
            # enumerator values are compared with the constants; here the integer type
            counts["typedefs"] += 1
            # (the other may be an integer typedef: PyPy's PyGILState_STATE is an int)
            a, b = (x.get("enum_type") or norm(x["canonical"]) for x in (d, r))
            if differ(n, a, b):
                failures.append("enum %s: py3ffi %s, Python.h %s" % (n, a, b))
            continue
        counts["typedefs"] += 1
        a, b = norm(d["canonical"]), norm(r["canonical"])
        if differ(n, a, b):
            failures.append("typedef %s: py3ffi %s, Python.h %s" % (n, a, b))

    # struct layouts
    def layout_diff(n, a, b, path=""):
        out = []
        tail = PATCH_TAILS.get((n, t), []) if not path else []
        if tail and [f["name"] for f in b["fields"][-len(tail):]] == tail and \
                len(a["fields"]) == len(b["fields"]) - len(tail):
            # (a patch release appended these: py3ffi has the layout all releases share)
            info.append("struct %s: %s, appended by a %d.%d patch release, left out (capi.PATCH_TAILS)"
                        % (n, " ".join(tail), *t))
            b = dict(b, fields=b["fields"][:-len(tail)], size=a["size"])
        if (a["size"], a["align"]) != (b["size"], b["align"]):
            out.append("struct %s%s: size/align py3ffi %s/%s, Python.h %s/%s" % (
                n, path, a["size"], a["align"], b["size"], b["align"]))
        fa = [(f["name"] if "(" not in f["name"] else "", f["offset_bits"], f["bitfield"])
              for f in a["fields"]]
        fb = [(f["name"] if "(" not in f["name"] else "", f["offset_bits"], f["bitfield"])
              for f in b["fields"]]
        if fa != fb:
            out.append("struct %s%s: fields py3ffi %s, Python.h %s" % (n, path, fa, fb))
        else:
            for x, y in zip(a["fields"], b["fields"]):
                counts["fields"] += 1
                if x.get("nested") and y.get("nested"):
                    out += layout_diff(n, x["nested"], y["nested"], path + "." + (x["name"] or "?"))
                elif not x.get("nested") and differ("%s%s.%s" % (n, path, x["name"]), norm(x["canonical"]),
                                                    norm(y["canonical"])):
                    out.append("struct %s%s field %s: py3ffi %s, Python.h %s" % (
                        n, path, x["name"], norm(x["canonical"]), norm(y["canonical"])))
        return out

    for n, d in our["record"].items():
        r = real["record"].get(n) or real["record"].get(
            next((tg for tg, nm in tagmap.items() if nm == n), ""))
        if not d["complete"]:
            continue
        if r is None or not r["complete"]:
            info.append("struct %s: defined by py3ffi, opaque or absent in Python.h" % n)
            continue
        counts["structs"] += 1
        diffs = layout_diff(n, d, r)
        since, members = PATCH_RESPELLED.get((n, t), (0, []))
        if diffs and it.hexversion < since and (d["size"], d["align"]) == (r["size"], r["align"]) and \
                all(any(re.search(r"\b%s\b" % m, x) for m in members) for x in diffs):
            # (the same size and alignment, only the named members spelled otherwise)
            info.append("struct %s: %s spelled as before the 0x%08X patch release, the same layout "
                        "(capi.PATCH_RESPELLED)" % (n, " ".join(members), since))
            diffs = []
        failures += diffs

    # constants
    macros = real["macro"]
    # (the build's own version macros are compared too: py3ffi derives them from its target)
    cands = [n for n, m in macros.items() if not m["function_like"]
             and m["file"].split("/")[-1] not in CONFIG_HEADERS and not n.startswith("SIZEOF_")]
    real_vals = cvalues.integer_macros(PREAMBLE, cands, real_flags,
                                       {n: macros[n]["tokens"] for n in cands},
                                       cc=it.tool("gcc"), link=it.link_flags(), run=it.probe_runner())
    for n, e in real["enumerator"].items():
        real_vals.setdefault(n, ("int", e["value"]))
    our_consts = [n for n, d in our["data"].items() if not d["extern"]
                  and n in real_vals]
    our_vals = py3ffi_values(ours, our_consts, it)
    for n, e in our["enumerator"].items():
        if n in real_vals:
            our_vals[n] = ("int", e["value"])
    for n, (ty, v) in our_vals.items():
        counts["constants"] += 1
        rt, rv = real_vals[n]
        if v != rv or (ty != rt and not (ty == "int" and rt in ("int", "unsigned int"))):
            failures.append("constant %s: py3ffi %s %s, Python.h %s %s" % (n, ty, v, rt, rv))

    # string constants (PYTHON_API_STRING): the same literal
    for n, d in our["data"].items():
        m = macros.get(n)
        if d.get("string") is not None and m and len(m["tokens"]) == 1 \
                and m["tokens"][0].startswith('"'):
            counts["constants"] += 1
            our_vals.setdefault(n, ("string", d["string"]))
            if d["string"] != m["tokens"][0]:
                failures.append("constant %s: py3ffi %s, Python.h %s" % (n, d["string"],
                                                                         m["tokens"][0]))

    # the manifest's floor
    our_names = set().union(*(set(our.get(k, ())) for k in ("function", "data", "typedef", "record",
                                                             "template")))
    if floor:
        inline = {n for n, d in our["function"].items() if d["inline"]} | set(our.get("template", ()))
        for n in our_names - inline:  # inline forms of macros exist at every floor
            row = man.get(n)
            if row and "abi_only" not in row["flags"] and row["added"] > floor \
                    and row["kind"] != "struct":
                failures.append("%s: declared at floor %d.%d, the manifest adds it in %d.%d" % (
                    n, floor[0], floor[1], *row["added"]))

    # nothing py3ffi declares may be missing from the real header in this configuration, except
    # a struct the header names only by tag (3.7's `struct _frame *PyEval_GetFrame()`), and a
    # manifest name at its floor that a header forgot (PyMem_Calloc in 3.8/3.9's limited API)
    real_names = set().union(*(set(real[k]) for k in real)) | set(real_vals)
    mentioned = set()
    for kind in ("function", "data", "typedef"):
        for d in real[kind].values():
            mentioned |= {tagmap.get(t, t) for t in re.findall(
                r"\bstruct (\w+)", d.get("canonical", ""))}
    real_names |= mentioned
    if floor:
        real_names |= {n for n, row in man.items() if "abi_only" not in row["flags"]
                       and row["added"] <= floor and (row["kind"] not in ("function", "data")
                                                      or n in syms)}
    our_decl = {n for k in ("function", "data", "typedef", "record", "enumerator", "template")
                for n in our.get(k, ())} - {n for n, d in our["data"].items() if d["extern"]
                                             and n.startswith("_")}
    extra = sorted(n for n in our_decl - real_names - OWN if not n.startswith("_")
                   or n[1:] in real_names)
    for n in extra:
        failures.append("%s: declared by py3ffi, absent from this Python.h" % n)

    # statement/declaration macros: ours exactly where theirs are (but where the limited API's
    # headers show one that cannot compile there: 3.8's trashcan macros read PyThreadState)
    later_forms = []
    for theirs, mine in OTHER_FORM.items():
        mine = mine.split("(")[0]
        row = man.get(theirs)
        expected = theirs in macros and not (floor and row and row["added"] > floor)
        if expected and floor and unusable(macros[theirs], known, fields, macros, fields_only=True):
            expected = False
            later_forms.append(theirs)
        if expected != (mine in our["macro"]):
            failures.append("%s: expected %s, py3ffi's %s %s" % (
                theirs, "here" if expected else "absent here", mine,
                "is missing" if expected else "exists"))

    # reverse coverage: public names of the real header that py3ffi lacks
    ours_all = our_names | set(our["enumerator"]) | set(our_vals) | {
        n for n in our["data"]}
    # the real header's public names, for the coverage figure (minus what is set apart below)
    public = {n for kind in ("function", "data", "typedef", "record") for n in real[kind]
              if not n.startswith("_")} | {n for n in real_vals if not n.startswith("_")} | {
        n for n, m in macros.items() if not n.startswith("_") and not is_config_macro(n, m["file"])
        and not (not m["tokens"] and n.endswith("_H"))}
    missing, unexported = {}, []
    for kind in ("function", "data", "typedef", "record"):
        for n in real[kind]:
            if n.startswith("_") or n in ours_all:
                continue
            if kind in ("function", "data") and not real[kind][n].get("inline") \
                    and binds.get(n, n) not in syms:
                unexported.append(n)  # declared, defined nowhere: nothing to call
                continue
            missing.setdefault(kind, []).append(n)
    if unexported:
        info.append("declared by these headers, exported by no library of %s: %s"
                    % (it.name, " ".join(sorted(unexported))))
    left_out, cannot, later, unlisted = [], [], [], []
    for n in real_vals:
        if not n.startswith("_") and n not in ours_all:
            if n in LEFT_OUT:
                left_out.append(n)
            else:
                missing.setdefault("constant", []).append(n)
    # every other macro (function-like, statement, declaration: Py_RETURN_NONE, PyList_Check...)
    our_values = set(our_vals) | set(our["data"])
    for n, m in macros.items():
        if not n.startswith("_") and n not in ours_all and n not in our_values \
                and n not in real_vals and not is_config_macro(n, m["file"]) \
                and n not in OTHER_FORM and n not in real["function"]:
            if not m["tokens"] and n.endswith("_H"):
                continue  # an include guard
            why = unusable(m, known, fields, macros)
            if n in LEFT_OUT:
                left_out.append(n)
            elif why:
                cannot.append("%s (%s)" % (n, why))
            else:
                missing.setdefault("macro", []).append(n)
    forms_apart = []
    for n in later_forms:
        info.append("%s: not in the stable ABI (its expansion cannot compile with the limited "
                    "API: %s)" % (n, unusable(macros[n], known, fields, macros, fields_only=True)))
        forms_apart.append(n)
    if left_out:
        info.append("left out on purpose (data/left_out.tsv): " + " ".join(sorted(left_out)))
    if cannot:
        info.append("macros that cannot compile in this configuration, so none is needed: "
                    + "; ".join(sorted(cannot)))
    manifest_missing = []
    if floor:
        for kind, names in missing.items():
            for n in names:
                row = man.get(n)
                if row and "abi_only" not in row["flags"] and row["added"] <= floor:
                    if row["kind"] in ("function", "data") and n not in syms:
                        info.append("%s: in the manifest and in Python.h, not exported by %s"
                                    % (n, it.name))
                        continue
                    manifest_missing.append(n)
        for n in sorted(manifest_missing):
            failures.append("%s: in the stable ABI manifest for floor %d.%d, missing from py3ffi"
                            % (n, floor[0], floor[1]))
        # What the limited headers show but the stable ABI does not have at this floor is
        # absent from py3ffi on purpose: the manifest adds it later, or never lists it.
        later, unlisted = [], []
        for kind in list(missing):
            for n in list(missing[kind]):
                row = man.get(n)
                if row and row["added"] > floor:
                    later.append(n)
                elif not row and kind != "macro":
                    unlisted.append(n)
                else:
                    continue
                missing[kind].remove(n)
            if not missing[kind]:
                del missing[kind]
        later, unlisted = sorted(set(later)), sorted(set(unlisted))
        if later:
            info.append("in these headers at floor %d.%d, added by the manifest later: %s"
                        % (floor[0], floor[1], " ".join(later)))
        if unlisted:
            info.append("in these limited headers, not in the stable ABI manifest: %s"
                        % " ".join(unlisted))

    # PyPy's own names (PYPY_VERSION, PyPy_Borrow, Python 2's PyNumber_Divide...) and GraalPy's
    # (GraalPy_TYPE, PyTruffle_SIZE...): py3ffi gives CPython's API, so what no CPython header of
    # that version has is set apart, by name (what py3ffi declares of them is checked above)
    own_names = []
    if pypy or graal:
        cp = headers.release_per_minor(headers.interpreters()).get(t)
        if cp is None:
            raise SystemExit("conformance: no CPython %d.%d in the table to tell %s's own names"
                             % (t[0], t[1], it.impl))
        cp_decls = cscan.declarations(cscan.parse(PREAMBLE, cp.cflags(), cxx=False))
        cp_names = set().union(*(set(v) for v in cp_decls.values()))
        for kind in list(missing):
            own = [n for n in missing[kind] if n not in cp_names]
            own_names += own
            missing[kind] = [n for n in missing[kind] if n in cp_names]
            if not missing[kind]:
                del missing[kind]
        if own_names:
            info.append("%s's own names, in no header of CPython %d.%d: %s" % (
                it.impl, t[0], t[1], " ".join(sorted(own_names))))
    if graal:
        # both with NDEBUG, as extensions are built (GraalPy's Py_SIZE asserts with Py_TYPE)
        failures += graalpy_calls(
            (real_flags + ["-DNDEBUG"], inc),
            (cp.cflags() + ["-DPY_SSIZE_T_CLEAN", "-DNDEBUG"], cp.host_path(cp.include).rstrip("/") + "/"),
            raw, our_tu, our, syms, detail_externs, info)

    # The limited API is complete: whatever else its headers have, py3ffi has.
    if floor:
        for kind, names in sorted(missing.items()):
            failures.append("limited API: py3ffi lacks %s %s" % (kind, " ".join(sorted(names))))

    if gil_only_lib:
        info.append("symbols not checkable here (declared by the free-threaded headers, no "
                    "free-threaded %d.%d library to look in): %s" % (t[0], t[1], " ".join(sorted(gil_only_lib))))

    # What this platform's headers hide cannot be compared here (Windows-only names).
    unchecked = sorted(n for n, row in man.items() if row["ifdef"] in ("MS_WINDOWS", "USE_STACKCHECK")
                       and "abi_only" not in row["flags"] and row["added"] <= (floor or t))
    if it.windows:  # (compared above, but for what this configuration of the headers hides too)
        unchecked = [n for n in unchecked if n not in real["function"] and n not in real["data"]]
    info.append("not checkable on this platform (%s): %s" % (
        "MS_WINDOWS/USE_STACKCHECK", " ".join(unchecked)))

    set_apart = set(left_out) | {c.split(" (")[0] for c in cannot} | set(later) | set(unlisted) | \
        set(unexported) | set(forms_apart) | set(own_names)
    public -= set_apart
    lacking_n = len({n for v in missing.values() for n in v} & public)
    counts["covered"] = len(public) - lacking_n
    counts["public"] = len(public)
    label = "%s %s" % (name, mode)
    summary = " ".join("%s=%d" % kv for kv in counts.items() if kv[0] not in ("covered", "public"))
    summary += "; covered %d of %d public names of Python.h (%.1f%%)" % (
        counts["covered"], counts["public"], 100.0 * counts["covered"] / max(counts["public"], 1))
    lacking = " ".join("%s:%d" % (k, len(v)) for k, v in sorted(missing.items()))
    print("conformance %s: checked %s; mismatches=%d; not checkable here (Windows-only)=%d%s; "
          "left out on purpose=%d; unusable here=%d; not stable ABI at this floor=%d; "
          "declared but not exported=%d;%s py3ffi lacks %s" % (
              label, summary, len(failures), len(unchecked),
              "; NOT CHECKED (no free-threaded library): %d symbols" % len(gil_only_lib) if as_ft else "",
              len(left_out), len(cannot), len(later) + len(unlisted), len(unexported),
              " PyPy's own names=%d; spelled as CPython's, same ABI=%d;" % (len(own_names), len(same_abi))
              if pypy else " GraalPy's own names=%d;" % len(own_names) if graal else "",
              lacking or "nothing"))
    if "-v" in os.environ.get("PY3FFI_CONFORMANCE", ""):
        for k, v in sorted(missing.items()):
            print("  lacks %s: %s" % (k, " ".join(sorted(v))))
        for i in info:
            print("  note: " + i)
        if same_abi:
            print("  spelled as CPython's, same ABI: " + " ".join(sorted(same_abi)))
    # (a self-test's run against a broken copy keeps its own report)
    tag = "" if INCLUDE == ROOT / "include" else "-selftest"
    report = ROOT / "build" / "conformance" / ("%s-%s%s.json" % (name, mode, tag))
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps({"counts": counts, "failures": failures, "missing": missing,
                                  "info": info}, indent=1, sort_keys=True))
    for f in failures:
        print("  MISMATCH " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
