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


def test_free_threaded_configuration_the_same_way():
    """A free-threaded target from a config file, as the debug ones above (host-python3.11d,
    sid-python3.1Xd) are built: compiled, then imported by a free-threaded interpreter."""
    ft = [i for i in ALL if i["gil_disabled"] == "1"]
    row = dict(next(i for i in ALL if i["name"].startswith("sid-python3.13") and i["debug"] == "0"),
               name="python3.13t", gil_disabled="1", ext_suffix=".cpython-313t-x86_64-linux-gnu.so")
    build = BUILD / "string_sum" / "free-threaded-3.13"
    try:
        cmake_module(EXAMPLE, build, target_args(row))
    except AssertionError as e:
        assert "Py_GIL_DISABLED" in str(e), e
        pytest.skip("CANNOT RUN HERE: free-threaded targets are not supported by py3ffi's headers yet "
                    "(issue 4: the config file is read, the headers stop with #error naming "
                    "Py_GIL_DISABLED); no free-threaded interpreter in the matrix (%d)" % len(ft))
    if not ft:
        pytest.skip("CANNOT RUN HERE: built, but no free-threaded interpreter to import it")
    run_script(ft[0], SCRIPT, build, ft[0]["ext_suffix"])
