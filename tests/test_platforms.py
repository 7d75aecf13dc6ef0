"""py3ffi on the other Linux platforms wheels ship for: Debian's own CPython for i386, armhf (32
bits; 3.9's 15-bit long digits), arm64, s390x (big-endian) and ppc64el, provisioned by
tools/provision/foreign.sh and run under qemu (i386 natively). For each: py3ffi's declarations
against that platform's real headers and exported symbols (tools/conformance, the cross
compiler's view); string_sum cross-built with CMake and a toolchain file, from a config the
config tool wrote by asking the interpreter (through its emulator), from a hand-written one and
from the sysroot's _sysconfigdata; refprobe everywhere, families and fastjson on a 32-bit and
the big-endian target. The conformance tests cover the Windows interpreters too (their modules
run in tests/test_windows.py). What runs where: docs/platforms.md."""
import subprocess
import sys

import pytest
import targets  # (tools/lib: conftest.py puts it on the path)
from matrix import BUILD, CACHE, TOP, config_file, run_script

sys.path.insert(0, str(TOP / "tools" / "lib"))
import headers  # noqa: E402

TABLE = CACHE / "foreign.tsv"
FOREIGN = headers.rows(str(TABLE)) if TABLE.exists() else []
# The Windows interpreters (tools/provision/windows.sh; their modules: tests/test_windows.py)
# are checked here too: their headers read for x86_64-w64-mingw32, their DLL's export table,
# and for the stable ABI the names of their python3.lib.
WINDOWS_TABLE = CACHE / "windows.tsv"
CHECKED = FOREIGN + (headers.rows(str(WINDOWS_TABLE)) if WINDOWS_TABLE.exists() else [])
# What foreign.sh provisions: every 32-bit platform with 3.9 (15-bit digits) and 3.13; i386
# also with 3.14 (its object header changed again).
EXPECTED = ["linux-i386-3.9", "linux-i386-3.13", "linux-i386-3.14", "linux-armhf-3.9", "linux-armhf-3.13",
            "linux-arm64-3.11", "linux-s390x-3.13", "linux-ppc64el-3.11"]
# The long suites (families, fastjson) on one 32-bit target with 15-bit digits and the
# big-endian one; the others run string_sum and refprobe.
LONG_SUITES = ["linux-i386-3.9", "linux-s390x-3.13"]
CHECK = [sys.executable, str(TOP / "tools" / "conformance" / "check.py")]
IDS = [i["name"] for i in FOREIGN]


def test_every_platform_is_provisioned():
    assert TABLE.exists(), f"{TABLE} is missing: tools/provision/foreign.sh did not run"
    assert [i["name"] for i in FOREIGN] == EXPECTED
    assert WINDOWS_TABLE.exists(), f"{WINDOWS_TABLE} is missing: tools/provision/windows.sh did not run"
    assert [i["name"] for i in CHECKED[len(FOREIGN):]] == ["windows-x64-3.12", "windows-x64-3.14"]
    # every platform of the targets table that runs here under qemu or wine has interpreters
    assert {"linux-" + i["arch"] for i in FOREIGN} == \
        {p.name for p in targets.PLATFORMS if p.checked == "foreign"}
    assert {i["name"].rsplit("-", 1)[0] for i in CHECKED[len(FOREIGN):]} == \
        {p.name for p in targets.PLATFORMS if p.checked == "windows"}


def toolchain(interp):
    return TOP / "tests" / "toolchains" / ("linux-%s.cmake" % interp["arch"])


def cross_build(source, name, interp, target, var, extra=()):
    """Configures and builds a CMake project for the platform with its toolchain file; the
    module takes `target` (a list) in the cache variable `var`."""
    build_dir = BUILD / "platforms" / name / interp["name"]
    build_dir.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(["cmake", "-S", str(source), "-B", str(build_dir), "-G", "Ninja",
                          "-DCMAKE_TOOLCHAIN_FILE=%s" % toolchain(interp),
                          "-D%s=%s" % (var, ";".join(target))] + list(extra),
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    out = subprocess.run(["cmake", "--build", str(build_dir), "-j", "2"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    return build_dir


def machine_of(module):
    """The ELF machine a built module is for, as readelf names it."""
    out = subprocess.run(["readelf", "-h", str(module)], capture_output=True, text=True, check=True).stdout
    return next(ln.split(":", 1)[1].strip() for ln in out.splitlines() if "Machine:" in ln)


MACHINES = {"i386": "Intel 80386", "armhf": "ARM", "arm64": "AArch64", "s390x": "IBM S/390",
            "ppc64el": "PowerPC64"}


@pytest.mark.parametrize("interp", CHECKED, ids=[i["name"] for i in CHECKED])
def test_declarations_match_the_platforms_headers_and_symbols(interp):
    """The full API, read as the platform's compiler reads its headers (its pyconfig.h: pointer
    size, long digits, byte order), and its library's exports."""
    out = subprocess.run(CHECK + [interp["name"], "full"], capture_output=True, text=True)
    print(out.stdout)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"conformance {interp['name']} full: checked functions=" in out.stdout


@pytest.mark.parametrize("mode", ["limited", "limited3.7"])
@pytest.mark.parametrize("interp", CHECKED, ids=[i["name"] for i in CHECKED])
def test_limited_declarations_match_the_platforms_headers(interp, mode):
    """The stable ABI at the interpreter's version and at floor 3.7, on the platform."""
    out = subprocess.run(CHECK + [interp["name"], mode], capture_output=True, text=True)
    print(out.stdout)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"conformance {interp['name']} {mode}: checked functions=" in out.stdout


@pytest.mark.parametrize("interp", FOREIGN, ids=IDS)
def test_string_sum_from_a_hand_written_config_runs_there(interp):
    """A cross build that runs no interpreter: the config file says the platform."""
    build = cross_build(TOP / "examples" / "string_sum", "string_sum-file", interp,
                        ["CONFIG_FILE", str(config_file(interp))], "STRING_SUM_TARGET")
    module = build / ("string_sum" + interp["ext_suffix"])
    assert machine_of(module).startswith(MACHINES[interp["arch"]]), machine_of(module)
    run_script(interp, TOP / "examples" / "string_sum" / "test_string_sum.py", build, interp["ext_suffix"])


@pytest.mark.parametrize("interp", FOREIGN, ids=IDS)
def test_string_sum_from_the_interpreters_own_answer_runs_there(interp):
    """CMake asks the target interpreter (PYTHON) through CMAKE_CROSSCOMPILING_EMULATOR."""
    build = cross_build(TOP / "examples" / "string_sum", "string_sum-asked", interp,
                        ["PYTHON", interp["executable"]], "STRING_SUM_TARGET",
                        ["-DCMAKE_CROSSCOMPILING_EMULATOR=" + interp["runner"].replace(" ", ";")])
    cfg = (build / "py3ffi" / "cfg_string_sum.cmake").read_text()
    assert "PY3FFI_TARGET_POINTER_WIDTH=%s" % interp["pointer_bits"] in cfg, cfg
    run_script(interp, TOP / "examples" / "string_sum" / "test_string_sum.py", build, interp["ext_suffix"])


@pytest.mark.parametrize("interp", FOREIGN, ids=IDS)
def test_the_sysroots_sysconfigdata_says_what_the_interpreter_says(interp):
    """--cross-lib-dir reads the target's _sysconfigdata_*.py as data (pyo3's
    PYO3_CROSS_LIB_DIR) and agrees with the interpreter asked through its emulator."""
    tool = [sys.executable, str(TOP / "python" / "py3ffi" / "config.py")]
    lib = "%s/usr/lib/python%s" % (interp["root"], ".".join(interp["version"].split(".")[:2]))
    read = subprocess.run(tool + ["--cross-lib-dir", lib, "--print"], capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    asked = subprocess.run(tool + ["--python", interp["executable"], "--runner", interp["runner"], "--print"],
                           capture_output=True, text=True)
    assert asked.returncode == 0, asked.stderr

    def keys(text):
        cfg = dict(ln.split("=", 1) for ln in text.splitlines() if "=" in ln and not ln.startswith("#"))
        return {k: cfg.get(k) for k in ("implementation", "version", "debug", "gil_disabled",
                                        "ext_suffix", "pointer_width", "byte_order", "os", "lib_name")}
    assert keys(read.stdout) == keys(asked.stdout)
    assert keys(asked.stdout)["pointer_width"] == interp["pointer_bits"]
    assert keys(asked.stdout)["byte_order"] == interp["byteorder"]


@pytest.mark.parametrize("interp", FOREIGN, ids=IDS)
def test_refprobe_runs_there(interp):
    build = cross_build(TOP / "tests" / "refprobe", "refprobe", interp,
                        ["CONFIG_FILE", str(config_file(interp))], "REFPROBE_TARGET")
    run_script(interp, TOP / "tests" / "refprobe" / "refprobe_checks.py", build, interp["ext_suffix"])


def long_suite_target(name):
    row = next((i for i in FOREIGN if i["name"] == name), None)
    if row is None:
        pytest.fail(f"{name} is not provisioned (tools/provision/foreign.sh)")
    return row


@pytest.mark.parametrize("name", LONG_SUITES)
def test_families_run_there(name):
    interp = long_suite_target(name)
    build = cross_build(TOP / "tests" / "families", "families", interp,
                        ["CONFIG_FILE", str(config_file(interp))], "FAMILIES_TARGET")
    text = run_script(interp, TOP / "tests" / "families" / "families_checks.py", build, interp["ext_suffix"])
    assert "\nOK" in text, text


@pytest.mark.parametrize("name", LONG_SUITES)
def test_fastjson_runs_there(name):
    interp = long_suite_target(name)
    build = cross_build(TOP / "examples" / "fastjson", "fastjson", interp,
                        ["CONFIG_FILE", str(config_file(interp))], "FASTJSON_TARGET")
    run_script(interp, TOP / "examples" / "fastjson" / "test_fastjson.py", build, interp["ext_suffix"])



REFUSED = [  # (compiler, the config's wrong key, its value, words the #error must say)
    ("i686-linux-gnu-g++", "pointer_width", "64", ["pointer_width", "is 64 (not 32)", "32-bit pointers"]),
    ("s390x-linux-gnu-g++", "byte_order", "little", ["byte_order", "is little", "big-endian"]),
    ("aarch64-linux-gnu-g++", "os", "windows", ["os=windows", "targets Linux"]),
]


@pytest.mark.parametrize("compiler,key,value,words", REFUSED, ids=[r[1] for r in REFUSED])
def test_a_config_for_another_platform_does_not_compile(tmp_path, compiler, key, value, words):
    """The config tool's definitions for another platform than the cross compiler's: an #error
    naming the key, the configuration's value and the compiler's."""
    cfg = tmp_path / "wrong.cfg"
    suffix = ".cp313-win_amd64.pyd" if value == "windows" else ".so"  # (a .pyd is Windows', only)
    cfg.write_text("implementation=CPython\nversion=3.13\next_suffix=%s\n%s=%s\n" % (suffix, key, value))
    flags = subprocess.run([sys.executable, str(TOP / "python" / "py3ffi" / "config.py"), "--config-file", cfg,
                            "--cflags"], capture_output=True, text=True, check=True).stdout.split()
    out = subprocess.run([compiler, "-std=c++17", "-fsyntax-only", "-I", str(TOP / "include")] + flags +
                         [str(TOP / "examples" / "string_sum" / "string_sum.cpp")], capture_output=True, text=True)
    assert out.returncode != 0
    for w in words:
        assert w in out.stderr, (w, out.stderr)
