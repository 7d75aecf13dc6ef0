"""The other implementations of the C API, PyPy and GraalPy: what their own headers and
libraries say, and how an item's gate and forms change for them."""
from __future__ import annotations

import re
from collections import defaultdict

from gates import IS, conj, on_versions
from model import GRAALPY, GRAALPY_VERSIONS, PYPY, PYPY_VERSIONS, Entry, full, header_of
from render import Renderer, render_chain


def alt_record(scan, n):
    """Its struct n (by its typedef name or tag), or None."""
    rec = scan["record"].get(n)
    td = scan["typedef"].get(n)
    if rec is None and td and td.get("tag"):
        rec = scan["record"].get(td["tag"])
    return rec


def on_alt_layout(ctx, alt, n, chain):
    """The struct n as PyPy (or GraalPy) lays it out, ahead of CPython's forms where its own
    differs (Py_buffer has PyPy's own members after CPython's; its PyBytesObject holds no
    characters; GraalPy's PyTupleObject points to its items): its definition, or an opaque
    declaration where its headers have none."""
    forms = {}
    renderer, retag = ctx.renderer, ctx.retag
    for t, scan in ctx.readings_of(alt).items():
        ours = ctx.cpython.get(full(t), {}).get("record", {}).get(n)
        theirs = alt_record(scan, n)
        if ours is None and not (theirs and theirs["complete"]):
            continue  # (CPython's headers of that version lack it too)
        if theirs is None and n not in scan["typedef"]:
            continue  # (its own lack it: the gate says so)
        mine = renderer.record(n, ours) if ours and ours["complete"] else None
        text = retag(renderer.record(n, theirs)) if theirs and theirs["complete"] else \
            "%s %s;" % ("union" if ours and ours["union"] else "struct", n)
        # a type of its own it uses (_PyASCIIObject_state_t), defined with it
        for u in sorted(set(re.findall(r"\b(_\w+)\b", text)) - {n}):
            own = alt_record(scan, u)
            if own and own["complete"] and \
                    u not in ctx.cpython.get(full(t), {}).get("typedef", {}) and \
                    u not in renderer.defined:
                text = retag(renderer.record(u, own)) + "\n" + text
        if text != (retag(mine) if mine else None):
            forms[t] = text
    return alt_versions_chain(forms, chain, alt)


def alt_versions_chain(forms, chain, alt):
    """PyPy's (or GraalPy's) own forms (its version -> text) ahead of CPython's chain: one
    branch when both of its versions have the same, else one per version."""
    if set(forms) == set(alt.versions) and len(set(forms.values())) == 1:
        forms = {tuple(alt.versions): forms[alt.versions[0]]}
    else:
        forms = {(t,): text for t, text in forms.items()}
    return [(conj([IS(alt)] + on_versions(alt, vs)), forms[vs])
            for vs in sorted(forms, reverse=True)] + chain


def on_alt_other(ctx, alt, n, it, chain):
    """A constant or a typedef on PyPy (or GraalPy): the versions whose headers have it; its
    own value or type where it differs (PyPy's Py_TPFLAGS_* are long, its _PyCFunctionFast takes
    PyObject **; GraalPy's CO_MAXBLOCKS is 21), ahead of CPython's forms."""
    have, forms = set(), {}
    n = n.replace(" (forward)", "")  # (a forward declaration goes with its struct)
    renderer, retag = ctx.renderer, ctx.retag
    for t, scan in ctx.readings_of(alt).items():
        mine = it.texts.get(full(t))
        if it.kind == "constant":
            if n in scan["value"]:
                have.add(t)
                theirs = scan["value"][n]
                if mine is not None and it.numeric.get(full(t)) not in (None, tuple(theirs)):
                    forms[t] = Renderer.constant(n, *theirs)
            elif n in scan["enumerator"] or n in scan["macro"]:
                have.add(t)
        else:
            td = scan["typedef"].get(n)
            if td is None and alt_record(scan, n) is None:
                continue
            have.add(t)
            ours = ctx.cpython[full(t)]["typedef"].get(n)
            if td is not None and mine is not None and ours is not None and "{" not in mine and \
                    td.get("tag_kind") not in ("struct", "union") and \
                    ctx.abi_of(td["canonical"]) != ctx.abi_of(ours["canonical"]):
                forms[t] = retag(renderer.typedef(n, td, scan))
            elif td is not None and mine is not None and td.get("tag_kind") == "enum" and \
                    mine.startswith("enum ") and retag(renderer.typedef(n, td, scan)) != mine:
                # its own enumerators (GraalPy builds without pymalloc: no
                # PYMEM_ALLOCATOR_PYMALLOC)
                forms[t] = retag(renderer.typedef(n, td, scan))
    return have, alt_versions_chain(forms, chain, alt)


def pypy_names(scan):
    """name -> the symbol PyPy's headers bind it to, for each function and datum PyPy's library
    exports: most are renamed by an object-like macro (PyList_New -> PyPyList_New), a few keep
    their name."""
    exports = set(scan["symbols"])

    def real(sym):
        f, d = scan["function"].get(sym), scan["data"].get(sym)
        return sym in exports and (f is not None and not f["inline"] or
                                   d is not None and d["extern"])

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


def pypy_form(renderer, n, kind, decl, sym):
    """PyPy's declaration of function or datum n (its symbol `sym`), as py3ffi writes it."""
    if kind == "function":
        # (PyPy's generated declarations name their parameters arg0, arg1...: left unnamed)
        decl = dict(decl, param_names=[x if not re.fullmatch(r"arg\d+", x) else ""
                                       for x in decl["param_names"] or []])
        text = renderer.function(n, decl)
    else:
        text = renderer.data(n, decl)
    text = re.sub(r"\bstruct (Py\w+)", r"\1", text)
    return text if sym == n else text[:-1] + " PY3FFI_PYPY_NAME(%s);" % sym


def on_pypy(ctx, n, kind, chain):
    """The PyPy versions that have function or datum n, and its forms with PyPy's symbol: where
    PyPy names it otherwise, each form is bound to that symbol on PyPy (PY3FFI_PYPY_NAME,
    config.hpp); where PyPy declares another type (PyLong_AsLongLong returns long there,
    PyUnicode_Tailmatch int), PyPy's form comes first."""
    pypy = ctx.pypy_names
    syms = {t: names.get(n) for t, names in pypy.items()}
    have = {t for t, sym in syms.items() if sym}
    # renamed between PyPy versions (PyState_FindModule, PyPyState_FindModule in 8.0): a form
    # per version below
    renamed = len({syms[t] for t in have}) > 1
    sym = {x for x in syms.values() if x} if not renamed else set()
    out = []
    for p, text in chain:
        bound = re.search(r" PY3FFI_SYMBOL\((\w+)\);$", text)
        if bound:
            # a declaration CPython binds to another symbol (PyArg_ParseTuple's _SizeT form):
            # on PyPy, the PyPy name of that one
            other = {names.get(bound.group(1)) for names in pypy.values()} - {None}
            if len(other) == 1 and sym:
                text = text[:bound.start()] + " PY3FFI_SYMBOLS(%s, %s);" % (
                    bound.group(1), other.pop())
            elif sym:
                ctx.problems.append("%s: PyPy has no %s" % (n, bound.group(1)))
        elif sym and sym != {n}:
            text = text[:-1] + " PY3FFI_PYPY_NAME(%s);" % next(iter(sym))
        out.append((p, text))
    return have, alt_forms(ctx, PYPY, n, kind, syms, have, out, renamed)


def alt_forms(ctx, alt, n, kind, syms, have, chain, renamed=False):
    """Its own declaration of function or datum n (bound to syms[t]) ahead of CPython's chain,
    at the versions where its type differs from CPython's (PyPy's PyLong_AsLongLong returns
    long) or the symbol changed between its versions."""
    own = {}
    readings = ctx.readings_of(alt)
    for t in sorted(have):
        theirs = readings[t][kind].get(syms[t])
        ours = ctx.cpython[full(t)][kind].get(n)
        # (where the two differ only in spelling, CPython's form stays: code written for CPython
        # compiles unchanged, and the call is the same; tools/conformance lists those)
        if theirs is not None and (renamed or ours is None or ctx.abi_of(ours["canonical"])
                                   != ctx.abi_of(theirs["canonical"])):
            own[t] = pypy_form(ctx.renderer, n, kind, theirs, syms[t])
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
    return {n for n, f in scan["function"].items()
            if not f["inline"] and n in exports and n not in macros} | \
        {n for n, d in scan["data"].items() if d["extern"] and n in exports}


def on_graalpy(ctx, n, kind, chain):
    """The GraalPy versions that have function or datum n, and its forms there: GraalPy keeps
    CPython's names, lacks some (its singletons are pointers, _Py_NoneStructReference: no
    _Py_NoneStruct), has some before CPython (Py_REFCNT's function in 25.0); GraalPy's form
    first where its type differs."""
    have = {t for t in GRAALPY_VERSIONS if n in ctx.graalpy_names[t]}
    return have, alt_forms(ctx, GRAALPY, n, kind, {t: n for t in have}, have, chain)


def graalpy_own(ctx, declared):
    """GraalPy's own functions and data, in no header of CPython's same version: the calls its
    macros make instead of reading memory (GraalPy_TYPE, GraalPyTuple_GET_ITEM, PyTruffle_SIZE in
    24.2), its singletons' pointers (_Py_NoneStructReference) and its public additions
    (PyObject_GetDoc). Declared for GraalPy only, where GraalPy's header declares them. Other
    underscore names are left out, as CPython's are."""
    forms = defaultdict(dict)  # name -> version -> (text, file, line, kind)
    for t in GRAALPY_VERSIONS:
        sc, ours = ctx.inputs.graalpy[t], ctx.cpython[full(t)]
        used = {tok for m in sc["macro"].values() for tok in m["tokens"]}
        for n in sorted(ctx.graalpy_names[t] - declared):
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
            text = pypy_form(ctx.renderer, n, kind, d, n)
            forms[n][t] = (text, d["file"], d["line"], kind)
    out = defaultdict(list)
    for n, by in sorted(forms.items()):
        text, file, line, kind = by[max(by)]
        chain = alt_versions_chain({t: v[0] for t, v in by.items()}, [], GRAALPY)
        if len(chain) == 1:
            text = chain[0][1]
            gate = chain[0][0].text
        else:
            text, gate = render_chain(chain), "1"
        # (after CPython's names of that header: its line numbers are of GraalPy's file)
        out[header_of(file)].append(Entry(10**6 + line, n, gate, text, kind))
    return out


def pypy_functions(ctx, declared):
    """What CPython writes as a macro or static inline function and PyPy exports as a function
    (PyList_GET_ITEM, PyFloat_AS_DOUBLE: PyPy's objects are not CPython's structs): declared
    for PyPy only, in the header where CPython defines it. py3ffi's inline form of it, written
    by hand, is for CPython (PY3FFI_NOT_PYPY there)."""
    out = defaultdict(list)
    where = {}
    for _, s in sorted(ctx.cpython.items(), key=lambda ms: ms[0].sort_key()):
        for n, mac in s["macro"].items():
            if mac["function_like"]:
                where[n] = (mac["file"], mac["line"])
        for n, d in s["function"].items():
            if d["inline"]:
                where[n] = (d["file"], d["line"])
    pypy, readings = ctx.pypy_names, ctx.inputs.pypy
    for n in sorted(set(where) - declared):
        have = [t for t in PYPY_VERSIONS if n in pypy[t] and pypy[t][n] in readings[t]["function"]]
        if not have or n.startswith("_"):
            continue
        newest = have[-1]
        sym = pypy[newest][n]
        decl = readings[newest]["function"][sym]
        texts = {readings[t]["function"][pypy[t][n]]["canonical"] for t in have}
        if len(texts) > 1:
            ctx.problems.append("%s: PyPy versions declare it differently: %s" % (n, sorted(texts)))
        gate = conj([IS(PYPY)] + on_versions(PYPY, have)).text
        text = pypy_form(ctx.renderer, n, "function", decl, n)[:-1] + \
            " PY3FFI_PYPY_NAME(%s);" % sym
        file, line = where[n]
        out[header_of(file)].append(Entry(line, n, gate, text, "function"))
    return out
