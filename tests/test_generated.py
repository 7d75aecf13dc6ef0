"""The generated declarations are what the generator makes from the real headers and the
manifest today: nobody edited a generated region by hand, nothing is stale."""
import filecmp
import os
import shutil
import subprocess
import sys

import pytest
from matrix import TOP


@pytest.mark.quick
def test_stable_abi_table_is_derived_from_the_manifest():
    out = subprocess.run([sys.executable, str(TOP / "tools/stable_abi/make_table.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_generated_regions_are_up_to_date(tmp_path):
    scan = subprocess.run([sys.executable, str(TOP / "tools/gen/scan.py")], capture_output=True, text=True)
    assert scan.returncode == 0, scan.stdout + scan.stderr
    copy = tmp_path / "include"
    shutil.copytree(TOP / "include", copy)
    gen = subprocess.run([sys.executable, str(TOP / "tools/gen/generate.py"), "--strict"],
                         capture_output=True, text=True, env=dict(os.environ, PY3FFI_INCLUDE=str(copy)))
    assert gen.returncode == 0, gen.stdout + gen.stderr
    print(gen.stdout)
    cmp = filecmp.dircmp(TOP / "include", copy)
    stale = []

    def walk(c, prefix=""):
        stale.extend(prefix + f for f in c.diff_files + c.left_only + c.right_only)
        for name, sub in c.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(cmp)
    assert not stale, f"regenerate (tools/gen/generate.py): {stale}"
