"""Formats the hand-written parts of include/py3ffi's headers with clang-format (the repository's
.clang-format), and leaves the generated regions as tools/gen/generate.py writes them.

    python tools/style/format_headers.py           rewrite the headers in place
    python tools/style/format_headers.py --check   change nothing; exit 1 naming each header
                                                   that is not formatted
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INCLUDE = ROOT / "include" / "py3ffi"
# Regions other tools write: left as they are.
REGIONS = [("// <py3ffi:generated>", "// </py3ffi:generated>"), ("// <py3ffi:includes>", "// </py3ffi:includes>")]


def clang_format():
    """The pinned clang-format of the tools' venv (beside this interpreter), else PATH's."""
    here = Path(sys.executable).parent / "clang-format"
    found = str(here) if here.exists() else shutil.which("clang-format")
    if not found:
        sys.exit("format_headers: no clang-format: run tools/provision/venv.sh (it installs the pinned one)")
    return found


def handwritten_lines(text):
    """The 1-based line ranges outside the regions (region markers included in the regions)."""
    ranges, start, inside = [], 1, None
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        marker = line.strip()
        if inside is None:
            begun = [end for begin, end in REGIONS if marker == begin]
            if begun:
                if number > start:
                    ranges.append((start, number - 1))
                inside = begun[0]
        elif marker == inside:
            inside, start = None, number + 1
    if inside is None and start <= len(lines):
        ranges.append((start, len(lines)))
    return ranges


def formatted(tool, path):
    text = path.read_text()
    ranges = handwritten_lines(text)
    if not ranges:
        return text
    cmd = [tool, "--style=file:%s" % (ROOT / ".clang-format"), "--assume-filename=%s" % path]
    cmd += ["--lines=%d:%d" % r for r in ranges]
    out = subprocess.run(cmd, input=text, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("format_headers: clang-format failed on %s: %s" % (path, out.stderr.strip()))
    return out.stdout


def main():
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] and not check:
        sys.exit(__doc__)
    tool = clang_format()
    stale = []
    for path in sorted(INCLUDE.rglob("*.hpp")):
        new = formatted(tool, path)
        if new != path.read_text():
            stale.append(os.path.relpath(path, ROOT))
            if not check:
                path.write_text(new)
    if check and stale:
        print("not formatted (run tools/style/format_headers.py):\n  " + "\n  ".join(stale))
        sys.exit(1)
    if not check:
        print("format_headers: %d of the headers reformatted" % len(stale))


if __name__ == "__main__":
    main()
