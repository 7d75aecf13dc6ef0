"""A module built with py3ffi, renamed so that the import system loads it into an interpreter it
was not built for, raises ImportError naming both (py3ffi::check_interpreter in string_sum's
init function) instead of crashing."""
import re
import shutil
import subprocess

import pytest

from matrix import BUILD, TOP, cmake_module, interpreters, target_args

EXAMPLE = TOP / "examples" / "string_sum"
BY_NAME = {i["name"]: i for i in interpreters()}
PROBE = ("try:\n    import string_sum\nexcept ImportError as e:\n    print('ImportError:', e)\n"
         "else:\n    print('imported', string_sum.sum_as_string(5, 20))\n")


def interp(prefix):
    found = [i for n, i in BY_NAME.items() if n.startswith(prefix)]
    if not found:
        pytest.skip("CANNOT RUN HERE: no interpreter %s* in the matrix" % prefix)
    return found[0]


def load_as(built_dir, built_suffix, host, tmp_path):
    """Copies the module built in built_dir to tmp_path under host's own suffix and imports it
    there with host."""
    src = built_dir / ("string_sum" + built_suffix)
    shutil.copy(src, tmp_path / ("string_sum" + host["ext_suffix"]))
    out = subprocess.run([host["executable"], "-c", PROBE], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, "the interpreter crashed: %d %s" % (out.returncode, out.stderr)
    return out.stdout.strip()


@pytest.mark.parametrize("built,host", [("pyenv-3.12", "pyenv-3.13"), ("pyenv-3.13", "pyenv-3.12"),
                                        ("pyenv-3.7", "pyenv-3.8")])
def test_a_version_specific_build_in_another_version(built, host, tmp_path):
    b, h = interp(built), interp(host)
    build = cmake_module(EXAMPLE, BUILD / "wrong" / b["name"], target_args(b))
    said = load_as(build, b["ext_suffix"], h, tmp_path)
    want = "ImportError: string_sum was built for CPython %s, but the interpreter loading it is CPython %s" % (
        ".".join(b["version"].split(".")[:2]), h["version"])
    assert said == want


def test_a_stable_abi_build_in_an_interpreter_older_than_its_floor(tmp_path):
    h = interp("pyenv-3.11")
    build = cmake_module(EXAMPLE, BUILD / "wrong" / "abi3-3.12", ["ABI3", "3.12"])
    said = load_as(build, ".abi3.so", h, tmp_path)
    assert said == ("ImportError: string_sum was built for the stable ABI (abi3) of CPython 3.12 and newer, "
                    "but the interpreter loading it is CPython %s" % h["version"])
    # and the same binary is fine from its floor on
    assert load_as(build, ".abi3.so", interp("pyenv-3.12"), tmp_path) == "imported 25"


def test_a_cpython_build_in_pypy(tmp_path):
    """The import system itself refuses it (CPython's symbols are not PyPy's), before any code
    of the module runs: an ImportError, not a crash."""
    b, h = interp("pyenv-3.9"), interp("host-pypy3")
    build = cmake_module(EXAMPLE, BUILD / "wrong" / b["name"], target_args(b))
    said = load_as(build, b["ext_suffix"], h, tmp_path)
    assert said.startswith("ImportError:") and "undefined symbol" in said, said


def test_a_pypy_build_in_another_pypy(tmp_path):
    """PyPy 8.0 (3.11) exports the names a PyPy 7.3 (3.9) build calls, and the other way round:
    the loader lets it in, and check_interpreter names both."""
    b, h = interp("sid-pypy3"), interp("host-pypy3")
    build = cmake_module(EXAMPLE, BUILD / "wrong" / b["name"], target_args(b))
    said = load_as(build, b["ext_suffix"], h, tmp_path)
    assert said == "ImportError: string_sum was built for PyPy 3.11, but the interpreter loading it is PyPy %s" % (
        h["version"]), said


def test_a_gil_build_in_a_free_threaded_interpreter(tmp_path):
    b, h = interp("pyenv-3.13"), interp("built-python3.13t")
    build = cmake_module(EXAMPLE, BUILD / "wrong" / b["name"], target_args(b))
    said = load_as(build, b["ext_suffix"], h, tmp_path)
    assert said == ("ImportError: string_sum was built for CPython 3.13, but the interpreter loading it "
                    "is CPython %s (free-threaded)" % h["version"])


def test_a_free_threaded_build_in_a_gil_interpreter(tmp_path):
    """The dynamic loader refuses it first when the module uses a free-threaded build's own
    symbols (its inline Py_DECREF calls _Py_MergeZeroLocalRefcount and _Py_DecRefShared; the
    loader names whichever it meets first); either way an ImportError."""
    b, h = interp("built-python3.13t"), interp("pyenv-3.13")
    build = cmake_module(EXAMPLE, BUILD / "wrong" / b["name"], target_args(b))
    said = load_as(build, b["ext_suffix"], h, tmp_path)
    assert said == ("ImportError: string_sum was built for CPython 3.13 (free-threaded), but the "
                    "interpreter loading it is CPython %s" % h["version"]) or (
        said.startswith("ImportError: ") and re.search(
            r"undefined symbol: (_Py_MergeZeroLocalRefcount|_Py_DecRefShared)\b", said)), said


def test_the_version_string_parser(tmp_path):
    """What check_interpreter reads from Py_GetVersion(), on the strings each kind of build
    gives (sys.version of 3.13t says "experimental free-threading build", 3.14t "free-threading
    build"; the compiler part in brackets is not looked at)."""
    src = tmp_path / "parse.cpp"
    src.write_text(r'''
#include <py3ffi/py3ffi.hpp>
#include <cstdio>
int main() {
    const char *cases[] = {"3.13.0 (main, Oct  7 2024, 05:02:14) [GCC 12.2.0]",
                           "3.13.0 experimental free-threading build (main, Oct  7 2024) [GCC 12.2.0]",
                           "3.14.10 free-threading build (main, Jan  1 2026) [GCC 14.2.0]",
                           "3.9.16 (7.3.11+dfsg-2+deb12u3, Dec 30 2024, 22:36:23) [PyPy 7.3.11 with GCC 12.2.0]",
                           "3.15.2 (main) [clang free-threading build]"};
    for (const char *c : cases) {
        py3ffi::detail::interpreter_version v(c);
        std::printf("%d.%d %d %d\n", v.major, v.minor, v.free_threaded ? 1 : 0, v.pypy ? 1 : 0);
    }
}
''')
    exe = tmp_path / "parse"
    r = subprocess.run(["g++", "-std=c++17", "-Wall", "-Wextra", "-Werror", "-I", str(TOP / "include"),
                        "-DPY3FFI_PYTHON_VERSION=0x030D0000", str(src), "-o", str(exe)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    out = subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:5] == ["3.13 0 0", "3.13 1 0", "3.14 1 0", "3.9 0 1", "3.15 0 0"]
