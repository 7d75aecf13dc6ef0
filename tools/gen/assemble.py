"""From items to entries: each item's gate (where it exists) and its forms (what it looks like
there), CPython's first, then PyPy's and GraalPy's; placed in the header that has it."""
from __future__ import annotations

import re
from collections import defaultdict

from alternatives import on_alt_layout, on_alt_other, on_graalpy, on_pypy
from chains import by_api, constant_chain, fields_gated
from gates import OPAQUE, also, describe, exact_gate, presence_gate, variant_chain
from items import api_row, presence_of
from model import GRAALPY, MODES, PYPY, VERSIONS, Entry, header_of, vname
from policy import HANDWRITTEN, IFDEF, NOT_ON_WINDOWS
from render import render_chain


def entries(items, ctx):
    """header -> [Entry]"""
    ctx.presence = presence = {n: presence_of(n, it, api_row(ctx.manifest, n), ctx.inputs.symbols)
                               for n, it in items.items()}
    spell_references(items, presence)
    out = defaultdict(list)
    cpython_twins = {w[0] for it in items.values() for w in it.where.values()
                     if w[0].startswith("cpython/")}
    for n, it in sorted(items.items()):
        row = api_row(ctx.manifest, n)
        present = presence[n]
        if not present:
            continue  # declared by some header, exported by no interpreter: nothing to call
        gate = presence_gate(present)
        if gate is None:
            ctx.problems.append("%s: no gate reproduces where it exists: %s" % (
                n, describe(present)))
            continue
        # only the forms of configurations where it exists (3.7 declares an int-returning
        # PyBuffer_SizeFromFormat that it does not export)
        it.texts = {m: t for m, t in it.texts.items() if m in present} or it.texts
        chain = constant_chain(it, n) if it.kind == "constant" \
            else fields_gated(it.texts, present) or variant_chain(it.texts) \
            or by_api(it.texts, present)
        if chain is None:
            ctx.problems.append(
                "%s: its form varies in a way no chain of version checks explains" % n)
            continue
        if row and row["ifdef"] in IFDEF:
            gate = also(gate, OPAQUE(IFDEF[row["ifdef"]]))
        if n in NOT_ON_WINDOWS:
            gate = also(gate, OPAQUE("!PY3FFI_WINDOWS"))
        # where PyPy and GraalPy have it: a function or datum where their library exports it
        # (also where CPython's headers of that version lack it or spell it as a macro: PyPy's
        # PyObject_CallOneArg before 3.11, GraalPy 25's Py_REFCNT); a type or constant where
        # their headers have it and CPython's of that version too
        have = {}
        if it.kind in ("function", "data"):
            have[PYPY], chain = on_pypy(ctx, n, it.kind, chain)
            have[GRAALPY], chain = on_graalpy(ctx, n, it.kind, chain)
        elif it.kind == "typedef" and n in ctx.renderer.defined and \
                any("{" in t for t in it.texts.values()):
            for alt in (PYPY, GRAALPY):
                chain = on_alt_layout(ctx, alt, n, chain)
                have[alt], _ = on_alt_other(ctx, alt, n, it, [])
        else:
            for alt in (PYPY, GRAALPY):
                have[alt], chain = on_alt_other(ctx, alt, n, it, chain)
        extends = it.kind in ("function", "data")
        on_others = {m for alt, vs in have.items() for m in alt.modes()
                     if m.target in vs and (extends or gate(m))}
        exact = exact_gate(gate, {m for m in MODES if m in present} | on_others)
        if exact is None:
            ctx.problems.append("%s: no gate is exact on CPython, PyPy and GraalPy" % n)
            continue
        gate = exact
        # where the newest header defines it (a struct the limited API keeps opaque: where the
        # full API defines its body)
        newest = max(it.where, key=lambda m: ("{" in it.texts.get(m, ""),) + m.order())
        file, line = it.where[newest]
        if newest.full and newest.target < (3, 8) and not any(
                "{" in t for m, t in it.texts.items() if m.limited) and \
                "cpython/" + file in cpython_twins:
            # 3.7 had no Include/cpython/: what 3.8 moved there goes there from 3.7 too (3.7's
            # PyInterpreterState layout beside the _PyFrameEvalFunction it uses)
            file = "cpython/" + file
        if len(chain) > 1 and gate.text != "1":
            out[header_of(file)].append(Entry(line, n, "1", render_chain(chain, gate), it.kind))
        else:
            out[header_of(file)].append(Entry(line, n, gate.text, render_chain(chain), it.kind))
    return out


def spell_references(items, presence):
    """A constant or typedef may name another item only where that one exists too (T_INT is
    Py_T_INT in 3.12+, but Py_T_INT needs a 3.12 floor; _PyCFunctionFast is PyCFunctionFast,
    which the manifest gives a 3.13 floor): elsewhere it is written by value / by its type.
    `struct X` keeps its keyword only where no declaration of X is in force (3.7's limited
    API names struct _frame, never PyFrameObject); elsewhere it reads as the header's name."""
    def declared_at(x, m):
        return x in HANDWRITTEN or x in presence and m in presence[x]

    def named(g, n, m):
        return g.group(2) if g.group(2) != n and declared_at(g.group(2), m) else g.group(0)

    for n, it in items.items():
        for m, text in list(it.texts.items()):
            it.texts[m] = re.sub(r"\b(struct|union) (\w+)\b(?!\s*[{;])",
                                 lambda g, n=n, m=m: named(g, n, m), text)

    def spelled_out(text, m, absent):
        """`using A = B;` with each absent alias B replaced by what it stands for at m."""
        for r in absent:
            rhs = re.fullmatch(r"using \w+ = (.*);", items[r].texts.get(m, ""))
            if not rhs:
                return None
            text = re.sub(r"\b%s\b" % r, rhs.group(1), text)
        return text

    for n, it in items.items():
        for m, text in list(it.texts.items()):
            refs = set(re.findall(r"\b\w+\b", text.split("=", 1)[-1])) & set(items)
            absent = {r for r in refs if r != n and m not in presence[r]}
            if not absent:
                continue
            if m in it.fallback:
                it.texts[m] = it.fallback[m]
            elif text.startswith("using ") and spelled_out(text, m, absent):
                it.texts[m] = spelled_out(text, m, absent)


def windows_only(ctx):
    """Manifest names the Linux headers hide (MS_WINDOWS, USE_STACKCHECK): their form from the
    reading of the headers with those macros defined. Not checkable here (see conformance)."""
    out = defaultdict(list)
    windows = ctx.inputs.flavoured("windows")
    for n, row in sorted(ctx.manifest.items()):
        if row["ifdef"] not in ("MS_WINDOWS", "USE_STACKCHECK") or "abi_only" in row["flags"]:
            continue
        for mode in sorted(windows, key=lambda m: (m.target, m.limited), reverse=True):
            s = windows[mode]
            kind = "function" if n in s["function"] else "data" if n in s["data"] else None
            if kind:
                d = s[kind][n]
                text = ctx.renderer.function(n, d) if kind == "function" \
                    else ctx.renderer.data(n, d)
                added = max(row["added"], VERSIONS[0])
                gate = IFDEF[row["ifdef"]] + ("" if added == VERSIONS[0]
                                              else " && PY3FFI_LIMITED_SINCE(%s)" % vname(added))
                out[header_of(d["file"])].append(Entry(d["line"], n, gate, text, kind))
                break
        else:
            ctx.problems.append("%s: Windows-only manifest name not found in any header" % n)
    return out
