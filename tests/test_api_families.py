"""The C API family by family (objects, numbers, strings and bytes, containers, heap types,
exceptions, buffers, iterators, import, threads and the GIL): tests/families builds one module,
`families`, whose functions call the API, and families_checks.py compares what they return with
pure Python under each interpreter -- a version-specific build for every CPython of the matrix
(cross-built from a config file), one stable-ABI build (floor 3.10) for every 3.10+, and one
build with Clang."""
import shutil
import subprocess

import pytest
from matrix import (
    BUILD,
    TOP,
    abi3_loads,
    cpython_or_skip,
    interpreters,
    run_script,
    target_args,
    targeted_or_skip,
    version_tuple,
)

FAMILIES = TOP / "tests" / "families"
SCRIPT = FAMILIES / "families_checks.py"  # run by each interpreter, not collected by pytest
ALL = interpreters()
ABI3_ROWS = [i for i in ALL if version_tuple(i) >= (3, 10)]
CLANG = "clang++-19"


def build_families(build_dir, target, *cmake_args):
    """Configures and builds tests/families in build_dir for `target` (the cache variable
    FAMILIES_TARGET: CONFIG_FILE <file>, ABI3 3.10), two compile jobs at most."""
    build_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cmake", "-S", str(FAMILIES), "-B", str(build_dir), "-G", "Ninja",
                    "-DFAMILIES_TARGET=" + ";".join(target)] + list(cmake_args),
                   check=True, capture_output=True, text=True)
    out = subprocess.run(["cmake", "--build", str(build_dir), "-j", "2"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    return build_dir


def checked(interp, text):
    """The unittest summary of the checks script must say it ran them and nothing failed."""
    assert "\nOK" in text, f"{interp['name']}: {text}"
    return text


@pytest.mark.parametrize("interp", ALL, ids=[i["name"] for i in ALL])
def test_families_version_build(interp):
    targeted_or_skip(interp)
    build = build_families(BUILD / "families" / interp["name"], target_args(interp))
    checked(interp, run_script(interp, SCRIPT, build, interp["ext_suffix"]))


@pytest.fixture(scope="module")
def abi3_build():
    return build_families(BUILD / "families" / "abi3-3.10", ["ABI3", "3.10"])


@pytest.mark.parametrize("interp", ABI3_ROWS, ids=[i["name"] for i in ABI3_ROWS])
def test_families_stable_abi_build(interp, abi3_build):
    cpython_or_skip(interp)
    if not abi3_loads(interp):
        pytest.skip(f"{interp['name']}: a free-threaded interpreter before 3.15 has no stable ABI "
                    "(test_string_sum checks that py3ffi's modules refuse to load there)")
    checked(interp, run_script(interp, SCRIPT, abi3_build, ".abi3.so"))


def clang_interpreter():
    """The newest GIL-enabled release CPython that runs without a chroot."""
    rows = [i for i in ALL if i["impl"] == "CPython" and i["runner"] == "-" and i["debug"] == "0"
            and i["gil_disabled"] == "0"]
    return max(rows, key=version_tuple) if rows else None


def test_families_clang_build():
    interp = clang_interpreter()
    if interp is None:
        pytest.skip("no CPython that runs without a chroot in the interpreter table")
    if shutil.which(CLANG) is None:
        pytest.skip(f"{CLANG} is not installed")
    build = build_families(BUILD / "families" / ("clang-" + interp["name"]), target_args(interp),
                           "-DCMAKE_CXX_COMPILER=" + CLANG)
    checked(interp, run_script(interp, SCRIPT, build, interp["ext_suffix"]))
