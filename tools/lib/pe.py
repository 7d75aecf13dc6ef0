"""Reads what a Windows DLL exports (its export table, as mingw-w64's objdump -p prints it: the
lines of its '[Ordinal/Name Pointer] Table', '[  n] name' each, up to a blank line) and what an
import library imports."""
from __future__ import annotations

import subprocess

OBJDUMP = "x86_64-w64-mingw32-objdump"


def exports(dll: str, objdump: str = OBJDUMP) -> set[str]:
    """The names the DLL exports; RuntimeError if objdump fails or finds no export table."""
    out = subprocess.run([objdump, "-p", str(dll)], capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError("%s -p %s failed: %s" % (objdump, dll, out.stderr.strip()))
    parts = out.stdout.split("[Ordinal/Name Pointer] Table", 1)
    if len(parts) < 2:
        raise RuntimeError("%s: no export table" % dll)
    table = parts[1].split("\n\n", 1)[0]
    return {line.split("]", 1)[1].strip() for line in table.splitlines() if "]" in line}


def import_library_names(lib: str, nm: str = "x86_64-w64-mingw32-nm") -> set[str]:
    """The names an import library (python3.lib) imports: its __imp_ symbols; RuntimeError if
    nm fails or finds none."""
    out = subprocess.run([nm, str(lib)], capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError("%s %s failed: %s" % (nm, lib, out.stderr.strip()))
    names = {w[2][len("__imp_"):] for w in (line.split() for line in out.stdout.splitlines())
             if len(w) == 3 and w[1] == "I" and w[2].startswith("__imp_")}
    if not names:
        raise RuntimeError("%s: no __imp_ symbols" % lib)
    return names
