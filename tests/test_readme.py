"""The README's quick start compiles as shown, warning-free, for a version-specific target and for
the stable ABI, and its module works."""
import re
import subprocess

import pytest

from matrix import TOP, interpreters

README = (TOP / "README.md").read_text()


def quick_start_source():
    return re.search(r"## Quick start.*?```cpp\n(.*?)```", README, re.S).group(1)


@pytest.mark.parametrize("define", ["PY3FFI_PYTHON_VERSION=0x030D0000", "Py_LIMITED_API=0x030A0000"])
@pytest.mark.parametrize("compiler", ["g++", "clang++-19"])
def test_quick_start_compiles(tmp_path, compiler, define):
    src = tmp_path / "quick.cpp"
    src.write_text(quick_start_source())
    r = subprocess.run([compiler, "-std=c++17", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only",
                        "-I", str(TOP / "include"), "-D" + define, str(src)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_quick_start_runs(tmp_path):
    py = next(i for i in interpreters() if i["name"].startswith("pyenv-3.12"))
    src = tmp_path / "string_sum.cpp"
    src.write_text(quick_start_source())
    out = tmp_path / ("string_sum" + py["ext_suffix"])
    r = subprocess.run(["g++", "-std=c++17", "-shared", "-fPIC", "-fvisibility=hidden", "-I", str(TOP / "include"),
                        "-DPY3FFI_PYTHON_VERSION=0x030C0000", str(src), "-o", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([py["executable"], "-c", "import string_sum; print(string_sum.sum_as_string(5, 20))"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.stdout.strip() == "25", r.stderr
