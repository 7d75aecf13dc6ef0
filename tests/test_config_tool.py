"""The config tool (python/py3ffi/config.py): what it finds out from every interpreter of the
matrix, what it derives with no interpreter, and a one-line error with a non-zero exit for
each kind of bad input."""
import os
import subprocess
import sys

import pytest
from matrix import TOP, interp_id, interpreters, version_tuple

TOOL = TOP / "python" / "py3ffi" / "config.py"
ALL = interpreters()


def run_tool(*args, python=sys.executable, env=None, runner=()):
    return subprocess.run(list(runner) + [python, str(TOOL)] + [str(a) for a in args],
                          capture_output=True, text=True, env=env)


def parse(text):
    return dict(line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))


@pytest.mark.parametrize("interp", ALL, ids=[i["name"] for i in ALL])
def test_the_tool_describes_each_interpreter_as_it_is(interp):
    """Run by the interpreter itself (in the chroot for Debian sid's), asked about itself."""
    runner = [] if interp["runner"] == "-" else interp["runner"].split()
    if runner:
        subprocess.run(["bash", str(TOP / "tools/provision/chroot-mounts.sh"), interp["root"], str(TOP)],
                       check=True)
    out = run_tool("--python", interp["executable"], "--print", python=interp["executable"], runner=runner)
    assert out.returncode == 0, out.stderr
    cfg = parse(out.stdout)
    assert cfg["implementation"] == interp["impl"]
    assert cfg["version"] == ".".join(interp["version"].split(".")[:2])
    assert cfg["version_hex"] == interp["hexversion"]
    assert cfg["debug"] == ("yes" if interp["debug"] == "1" else "no")
    assert cfg["gil_disabled"] == ("yes" if interp["gil_disabled"] == "1" else "no")
    assert cfg["ext_suffix"] == interp["ext_suffix"]
    assert cfg["pointer_width"] == interp["pointer_bits"]
    assert cfg["abi3"] == "no"


GRAALPY = [i for i in ALL if i["impl"] == "GraalPy"]


@pytest.mark.parametrize("interp", GRAALPY, ids=[i["name"] for i in GRAALPY])
def test_a_graalpy_config_selects_graalpy(interp, tmp_path):
    """What the tool writes for a GraalPy interpreter (asked above) configures a GraalPy build:
    PY3FFI_GRAALPY and the Python version, GraalPy's own module suffix, nothing to link."""
    out = run_tool("--python", interp["executable"], "--cflags", "--ext-suffix", "--print",
                   "--out-dir", tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("\n")
    assert lines[0] == ("-DPY3FFI_GRAALPY=1 -DPY3FFI_PYTHON_VERSION=%s -DPY3FFI_TARGET_POINTER_WIDTH=64 "
                        "-DPY3FFI_TARGET_BIG_ENDIAN=0 -DPY3FFI_TARGET_OS=PY3FFI_OS_LINUX" % interp["hexversion"])
    assert lines[1] == interp["ext_suffix"] and ".graalpy" in lines[1]
    cfg = parse("\n".join(lines[2:]))
    assert cfg["implementation"] == "GraalPy"
    assert "lib_name" not in cfg and "lib_dir" not in cfg, cfg  # (no libpython: the JVM embeds it)
    header = (tmp_path / "py3ffi_config.hpp").read_text()
    assert "#define PY3FFI_GRAALPY 1" in header and "Py_LIMITED_API" not in header
    again = run_tool("--config-file", tmp_path / "py3ffi.cfg", "--cflags")
    assert again.returncode == 0 and again.stdout.strip() == lines[0], again.stderr


@pytest.mark.quick
def test_abi3_needs_no_interpreter(tmp_path):
    """--abi3: everything derived; with PATH emptied, no interpreter could be found anyway."""
    env = {"PATH": str(tmp_path)}
    out = run_tool("--abi3", "3.10", "--cflags", "--ext-suffix", "--out-dir", tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["-DPy_LIMITED_API=0x030A0000", ".abi3.so"]
    header = (tmp_path / "py3ffi_config.hpp").read_text()
    assert "#define Py_LIMITED_API 0x030A0000" in header
    assert parse((tmp_path / "py3ffi.cfg").read_text())["abi3"] == "3.10"


@pytest.mark.quick
def test_abi3t_is_the_free_threaded_stable_abi_of_3_15():
    out = run_tool("--abi3", "3.15", "--abi3t", "--cflags", "--ext-suffix")
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["-DPy_TARGET_ABI3T=0x030F0000 -DPy_LIMITED_API=0x030F0000", ".abi3t.so"]
    bad = run_tool("--abi3", "3.14", "--abi3t")
    assert bad.returncode == 2 and "abi3t" in bad.stderr and "3.15" in bad.stderr


@pytest.mark.quick
def test_a_config_file_round_trips(tmp_path):
    """What --print writes, --config-file reads back to the same configuration."""
    first = run_tool("--python", sys.executable, "--print")
    assert first.returncode == 0, first.stderr
    f = tmp_path / "py3ffi.cfg"
    f.write_text(first.stdout)
    again = run_tool("--config-file", f, "--print")
    assert again.returncode == 0, again.stderr
    assert parse(again.stdout) == parse(first.stdout)
    env = dict(os.environ, PY3FFI_CONFIG_FILE=str(f))
    assert parse(run_tool("--print", env=env).stdout) == parse(first.stdout)


@pytest.mark.parametrize("interp", [i for i in ALL if i["name"].startswith("sid-python3.")
                                    and version_tuple(i) >= (3, 14)], ids=interp_id)
def test_build_details_json_agrees_with_the_interpreter(interp):
    """CPython 3.14+ ships a PEP 739 build-details.json (Debian: one per build flavour)."""
    lib = "%s/usr/lib/python%s" % (interp["root"], ".".join(interp["version"].split(".")[:2]))
    flavour = "d" if interp["debug"] == "1" else ""
    path = "%s/build-details.%s.x86_64-linux-gnu.json" % (lib, flavour)
    assert os.path.exists(path), path
    out = run_tool("--build-details", path, "--print")
    assert out.returncode == 0, out.stderr
    cfg = parse(out.stdout)
    assert (cfg["implementation"], cfg["version_hex"], cfg["debug"], cfg["ext_suffix"]) == (
        interp["impl"], interp["hexversion"], "yes" if interp["debug"] == "1" else "no", interp["ext_suffix"])


BAD_FILES = [
    # (config file text, what the one-line error must say)
    ("implementation=CPython\nversion=3.13\next_suffix=.so\nversoin=3.12\n", ":4: key 'versoin': unknown key"),
    ("implementation=CPython\nversion 3.13\n", ":2: expected key=value"),
    ("implementation=CPython\nversion=3.6\next_suffix=.so\n", ":2: key 'version': CPython 3.6 is not supported"),
    ("implementation=CPython\nversion=3.16\next_suffix=.so\n", ":2: key 'version': CPython 3.16 is not supported"),
    ("implementation=Jython\nversion=3.13\next_suffix=.so\n", ":1: key 'implementation': 'Jython' is not supported"),
    ("implementation=PyPy\nversion=3.11\nabi3=3.10\next_suffix=.so\n", ":3: key 'abi3': the stable ABI (abi3) is CPython's"),
    ("implementation=PyPy\nversion=3.8\next_suffix=.so\n", ":2: key 'version': PyPy 3.8 is not supported"),
    ("implementation=PyPy\nversion=3.10\next_suffix=.so\n", ":2: key 'version': PyPy 3.10 is not supported: py3ffi is checked against PyPy for 3.9 and 3.11"),
    ("implementation=PyPy\nversion=3.11\ndebug=yes\next_suffix=.so\n", ":3: key 'debug': PyPy has no debug or free-threaded build"),
    ("implementation=GraalPy\nversion=3.12\nabi3=3.10\next_suffix=.so\n", ":3: key 'abi3': the stable ABI (abi3) is CPython's; GraalPy has none"),
    ("implementation=GraalPy\nversion=3.10\next_suffix=.so\n", ":2: key 'version': GraalPy 3.10 is not supported: py3ffi is checked against GraalPy for 3.11 and 3.12 (no GraalPy for 3.10 was checked)"),
    ("implementation=GraalPy\nversion=3.13\next_suffix=.so\n", ":2: key 'version': GraalPy 3.13 is not supported: py3ffi is checked against GraalPy for 3.11 and 3.12"),
    ("implementation=GraalPy\nversion=3.12\ndebug=yes\next_suffix=.so\n", ":3: key 'debug': GraalPy has no debug or free-threaded build"),
    ("implementation=GraalPy\nversion=3.12\ngil_disabled=yes\next_suffix=.so\n", ":3: key 'gil_disabled': GraalPy has no debug or free-threaded build"),
    ("implementation=CPython\nversion=3.13\nversion=3.12\next_suffix=.so\n", ":3: key 'version': given twice"),
    ("implementation=CPython\nversion=3.13\ndebug=maybe\next_suffix=.so\n", ":3: key 'debug': 'maybe' is not yes or no"),
    ("implementation=CPython\nversion=3.12\ngil_disabled=yes\next_suffix=.so\n", ":3: key 'gil_disabled': free-threaded builds are 3.13"),
    ("implementation=CPython\nversion=3.12\nabi3=3.13\next_suffix=.so\n", ":3: key 'abi3': floor 3.13 must be between 3.7 and the target 3.12"),
    ("implementation=CPython\nversion=3.13\n", ": key 'ext_suffix': missing"),
]


@pytest.mark.quick
@pytest.mark.parametrize("text,message", BAD_FILES, ids=[m for _, m in BAD_FILES])
def test_a_bad_config_file_names_its_file_line_and_key(tmp_path, text, message):
    f = tmp_path / "bad.cfg"
    f.write_text(text)
    out = run_tool("--config-file", f, "--print")
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("py3ffi.config: error: %s" % f), out.stderr
    assert message in lines[0], lines[0]


@pytest.mark.quick
def test_no_interpreter_found(tmp_path):
    env = {"PATH": str(tmp_path)}  # nothing on PATH, no virtualenv, no PY3FFI_PYTHON
    out = run_tool("--print", env=env)
    assert out.returncode == 2
    assert out.stderr.startswith("py3ffi.config: error: no Python interpreter found"), out.stderr


@pytest.mark.quick
def test_an_interpreter_that_does_not_run(tmp_path):
    out = run_tool("--python", tmp_path / "python9")
    assert out.returncode == 2 and "cannot run the interpreter" in out.stderr, out.stderr


def test_discovery_prefers_py3ffi_python_then_the_virtualenv(tmp_path):
    cpython = next(i for i in ALL if i["runner"] == "-" and i["impl"] == "CPython" and i["version"].startswith("3.8"))
    env = dict(os.environ, PY3FFI_PYTHON=cpython["executable"], VIRTUAL_ENV=sys.prefix)
    assert parse(run_tool("--print", env=env).stdout)["version"] == "3.8"
    env.pop("PY3FFI_PYTHON")
    assert parse(run_tool("--print", env=env).stdout)["version"] == "%d.%d" % sys.version_info[:2]


@pytest.mark.quick
def test_python_m_py3ffi_names_its_directories():
    env = dict(os.environ, PYTHONPATH=str(TOP / "python"))
    inc = subprocess.run([sys.executable, "-m", "py3ffi", "--include-dir"], capture_output=True, text=True, env=env)
    cm = subprocess.run([sys.executable, "-m", "py3ffi", "--cmake-dir"], capture_output=True, text=True, env=env)
    assert os.path.exists(os.path.join(inc.stdout.strip(), "py3ffi", "py3ffi.hpp"))
    assert os.path.exists(os.path.join(cm.stdout.strip(), "py3ffiConfig.cmake"))


@pytest.mark.quick
def test_the_generated_header_configures_a_build(tmp_path):
    """A build with no -D flags: py3ffi/config.hpp picks up py3ffi_config.hpp from the include path."""
    out = run_tool("--abi3", "3.9", "--out-dir", tmp_path)
    assert out.returncode == 0, out.stderr
    src = tmp_path / "t.cpp"
    src.write_text("#include <py3ffi/py3ffi.hpp>\nstatic_assert(PY3FFI_LIMITED == 0x03090000, \"floor\");\n"
                   "static_assert(py3ffi::PY_VERSION_HEX == 0x03090000, \"target\");\nint main() {}\n")
    r = subprocess.run(["g++", "-std=c++17", "-fsyntax-only", "-I", str(TOP / "include"), "-I", str(tmp_path), str(src)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
