"""The README's quick start and the C++ of the documentation pages compile as shown,
warning-free, for a version-specific target and for the stable ABI, and the quick start's
module works in the machine's python3."""
import re
import shutil
import subprocess
import sys

import pytest
from matrix import COMPILERS, TOP

README = (TOP / "README.md").read_text()
# design.md sketches headers for contributors; the other pages speak to users, and their code
# must compile as written
PAGES = sorted(p for p in (TOP / "docs").glob("*.md") if p.name != "design.md")
DEFINES = ["PY3FFI_PYTHON_VERSION=0x030D0000", "Py_LIMITED_API=0x030A0000"]
FLAGS = ["-std=c++17", "-Wall", "-Wextra", "-Wpedantic", "-Wundef", "-Werror"]


def quick_start_source():
    return re.search(r"## Quick start.*?```cpp\n(.*?)```", README, re.S).group(1)


def translation_units(text):
    """A page's ```cpp blocks: one that starts with #include begins a translation unit, the
    others go on with the one before (the page explains it in pieces)."""
    units = []
    for block in re.findall(r"```cpp\n(.*?)```", text, re.S):
        if block.startswith("#include") or not units:
            units.append(block)
        else:
            units[-1] += block
    return units


DOC_UNITS = [(p.name, i, u) for p in PAGES for i, u in enumerate(translation_units(p.read_text()))]


@pytest.mark.parametrize("define", DEFINES)
@pytest.mark.parametrize("compiler", COMPILERS)
def test_quick_start_compiles(tmp_path, compiler, define):
    src = tmp_path / "quick.cpp"
    src.write_text(quick_start_source())
    r = subprocess.run([compiler, *FLAGS, "-fsyntax-only", "-I", str(TOP / "include"), "-D" + define, str(src)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.quick
@pytest.mark.parametrize("define", DEFINES)
@pytest.mark.parametrize("page, n, unit", DOC_UNITS, ids=["%s-%d" % (p, n) for p, n, _ in DOC_UNITS])
def test_documentation_code_compiles(tmp_path, page, n, unit, define):
    src = tmp_path / "doc.cpp"
    src.write_text(unit)
    # (drop-in.md's code is C-style, for the drop-in Python.h)
    dropin = ["-I", str(TOP / "python_h")] if page == "drop-in.md" else []
    r = subprocess.run(["g++", *FLAGS, "-fsyntax-only", *dropin, "-I", str(TOP / "include"), "-D" + define, str(src)],
                       capture_output=True, text=True)
    assert r.returncode == 0, "%s, block %d:\n%s" % (page, n, r.stderr)


@pytest.mark.quick
def test_quick_start_runs_in_the_machines_python3(tmp_path):
    """Built with the flags the config tool gives for the machine's python3, as the README says."""
    py = shutil.which("python3") or sys.executable
    tool = [py, str(TOP / "python" / "py3ffi" / "config.py"), "--python", py]
    cflags = subprocess.run(tool + ["--cflags"], capture_output=True, text=True, check=True).stdout.split()
    suffix = subprocess.run(tool + ["--ext-suffix"], capture_output=True, text=True, check=True).stdout.strip()
    src = tmp_path / "string_sum.cpp"
    src.write_text(quick_start_source())
    out = tmp_path / ("string_sum" + suffix)
    r = subprocess.run(["g++", "-std=c++17", "-shared", "-fPIC", "-fvisibility=hidden", "-I", str(TOP / "include"),
                        *cflags, str(src), "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([py, "-c", "import string_sum; print(string_sum.sum_as_string(5, 20))"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.stdout.strip() == "25", r.stderr


@pytest.mark.quick
def test_the_pages_show_code():
    """Guards the test above against finding no code (a changed fence would skip it silently)."""
    assert {p for p, _, _ in DOC_UNITS} >= {"getting-started.md", "c-api.md", "compat.md", "drop-in.md"}


@pytest.mark.quick
def test_readme_is_short():
    """The README is an overview; the documentation pages hold the rest."""
    assert len(README.encode()) <= 8 * 1024


def anchors(page):
    """The anchors GitHub makes of a page's headings."""
    heads = re.findall(r"^#+ (.*)$", page.read_text(), re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in heads}


DOCUMENTS = [TOP / "README.md", TOP / "CONTRIBUTING.md", *sorted((TOP / "docs").rglob("*.md"))]


@pytest.mark.quick
@pytest.mark.parametrize("doc", DOCUMENTS, ids=[str(d.relative_to(TOP)) for d in DOCUMENTS])
def test_documentation_links_resolve(doc):
    """Every relative link of the README and the pages names a file (and heading) that exists."""
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text()):
        if re.match(r"[a-z]+:", target):
            continue  # an address elsewhere
        path, _, anchor = target.partition("#")
        dest = (doc.parent / path).resolve() if path else doc
        if not dest.exists() or (anchor and dest.suffix == ".md" and anchor not in anchors(dest)):
            broken.append(target)
    assert not broken, broken
