"""Finds which macros are integer constant expressions in a set of headers, and their C type and
value, by compiling a probe program with a C compiler (the host's, or a cross compiler) and
running it (natively, or under the target's emulator)."""
from __future__ import annotations

import os
import re
import subprocess
import tempfile

_TYPES = ["int", "unsigned int", "long", "unsigned long", "long long", "unsigned long long",
          "char", "signed char", "unsigned char", "short", "unsigned short", "void *"]


def integer_macros(preamble: str, names: list[str], flags: list[str],
                   tokens: dict[str, list[str]] | None = None, cc: str = "cc",
                   link: list[str] = (), run: list[str] = ()) -> dict[str, tuple[str, int]]:
    """`tokens` (a macro's replacement tokens) lets statement-like macros be dropped up front."""
    names = sorted(set(names))
    if tokens is not None:
        names = [n for n in names if tokens.get(n) and not any(
            t in ("{", "}", ";", "do") or t.startswith('"') for t in tokens[n])]
    # Each candidate becomes an array size at file scope: only an integer constant expression is
    # accepted there. The compiler names the probe lines it rejects; drop them and try again.
    head = [preamble, "#include <stdio.h>",
            "#define PY3FFI_T(x) _Generic((x), " + ", ".join(
                '%s: "%s"' % (t, t) for t in _TYPES) + ', default: "?")']
    with tempfile.TemporaryDirectory() as d:
        # (.exe: wine runs a Windows probe only by that name; the name matters nowhere else)
        c, exe = os.path.join(d, "v.c"), os.path.join(d, "v.exe")
        for _ in range(200):
            body = []
            for i, n in enumerate(names):
                body.append("enum { py3ffi_probe_%d = sizeof(char[((%s) ? 1 : 1)]) };" % (i, n))
            main = ["int main(void) {"]
            for n in names:
                main.append('  printf("%%s\\t%%s\\t%%lld\\t%%llu\\n", "%s", PY3FFI_T(%s), '
                            '(long long)(%s), (unsigned long long)(%s));' % (n, n, n, n))
            main.append("  return 0;\n}\n")
            text = "\n".join(head + body + main)
            with open(c, "w") as f:
                f.write(text)
            r = subprocess.run([cc, "-std=c11", "-w", "-o", exe, c] + flags + list(link) + [
                # (PyPy's headers define static functions that call into its library)
                "-ffunction-sections", "-Wl,--gc-sections"], capture_output=True, text=True)
            if r.returncode == 0:
                break
            first_body = "\n".join(head).count("\n") + 2
            first_main = first_body + len(names) + 1
            bad = set()
            for m in re.finditer(re.escape(c) + r":(\d+):\d+:", r.stderr):
                ln = int(m.group(1))
                if first_body <= ln < first_body + len(names):
                    bad.add(names[ln - first_body])
                elif first_main <= ln < first_main + len(names):
                    bad.add(names[ln - first_main])
            if not bad:
                raise RuntimeError("cvalues: probe does not compile:\n" + r.stderr[-3000:])
            names = [n for n in names if n not in bad]
        else:
            raise RuntimeError("cvalues: gave up after 200 rounds")
        outp = subprocess.run(list(run) + [exe], capture_output=True, text=True, check=True).stdout
    return read_values(outp)


def read_values(output: str) -> dict[str, tuple[str, int]]:
    """A probe's lines `name<TAB>type<TAB>signed value<TAB>unsigned value` as name -> (type,
    value), the value read as the type's signedness says."""
    res = {}
    for line in output.splitlines():
        n, t, sv, uv = line.split("\t")
        res[n] = (t, int(uv) if t.startswith("unsigned") else int(sv))
    return res
