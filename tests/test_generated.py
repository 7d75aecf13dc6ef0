"""The generated declarations are what the generator makes from the committed scan data and the
manifest: nobody edited a generated region by hand, nothing is stale; and the committed scan
data is what the real headers say today."""
import filecmp
import os
import shutil
import subprocess
import sys

import pytest
from matrix import HAVE_MATRIX, NO_MATRIX, TOP


@pytest.mark.quick
def test_stable_abi_table_is_derived_from_the_manifest():
    out = subprocess.run([sys.executable, str(TOP / "tools/stable_abi/make_table.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def differences(a, b):
    """The files that differ between two directory trees, or exist in one only."""
    out = []

    def walk(c, prefix=""):
        out.extend(prefix + f for f in c.diff_files + c.left_only + c.right_only)
        for name, sub in c.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(a, b))
    return out


@pytest.mark.quick
def test_generated_regions_are_up_to_date(tmp_path):
    # (from data/scan alone: no interpreter needed)
    copy = tmp_path / "include"
    shutil.copytree(TOP / "include", copy)
    gen = subprocess.run([sys.executable, str(TOP / "tools/gen/generate.py"), "--strict"],
                         capture_output=True, text=True,
                         env=dict(os.environ, PY3FFI_INCLUDE=str(copy)))
    assert gen.returncode == 0, gen.stdout + gen.stderr
    print(gen.stdout)
    stale = differences(TOP / "include", copy)
    assert not stale, f"regenerate (tools/gen/generate.py): {stale}"


def test_committed_scan_data_is_what_the_headers_say(tmp_path):
    if not HAVE_MATRIX:
        pytest.skip(NO_MATRIX)
    fresh = tmp_path / "scan"
    scan = subprocess.run([sys.executable, str(TOP / "tools/gen/scan.py"), "--out", str(fresh)],
                          capture_output=True, text=True)
    assert scan.returncode == 0, scan.stdout + scan.stderr
    stale = differences(TOP / "data" / "scan", fresh)
    assert not stale, f"refresh the scan data (tools/gen/scan.py): {stale}"
