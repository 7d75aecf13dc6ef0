"""Free-threaded builds (3.13t and every other one the table has): a py3ffi module called from 8
threads at once keeps exact reference counts (inline biased counting: the owner's local count,
the others' atomic shared count), and its PyMutex and critical sections exclude each other."""
import pytest
from matrix import BUILD, TOP, cmake_module, interpreters, run_script, target_args

STRESS = TOP / "tests" / "ftstress"
FREE_THREADED = [i for i in interpreters() if i["gil_disabled"] == "1"]


def test_the_table_has_a_free_threaded_interpreter():
    assert FREE_THREADED, "no free-threaded interpreter in the table: tools/provision/freethreaded.sh"


@pytest.mark.parametrize("interp", FREE_THREADED, ids=[i["name"] for i in FREE_THREADED])
def test_eight_threads_keep_refcounts_and_locks_exact(interp):
    build = cmake_module(STRESS, BUILD / "ftstress" / interp["name"],
                         target_args(interp), "FTSTRESS_TARGET")
    out = run_script(interp, STRESS / "stress_checks.py", build, interp["ext_suffix"])
    assert "all checks passed with 8 threads" in out, out
