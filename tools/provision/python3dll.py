"""Writes the module definition (.def) of a python3.dll for one Windows CPython: every name of
the stable ABI that the real python3.dll of that version exports, each forwarded to the
interpreter's own DLL (python312.dll), from data/stable_abi.tsv.

    python3 python3dll.py ROOT X.Y OUT.def

ROOT is the interpreter's directory (python3XY.dll, libs/python3.lib). The names are the
manifest's functions and data added up to X.Y whose feature macro, if any, Windows may have
(its windows flag is True or maybe: MS_WINDOWS and USE_STACKCHECK yes, HAVE_FORK no). Two
checks, each fatal with the names at fault:
  - the list is exactly the names ROOT/libs/python3.lib imports (the import library of the
    python3.dll that build shipped);
  - each name python3XY.dll does not export is one a platform feature decides (on x86-64 no
    USE_STACKCHECK, a release build no Py_REF_DEBUG): a forwarder to it is only resolved when
    a module imports it, as with the real python3.dll.
Needs x86_64-w64-mingw32-objdump and -nm (binutils-mingw-w64-x86-64).
"""
import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, "tools", "lib"))
import pe  # noqa: E402

MANIFEST = os.path.join(TOP, "data", "stable_abi.tsv")
OBJDUMP = "x86_64-w64-mingw32-objdump"
NM = "x86_64-w64-mingw32-nm"


def die(message):
    print("python3dll.py: %s" % message, file=sys.stderr)
    sys.exit(1)


def manifest_names(version):
    """The functions and data python3.dll forwards on Windows: name -> whether Windows may
    lack it (its feature macro's windows flag is maybe)."""
    rows = []
    with open(MANIFEST, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    windows = {r[1]: r[4] for r in rows if r[0] == "feature_macro"}
    names = {}
    for kind, name, added, ifdef, _flags, _members in rows:
        if kind not in ("function", "data"):
            continue
        if tuple(int(x) for x in added.split(".")) > version:
            continue
        flag = "windows=True" if ifdef == "-" else windows.get(ifdef)
        if flag not in ("windows=True", "windows=maybe"):
            if flag != "windows=False":
                die("%s: %s's feature macro %s has no windows flag" % (MANIFEST, name, ifdef))
            continue
        names[name] = flag == "windows=maybe"
    return names


def main(argv):
    if len(argv) != 3:
        die("usage: python3dll.py ROOT X.Y OUT.def")
    root, ver, out = argv
    version = tuple(int(x) for x in ver.split("."))
    target = "python%d%d" % version
    dll = os.path.join(root, target + ".dll")
    lib = os.path.join(root, "libs", "python3.lib")
    for path in (dll, lib):
        if not os.path.isfile(path):
            die("%s: not found" % path)
    names = manifest_names(version)
    try:
        shipped = pe.import_library_names(lib, NM)
        exported = pe.exports(dll, OBJDUMP)
    except RuntimeError as e:
        die(str(e))
    if set(names) != shipped:
        die("the stable ABI of %s in %s differs from what %s imports: only in the manifest: %s; "
            "only in python3.lib: %s" % (ver, MANIFEST, lib, sorted(set(names) - shipped) or "none",
                                         sorted(shipped - set(names)) or "none"))
    missing = sorted(n for n, maybe in names.items() if n not in exported and not maybe)
    if missing:
        die("%s does not export these names of the stable ABI of %s: %s" % (dll, ver, missing))
    with open(out, "w", encoding="utf-8") as f:
        f.write("; python3.dll for %s: the stable ABI of %s forwarded to %s.dll (written by "
                "tools/provision/python3dll.py from data/stable_abi.tsv)\n" % (target, ver, target))
        f.write("LIBRARY python3.dll\nEXPORTS\n")
        for name in sorted(names):
            f.write("    %s = %s.%s\n" % (name, target, name))
    print("%s: %d names forwarded to %s.dll" % (out, len(names), target))


if __name__ == "__main__":
    main(sys.argv[1:])
