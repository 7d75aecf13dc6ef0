"""A module built with py3ffi, renamed so that the import system loads it into an interpreter it
was not built for, raises ImportError naming both (py3ffi::check_interpreter in string_sum's
init function) instead of crashing."""
import re
import shutil
import subprocess

import pytest
from matrix import BUILD, TOP, cmake_module, interpreters, target_args, version_tuple

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


@pytest.mark.parametrize("built,host", [("graalpy-25", "graalpy-24"), ("graalpy-24", "graalpy-25")])
def test_a_graalpy_build_in_another_graalpy(built, host, tmp_path):
    """GraalPy exports the C API under CPython's names: 25.0 (3.12) exports what a 24.2 (3.11)
    build calls, the loader lets it in, and check_interpreter names both. The other way round,
    the loader may refuse it first (25.0's Py_TYPE calls GraalPy_TYPE, which 24.2 does not
    export): an ImportError either way."""
    b, h = interp(built), interp(host)
    build = cmake_module(EXAMPLE, BUILD / "wrong" / b["name"], target_args(b))
    said = load_as(build, b["ext_suffix"], h, tmp_path)
    named = "ImportError: string_sum was built for GraalPy %s, but the interpreter loading it is GraalPy %s" % (
        ".".join(b["version"].split(".")[:2]), h["version"])
    if version_tuple(b) < version_tuple(h):
        assert said == named, said
    else:
        assert said == named or (said.startswith("ImportError: ") and "undefined symbol" in said), said


@pytest.mark.parametrize("built,host", [("graalpy-25", "pyenv-3.12"), ("pyenv-3.12", "graalpy-25"),
                                        ("pyenv-3.11", "graalpy-24")])
def test_cpython_and_graalpy_builds_swapped(built, host, tmp_path):
    """Same Python version, other implementation: an ImportError either from the dynamic loader
    (a symbol the one exports and the other does not) or from check_interpreter, naming both."""
    b, h = interp(built), interp(host)
    build = cmake_module(EXAMPLE, BUILD / "wrong" / b["name"], target_args(b))
    said = load_as(build, b["ext_suffix"], h, tmp_path)
    named = "ImportError: string_sum was built for %s %s, but the interpreter loading it is %s %s" % (
        b["impl"], ".".join(b["version"].split(".")[:2]), h["impl"], h["version"])
    assert said == named or (said.startswith("ImportError: ") and "undefined symbol" in said), said


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
                           "3.15.2 (main) [clang free-threading build]",
                           "3.11.7 (Mon Dec 07 10:57:40 UTC 2026)\n[Graal, Interpreted, Java 17.0.15 (amd64)]",
                           "3.12.8 (Mon Dec 07 10:57:51 UTC 2026)\n[Graal, Interpreted, Java 25.0.3 (amd64)]"};
    for (const char *c : cases) {
        py3ffi::detail::interpreter_version v(c);
        std::printf("%d.%d %d %d %d %s\n", v.major, v.minor, v.free_threaded ? 1 : 0, v.pypy ? 1 : 0,
                    v.graalpy ? 1 : 0, v.implementation());
    }
}
''')
    exe = tmp_path / "parse"
    r = subprocess.run(["g++", "-std=c++17", "-Wall", "-Wextra", "-Werror", "-I", str(TOP / "include"),
                        "-DPY3FFI_PYTHON_VERSION=0x030D0000", str(src), "-o", str(exe)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    out = subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:7] == ["3.13 0 0 0 CPython", "3.13 1 0 0 CPython", "3.14 1 0 0 CPython", "3.9 0 1 0 PyPy",
                       "3.15 0 0 0 CPython", "3.11 0 0 1 GraalPy", "3.12 0 0 1 GraalPy"]
