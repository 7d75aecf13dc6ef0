"""Where each CPython version's real headers are, and the compiler flags to read them.

The interpreter table (tools/provision/interpreters.sh) lists every interpreter this machine has;
for the generator and the conformance check one release build per minor version is enough.
The foreign table (tools/provision/foreign.sh) lists interpreters of other platforms: their
headers are read for that platform (libclang's --target, the cross compiler), and what is
compiled for them runs under their runner (qemu, wine) or not at all.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

CACHE = os.environ.get("PY3FFI_CACHE", "/var/cache/py3ffi")
TABLE = os.path.join(CACHE, "interpreters.tsv")
FOREIGN = os.path.join(CACHE, "foreign.tsv")
WINDOWS = os.path.join(CACHE, "windows.tsv")


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
    arch: str = ""     # a foreign target's Debian architecture (i386, s390x); "" for the host's
    cross: str = ""    # its toolchain's prefix and clang's target (i686-linux-gnu); "" for the host

    def tool(self, name: str) -> str:
        """The C compiler (gcc), C++ compiler (g++), nm or objdump for this interpreter's
        platform."""
        if self.cross:
            return "%s-%s" % (self.cross, name)
        return {"gcc": "cc", "g++": "c++"}.get(name, name)

    def target_flags(self) -> list[str]:
        """What libclang needs to read headers as this platform's compiler does."""
        return ["--target=" + self.cross] if self.cross else []

    @property
    def windows(self) -> bool:
        return self.cross.endswith("-mingw32")

    def link_flags(self) -> list[str]:
        """A probe program for a foreign platform links statically: it then runs under qemu
        (or natively, i386) with no root's libraries. On Windows, py3ffi's singletons take the
        interpreter's addresses when a program starts: the probe links its DLL."""
        if self.windows:
            dll = self.host_path(self.symbols)
            return ["-static", "-L" + os.path.join(os.path.dirname(dll), "libs"),
                    "-l" + os.path.splitext(os.path.basename(dll))[0]]
        return ["-static"] if self.cross else []

    def probe_runner(self) -> list[str]:
        """The command prefix that runs a probe program built with tool() and link_flags()."""
        words = [] if self.runner == "-" else self.runner.split()
        if not self.cross:
            return []
        if words and os.path.basename(words[0]).startswith("qemu-"):
            return [words[0]]
        if self.arch == "i386":
            return []  # (a static i386 program runs on the x86-64 kernel as it is)
        if self.windows and words[:1] == ["env"]:
            # (wine finds the interpreter's DLL on WINEPATH)
            return words[:1] + ["WINEPATH=" + os.path.dirname(self.host_path(self.symbols))] + words[1:]
        return words

    @property
    def minor(self) -> tuple[int, int]:
        return (self.hexversion >> 24, (self.hexversion >> 16) & 0xFF)

    def host_path(self, p: str) -> str:
        root = self.root.rstrip("/")
        # (a foreign table gives host paths already)
        return p if self.root == "/" or p.startswith(root + "/") else root + p

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
                   int(r["pointer_bits"]), r, r.get("arch", ""), r.get("cross", "")) for r in rows(path)]


def foreign_interpreters() -> list[Interp]:
    """The other platforms' interpreters (foreign.sh's Linux ones, windows.sh's); none where
    those have not run."""
    return [i for path in (FOREIGN, WINDOWS) if os.path.exists(path) for i in interpreters(path)]


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
