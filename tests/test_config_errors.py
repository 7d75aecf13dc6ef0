"""A misconfigured build fails to compile with a message naming the macro, its value and the
fix; a function newer than the stable ABI floor fails to compile, naming the function."""
import subprocess

import pytest
from matrix import COMPILERS, TOP


def compile_tu(compiler, defines, body="int main() { return 0; }", prelude="", std="c++17"):
    src = prelude + "#include <py3ffi/py3ffi.hpp>\n" + body + "\n"
    cmd = [compiler, "-std=" + std, "-Wall", "-Wextra", "-Wpedantic", "-Wundef", "-Werror", "-fsyntax-only",
           "-I", str(TOP / "include"), "-x", "c++", "-"] + ["-D" + d for d in defines]
    out = subprocess.run(cmd, input=src, capture_output=True, text=True)
    return out.returncode, out.stdout + out.stderr


CASES = {
    "no_target": ([], ["PY3FFI_PYTHON_VERSION", "-DPY3FFI_PYTHON_VERSION=0x030D0000"]),
    "version_too_old": (["PY3FFI_PYTHON_VERSION=0x03060000"], ["PY3FFI_PYTHON_VERSION", "0x03060000", "0x03070000"]),
    "version_too_new": (["PY3FFI_PYTHON_VERSION=0x03100000"], ["PY3FFI_PYTHON_VERSION", "0x03100000", "0x030F0000"]),
    "floor_above_target": (["Py_LIMITED_API=0x030C0000", "PY3FFI_PYTHON_VERSION=0x030A0000"],
                           ["Py_LIMITED_API", "0x030C0000", "0x030A0000", "raise PY3FFI_PYTHON_VERSION"]),
    "floor_too_old": (["Py_LIMITED_API=0x03020000"], ["Py_LIMITED_API", "0x03020000", "0x03070000"]),
    "two_implementations": (["PY3FFI_PYPY", "PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION=0x030B0000"],
                            ["PY3FFI_PYPY", "PY3FFI_GRAALPY", "at most one"]),
    "pypy_with_the_stable_abi": (["PY3FFI_PYPY", "PY3FFI_PYTHON_VERSION=0x030B0000", "Py_LIMITED_API=0x030A0000"],
                                 ["Py_LIMITED_API", "PY3FFI_PYPY", "no stable ABI", "drop Py_LIMITED_API"]),
    "pypy_unchecked_version": (["PY3FFI_PYPY", "PY3FFI_PYTHON_VERSION=0x030A0000"],
                               ["PY3FFI_PYPY", "PY3FFI_PYTHON_VERSION", "0x03090000", "0x030B0000"]),
    "pypy_debug": (["PY3FFI_PYPY", "PY3FFI_PYTHON_VERSION=0x030B0000", "Py_DEBUG"],
                   ["PY3FFI_PYPY", "Py_DEBUG", "undefine"]),
    "graalpy_with_the_stable_abi": (["PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION=0x030C0000", "Py_LIMITED_API=0x030A0000"],
                                    ["Py_LIMITED_API", "PY3FFI_GRAALPY", "no stable ABI", "drop Py_LIMITED_API"]),
    "graalpy_unchecked_version": (["PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION=0x030A0000"],
                                  ["PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION", "0x030B0000", "0x030C0000", "3.10"]),
    "graalpy_debug": (["PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION=0x030C0000", "Py_DEBUG"],
                      ["PY3FFI_GRAALPY", "Py_DEBUG", "undefine"]),
    "graalpy_free_threaded": (["PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION=0x030C0000", "Py_GIL_DISABLED"],
                              ["PY3FFI_GRAALPY", "Py_GIL_DISABLED", "undefine"]),
    "limited_api_free_threaded_313": (["Py_LIMITED_API=0x030D0000", "Py_GIL_DISABLED"],
                                      ["Py_LIMITED_API", "Py_GIL_DISABLED", "0x030D0000", "3.15"]),
    # a config for another platform than the compiler's (x86-64 Linux here): the config key,
    # the configuration's value and the compiler's
    "config_for_32_bit_pointers": (["PY3FFI_PYTHON_VERSION=0x030D0000", "PY3FFI_TARGET_POINTER_WIDTH=32"],
                                   ["pointer_width", "PY3FFI_TARGET_POINTER_WIDTH", "32", "64-bit pointers"]),
    "config_for_big_endian": (["PY3FFI_PYTHON_VERSION=0x030D0000", "PY3FFI_TARGET_BIG_ENDIAN=1"],
                              ["byte_order", "PY3FFI_TARGET_BIG_ENDIAN=1", "is big", "little-endian"]),
    "config_for_windows": (["PY3FFI_PYTHON_VERSION=0x030D0000", "PY3FFI_TARGET_OS=PY3FFI_OS_WINDOWS"],
                           ["os=windows", "PY3FFI_TARGET_OS", "targets Linux"]),
    "digit_bits": (["PY3FFI_PYTHON_VERSION=0x03090000", "PYLONG_BITS_IN_DIGIT=16"],
                   ["PYLONG_BITS_IN_DIGIT", "16", "15 nor 30"]),
}


@pytest.mark.parametrize("compiler", COMPILERS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_misconfiguration_names_macro_value_and_fix(compiler, case):
    defines, expected = CASES[case]
    rc, text = compile_tu(compiler, defines)
    assert rc != 0, f"{case} compiled"
    for word in expected:
        assert word in text, f"{case}: {word!r} missing from:\n{text}"


@pytest.mark.parametrize("compiler", COMPILERS)
def test_python_h_in_the_same_translation_unit_is_refused(compiler):
    rc, text = compile_tu(compiler, ["PY3FFI_PYTHON_VERSION=0x030B0000"], prelude="#define Py_PYTHON_H\n")
    assert rc != 0 and "Python.h" in text, text


@pytest.mark.parametrize("compiler", COMPILERS)
@pytest.mark.parametrize("std", ["c++11", "c++14"])
def test_below_cxx17_is_one_error_naming_the_standard_and_the_fix(compiler, std):
    rc, text = compile_tu(compiler, ["PY3FFI_PYTHON_VERSION=0x030D0000"], std=std)
    assert rc != 0, f"compiled as {std}"
    used = std.replace("c++", "C++")
    assert f"compiled as {used}; py3ffi needs C++17" in text and "-std=c++17" in text, text
    # the error and the stop, not the hundreds of errors the rest of py3ffi would give
    diagnostics = [line for line in text.splitlines() if " error: " in line]
    assert len(diagnostics) == 2 and len(text.splitlines()) <= 16, text


USE_310 = """int main() {
    py3ffi::Py_ssize_t n;
    return py3ffi::PyUnicode_AsUTF8AndSize(nullptr, &n) != nullptr;
}"""


@pytest.mark.parametrize("compiler", COMPILERS)
def test_function_newer_than_the_floor_does_not_compile(compiler):
    rc, text = compile_tu(compiler, ["Py_LIMITED_API=0x03070000"], body=USE_310)
    assert rc != 0 and "PyUnicode_AsUTF8AndSize" in text, text
    rc, text = compile_tu(compiler, ["Py_LIMITED_API=0x030A0000"], body=USE_310)
    assert rc == 0, text
