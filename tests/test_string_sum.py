"""string_sum, built with py3ffi, passes its tests under every interpreter of the matrix: one
version-specific build each, and one stable-ABI build (floor 3.10) shared by every 3.10+."""
import subprocess

import pytest
from matrix import (
    BUILD,
    TOP,
    abi3_loads,
    cmake_module,
    cpython_or_skip,
    import_error,
    interpreters,
    run_script,
    target_args,
    targeted_or_skip,
    version_tuple,
)

EXAMPLE = TOP / "examples" / "string_sum"
SCRIPT = EXAMPLE / "test_string_sum.py"
ALL = interpreters()


@pytest.mark.parametrize("interp", ALL, ids=[i["name"] for i in ALL])
def test_string_sum_version_specific_build(interp):
    targeted_or_skip(interp)
    build = cmake_module(EXAMPLE, BUILD / "string_sum" / interp["name"], target_args(interp))
    run_script(interp, SCRIPT, build, interp["ext_suffix"])


@pytest.fixture(scope="module")
def abi3_build():
    return cmake_module(EXAMPLE, BUILD / "string_sum" / "abi3-3.10", ["ABI3", "3.10"])


@pytest.mark.parametrize("interp", [i for i in ALL if version_tuple(i) >= (3, 10)],
                         ids=[i["name"] for i in ALL if version_tuple(i) >= (3, 10)])
def test_one_abi3_binary_loads_in_every_python_from_3_10(interp, abi3_build):
    """...and a free-threaded 3.13 refuses it with an ImportError that names both sides (it has
    no abi3; without the check, the module would corrupt its reference counts)."""
    cpython_or_skip(interp)
    if not abi3_loads(interp):
        msg = import_error(interp, "string_sum", abi3_build)
        assert "stable ABI (abi3) of CPython 3.10" in msg and "(free-threaded)" in msg, msg
        return
    run_script(interp, SCRIPT, abi3_build, ".abi3.so")


FROM_3_15 = [i for i in ALL if i["impl"] == "CPython" and version_tuple(i) >= (3, 15)]


@pytest.fixture(scope="module")
def abi3t_build():
    return cmake_module(EXAMPLE, BUILD / "string_sum" / "abi3t-3.15", ["ABI3", "3.15", "ABI3T"])


def test_abi3t_build_imports_only_the_stable_abi(abi3t_build):
    """abi3t (PEP 803): the free-threading stable ABI. Its module imports nothing but names of the
    stable ABI manifest up to 3.15, every one exported by each 3.15+ interpreter here."""
    from capi import load_manifest  # (tools/lib is on the path: matrix.py puts it there)
    so = abi3t_build / "string_sum.abi3t.so"
    out = subprocess.run(["nm", "-D", "--undefined-only", str(so)], capture_output=True, text=True, check=True)
    wanted = sorted({ln.split()[-1].split("@")[0] for ln in out.stdout.splitlines()
                     if ln.split()[-1].startswith(("Py", "_Py"))})
    man = load_manifest()
    # PyObject is opaque there: references and types are function calls, nothing is inline
    assert "_Py_DecRef" in wanted and "Py_TYPE" in wanted and "_Py_Dealloc" not in wanted, wanted
    outside = [n for n in wanted if n not in man or man[n]["added"] > (3, 15)]
    assert not outside, outside
    assert FROM_3_15, "no 3.15+ CPython in the table"
    for i in FROM_3_15:
        lib = i["root"].rstrip("/") + i["symbols"] if i["root"] != "/" else i["symbols"]
        exported = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True,
                                  check=True).stdout
        have = {ln.split()[-1].split("@")[0] for ln in exported.splitlines() if ln.strip()}
        assert not set(wanted) - have, (i["name"], sorted(set(wanted) - have))


@pytest.mark.parametrize("interp", FROM_3_15, ids=[i["name"] for i in FROM_3_15])
def test_abi3t_build_runs_in_every_3_15(interp, abi3t_build):
    """The GIL builds of 3.15 load .abi3t.so modules too; no 3.15t can be built here (its source
    package is not served), so there it is only compiled and its symbols checked (above)."""
    run_script(interp, SCRIPT, abi3t_build, ".abi3t.so")


@pytest.mark.parametrize("interp", FROM_3_15, ids=[i["name"] for i in FROM_3_15])
def test_the_same_source_as_abi3_3_15_runs_in_every_3_15(interp):
    build = cmake_module(EXAMPLE, BUILD / "string_sum" / "abi3-3.15", ["ABI3", "3.15"])
    run_script(interp, SCRIPT, build, ".abi3.so")


@pytest.mark.quick
def test_the_main_job_builds_and_runs_string_sum_for_the_machines_python3():
    """tools/run-example.sh, the README's first command: CMake asks python3 what to build for."""
    out = subprocess.run(["bash", str(TOP / "tools" / "run-example.sh")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().endswith("sum_as_string(5, 20) -> '25'"), out.stdout
