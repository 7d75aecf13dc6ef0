"""examples/embed: a C++ program that starts the interpreter with PyConfig, runs Python code,
calls a function and reads its result back through py3ffi, linked against each interpreter's
libpython (py3ffi_embed_config, and py3ffi::embed for the interpreter found at configure time)."""
import os
import subprocess

import pytest
from matrix import BUILD, TOP, interpreters, version_tuple

EXAMPLE = TOP / "examples" / "embed"
# Programs run on the host: the host's and pyenv's interpreters with a shared libpython and
# PyConfig (3.8+). (The chroot's would have to run inside it.)
HOSTED = [i for i in interpreters() if i["runner"] == "-" and i["impl"] == "CPython"
          and version_tuple(i) >= (3, 8) and i["symbols"].endswith((".so.1.0", ".so"))]


def build_and_run(build, defines):
    r = subprocess.run(["cmake", "-S", str(EXAMPLE), "-B", str(build)] + defines, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    r = subprocess.run(["cmake", "--build", str(build)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run([str(build / "embed")], capture_output=True, text=True, env=env)


@pytest.mark.parametrize("interp", HOSTED, ids=[i["name"] for i in HOSTED])
def test_embedding_with_pyconfig(interp):
    out = build_and_run(BUILD / "embed" / interp["name"], ["-DEMBED_PYTHON=" + interp["executable"]])
    assert out.returncode == 0, out.stdout + out.stderr
    minor = ".".join(interp["version"].split(".")[:2])
    assert out.stdout.strip() == "6 * 7 = 42 on Python %s" % minor


def test_py3ffi_embed_target_follows_py3ffi_python():
    assert len(HOSTED) >= 2, "embedding must be shown on at least two versions"
    interp = HOSTED[0]
    out = build_and_run(BUILD / "embed" / "target", ["-DPY3FFI_PYTHON=" + interp["executable"]])
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().endswith("on Python " + ".".join(interp["version"].split(".")[:2]))
