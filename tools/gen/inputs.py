"""The generator's input: the committed scan data (data/scan/, tools/gen/scandata.py) as readings
by mode, and the stable ABI manifest."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import scandata
from capi import PATCH_TAILS
from model import GRAALPY_VERSIONS, MODES, PYPY_VERSIONS, VERSIONS, Mode, full, limited

SCANS = Path(__file__).resolve().parents[2] / "data" / "scan"

# scandata's reading kinds: (implementation, API, flavour)
KIND = {"full": ("CPython", "full", ""), "limited": ("CPython", "limited", ""),
        "full-windows": ("CPython", "full", "windows"),
        "limited-windows": ("CPython", "limited", "windows"),
        "full-debug": ("CPython", "full", "debug"),
        "full-freethreaded": ("CPython", "full", "freethreaded"),
        "limited-abi3t": ("CPython", "limited", "abi3t"),
        "pypy": ("PyPy", "full", ""), "graalpy": ("GraalPy", "full", "")}


@dataclass
class Inputs:
    """Every reading by its mode (flavour included), as dicts of declarations (kind -> name ->
    the declaration as tools/lib/cscan.py reads it); views by the generator's needs, in the
    order it has always walked them (it keeps the last of some choices)."""
    readings: dict  # Mode -> scan
    symbols: dict  # CPython version -> the names its library exports
    pypy: dict  # version -> PyPy's reading, its exports under "symbols"
    graalpy: dict  # version -> GraalPy's reading, likewise

    @property
    def cpython(self) -> dict:
        return {m: self.readings[m] for m in MODES}

    def flavoured(self, *flavours) -> dict:
        """Plain mode -> its reading with one of `flavours`, by target version."""
        return {m.plain: self.readings[m] for t in VERSIONS for m in
                (Mode("CPython", t, f, fl) for fl in flavours for f in (None, t))
                if m in self.readings}


def load(directory: Path = SCANS) -> Inputs:
    scans, exports = scandata.read(directory)
    readings, others = {}, {"PyPy": {}, "GraalPy": {}}
    for r, scan in scans.items():
        impl, api, flavour = KIND[r.kind]
        if impl != "CPython":
            scan["symbols"] = sorted(exports.get((r.kind, r.target), ()))
            others[impl][r.target] = scan
        else:
            readings[Mode(impl, r.target, r.floor if api == "limited" else None, flavour)] = scan
    expected = MODES + [full(t, "debug") for t in VERSIONS] + \
        [m for t in VERSIONS for m in (full(t, "windows"), limited(t, t, "windows"))] + \
        [full(t, "freethreaded") for t in VERSIONS if t >= (3, 13)] + \
        [limited(t, t, "abi3t") for t in VERSIONS if t >= (3, 15)]
    missing = [m for m in expected if m not in readings] + \
        [("PyPy", t) for t in PYPY_VERSIONS if t not in others["PyPy"]] + \
        [("GraalPy", t) for t in GRAALPY_VERSIONS if t not in others["GraalPy"]]
    if missing:
        sys.exit("generate: %s lacks readings %s: run tools/gen/scan.py" % (directory, missing))
    for m, s in readings.items():
        drop_patch_tails(m, s)
    return Inputs(readings, {t: exports.get(("cpython", t), set()) for t in VERSIONS},
                  {t: others["PyPy"][t] for t in PYPY_VERSIONS},
                  {t: others["GraalPy"][t] for t in GRAALPY_VERSIONS})


def drop_patch_tails(mode: Mode, scan: dict) -> None:
    """Leaves out the members a patch release appended (capi.PATCH_TAILS)."""
    for (n, t), tail in PATCH_TAILS.items():
        if mode.target != t:
            continue
        td = scan["typedef"].get(n)
        for key in [n] + ([td["tag"]] if td and td.get("tag") else []):
            rec = scan["record"].get(key)
            if rec and rec["complete"] and \
                    [f["name"] for f in rec["fields"][-len(tail):]] == tail:
                rec["fields"] = rec["fields"][:-len(tail)]
