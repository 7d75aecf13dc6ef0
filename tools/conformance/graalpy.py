"""GraalPy's check: its headers turn many of CPython's macros and inline functions into calls
of its own, which py3ffi's inline forms must make too (graalpy_calls), with what it needs: what
a macro or inline function of the real headers reaches, and what one of py3ffi's does."""
from __future__ import annotations

import os
import re
import subprocess

import cscan
from capi import PREAMBLE, is_config_macro
from sides import INCLUDE


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
        raise SystemExit("conformance: the real headers' macros do not expand:\n"
                         + r.stderr[-3000:])
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
