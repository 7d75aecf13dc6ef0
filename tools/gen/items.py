"""From readings to items: every name the headers declare in any mode, with its declaration in
each, and the modes in which it exists."""
from __future__ import annotations

import re

from capi import is_config_macro, pointer_constant
from model import MODES, VERSIONS, Item, header_of, limited
from policy import (
    BY_PLATFORM,
    CLEAN_TYPEDEFS,
    FULL_LAYOUTS,
    HANDWRITTEN,
    PATCH_DEPENDENT,
    SIZE_T_SYMBOLS,
)
from render import Renderer


def by_value(scans):
    """The structs the full API passes or returns by value (Py_complex), or holds by value in a
    struct it defines: those cannot stay opaque."""
    need = set()
    for m, s in scans.items():
        if not m.full:
            continue
        records = {n for n, d in s["record"].items() if d["complete"]}
        for d in s["function"].values():
            for t in [d["result"]] + d["params"]:
                t = re.sub(r"\b(const|struct|union)\b", "", t).strip()
                if t in records:
                    need.add(t)
    return need


def collect(scans, renderer, problems, windows=None, debug=None, freethreaded=None):
    """name -> Item, for everything the real headers declare in any mode (filtered later)."""
    items = {}

    def note(name, kind, mode, text, file, line):
        it = items.setdefault(name, Item(kind))
        it.texts[mode] = text
        it.where[mode] = (file, line)

    # a type the API renamed keeps its old underscore name where it had it (_PyCFunctionFast)
    typedef_names = {n for s in scans.values() for n in s["typedef"]}

    def public(name):
        return not name.startswith("_") and name not in HANDWRITTEN

    def scan_variants(m):
        # (freethreaded also holds abi3t's reading of the 3.15 stable ABI: not a member variant)
        return {gate: readings[m] for gate, readings in (("PY3FFI_WINDOWS", windows),
                                                         ("PY3FFI_DEBUG", debug),
                                                         ("PY3FFI_GIL_DISABLED", freethreaded))
                if m in (readings or {}) and (gate != "PY3FFI_GIL_DISABLED" or m.full)}

    def record_variants(n, m):
        return {gate: v["record"][n] for gate, v in scan_variants(m).items()
                if n in v["record"] and v["record"][n]["complete"]}

    def defined_at(n, d, s):
        rec = s["record"].get(n)
        return (rec["file"], rec["line"]) if rec and rec["complete"] and \
            n in renderer.defined else (d["file"], d["line"])

    # structs defined in another header than the one that names them (3.11+ names them all in
    # pytypedefs.h, where 3.7 also has PyInterpreterState's layout in pystate.h)
    split = {n for s in scans.values() for n, d in s["typedef"].items()
             if d.get("tag_kind") in ("struct", "union") and n in renderer.defined and
             (defined_at(n, d, s)[0] != d["file"] or d["file"] == "pytypedefs.h")}

    def note_typedef(n, d, s, m):
        # a struct is placed where it is defined (3.11+ typedefs them all in pytypedefs.h)
        where = defined_at(n, d, s)
        note(n, "typedef", m,
             CLEAN_TYPEDEFS.get(n) or renderer.typedef(n, d, s, scan_variants(m)), *where)
        if n in split:
            # and declared ahead where the header names it (3.11+ pytypedefs.h), in every
            # configuration, for the headers that only point to it (object.h's
            # PyType_GetModuleByDef takes a PyModuleDef *; pystate.h's functions a PyThreadState *)
            note(n + " (forward)", "typedef", m, "%s %s;" % (d["tag_kind"], n),
                 d["file"], d["line"])

    # monitoring.h's static inline PyMonitoring_Fire*Event: when the state is active, the
    # exported _PyMonitoring_Fire*Event of the same signature; else 0
    for m, s in scans.items():
        for n, d in s["function"].items():
            under = s["function"].get("_" + n)
            if not (n.startswith("PyMonitoring_Fire") and d["inline"] and under and
                    not under["inline"]):
                continue
            names = d["param_names"] or []
            if names[:1] != ["state"] or len(names) != len(d["params"]):
                problems.append("%s: parameters not as expected: %s" % (n, names))
                continue
            decl = renderer.function("_" + n, under)[:-1]  # (ends in noexcept)
            body = renderer.function(n, d, exported=False)[:-1]
            note(n, "typedef", m, 'extern "C" %s;\ninline %s {\n    return state->active ? '
                 '_%s(%s) : 0;\n}' % (decl, body, n, ", ".join(names)), d["file"], d["line"])

    # constants py3ffi declares (others' expressions may refer to them)
    known_consts = {n for m, s in scans.items() if m.limited for n in s["value"]
                    if public(n) and not is_config_macro(n, s["macro"][n]["file"])}
    # and in the full API, its own constants too (PyHASH_MODULUS names PyHASH_BITS)
    known_full = known_consts | {n for m, s in scans.items() if m.full for n in s["value"]
                                 if public(n) and not is_config_macro(n, s["macro"][n]["file"])}
    for m, s in scans.items():
        for n, d in s["function"].items():
            if public(n) and not d["inline"]:
                text = renderer.function(n, d)
                if n in SIZE_T_SYMBOLS and m.target < (3, 13):
                    text = text[:-1] + " PY3FFI_SYMBOL(%s);" % SIZE_T_SYMBOLS[n]
                note(n, "function", m, text, d["file"], d["line"])
        for n, d in s["data"].items():
            if public(n) and d["extern"]:
                note(n, "data", m, renderer.data(n, d), d["file"], d["line"])
        for n, d in s["typedef"].items():
            if public(n) or (n.startswith("_") and n[1:] in typedef_names and public(n[1:])):
                note_typedef(n, d, s, m)
        for n, d in s["record"].items():
            # structs declared without a typedef (struct PyModuleDef_Slot {...})
            if public(n) and n not in s["typedef"]:
                text = renderer.record(n, d) if d["complete"] and n in renderer.defined else \
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
                items[n].platform = True  # (keeps this text: no chain by value)
                continue
            note(n, "constant", m, renderer.constant(n, ctype, value, mac["tokens"],
                                              known_full if m.full else known_consts),
                 mac["file"], mac["line"])
            items[n].numeric[m] = (ctype, value)
            items[n].fallback[m] = Renderer.constant(n, ctype, value)
            items[n].platform |= "sizeof" in mac["tokens"]

    # underscore typedefs and structs the public declarations use (_Py_funcptr_t in PySlot,
    # struct _PyUnicodeObject_state in PyASCIIObject), and what those use in turn
    done = set()
    while True:
        used = {w for it in list(items.values()) for t in it.texts.values()
                for w in re.findall(r"\b_\w+\b", t)} - done
        in_bodies = {w for it in list(items.values()) for t in it.texts.values() if "{" in t
                     for w in re.findall(r"\b_\w+\b", t)}
        if not used:
            return items
        done |= used
        for m, s in scans.items():
            for n in used & set(s["typedef"]):
                note_typedef(n, s["typedef"][n], s, m)
            # a type only free-threaded builds declare, for their members (3.14's co_tlbc)
            ft = (freethreaded or {}).get(m) if m.full else None
            for n in (used & set(ft["typedef"]) - set(s["typedef"])) if ft else ():
                d = ft["typedef"][n]
                rec = ft["record"].get(n)
                body = renderer.record(n, rec) if rec and rec["complete"] and \
                    n in renderer.defined else renderer.typedef(n, d, ft)
                note(n, "typedef", m, "#if PY3FFI_GIL_DISABLED\n%s\n#endif" % body,
                     d["file"], d["line"])
            for n in (used & in_bodies & renderer.defined & set(s["record"])) - set(s["typedef"]):
                d = s["record"][n]
                text = renderer.record(n, d, variants=record_variants(n, m)) if d["complete"] and \
                    n in renderer.defined else "%s %s;" % ("union" if d["union"] else "struct", n)
                note(n, "typedef", m, text, d["file"], d["line"])


def with_macro_forms(items, scans, manifest):
    """A function that some configurations spell as a function-like macro (Py_CompileString
    before 3.10) exists there too when the manifest lists it: the exported function is the
    same."""
    for m, s in scans.items():
        for n, mac in s["macro"].items():
            if mac["function_like"] and n in items and items[n].kind == "function" \
                    and n in manifest and "abi_only" not in manifest[n]["flags"]:
                items[n].as_macro.add(m)
    return items


def api_row(manifest, n):
    row = manifest.get(n)
    return None if row and "abi_only" in row["flags"] else row  # ABI-only names are not API


def presence_of(n, it, row, symbols):
    """The configurations in which `n` exists."""
    declared = set(it.texts) | it.as_macro
    exported = it.kind not in ("function", "data") or None
    # functions and data only where the interpreter exports them (3.7 declares
    # PyCmpWrapper_Type, defined nowhere; PyObject_DelAttr was a macro with no function behind it
    # until 3.13)
    present = {m for m in declared if exported or n in symbols[m.target]}
    if not row:
        return present
    # Limited API: from the later of the manifest's version and the headers' own floor
    # (METH_METHOD: manifest 3.7, limited headers 3.9+), over the targets whose headers declare
    # it, gaps included: those are header bugs (PyMem_Calloc is missing from the 3.8/3.9
    # limited headers, but listed since 3.7 and exported).
    lims = [m for m in declared if m.limited]
    if not lims:
        return present
    targets = {m.target for m in lims}
    floor = max(row["added"], min(m.floor for m in lims))
    return {m for m in present if m.full} | {
        m for m in MODES if m.limited and m.floor >= floor
        and min(targets) <= m.target <= max(targets) and (exported or n in symbols[m.target])}


def make_renderer(scans, windows, freethreaded):
    """The renderer, knowing the API's names for struct tags and which structs py3ffi defines
    (the others stay opaque)."""
    tagmap = {}
    for s in list(scans.values()) + list(windows.values()):
        for n, d in s["typedef"].items():
            if d.get("tag") and d["tag"] != n and not n.startswith("_"):
                tagmap[d["tag"]] = n
    # (a tag whose only name is an underscore one: struct _err_stackitem is _PyErr_StackItem)
    for s in scans.values():
        for n, d in s["typedef"].items():
            if d.get("tag") and d["tag"] != n and d["tag"].startswith("_") and \
                    d["tag"] not in tagmap:
                tagmap[d["tag"]] = n
    renderer = Renderer(tagmap)
    for m, s in scans.items():
        renderer.defined |= {n for n, d in s["record"].items() if d["complete"] and (
            m.limited or header_of(d["file"]) in FULL_LAYOUTS) and n not in PATCH_DEPENDENT}
    renderer.defined |= by_value(scans)
    for t in VERSIONS:  # what abi3t hides of the stable ABI's structs
        abi3t, base = freethreaded.get(limited(t, t)), scans[limited(t, t)]
        for n, d in (base["record"].items() if abi3t else ()):
            there = abi3t["record"].get(n)
            if d["complete"] and there is None and n not in abi3t["typedef"]:
                renderer.abi3t_hidden[n] = "absent"
            elif d["complete"] and there is not None and not there["complete"] and \
                    n not in HANDWRITTEN:
                renderer.abi3t_hidden[n] = "opaque"
    # and what complete structs hold by value (PyASCIIObject's struct _PyUnicodeObject_state)
    while True:
        more = set()
        for s in scans.values():
            for n in renderer.defined & set(s["record"]):
                for f in s["record"][n]["fields"]:
                    t = re.sub(r"\b(const|struct|union|volatile)\b", "", f["type"]).strip()
                    if t in s["record"] and s["record"][t]["complete"] and \
                            t not in renderer.defined:
                        more.add(t)
        if not more:
            return renderer
        renderer.defined |= more
