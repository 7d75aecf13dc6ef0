"""Writes data/stable_abi.tsv: CPython's stable ABI manifest (Misc/stable_abi.toml, 3.2-3.15)
as one row per item, from the abi3info package (PyPI), which vendors the manifest as data.

Columns: kind, name, added (X.Y), ifdef (feature macro or -), flags (abi_only, struct kind,
abi3t_opaque), members (partial structs). Run with --check to compare the file with abi3info.
"""
import sys
from pathlib import Path

import abi3info

OUT = Path(__file__).resolve().parents[2] / "data" / "stable_abi.tsv"


def rows():
    def ver(v):
        return "%d.%d" % (v.major, v.minor)

    for sym, f in abi3info.FUNCTIONS.items():
        yield ("function", sym.name, ver(f.added), f.ifdef.name if f.ifdef else "-",
               "abi_only" if f.abi_only else "-", "-")
    for sym, d in abi3info.DATAS.items():
        yield ("data", sym.name, ver(d.added), d.ifdef.name if d.ifdef else "-",
               "abi_only" if d.abi_only else "-", "-")
    for name, s in abi3info.STRUCTS.items():
        kind = type(s).__name__.replace("Struct", "").lower()  # full / partial / opaque
        flags = kind + (",abi3t_opaque" if getattr(s, "abi3t_opaque", False) else "")
        members = ",".join(getattr(s, "members", None) or []) or "-"
        yield ("struct", name, ver(s.added), "-", flags, members)
    for name, t in abi3info.TYPEDEFS.items():
        yield ("typedef", name, ver(t.added), "-", "-", "-")
    for name, m in abi3info.MACROS.items():
        yield ("macro", name, ver(m.added), "-", "-", "-")
    for name, fm in abi3info.FEATURE_MACROS.items():
        yield ("feature_macro", name, "-", "-", "windows=%s" % fm.windows, "-")


def render():
    head = ("# CPython stable ABI manifest (Misc/stable_abi.toml) as data; made by "
            "tools/stable_abi/make_table.py from abi3info %s. Do not edit.\n"
            "#kind\tname\tadded\tifdef\tflags\tmembers\n" % _abi3info_version())
    body = sorted(rows(), key=lambda r: (r[0], r[1]))
    return head + "".join("\t".join(r) + "\n" for r in body)


def _abi3info_version():
    from importlib.metadata import version
    return version("abi3info")


def main():
    text = render()
    if "--check" in sys.argv:
        if OUT.read_text() != text:
            sys.exit("%s differs from abi3info %s: rerun %s" % (OUT, _abi3info_version(), __file__))
        return
    OUT.write_text(text)
    print("wrote %s (%d rows)" % (OUT, text.count("\n") - 2))


if __name__ == "__main__":
    main()
