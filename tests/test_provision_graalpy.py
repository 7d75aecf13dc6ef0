"""GraalPy in the interpreter table (tools/provision/graalpy.sh): each row's headers and C API
library are the provisioned copies next to its launcher, readable with no JVM start; a warm
graalpy.sh does nothing."""
import subprocess
from pathlib import Path

import pytest
import targets  # (tools/lib: conftest.py puts it on the path)
from matrix import TOP, interpreters, version_tuple

GRAALPY = [i for i in interpreters() if i["impl"] == "GraalPy"]


def test_the_table_has_every_graalpy_of_the_targets_table():
    assert sorted(i["name"] for i in GRAALPY) == \
        sorted("graalpy-" + a.provisioned for a in targets.GRAALPY), \
        "tools/provision/interpreters.sh (graalpy.sh) did not list them"


@pytest.mark.parametrize("interp", GRAALPY, ids=[i["name"] for i in GRAALPY])
def test_headers_and_library_are_the_provisioned_copies(interp):
    home = Path(interp["executable"]).parent  # $PY3FFI_CACHE/graalpy/<V>
    major, minor = version_tuple(interp)
    assert home.name == interp["name"].split("-", 1)[1] and (home / ".complete").is_file()
    assert Path(interp["include"]) == home / "include" / ("python%d.%d" % (major, minor))
    assert (Path(interp["include"]) / "Python.h").is_file()
    assert Path(interp["symbols"]) == home / "native" / "libpython-native.so"
    nm = subprocess.run(["nm", "-D", "--defined-only", interp["symbols"]],
                        capture_output=True, text=True, check=True)
    exported = {line.split()[-1] for line in nm.stdout.splitlines() if line.strip()}
    assert {"PyLong_FromLong", "PyTuple_New", "PyTuple_Type", "PyType_FromSpec"} <= exported
    # e.g. .graalpy250-312-native-x86_64-linux.so: GraalPy's own tag, then the Python version's
    assert interp["ext_suffix"].startswith(".graalpy")
    assert "-%d%d-native-" % (major, minor) in interp["ext_suffix"]


def test_a_warm_run_reuses_everything():
    out = subprocess.run(["bash", str(TOP / "tools/provision/graalpy.sh")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stderr.count(": reuse ") == len(targets.GRAALPY), out.stderr
