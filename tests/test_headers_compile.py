"""<py3ffi/py3ffi.hpp> and <py3ffi/compat.hpp> compile warning-free for every target (release,
debug, free-threaded, PyPy, GraalPy) and floor, with GCC and Clang, C++17 and C++20; user macros that collide with our
names break nothing and survive."""
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest
import targets  # (tools/lib: conftest.py puts it on the path)
from matrix import COMPILERS, TOP, params
from targets import hex_of

VERSIONS = [hex_of(v) for v in targets.VERSIONS]
CONFIGS = [(c, std, d) for c in ["g++", "clang++-19"] for std in ["c++17", "c++20"]
           for v in VERSIONS for d in ("PY3FFI_PYTHON_VERSION=" + v, "Py_LIMITED_API=" + v,
                                       "PY3FFI_PYTHON_VERSION=%s -DPy_DEBUG" % v)]
# free-threaded builds (3.13+), release and debug, and abi3t (3.15)
CONFIGS += [(c, std, d) for c in ["g++", "clang++-19"] for std in ["c++17", "c++20"]
            for v in map(hex_of, targets.FREE_THREADED)
            for d in ("PY3FFI_PYTHON_VERSION=%s -DPy_GIL_DISABLED" % v,
                                            "PY3FFI_PYTHON_VERSION=%s -DPy_GIL_DISABLED -DPy_DEBUG" % v)]
CONFIGS += [(c, std, d) for c in ["g++", "clang++-19"] for std in ["c++17", "c++20"]
            for d in ("Py_TARGET_ABI3T=" + hex_of(targets.ABI3T_SINCE),
                      "Py_LIMITED_API=%s -DPy_GIL_DISABLED" % hex_of(targets.ABI3T_SINCE))]
# the other implementations, at the versions py3ffi is checked against
CONFIGS += [(c, std, d) for c in ["g++", "clang++-19"] for std in ["c++17", "c++20"]
            for d in ["PY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=" + hex_of(v)
                      for v in targets.PYPY_VERSIONS]
            + ["PY3FFI_GRAALPY -DPY3FFI_PYTHON_VERSION=" + hex_of(v)
               for v in targets.GRAALPY_VERSIONS]]
EVERYTHING = "#include <py3ffi/py3ffi.hpp>\n#include <py3ffi/compat.hpp>\nint main() { return 0; }\n"


def check(compiler, std, define, src=EVERYTHING):
    cmd = [compiler, "-std=" + std, "-Wall", "-Wextra", "-Wpedantic", "-Wundef", "-Werror", "-fsyntax-only",
           "-I", str(TOP / "include")] + ["-D" + d for d in define.split(" -D")] + ["-x", "c++", "-"]
    out = subprocess.run(cmd, input=src, capture_output=True, text=True)
    return out.returncode, out.stdout + out.stderr


# The quick tier: GCC in C++17, every configuration of the first compiler run above but the
# debug builds of most versions (a new machine has GCC; the full run provisions Clang 19).
def quick(config):
    compiler, std, define = config
    return compiler == "g++" and std == "c++17" and ("Py_DEBUG" not in define or "0x030D" in define)


@pytest.mark.parametrize("compiler, std, define", params(
    CONFIGS, ids=["%s-%s-%s" % (c, s, d.replace(" -D", "+")) for c, s, d in CONFIGS], quick=quick))
def test_every_target_and_floor_compiles_warning_free(compiler, std, define):
    rc, text = check(compiler, std, define)
    assert rc == 0, text


# The standard library itself drops min/max macros (libstdc++ #undefs them), so the user's
# program has its standard headers in first, as a Windows or Qt program would.
COLLIDING = """#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <type_traits>
#define slots
#define signals public
#define emit
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define isspace(c) ((c) == ' ')
#include <py3ffi/py3ffi.hpp>
#if !defined(slots) || !defined(signals) || !defined(emit) || !defined(min) || !defined(max) || !defined(isspace)
#error "a user macro was lost"
#endif
int main() { py3ffi::PyMethodDef m{}; (void)m; return 0; }
"""


@pytest.mark.parametrize("compiler", COMPILERS)
def test_user_macros_do_not_break_the_headers_and_survive(compiler):
    rc, text = check(compiler, "c++17", "PY3FFI_PYTHON_VERSION=0x030D0000", COLLIDING)
    assert rc == 0, text


def macros(define, with_py3ffi):
    src = ("#include <py3ffi/py3ffi.hpp>\n" if with_py3ffi else "#include <cstddef>\n#include <cstdint>\n"
           "#include <climits>\n#include <cstdarg>\n#include <cstdio>\n#include <type_traits>\n")
    out = subprocess.run(["g++", "-std=c++17", "-dM", "-E", "-I", str(TOP / "include"), "-D" + define,
                          "-x", "c++", "-"], input=src, capture_output=True, text=True, check=True)
    return {line.split()[1].split("(")[0] for line in out.stdout.splitlines() if line.startswith("#define")}


@pytest.mark.quick
def test_no_macro_leaks_except_py3ffi_prefixed():
    define = "PY3FFI_PYTHON_VERSION=0x030D0000"
    leaked = macros(define, True) - macros(define, False)
    assert leaked and all(m.startswith("PY3FFI_") for m in leaked), sorted(m for m in leaked if not m.startswith("PY3FFI_"))


# Each header on its own, as a user who wants one part of the API includes it: it brings in
# what it needs (GCC, C++17; the configurations whose headers differ most).
ALONE_CONFIGS = ["PY3FFI_PYTHON_VERSION=0x03070000", "PY3FFI_PYTHON_VERSION=0x03080000",
                 "PY3FFI_PYTHON_VERSION=0x030A0000", "PY3FFI_PYTHON_VERSION=0x030C0000",
                 "PY3FFI_PYTHON_VERSION=0x030D0000 -DPy_DEBUG", "PY3FFI_PYTHON_VERSION=0x030F0000",
                 "PY3FFI_PYTHON_VERSION=0x030D0000 -DPy_GIL_DISABLED", "Py_LIMITED_API=0x03070000",
                 "Py_LIMITED_API=0x030F0000", "Py_TARGET_ABI3T=0x030F0000",
                 "PY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x03090000", "PY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x030B0000",
                 "PY3FFI_GRAALPY -DPY3FFI_PYTHON_VERSION=0x030B0000",
                 "PY3FFI_GRAALPY -DPY3FFI_PYTHON_VERSION=0x030C0000"]
HEADERS = sorted(str(p.relative_to(TOP / "include")) for p in (TOP / "include" / "py3ffi").rglob("*.hpp")
                 if "detail" not in p.parts)


# the quick tier: the configurations farthest apart
ALONE_QUICK = {"PY3FFI_PYTHON_VERSION=0x03070000", "Py_TARGET_ABI3T=0x030F0000",
               "PY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x030B0000"}


@pytest.mark.parametrize("define", params(ALONE_CONFIGS, ids=[d.replace(" -D", "+") for d in ALONE_CONFIGS],
                                          quick=lambda d: d in ALONE_QUICK))
def test_each_header_compiles_on_its_own(define):
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda h: (h, check("g++", "c++17", define, "#include <%s>\n" % h)), HEADERS))
    failed = ["%s: %s" % (h, text) for h, (rc, text) in results if rc != 0]
    assert len(HEADERS) > 100
    assert not failed, "%d of %d headers failed:\n%s" % (len(failed), len(HEADERS), "\n".join(failed[:5]))


@pytest.mark.quick
@pytest.mark.parametrize("code, expected", [
    ("PY3FFI_BUILD_ASSERT(sizeof(int) == 3);", "sizeof(int) == 3"),
    ("int x = static_cast<int>(PY3FFI_BUILD_ASSERT_EXPR(sizeof(int) == 3));", "Py_BUILD_ASSERT_EXPR"),
    ("const int *p = nullptr; auto n = py3ffi::Py_ARRAY_LENGTH(p);", "Py_ARRAY_LENGTH"),
])
def test_pymacro_checks_fail_to_compile(code, expected):
    """What pymacro.h's macros refuse at compile time, py3ffi's forms refuse too, saying so."""
    rc, text = check("g++", "c++17", "PY3FFI_PYTHON_VERSION=0x030C0000",
                     "#include <py3ffi/py3ffi.hpp>\nvoid f() { %s }\n" % code)
    assert rc != 0 and expected in text, text
