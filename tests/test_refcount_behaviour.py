"""py3ffi's inline Py_INCREF/Py_DECREF/Py_REFCNT/Py_NewRef/Py_CLEAR and type checks behave like
CPython's macros (sys.getrefcount, immortal objects on 3.12+, dealloc at zero), under every
interpreter: a version-specific build each (the inline paths) and one stable-ABI build, floor
3.10, for every 3.10+ (the function-call paths)."""
import pytest
from matrix import (
    BUILD,
    TOP,
    abi3_loads,
    cmake_module,
    cpython_or_skip,
    interpreters,
    run_script,
    target_args,
    targeted_or_skip,
    version_tuple,
)

PROBE = TOP / "tests" / "refprobe"
SCRIPT = PROBE / "refprobe_checks.py"  # run by each interpreter, not collected by pytest
ALL = interpreters()


@pytest.mark.parametrize("interp", ALL, ids=[i["name"] for i in ALL])
def test_inline_refcounting_matches_getrefcount(interp):
    targeted_or_skip(interp)
    build = cmake_module(PROBE, BUILD / "refprobe" / interp["name"], target_args(interp), "REFPROBE_TARGET")
    run_script(interp, SCRIPT, build, interp["ext_suffix"])


@pytest.fixture(scope="module")
def abi3_build():
    return cmake_module(PROBE, BUILD / "refprobe" / "abi3-3.10", ["ABI3", "3.10"], "REFPROBE_TARGET")


@pytest.mark.parametrize("interp", [i for i in ALL if version_tuple(i) >= (3, 10)],
                         ids=[i["name"] for i in ALL if version_tuple(i) >= (3, 10)])
def test_stable_abi_refcounting_matches_getrefcount(interp, abi3_build):
    cpython_or_skip(interp)
    if not abi3_loads(interp):
        pytest.skip(f"{interp['name']}: a free-threaded 3.13 has no stable ABI (test_string_sum "
                    "checks that py3ffi's modules refuse to load there)")
    run_script(interp, SCRIPT, abi3_build, ".abi3.so")
