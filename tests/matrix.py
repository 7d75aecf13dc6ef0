"""The interpreter matrix (written by tools/provision/interpreters.sh) and how to build a module
for one of its interpreters and run a test script under it."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOP / "tools" / "lib"))
import headers  # noqa: E402  (the one reader of the interpreter table)
import targets  # noqa: E402  (the one reader of the targets table)

CACHE = Path(os.environ.get("PY3FFI_CACHE", "/var/cache/py3ffi"))
BUILD = TOP / "build" / "tests"
TABLE = CACHE / "interpreters.tsv"
# The quick tier runs without the matrix; conftest.py then skips, by name, every test that needs it.
HAVE_MATRIX = TABLE.exists()
NO_MATRIX = "no interpreter matrix (%s): run tools/test.sh, the full tier, which provisions it" % TABLE


def interpreters():
    return headers.rows(str(TABLE)) if HAVE_MATRIX else []


def params(cases, ids=None, quick=lambda case: False):
    """Each case of a test as one pytest parameter (each failure reported by name), those that
    quick(case) accepts also in the quick tier."""
    return [pytest.param(*(c if isinstance(c, tuple) else (c,)), id=None if ids is None else ids[i],
                         marks=pytest.mark.quick if quick(c) else ())
            for i, c in enumerate(cases)]


TARGETS = ("CPython", "PyPy", "GraalPy")


def targeted_or_skip(interp):
    """py3ffi targets CPython, PyPy and GraalPy; a row of any other implementation is skipped."""
    if interp["impl"] not in TARGETS:
        pytest.skip(f"{interp['name']}: {interp['impl']} targets are not supported by py3ffi")


def cpython_or_skip(interp):
    """For stable-ABI builds: CPython's alone (PyPy and GraalPy load only modules built for their
    own version)."""
    if interp["impl"] in ("PyPy", "GraalPy"):
        pytest.skip(f"{interp['name']}: {interp['impl']} has no stable ABI (abi3): it loads only modules "
                    "built for its own version, which the version-specific tests build")
    if interp["impl"] != "CPython":
        pytest.skip(f"{interp['name']}: {interp['impl']} has no stable ABI (abi3), and py3ffi does not "
                    "target it")


def version_tuple(interp):
    return tuple(int(x) for x in interp["version"].split(".")[:2])


def cmake_module(source_dir, build_dir, target_args, var="STRING_SUM_TARGET"):
    """Configures and builds a CMake project whose module takes `target_args` (a list) in the
    cache variable `var`."""
    build_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cmake", "-S", str(source_dir), "-B", str(build_dir), "-G", "Ninja",
                    "-D%s=%s" % (var, ";".join(target_args))],
                   check=True, capture_output=True, text=True)
    out = subprocess.run(["cmake", "--build", str(build_dir)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    return build_dir


def config_file(interp, **extra):
    """A py3ffi config file for the interpreter, written from the interpreter table: the build
    that uses it runs no interpreter and reads no Python header (a cross build)."""
    path = BUILD / "configs" / (interp["name"] + "".join("-%s" % k for k in sorted(extra)) + ".cfg")
    path.parent.mkdir(parents=True, exist_ok=True)
    keys = {"implementation": interp["impl"], "version": ".".join(interp["version"].split(".")[:2]),
            "version_hex": interp["hexversion"], "debug": "yes" if interp["debug"] == "1" else "no",
            "gil_disabled": "yes" if interp["gil_disabled"] == "1" else "no",
            "ext_suffix": interp["ext_suffix"], "pointer_width": interp["pointer_bits"],
            "byte_order": interp["byteorder"],
            "os": {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(interp["platform"], "other")}
    keys.update(extra)
    path.write_text("".join("%s=%s\n" % kv for kv in keys.items()))
    return path


def target_args(interp):
    return ["CONFIG_FILE", str(config_file(interp))]


def run_script(interp, script, module_dir, expect_suffix):
    """Runs `script` under the interpreter with module_dir first on sys.path; asserts that the
    module it imports was loaded from a file ending in expect_suffix (Debian's debug
    interpreters also load release builds)."""
    runner = runner_of(interp)
    env = dict(os.environ, PYTHONPATH=str(module_dir))
    out = subprocess.run(runner + [interp["executable"], str(script)], capture_output=True, text=True,
                         env=env, cwd=str(module_dir))
    text = out.stdout + out.stderr
    assert out.returncode == 0, f"{interp['name']}: {text}"
    loaded = [line for line in text.splitlines() if "loaded from" in line]
    assert loaded and loaded[0].split()[3].endswith(expect_suffix), text
    return text


def runner_of(interp):
    """The command prefix that runs the interpreter: nothing, a chroot (its mounts made here),
    or another platform's emulator."""
    runner = [] if interp["runner"] == "-" else interp["runner"].split()
    if runner[:1] == ["chroot"]:
        subprocess.run(["bash", str(TOP / "tools/provision/chroot-mounts.sh"), interp["root"], str(TOP)],
                       check=True)
    return runner


def abi3_loads(interp):
    """Whether an abi3 module can work in the interpreter: not in a free-threaded one before
    3.15 (abi3t), where py3ffi's check_interpreter refuses it with an ImportError."""
    return not (interp["gil_disabled"] == "1" and version_tuple(interp) < targets.ABI3T_SINCE)


def import_error(interp, module, module_dir):
    """Imports `module` from module_dir under the interpreter, expecting an ImportError:
    returns its message."""
    runner = runner_of(interp)
    code = ("try:\n import %s\nexcept ImportError as e:\n print('ImportError:', e)\n"
            "else:\n print('imported')" % module)
    out = subprocess.run(runner + [interp["executable"], "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(module_dir)), cwd=str(module_dir))
    assert out.returncode == 0 and out.stdout.startswith("ImportError: "), out.stdout + out.stderr
    return out.stdout


# The two compilers the headers are tested with; the quick tier takes GCC alone (a new machine
# has it; the full run provisions Clang 19).
COMPILERS = params(["g++", "clang++-19"], quick=lambda c: c == "g++")


def interp_id(interp):
    """A test id naming the interpreter (pytest also asks with no value for an empty matrix)."""
    return interp["name"] if isinstance(interp, dict) else "none"
