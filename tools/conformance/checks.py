"""The conformance checks, each by name: they compare both sides (sides.py) and write what they
find to one report (report.py), in the order of CHECKS. check.py puts tools/lib on the path."""
from __future__ import annotations

import re
from pathlib import Path

import cscan
import headers
from capi import PATCH_RESPELLED, PATCH_TAILS, PREAMBLE, abi_of, is_config_macro
from graalpy import graalpy_calls

ROOT = Path(__file__).resolve().parents[2]

# Statement and declaration macros, which stay macros under py3ffi's prefix: this name of ours
# must exist where the real one does (checked below), and the reverse coverage skips theirs.
OTHER_FORM = {
    "PyMODINIT_FUNC": "PY3FFI_MODINIT(name)", "PyMODEXPORT_FUNC": "PY3FFI_MODEXPORT(name)",
    "Py_BEGIN_ALLOW_THREADS": "PY3FFI_BEGIN_ALLOW_THREADS",
    "Py_END_ALLOW_THREADS": "PY3FFI_END_ALLOW_THREADS",
    "Py_BLOCK_THREADS": "PY3FFI_BLOCK_THREADS", "Py_UNBLOCK_THREADS": "PY3FFI_UNBLOCK_THREADS",
    "Py_BEGIN_CRITICAL_SECTION": "PY3FFI_BEGIN_CRITICAL_SECTION",
    "Py_END_CRITICAL_SECTION": "PY3FFI_END_CRITICAL_SECTION",
    "Py_BEGIN_CRITICAL_SECTION2": "PY3FFI_BEGIN_CRITICAL_SECTION2",
    "Py_END_CRITICAL_SECTION2": "PY3FFI_END_CRITICAL_SECTION2",
    "Py_BEGIN_CRITICAL_SECTION_MUTEX": "PY3FFI_BEGIN_CRITICAL_SECTION_MUTEX(mutex)",
    "Py_BEGIN_CRITICAL_SECTION2_MUTEX": "PY3FFI_BEGIN_CRITICAL_SECTION2_MUTEX(m1, m2)",
    "PyABIInfo_VAR": "PY3FFI_ABIINFO_VAR",
    "Py_RETURN_NONE": "PY3FFI_RETURN_NONE",
    "Py_RETURN_NOTIMPLEMENTED": "PY3FFI_RETURN_NOTIMPLEMENTED",
    "Py_RETURN_TRUE": "PY3FFI_RETURN_TRUE", "Py_RETURN_FALSE": "PY3FFI_RETURN_FALSE",
    "Py_RETURN_RICHCOMPARE": "PY3FFI_RETURN_RICHCOMPARE(val1, val2, op)",
    "Py_RETURN_NAN": "PY3FFI_RETURN_NAN", "Py_RETURN_INF": "PY3FFI_RETURN_INF(sign)",
    "Py_VISIT": "PY3FFI_VISIT(op)",
    "PyObject_HEAD": "PY3FFI_OBJECT_HEAD", "PyObject_VAR_HEAD": "PY3FFI_OBJECT_VAR_HEAD",
    "PyModule_AddIntMacro": "PY3FFI_MODULE_ADD_INT_MACRO(m, c)",
    "PyModule_AddStringMacro": "PY3FFI_MODULE_ADD_STRING_MACRO(m, c)",
    "PyDateTime_IMPORT": "PY3FFI_DATETIME_IMPORT",
    "Py_TRASHCAN_BEGIN": "PY3FFI_TRASHCAN_BEGIN(op, dealloc)",
    "Py_TRASHCAN_END": "PY3FFI_TRASHCAN_END",
    "Py_TRASHCAN_BEGIN_CONDITION": "PY3FFI_TRASHCAN_BEGIN_CONDITION(op, cond)",
    "Py_TRASHCAN_SAFE_BEGIN": "PY3FFI_TRASHCAN_SAFE_BEGIN(op)",
    "Py_TRASHCAN_SAFE_END": "PY3FFI_TRASHCAN_SAFE_END(op)",
    "Py_ALLOW_RECURSION": "PY3FFI_ALLOW_RECURSION",
    "Py_END_ALLOW_RECURSION": "PY3FFI_END_ALLOW_RECURSION",
    "PyDescr_COMMON": "PY3FFI_DESCR_COMMON", "PyException_HEAD": "PY3FFI_EXCEPTION_HEAD",
    "Py_STRINGIFY": "PY3FFI_STRINGIFY(x)", "Py_MEMBER_SIZE": "PY3FFI_MEMBER_SIZE(type, member)",
    "Py_BUILD_ASSERT": "PY3FFI_BUILD_ASSERT(cond)",
    "Py_BUILD_ASSERT_EXPR": "PY3FFI_BUILD_ASSERT_EXPR(cond)",
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
    for t in toks:
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


def callees(tu, name: str) -> set[str]:
    """The functions that the definition of function `name` calls (PyPy's headers define a few
    API functions as static ones that call its own: PySlice_GetIndicesEx)."""
    for c in tu.cursor.get_children():
        if c.kind == cscan.K.FUNCTION_DECL and c.spelling == name and c.is_definition():
            return {x.referenced.spelling for x in c.walk_preorder()
                    if x.kind == cscan.K.CALL_EXPR and x.referenced is not None}
    return set()


# ---- the checks -------------------------------------------------------------------------------
# Each takes the target (check.Target), both sides (sides.Sides) and the report; they run in
# this order, which is the order of the report's mismatches and notes.
CHECKS = []


def check(name):
    """Registers a check under its name, which the report files its mismatches under."""
    def register(f):
        CHECKS.append((name, f))
        return f
    return register


def differ(tg, s, report, what, a, b) -> bool:
    """Whether two spellings of a type differ. PyPy spells some types otherwise than CPython
    (long for long long, int for an enum, char * for const char *, PyObject ** for PyObject
    *const *): py3ffi keeps CPython's spelling where the calling convention cannot tell them
    apart (the generator's rule, capi.abi_of), and they are listed apart, not as mismatches."""
    if a == b:
        return False
    if tg.pypy and abi_of(a, s.enums) == abi_of(b, s.enums):
        report.apart["same_abi"].append(what)
        return False
    return True


def our_names(s) -> set:
    return set().union(*(set(s.our.get(k, ())) for k in ("function", "data", "typedef", "record",
                                                         "template")))


@check("inline definitions")
def inline_definitions(tg, s, report):
    # an inline form must not define one of the interpreter's functions: declared extern "C"
    # before (bound to a symbol), an inline definition of the same name would be that function
    # (on PyPy, an alias generated as PyPyObject_Size and a hand-written PyObject_Length calling
    # PyObject_Size recursed forever)
    for n, d in s.our["function"].items():
        if d["inline"] and d.get("extern_c") and not (d.get("symbol") or "_Z").startswith("_Z"):
            report.fail("function %s: an inline definition of the interpreter's symbol %s"
                        % (n, d["symbol"]))


@check("functions")
def functions(tg, s, report):
    # the same type (a static inline function of Python.h too, as PyPy 3.9's
    # Py_UNICODE_strlen; but not one a macro of the same name wraps, as debug builds'
    # Py_DECREF(op) wraps Py_DECREF(file, line, op): the macro is the API, behaviour tests check
    # py3ffi's form of it)
    for n, d in s.our["function"].items():
        r = s.real["function"].get(n)
        mac = s.real["macro"].get(n)
        if r is None or (r["inline"] and mac and mac["function_like"] and n in mac["tokens"]):
            continue
        report.counts["functions"] += 1
        a, b = s.norm(d["canonical"]), s.norm(r["canonical"])
        b = b.replace(" __attribute__((noreturn))", "")
        wrapped = mac and mac["function_like"] and n not in mac["tokens"]
        if a != b and d["inline"] and (r["inline"] or wrapped) \
                and a.startswith(b[:-1] + ("" if b.endswith("()") else ", ")):
            # Python.h declares the function but its macro of that name replaces every call
            # (GraalPy's Py_FatalError, PyErr_BadInternalCall), or defines it inline (3.15's
            # limited debug Py_XDECREF): py3ffi's inline form is called the same way, with the
            # caller's location as more (defaulted) parameters
            continue
        if differ(tg, s, report, n, a, b):
            report.fail("function %s: py3ffi %s, Python.h %s" % (n, a, b))
        if d["noreturn"] != r["noreturn"]:
            report.fail("function %s: noreturn in py3ffi %s, in Python.h %s" % (
                n, d["noreturn"], r["noreturn"]))


@check("data")
def data(tg, s, report):
    for n, d in s.our["data"].items():
        r = s.real["data"].get(n)
        if r is None:
            continue
        report.counts["data"] += 1
        if d["extern"]:
            a, b = s.norm(d["canonical"]), s.norm(r["canonical"])
            if differ(tg, s, report, n, a, b):
                report.fail("data %s: py3ffi %s, Python.h %s" % (n, a, b))
        elif r["extern"]:
            # (GraalPy's _PyHASH_MODULUS is a variable of its library, not CPython's macro: a
            # constant would be CPython's value, whatever the interpreter's is)
            report.fail("data %s: a constant in py3ffi, the interpreter's datum in Python.h (%s)"
                        % (n, s.norm(r["canonical"])))


@check("exported symbols")
def symbols(tg, s, report):
    # what py3ffi declares extern must exist in the interpreter
    it, norm, raw = tg.it, s.norm, s.raw
    for kind, n, d in [(k, n, d) for k in ("function", "data") for n, d in s.our[k].items()]:
        if d["inline"] if kind == "function" else not d["extern"]:
            continue
        sym = d.get("symbol") or n
        if tg.as_ft and sym not in s.syms and sym in raw["function"]:
            # (full-ft: free-threaded builds' own functions, absent from this library)
            report.apart["gil_only_lib"].append(sym)
            continue
        report.counts["symbols"] += 1
        if sym.startswith("_Z"):  # declared outside extern "C": links to no symbol of Python's
            report.fail("%s %s: C++ linkage (symbol %s), not the interpreter's C symbol" % (
                kind, n, sym))
            continue
        if sym not in s.syms:
            report.fail("symbol %s: declared by py3ffi, not exported by %s" % (
                sym, it.host_path(it.symbols)))
        bound = s.binds.get(n, n)  # the symbol the real header binds the name to
        r = s.real[kind].get(n)
        if sym == bound:
            continue
        if tg.pypy and r is not None and not r.get("inline"):
            report.fail("%s %s: bound to %s, PyPy's headers bind it to %s" % (kind, n, sym, bound))
            continue
        if tg.pypy and r is not None and sym not in callees(s.real_tu, bound):
            report.fail("%s %s: bound to %s, which PyPy's static %s does not call" % (
                kind, n, sym, bound))
        # bound to another symbol (PY_SSIZE_T_CLEAN's _SizeT functions; on PyPy, the one a static
        # function of its headers calls: PySlice_GetIndicesEx): the header must declare that
        # one too, with the same type
        r = raw[kind].get(sym)
        if r is None:
            report.fail("%s %s: bound to %s, which Python.h does not declare" % (kind, n, sym))
        elif norm(r["canonical"]) != norm(d["canonical"]):
            report.fail("%s %s: bound to %s of type %s, py3ffi's is %s" % (
                kind, n, sym, norm(r["canonical"]), norm(d["canonical"])))

    for n, (sym, d) in s.detail_externs.items():
        report.counts["symbols"] += 1
        if sym not in s.syms:
            report.fail("symbol %s: declared by %s, not exported by %s" % (
                sym, n, it.host_path(it.symbols)))
        r = raw["function"].get(sym)
        if r is not None and norm(r["canonical"]) != norm(d["canonical"]):
            report.fail("function %s (%s): py3ffi %s, Python.h %s" % (
                sym, n, norm(d["canonical"]), norm(r["canonical"])))


@check("typedefs and enums")
def typedefs(tg, s, report):
    # (not those of structs and unions: their layouts are compared)
    for n, d in s.our["typedef"].items():
        r = s.real["typedef"].get(n)
        if r is None or r.get("tag_kind") in ("struct", "union"):
            continue
        if d.get("tag_kind") == "enum" or r.get("tag_kind") == "enum":
            # enumerator values are compared with the constants; here the integer type
            report.counts["typedefs"] += 1
            # (the other may be an integer typedef: PyPy's PyGILState_STATE is an int)
            a, b = (x.get("enum_type") or s.norm(x["canonical"]) for x in (d, r))
            if differ(tg, s, report, n, a, b):
                report.fail("enum %s: py3ffi %s, Python.h %s" % (n, a, b))
            continue
        report.counts["typedefs"] += 1
        a, b = s.norm(d["canonical"]), s.norm(r["canonical"])
        if differ(tg, s, report, n, a, b):
            report.fail("typedef %s: py3ffi %s, Python.h %s" % (n, a, b))


def layout_diff(tg, s, report, n, a, b, path=""):
    """How py3ffi's layout `a` of struct n differs from the real one `b` (path: the nested
    struct or union they are, within n)."""
    out = []
    t, norm = tg.t, s.norm
    tail = PATCH_TAILS.get((n, t), []) if not path else []
    if tail and [f["name"] for f in b["fields"][-len(tail):]] == tail and \
            len(a["fields"]) == len(b["fields"]) - len(tail):
        # (a patch release appended these: py3ffi has the layout all releases share)
        report.note("struct %s: %s, appended by a %d.%d patch release, left out (capi.PATCH_TAILS)"
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
            report.counts["fields"] += 1
            if x.get("nested") and y.get("nested"):
                out += layout_diff(tg, s, report, n, x["nested"], y["nested"],
                                   path + "." + (x["name"] or "?"))
            elif not x.get("nested") and differ(tg, s, report, "%s%s.%s" % (n, path, x["name"]),
                                                norm(x["canonical"]), norm(y["canonical"])):
                out.append("struct %s%s field %s: py3ffi %s, Python.h %s" % (
                    n, path, x["name"], norm(x["canonical"]), norm(y["canonical"])))
    return out


@check("struct layouts")
def struct_layouts(tg, s, report):
    for n, d in s.our["record"].items():
        r = s.real["record"].get(n) or s.real["record"].get(
            next((tg_ for tg_, nm in s.tagmap.items() if nm == n), ""))
        if not d["complete"]:
            continue
        if r is None or not r["complete"]:
            report.note("struct %s: defined by py3ffi, opaque or absent in Python.h" % n)
            continue
        report.counts["structs"] += 1
        diffs = layout_diff(tg, s, report, n, d, r)
        since, members = PATCH_RESPELLED.get((n, tg.t), (0, []))
        if diffs and tg.it.hexversion < since and \
                (d["size"], d["align"]) == (r["size"], r["align"]) and \
                all(any(re.search(r"\b%s\b" % m, x) for m in members) for x in diffs):
            # (the same size and alignment, only the named members spelled otherwise)
            report.note("struct %s: %s spelled as before the 0x%08X patch release, the same layout "
                        "(capi.PATCH_RESPELLED)" % (n, " ".join(members), since))
            diffs = []
        for x in diffs:
            report.fail(x)


@check("constants")
def constants(tg, s, report):
    for n, (ty, v) in s.our_vals.items():
        report.counts["constants"] += 1
        rt, rv = s.real_vals[n]
        if v != rv or (ty != rt and not (ty == "int" and rt in ("int", "unsigned int"))):
            report.fail("constant %s: py3ffi %s %s, Python.h %s %s" % (n, ty, v, rt, rv))
    # string constants (PYTHON_API_STRING): the same literal
    for n, d in s.our["data"].items():
        m = s.macros.get(n)
        if d.get("string") is not None and m and len(m["tokens"]) == 1 \
                and m["tokens"][0].startswith('"'):
            report.counts["constants"] += 1
            if d["string"] != m["tokens"][0]:
                report.fail("constant %s: py3ffi %s, Python.h %s"
                            % (n, d["string"], m["tokens"][0]))


@check("limited-API floor")
def limited_floor(tg, s, report):
    # in limited modes nothing may be declared before the stable ABI manifest adds it
    floor = tg.floor
    if not floor:
        return
    inline = {n for n, d in s.our["function"].items() if d["inline"]} | \
        set(s.our.get("template", ()))
    for n in our_names(s) - inline:  # inline forms of macros exist at every floor
        row = s.man.get(n)
        if row and "abi_only" not in row["flags"] and row["added"] > floor \
                and row["kind"] != "struct":
            report.fail("%s: declared at floor %d.%d, the manifest adds it in %d.%d" % (
                n, floor[0], floor[1], *row["added"]))


@check("nothing extra")
def nothing_extra(tg, s, report):
    # nothing py3ffi declares may be missing from the real header in this configuration, except
    # a struct the header names only by tag (3.7's `struct _frame *PyEval_GetFrame()`), and a
    # manifest name at its floor that a header forgot (PyMem_Calloc in 3.8/3.9's limited API)
    real, our, floor = s.real, s.our, tg.floor
    real_names = set().union(*(set(real[k]) for k in real)) | set(s.real_vals)
    mentioned = set()
    for kind in ("function", "data", "typedef"):
        for d in real[kind].values():
            mentioned |= {s.tagmap.get(t, t) for t in re.findall(
                r"\bstruct (\w+)", d.get("canonical", ""))}
    real_names |= mentioned
    if floor:
        real_names |= {n for n, row in s.man.items() if "abi_only" not in row["flags"]
                       and row["added"] <= floor and (row["kind"] not in ("function", "data")
                                                      or n in s.syms)}
    our_decl = {n for k in ("function", "data", "typedef", "record", "enumerator", "template")
                for n in our.get(k, ())} - {n for n, d in our["data"].items() if d["extern"]
                                             and n.startswith("_")}
    extra = sorted(n for n in our_decl - real_names - OWN if not n.startswith("_")
                   or n[1:] in real_names)
    for n in extra:
        report.fail("%s: declared by py3ffi, absent from this Python.h" % n)


@check("statement macros")
def statement_macros(tg, s, report):
    # ours exactly where theirs are (but where the limited API's headers show one that cannot
    # compile there: 3.8's trashcan macros read PyThreadState, set apart as forms_apart)
    floor, macros = tg.floor, s.macros
    for theirs, mine in OTHER_FORM.items():
        mine = mine.split("(")[0]
        row = s.man.get(theirs)
        expected = theirs in macros and not (floor and row and row["added"] > floor)
        if expected and floor and unusable(macros[theirs], s.known, s.fields, macros,
                                           fields_only=True):
            expected = False
            report.apart["forms_apart"].append(theirs)
        if expected != (mine in s.our["macro"]):
            report.fail("%s: expected %s, py3ffi's %s %s" % (
                theirs, "here" if expected else "absent here", mine,
                "is missing" if expected else "exists"))


@check("coverage")
def coverage(tg, s, report):
    # the other way round: the public names of the real header that py3ffi lacks
    real, our, macros, apart, missing = s.real, s.our, s.macros, report.apart, report.missing
    ours_all = our_names(s) | set(our["enumerator"]) | set(s.our_vals) | {n for n in our["data"]}
    # the real header's public names, for the coverage figure (minus what is set apart)
    report.public = {n for kind in ("function", "data", "typedef", "record") for n in real[kind]
                     if not n.startswith("_")} | \
        {n for n in s.real_vals if not n.startswith("_")} | \
        {n for n, m in macros.items() if not n.startswith("_") and not is_config_macro(n, m["file"])
         and not (not m["tokens"] and n.endswith("_H"))}
    for kind in ("function", "data", "typedef", "record"):
        for n in real[kind]:
            if n.startswith("_") or n in ours_all:
                continue
            if kind in ("function", "data") and not real[kind][n].get("inline") \
                    and s.binds.get(n, n) not in s.syms:
                apart["unexported"].append(n)  # declared, defined nowhere: nothing to call
                continue
            missing.setdefault(kind, []).append(n)
    if apart["unexported"]:
        report.note("declared by these headers, exported by no library of %s: %s"
                    % (tg.it.name, " ".join(sorted(apart["unexported"]))))
    for n in s.real_vals:
        if not n.startswith("_") and n not in ours_all:
            if n in LEFT_OUT:
                apart["left_out"].append(n)
            else:
                missing.setdefault("constant", []).append(n)
    # every other macro (function-like, statement, declaration: Py_RETURN_NONE, PyList_Check...)
    our_values = set(s.our_vals) | set(our["data"])
    for n, m in macros.items():
        if not n.startswith("_") and n not in ours_all and n not in our_values \
                and n not in s.real_vals and not is_config_macro(n, m["file"]) \
                and n not in OTHER_FORM and n not in real["function"]:
            if not m["tokens"] and n.endswith("_H"):
                continue  # an include guard
            why = unusable(m, s.known, s.fields, macros)
            if n in LEFT_OUT:
                apart["left_out"].append(n)
            elif why:
                apart["cannot"].append("%s (%s)" % (n, why))
            else:
                missing.setdefault("macro", []).append(n)
    for n in apart["forms_apart"]:
        report.note("%s: not in the stable ABI (its expansion cannot compile with the limited "
                    "API: %s)"
                    % (n, unusable(macros[n], s.known, s.fields, macros, fields_only=True)))
    if apart["left_out"]:
        report.note("left out on purpose (data/left_out.tsv): "
                    + " ".join(sorted(apart["left_out"])))
    if apart["cannot"]:
        report.note("macros that cannot compile in this configuration, so none is needed: "
                    + "; ".join(sorted(apart["cannot"])))


@check("stable ABI manifest")
def stable_abi_manifest(tg, s, report):
    # at a floor: what the manifest has there, py3ffi has; what the limited headers show but
    # the stable ABI does not have at this floor is absent from py3ffi on purpose (the manifest
    # adds it later, or never lists it)
    floor, missing = tg.floor, report.missing
    if not floor:
        return
    manifest_missing = []
    for names in missing.values():
        for n in names:
            row = s.man.get(n)
            if row and "abi_only" not in row["flags"] and row["added"] <= floor:
                if row["kind"] in ("function", "data") and n not in s.syms:
                    report.note("%s: in the manifest and in Python.h, not exported by %s"
                                % (n, tg.it.name))
                    continue
                manifest_missing.append(n)
    for n in sorted(manifest_missing):
        report.fail("%s: in the stable ABI manifest for floor %d.%d, missing from py3ffi"
                    % (n, floor[0], floor[1]))
    later, unlisted = [], []
    for kind in list(missing):
        for n in list(missing[kind]):
            row = s.man.get(n)
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
    report.apart["later"], report.apart["unlisted"] = later, unlisted
    if later:
        report.note("in these headers at floor %d.%d, added by the manifest later: %s"
                    % (floor[0], floor[1], " ".join(later)))
    if unlisted:
        report.note("in these limited headers, not in the stable ABI manifest: %s"
                    % " ".join(unlisted))


def same_version_cpython(tg):
    """The CPython of the table of the Python version that PyPy or GraalPy implements."""
    cp = headers.release_per_minor(headers.interpreters()).get(tg.t)
    if cp is None:
        raise SystemExit("conformance: no CPython %d.%d in the table to tell %s's own names"
                         % (tg.t[0], tg.t[1], tg.it.impl))
    return cp


@check("own names")
def own_names(tg, s, report):
    # PyPy's own names (PYPY_VERSION, PyPy_Borrow, Python 2's PyNumber_Divide...) and GraalPy's
    # (GraalPy_TYPE, PyTruffle_SIZE...): py3ffi gives CPython's API, so what no CPython header of
    # that version has is set apart, by name (what py3ffi declares of them is checked above)
    if not (tg.pypy or tg.graal):
        return
    cp = same_version_cpython(tg)
    cp_decls = cscan.declarations(cscan.parse(PREAMBLE, cp.cflags(), cxx=False))
    cp_names = set().union(*(set(v) for v in cp_decls.values()))
    missing, own = report.missing, report.apart["own_names"]
    for kind in list(missing):
        own += [n for n in missing[kind] if n not in cp_names]
        missing[kind] = [n for n in missing[kind] if n in cp_names]
        if not missing[kind]:
            del missing[kind]
    if own:
        report.note("%s's own names, in no header of CPython %d.%d: %s" % (
            tg.it.impl, tg.t[0], tg.t[1], " ".join(sorted(own))))


@check("GraalPy's calls")
def graalpy_forms(tg, s, report):
    if not tg.graal:
        return
    cp = same_version_cpython(tg)
    # both with NDEBUG, as extensions are built (GraalPy's Py_SIZE asserts with Py_TYPE)
    for x in graalpy_calls(
            (tg.real_flags + ["-DNDEBUG"], s.inc),
            (cp.cflags() + ["-DPY_SSIZE_T_CLEAN", "-DNDEBUG"],
             cp.host_path(cp.include).rstrip("/") + "/"),
            s.raw, s.our_tu, s.our, s.syms, s.detail_externs, report.info):
        report.fail(x)


@check("limited API complete")
def limited_complete(tg, s, report):
    # whatever else the limited API's headers have, py3ffi has
    if tg.floor:
        for kind, names in sorted(report.missing.items()):
            report.fail("limited API: py3ffi lacks %s %s" % (kind, " ".join(sorted(names))))


@check("not checkable here")
def not_checkable(tg, s, report):
    # notes only: what this run could not compare
    t, floor, it = tg.t, tg.floor, tg.it
    if report.apart["gil_only_lib"]:
        report.note("symbols not checkable here (declared by the free-threaded headers, no "
                    "free-threaded %d.%d library to look in): %s"
                    % (t[0], t[1], " ".join(sorted(report.apart["gil_only_lib"]))))
    # what this platform's headers hide cannot be compared here (Windows-only names)
    unchecked = sorted(n for n, row in s.man.items()
                       if row["ifdef"] in ("MS_WINDOWS", "USE_STACKCHECK")
                       and "abi_only" not in row["flags"] and row["added"] <= (floor or t))
    if it.windows:  # (compared above, but for what this configuration of the headers hides too)
        unchecked = [n for n in unchecked
                     if n not in s.real["function"] and n not in s.real["data"]]
    report.apart["unchecked"] = unchecked
    report.note("not checkable on this platform (%s): %s" % (
        "MS_WINDOWS/USE_STACKCHECK", " ".join(unchecked)))
