"""The scan data committed under data/scan/: what tools/gen/scan.py read from the real headers,
normalized to what the generator uses, so that regenerating needs no interpreter.

A reading is one parse of one interpreter's headers: `Reading(kind, target, floor)`, where kind
is full or limited (CPython's two APIs), one of them read with a macro more (full-windows,
limited-windows, full-debug, full-freethreaded, limited-abi3t), or another implementation's
own headers (pypy, graalpy). floor is the limited API's Py_LIMITED_API version, else None.

Each declaration kind has one file, a line per distinct form of a name:
`name TAB readings TAB form` (the form as compact JSON, without its place in the headers). Its
places are in locations.tsv, a line per name: by implementation and version, then the readings
that differ.
symbols.tsv holds what each library exports. A set of readings is written as
`kind targets[/floors]`, joined by "; " (`limited 3.9-3.15/3.9-3.10`: the limited readings at
targets 3.9-3.15 with floors 3.9-3.10), over the readings readings.tsv lists.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

KINDS = ("function", "data", "typedef", "record", "enumerator", "macro", "value")
OTHERS = ("pypy", "graalpy")  # readings of another implementation's headers
# scan fields the generator never reads (offsets and sizes are conformance's, from the headers)
UNUSED = {"function": {"extern_c", "symbol", "noreturn"}, "data": {"string"},
          "record": {"size", "align", "tag"}, "enumerator": {"enum"}}
UNUSED_FIELD = {"canonical", "offset_bits"}
UNUSED_NESTED = {"file", "line", "tag", "size", "align"}
# clang names an anonymous member after its place: kept relative to the include directory,
# so that the data does not depend on where the interpreter was installed
HOST_PATH = re.compile(r"( at )/\S*?/include/[^/]+/")


class Reading(NamedTuple):
    kind: str
    target: tuple
    floor: tuple | None = None

    @property
    def implementation(self) -> str:
        return self.kind if self.kind in OTHERS else "cpython"


def version(text: str) -> tuple:
    return tuple(int(x) for x in text.split("."))


def vtext(v: tuple) -> str:
    return "%d.%d" % v


def runs(versions, order) -> str:
    """3.7-3.9,3.11: consecutive versions (in `order`) as one range."""
    idx = sorted(order.index(v) for v in versions)
    out = []
    for i in idx:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return ",".join(vtext(order[a]) if a == b else "%s-%s" % (vtext(order[a]), vtext(order[b]))
                    for a, b in out)


def unruns(text: str, order) -> set:
    out = set()
    for part in text.split(","):
        a, _, b = part.partition("-")
        lo, hi = order.index(version(a)), order.index(version(b or a))
        out |= set(order[lo:hi + 1])
    return out


class ReadingSet:
    """Encodes and decodes sets of readings against the readings that exist."""

    def __init__(self, readings):
        self.readings = sorted(set(readings))
        self.order = sorted({r.target for r in self.readings} |
                            {r.floor for r in self.readings if r.floor})
        self.by_kind = defaultdict(set)
        for r in self.readings:
            self.by_kind[r.kind].add(r)

    def box(self, kind, targets, floors):
        return {r for r in self.by_kind[kind] if r.target in targets and
                (floors is None or r.floor in floors)}

    def encode(self, readings) -> str:
        parts = []
        by = defaultdict(set)
        for r in readings:
            by[r.kind].add(r)
        for kind, rs in sorted(by.items()):
            if all(r.floor is None for r in rs):
                parts.append("%s %s" % (kind, runs({r.target for r in rs}, self.order)))
                continue
            # floors in groups that share their targets (a box, less the readings that do
            # not exist: no floor above its target)
            boxes = []
            for floor in sorted({r.floor for r in rs}):
                targets = {r.target for r in rs if r.floor == floor}
                if boxes:
                    floors, have = boxes[-1]
                    wider = have | targets
                    if self.box(kind, wider, floors + [floor]) == \
                            {r for r in rs if r.floor in floors + [floor]}:
                        floors.append(floor)
                        boxes[-1][1] = wider
                        continue
                boxes.append([[floor], targets])
            parts.append("%s %s" % (kind, " ".join(
                "%s/%s" % (runs(t, self.order), runs(f, self.order)) for f, t in boxes)))
        return "; ".join(parts)

    def decode(self, text: str) -> set:
        out = set()
        for part in text.split("; "):
            kind, *boxes = part.split(" ")
            for box in boxes:
                targets, _, floors = box.partition("/")
                out |= self.box(kind, unruns(targets, self.order),
                                unruns(floors, self.order) if floors else None)
        return out


def _trim(kind: str, d):
    """A declaration as the generator uses it."""
    if not isinstance(d, dict):
        return d  # (a value: [C type, value])
    d = {k: v for k, v in d.items() if k not in UNUSED.get(kind, ())}
    if kind == "record":
        d["fields"] = [_trim_field(f) for f in d["fields"]]
    return d


def _trim_field(f: dict) -> dict:
    f = {k: HOST_PATH.sub(r"\1", v) if isinstance(v, str) else v
         for k, v in f.items() if k not in UNUSED_FIELD}
    if f.get("nested"):
        nested = {k: v for k, v in f["nested"].items() if k not in UNUSED_NESTED}
        nested["fields"] = [_trim_field(x) for x in nested["fields"]]
        f["nested"] = nested
    return f


def _compact(x) -> str:
    return json.dumps(x, sort_keys=True, separators=(",", ":"))


def write(directory: Path, scans: dict, symbols: dict, interpreters: dict) -> None:
    """Writes the data. scans: Reading -> the scan (kind -> name -> declaration); symbols:
    (implementation, version) -> exported names; interpreters: Reading -> its interpreter."""
    directory.mkdir(parents=True, exist_ok=True)
    rset = ReadingSet(scans)
    lines = ["# reading\ttarget\tfloor\tinterpreter"]
    for r in rset.readings:
        lines.append("\t".join([r.kind, vtext(r.target), vtext(r.floor) if r.floor else "-",
                                interpreters.get(r, "-")]))
    _write(directory / "readings.tsv", lines)
    places = defaultdict(dict)  # (kind, name) -> reading -> "file:line"
    for kind in KINDS:
        forms = defaultdict(set)
        for r, scan in scans.items():
            for name, d in scan.get(kind, {}).items():
                d = _trim(kind, d)
                if isinstance(d, dict):
                    places[kind, name][r] = "%s:%d" % (d.pop("file"), d.pop("line"))
                forms[name, _compact(d)].add(r)
        lines = ["# name\treadings\t%s (JSON)" % kind]
        lines += ["%s\t%s\t%s" % (n, rset.encode(rs), f) for (n, f), rs in sorted(forms.items())]
        _write(directory / ("%s.tsv" % kind), lines)
    lines = ["# kind\tname\tfile:line readings\t... (an implementation: all its readings; then "
             "the readings that differ)"]
    for (kind, name), where in sorted(places.items()):
        # the place most readings of one implementation and version agree on, then those
        # readings that differ (a name declared twice, under different conditions)
        usual = {}
        for key in {(r.implementation, r.target) for r in where}:
            counts = defaultdict(int)
            for r, p in where.items():
                if (r.implementation, r.target) == key:
                    counts[p] += 1
            usual[key] = min(counts, key=lambda p: (-counts[p], p))
        by_place = defaultdict(set)
        for (impl, target), p in usual.items():
            by_place[p].add(Reading(impl, target))
        # (CPython's oldest first, then GraalPy's, then PyPy's)
        fields = ["%s %s" % (p, _encode_versions(rs)) for p, rs in sorted(
            by_place.items(), key=lambda prs: min((r.kind, r.target) for r in prs[1]))]
        odd = defaultdict(set)
        for r, p in where.items():
            if p != usual[r.implementation, r.target]:
                odd[p].add(r)
        fields += ["%s %s" % (p, rset.encode(rs)) for p, rs in sorted(odd.items())]
        lines.append("\t".join([kind, name] + fields))
    _write(directory / "locations.tsv", lines)
    names = defaultdict(set)
    for (impl, v), exported in symbols.items():
        for n in exported:
            names[n].add(Reading(impl, v))
    lines = ["# name\texported by (implementation versions)"]
    lines += ["%s\t%s" % (n, _encode_versions(rs)) for n, rs in sorted(names.items())]
    _write(directory / "symbols.tsv", lines)


def _encode_versions(rs) -> str:
    """Implementation -> versions, as `cpython 3.7-3.15; pypy 3.9`."""
    by = defaultdict(set)
    for r in rs:
        by[r.kind].add(r.target)
    return "; ".join("%s %s" % (k, ",".join(vtext(v) for v in sorted(vs)) if k in OTHERS
                                else runs(vs, _minors(vs))) for k, vs in sorted(by.items()))


def _minors(vs) -> list:
    """Every 3.x version from the first to the last of vs (what a range like 3.7-3.9 spans)."""
    return [(3, m) for m in range(min(vs)[1], max(vs)[1] + 1)]


def _decode_versions(text: str) -> set:
    out = set()
    for part in text.split("; "):
        impl, vs = part.split(" ")
        for span in vs.split(","):
            a, _, b = span.partition("-")
            lo, hi = version(a), version(b or a)
            out |= {(impl, (3, m)) for m in range(lo[1], hi[1] + 1)}
    return out


def _write(path: Path, lines) -> None:
    path.write_text("\n".join(lines) + "\n")


def _rows(path: Path):
    for line in path.read_text().splitlines():
        if not line.startswith("#"):
            yield line.split("\t")


def read(directory: Path):
    """The scans and exports written by write(): (Reading -> scan, (implementation, version)
    -> set of exported names). Every reading gets declarations of its own (the generator edits
    them)."""
    readings = [Reading(k, version(t), None if f == "-" else version(f))
                for k, t, f, _ in _rows(directory / "readings.tsv")]
    rset = ReadingSet(readings)
    forms = {r: {kind: {} for kind in KINDS} for r in readings}
    for kind in KINDS:
        for name, rs, form in _rows(directory / ("%s.tsv" % kind)):
            for r in rset.decode(rs):
                forms[r][kind][name] = form
    usual, odd = {}, {}
    places = ((kind, name, *field.split(" ", 1))
              for kind, name, *fields in _rows(directory / "locations.tsv") for field in fields)
    for kind, name, place, rs in places:
        file, line = place.rsplit(":", 1)
        if rs.split(" ", 1)[0] in ("cpython",) + OTHERS:  # (only CPython has odd readings)
            for impl_v in _decode_versions(rs):
                usual[(kind, name) + impl_v] = (file, int(line))
        else:
            for r in rset.decode(rs):
                odd[kind, name, r] = (file, int(line))
    scans = {}
    for r, by_kind in forms.items():
        scan = scans[r] = {}
        for kind, entries in by_kind.items():
            out = scan[kind] = {}
            for name, form in entries.items():
                d = json.loads(form)
                if isinstance(d, dict):
                    d["file"], d["line"] = odd.get((kind, name, r)) or \
                        usual[kind, name, r.implementation, r.target]
                out[name] = d
    symbols = defaultdict(set)
    for name, rs in _rows(directory / "symbols.tsv"):
        for key in _decode_versions(rs):
            symbols[key].add(name)
    return scans, dict(symbols)
