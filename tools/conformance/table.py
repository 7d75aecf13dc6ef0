"""Prints the README's conformance table (Markdown) from the reports the last conformance run
wrote to build/conformance/ (one JSON file per interpreter and mode; self-tests left out).

    python tools/conformance/table.py [--table FILE]   (default: the interpreter table's order)
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "lib"))
import headers  # noqa: E402

MODES = [("full", "full"), ("full-ft", "full, read as free-threaded (compiled only)"),
         ("limited", "limited (floor = version)"), ("limited3.7", "limited, floor 3.7"),
         ("abi3t", "abi3t (floor 3.15)")]


def main():
    reports = ROOT / "build" / "conformance"
    print("| interpreter | mode | functions | data | typedefs | structs (fields) | constants | symbols "
          "| covered | mismatches |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    missing = []
    for it in headers.interpreters() + headers.foreign_interpreters():
        first = True
        for mode, label in MODES:
            path = reports / ("%s-%s.json" % (it.name, mode))
            if not path.exists():
                if mode in ("full", "limited", "limited3.7") and it.impl == "CPython" and not it.gil_disabled:
                    missing.append(path.name)
                continue
            r = json.loads(path.read_text())
            c = r["counts"]
            print("| %s | %s | %d | %d | %d | %d (%d) | %d | %d | %d of %d (%.1f%%) | %d |" % (
                it.name if first else "", label, c["functions"], c["data"], c["typedefs"], c["structs"],
                c["fields"], c["constants"], c["symbols"], c["covered"], c["public"],
                100.0 * c["covered"] / max(c["public"], 1), len(r["failures"])))
            first = False
    if missing:
        sys.exit("table: no report for %s: run the conformance tests first" % ", ".join(missing))


if __name__ == "__main__":
    main()
