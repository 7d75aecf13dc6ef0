"""string_sum, built with py3ffi, passes its tests under every interpreter of the matrix: one
version-specific build each, and one stable-ABI build (floor 3.10) shared by every 3.10+."""
import pytest

from matrix import (BUILD, TOP, cmake_module, cpython_or_skip, interpreters, run_script, target_args,
                    version_tuple)

EXAMPLE = TOP / "examples" / "string_sum"
SCRIPT = EXAMPLE / "test_string_sum.py"
ALL = interpreters()


@pytest.mark.parametrize("interp", ALL, ids=[i["name"] for i in ALL])
def test_string_sum_version_specific_build(interp):
    cpython_or_skip(interp)
    build = cmake_module(EXAMPLE, BUILD / "string_sum" / interp["name"], target_args(interp))
    run_script(interp, SCRIPT, build, interp["ext_suffix"])


@pytest.fixture(scope="module")
def abi3_build():
    return cmake_module(EXAMPLE, BUILD / "string_sum" / "abi3-3.10", ["ABI3", "3.10"])


@pytest.mark.parametrize("interp", [i for i in ALL if version_tuple(i) >= (3, 10)],
                         ids=[i["name"] for i in ALL if version_tuple(i) >= (3, 10)])
def test_one_abi3_binary_loads_in_every_python_from_3_10(interp, abi3_build):
    cpython_or_skip(interp)
    run_script(interp, SCRIPT, abi3_build, ".abi3.so")
