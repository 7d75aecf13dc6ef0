"""The refresh step of the generator's input: reads every CPython version's real headers
(3.7-3.15, one release build per minor version from the interpreter table) in every
configuration that changes what they declare: the full API at each version T, and the limited
API at each floor F <= T; and PyPy's and GraalPy's own headers. Each reading is cached as one
JSON file in build/gen/ (not committed; --force reads again); then all of them are written,
normalized, to data/scan/ (committed: tools/gen/scandata.py), or to --out DIR.

For each configuration: the declarations (tools/lib/cscan.py) of the interpreter's own include
directory, and the value and C type of every object-like macro there that is an integer constant.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import scandata

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
import cscan  # noqa: E402
import cvalues  # noqa: E402
import headers  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "gen"
DATA = ROOT / "data" / "scan"
from capi import PREAMBLE, VERSIONS  # noqa: E402


def configurations():
    for t in VERSIONS:
        yield t, None
        for f in VERSIONS:
            if f <= t:
                yield t, f


def config_name(t, f, variant=""):
    return "%d.%d-%s%s" % (t[0], t[1], "full" if f is None else "limited%d.%d" % f,
                           "-" + variant if variant else "")


# Readings of the same headers with one more macro defined, for what they keep under it:
# declarations (their signatures) and struct fields; nothing else of those parses is used.
VARIANTS = {"windows": ["-DMS_WINDOWS=1", "-DUSE_STACKCHECK=1", "-D__int64=long long"],
            "debug": ["-DPy_DEBUG=1"],
            # free-threaded builds (3.13+): their object header, locks and a few struct members
            "freethreaded": ["-DPy_GIL_DISABLED=1"],
            # abi3t (3.15+): the stable ABI with PyObject opaque
            "abi3t": ["-DPy_TARGET_ABI3T=0x030F0000"]}


def scan_one(interp: headers.Interp, t, f, variant="") -> dict:
    flags = interp.cflags()
    if f is not None:
        flags.append("-DPy_LIMITED_API=0x%02X%02X0000" % f)
    flags += VARIANTS.get(variant, [])
    windows = variant == "windows"
    tu = cscan.parse(PREAMBLE, flags, cxx=False, tolerant=windows)
    decls = cscan.declarations(tu)
    inc = interp.host_path(interp.include).rstrip("/") + "/"
    for kind in decls:
        keep = {}
        for name, d in decls[kind].items():
            if d["file"].startswith(inc):
                d["file"] = d["file"][len(inc):]
                keep[name] = d
        decls[kind] = keep
    macros = decls["macro"]
    names = [n for n, m in macros.items() if not m["function_like"]]
    if variant != "windows":
        decls["value"] = cvalues.integer_macros(
            PREAMBLE, names, flags, {n: macros[n]["tokens"] for n in names})
    decls["interpreter"] = interp.name
    return decls


def exported(it: headers.Interp) -> list[str]:
    """The names the interpreter's library exports."""
    r = subprocess.run(["nm", "-D", "--defined-only", it.host_path(it.symbols)],
                       capture_output=True, text=True, check=True)
    return sorted({ln.split()[-1].split("@")[0] for ln in r.stdout.splitlines() if ln.strip()})


def newest_per_minor(interps: list[headers.Interp], impl: str) -> dict:
    """The newest interpreter of another implementation (PyPy, GraalPy) per Python version."""
    return {i.minor: i for i in sorted(interps, key=lambda i: i.hexversion) if i.impl == impl}


def reading(t, f, variant=""):
    """The name of a configuration's reading in the committed data."""
    kind = "full" if f is None else "limited"
    return scandata.Reading(kind + ("-" + variant if variant else ""), t, f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--force", action="store_true", help="read every header again")
    ap.add_argument("--out", type=Path, default=DATA, help="where to write the normalized data")
    args = ap.parse_args()
    force = args.force
    OUT.mkdir(parents=True, exist_ok=True)
    per_minor = headers.release_per_minor(headers.interpreters())
    missing = [v for v in VERSIONS if v not in per_minor]
    if missing:
        sys.exit("scan: no release CPython with headers for %s" % missing)
    jobs = [(t, f, "") for t, f in configurations()]
    jobs += [(t, f, "windows") for t in VERSIONS for f in (None, t)]
    jobs += [(t, None, "debug") for t in VERSIONS]
    jobs += [(t, None, "freethreaded") for t in VERSIONS if t >= (3, 13)]
    jobs += [(t, t, "abi3t") for t in VERSIONS if t >= (3, 15)]
    scans, symbols, interpreters = {}, {}, {}
    for t in VERSIONS:
        # what each version's library really exports (headers declare a few names that are
        # defined nowhere, and some macros stand for no function at all)
        path = OUT / ("%d.%d-symbols.json" % t)
        if not path.exists() or force:
            path.write_text(json.dumps(exported(per_minor[t])))
        symbols["cpython", t] = json.loads(path.read_text())
    others = [(impl, it) for impl in ("PyPy", "GraalPy")
              for it in newest_per_minor(headers.interpreters(), impl).values()]
    for impl, it in others:
        # PyPy's own headers (renaming the API to PyPy* by macros) and exports; GraalPy's (its
        # macros calling functions of its own, GraalPy_TYPE...) and its C API library's
        path = OUT / ("%s%d.%d.json" % ((impl.lower(),) + it.minor))
        if not path.exists() or force:
            data = scan_one(it, it.minor, None)
            data["symbols"] = exported(it)
            path.write_text(json.dumps(data, sort_keys=True))
            print("scan: %s from %s: %d functions" % (path.name, it.name, len(data["function"])),
                  flush=True)
        data = json.loads(path.read_text())
        key = scandata.Reading(impl.lower(), it.minor)
        symbols[impl.lower(), it.minor] = data.pop("symbols")
        interpreters[key] = data.pop("interpreter")
        scans[key] = data
    for t, f, variant in jobs:
        path = OUT / (config_name(t, f, variant) + ".json")
        if not (path.exists() and not force and (variant != "debug" or "value" in
                                                 json.loads(path.read_text()))):
            data = scan_one(per_minor[t], t, f, variant)
            path.write_text(json.dumps(data, sort_keys=True))
            print("scan: %s from %s: %d functions, %d constants" % (
                path.name, per_minor[t].name, len(data["function"]), len(data.get("value", {}))),
                flush=True)
        data = json.loads(path.read_text())
        interpreters[reading(t, f, variant)] = data.pop("interpreter")
        scans[reading(t, f, variant)] = data
    scandata.write(args.out, scans, symbols, interpreters)
    print("scan: wrote %s" % args.out)


if __name__ == "__main__":
    main()
