"""The targets table (python/py3ffi/targets.tsv), the one list of supported targets: well formed,
read alike by the config tool and by tools/lib/targets.py, and config.hpp's range checks
generated from it are fresh (tools/gen/config_hpp.py)."""
import importlib.util
import subprocess
import sys

import pytest
import targets  # (tools/lib: conftest.py puts it on the path)
from matrix import TOP

pytestmark = pytest.mark.quick
TOOL = TOP / "python" / "py3ffi" / "config.py"


def config_tool():
    spec = importlib.util.spec_from_file_location("py3ffi_config", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_config_hpp_range_checks_are_fresh():
    out = subprocess.run([sys.executable, str(TOP / "tools" / "gen" / "config_hpp.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_table_is_well_formed():
    # every row has its kind's columns; CPython's versions go up one by one (the range checks
    # take the first and the last), the others' upwards
    widths = {"cpython": 3, "pypy": 2, "graalpy": 3, "platform": 2}
    for kind, width in widths.items():
        assert all(len(r) == width for r in targets.rows(kind)), kind
    assert targets.VERSIONS == [(3, m) for m in range(targets.OLDEST[1], targets.NEWEST[1] + 1)]
    assert targets.FLOORS == targets.VERSIONS[targets.VERSIONS.index(targets.FLOORS[0]):]
    assert all(c.features <= {"floor", "free-threaded", "abi3t"} for c in targets.CPYTHON)
    assert all(c.provision in ("pyenv", "sid") for c in targets.CPYTHON)
    # (a feature, once there, stays)
    for feature in ("free-threaded", "abi3t"):
        assert targets.VERSIONS[targets.VERSIONS.index(targets.since(feature)):] == \
            [c.version for c in targets.CPYTHON if feature in c.features]
    for versions in (targets.PYPY_VERSIONS, targets.GRAALPY_VERSIONS):
        assert versions == sorted(set(versions))
    assert all(a.provisioned for a in targets.GRAALPY)
    assert all(p.os in ("linux", "windows", "macos") for p in targets.PLATFORMS)
    assert all(p.checked in ("host", "foreign", "windows", "macos") for p in targets.PLATFORMS)


def test_the_config_tool_reads_the_same_targets():
    tool = config_tool()
    assert tool.CPYTHON_VERSIONS == tuple(targets.VERSIONS)
    assert (tool.MIN_VERSION, tool.MAX_VERSION) == (targets.OLDEST, targets.NEWEST)
    assert tool.MIN_FLOOR == targets.FLOORS[0]
    assert tool.FREE_THREADED_SINCE == targets.FREE_THREADED_SINCE
    assert tool.ABI3T_SINCE == targets.ABI3T_SINCE
    assert tool.PYPY_VERSIONS == tuple(targets.PYPY_VERSIONS)
    assert tool.GRAALPY_VERSIONS == tuple(targets.GRAALPY_VERSIONS)


def test_the_config_tool_refuses_what_the_table_does_not_list():
    newest, after = targets.NEWEST, (targets.NEWEST[0], targets.NEWEST[1] + 1)
    ok = subprocess.run([sys.executable, str(TOOL), "--abi3", targets.dotted(newest), "--cflags"],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "-DPy_LIMITED_API=" + targets.hex_of(newest) in ok.stdout
    bad = subprocess.run([sys.executable, str(TOOL), "--abi3", targets.dotted(after)],
                         capture_output=True, text=True)
    assert bad.returncode == 2, bad.stderr
    assert "CPython %s is not supported" % targets.dotted(after) in bad.stderr
