"""Writing the headers: each header's entries in an order that compiles, into its generated
region, with the includes its declarations need; headers that do not exist yet are created."""
from __future__ import annotations

import os
import re
import sys
from dataclasses import replace
from pathlib import Path

# where to write (the freshness test writes into a copy and compares)
INCLUDE = Path(os.environ.get("PY3FFI_INCLUDE",
                              Path(__file__).resolve().parents[2] / "include")) / "py3ffi"
BEGIN, END = "// <py3ffi:generated>", "// </py3ffi:generated>"
INC_BEGIN, INC_END = "// <py3ffi:includes>", "// </py3ffi:includes>"
# Headers every header may rely on without including them (object.hpp includes these).
BASE = {"pyport", "pytypedefs", "object", "refcount", "cpython/object"}


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
                out.append(replace(e, name=e.name + " (ahead)",
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
    lines = [INC_BEGIN] + ['#include "py3ffi/%s.hpp"' % h
                           for h in sorted(set(headers_) - BASE)] + [INC_END]
    path.write_text(replace_region(path.read_text(), INC_BEGIN, INC_END, "\n".join(lines), path))


def render_entries(entries):
    """Types and constants in source order, then one extern "C" block with data and
    functions; consecutive entries under the same gate share one #if."""
    lines = []
    for extern in (False, True):
        group = [e for e in entries if e.extern == extern]
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
            text = e.text if extern else re.sub(r"^(PY3FFI_DATA .*;)$", r'extern "C" { \1 }',
                                                e.text, flags=re.M)
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
        entries.sort(key=lambda e: (e.extern, e.kind == "function", e.line, e.name))
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
// SPDX-License-Identifier: MIT
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
