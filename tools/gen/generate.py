"""Writes py3ffi's declarations (the full and the limited API of every version 3.7-3.15, and
what PyPy and GraalPy declare otherwise) into the `// <py3ffi:generated>` regions of
include/py3ffi/*.hpp, creating headers that do not exist yet.

Input: the real headers as tools/gen/scan.py read them, committed under data/scan/ (so this
runs in seconds, with no interpreter), and the stable ABI manifest (data/stable_abi.tsv). For
every name the API declares in some configuration, the generator knows in which configurations
(full API at target T, limited API at floor F <= T) it exists and what it looks like there; it
writes one declaration per distinct form, under the simplest gate built from config.hpp's
predicates that reproduces exactly that set, and checks that gate against every configuration
before writing it. A name it cannot gate is an error.

The steps, one module each: inputs (the readings), items (names and their forms by mode),
gates and chains (the conditions), alternatives (PyPy, GraalPy), assemble (entries by header),
render (C++ text), write (the headers). model holds the types; policy the rules written by
hand, among them HANDWRITTEN: the names the generator leaves to the hand-written parts.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
from alternatives import graalpy_names, graalpy_own, pypy_functions, pypy_names  # noqa: E402
from assemble import entries, windows_only  # noqa: E402
from capi import load_manifest  # noqa: E402
from context import Context  # noqa: E402
from inputs import load  # noqa: E402
from items import collect, make_renderer, with_macro_forms  # noqa: E402
from model import VERSIONS  # noqa: E402
from policy import HANDWRITTEN  # noqa: E402
from write import write_headers  # noqa: E402


def main():
    inputs = load()
    scans = inputs.cpython
    windows = inputs.flavoured("windows")
    renderer = make_renderer(scans, windows, inputs.flavoured("freethreaded", "abi3t"))
    others = list(inputs.pypy.values()) + list(inputs.graalpy.values())
    ctx = Context(inputs, load_manifest(), renderer,
                  pypy_names={t: pypy_names(sc) for t, sc in inputs.pypy.items()},
                  graalpy_names={t: graalpy_names(sc) for t, sc in inputs.graalpy.items()},
                  enums={n for sc in list(scans.values()) + others
                         for n, d in sc["typedef"].items() if d.get("tag_kind") == "enum"})
    items = with_macro_forms(collect(scans, renderer, ctx.problems, windows,
                                     inputs.flavoured("debug"),
                                     inputs.flavoured("freethreaded", "abi3t")),
                             scans, ctx.manifest)
    out = entries(items, ctx)
    for header, more in windows_only(ctx).items():
        out[header] += more

    # Every manifest name (not ABI-only) must be declared or handwritten; function-like and
    # statement macros are written by hand, and the conformance check lists the missing ones.
    declared = {e.name for v in out.values() for e in v}
    for n, row in sorted(ctx.manifest.items()):
        if "abi_only" in row["flags"] or n in declared or n in HANDWRITTEN or \
                row["added"] > VERSIONS[-1] or row["kind"] == "macro":
            continue
        ctx.problems.append("%s: in the manifest (%s, %d.%d) but not generated" % (
            n, row["kind"], *row["added"]))

    for header, more in pypy_functions(ctx, declared).items():
        out[header] += more
    for header, more in graalpy_own(ctx, declared).items():
        out[header] += more
    write_headers(out)
    for p in ctx.problems:
        print("generate: " + p, file=sys.stderr)
    print("generate: %d names in %d headers, %d problems" % (
        sum(len(v) for v in out.values()), len(out), len(ctx.problems)))
    return 1 if ctx.problems and "--strict" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
