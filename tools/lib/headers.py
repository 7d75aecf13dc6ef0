"""Where each CPython version's real headers are, and the compiler flags to read them.

The interpreter table (tools/provision/interpreters.sh) lists every interpreter this machine has;
for the generator and the conformance check one release build per minor version is enough.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

CACHE = os.environ.get("PY3FFI_CACHE", "/var/cache/py3ffi")
TABLE = os.path.join(CACHE, "interpreters.tsv")


@dataclass
class Interp:
    name: str
    runner: str
    root: str
    impl: str
    version: str
    hexversion: int
    debug: bool
    gil_disabled: bool
    include: str       # as seen inside root
    ext_suffix: str
    symbols: str       # file whose dynamic symbols are the C API (inside root)
    executable: str
    pointer_bits: int
    row: dict          # the table's row as written (the tests' view)

    @property
    def minor(self) -> tuple[int, int]:
        return (self.hexversion >> 24, (self.hexversion >> 16) & 0xFF)

    def host_path(self, p: str) -> str:
        return p if self.root == "/" else self.root.rstrip("/") + p

    def cflags(self) -> list[str]:
        flags = ["-I" + self.host_path(self.include)]
        if self.root != "/":
            # Debian's pyconfig.h is a wrapper that includes <x86_64-linux-gnu/...>: resolve it in
            # the chroot, after the host's own system headers.
            flags += ["-idirafter", self.host_path("/usr/include")]
        return flags


def rows(path: str = TABLE) -> list[dict]:
    """The interpreter table, one dict per interpreter, keyed by its header row."""
    if not os.path.exists(path):
        raise SystemExit("no interpreter table at %s: run tools/provision/interpreters.sh" % path)
    with open(path) as f:
        lines = f.read().splitlines()
    header = lines[0].lstrip("#").split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def interpreters(path: str = TABLE) -> list[Interp]:
    return [Interp(r["name"], r["runner"], r["root"], r["impl"], r["version"],
                   int(r["hexversion"], 16), r["debug"] == "1", r["gil_disabled"] == "1",
                   r["include"], r["ext_suffix"], r["symbols"], r["executable"],
                   int(r["pointer_bits"]), r) for r in rows(path)]


def release_per_minor(interps: list[Interp]) -> dict[tuple[int, int], Interp]:
    """Newest release (non-debug, GIL) CPython per minor version."""
    best: dict[tuple[int, int], Interp] = {}
    for i in interps:
        if i.impl != "CPython" or i.debug or i.gil_disabled:
            continue
        cur = best.get(i.minor)
        if cur is None or i.hexversion > cur.hexversion:
            best[i.minor] = i
    return dict(sorted(best.items()))
