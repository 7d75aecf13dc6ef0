"""Windows x64: modules cross-built with mingw-w64 (tests/toolchains/windows-x64.cmake) import and
work in Windows CPython 3.12 and 3.14 run under wine (tools/provision/windows.sh writes their
table, windows.tsv), built from the config the Windows interpreter writes, from a hand-written
config, and for the stable ABI (through the python3.dll the provisioning builds). They import
every function and datum of the interpreter from its DLL (dllimport: the module's
&PyObject_GenericGetAttr is the interpreter's), free-threaded builds read the thread id where
CPython does (the TEB), and every header compiles warning-free for Windows. The long suites,
tests/families and examples/fastjson, pass on the newest Windows CPython."""
import os
import re
import shutil
import subprocess
import sys

import pytest
from matrix import BUILD, CACHE, TOP, headers

TABLE = CACHE / "windows.tsv"
TOOLCHAIN = TOP / "tests" / "toolchains" / "windows-x64.cmake"
TOOL = TOP / "python" / "py3ffi" / "config.py"
OBJDUMP = "x86_64-w64-mingw32-objdump"
MINGW = "x86_64-w64-mingw32-g++-posix"
WIN = BUILD / "windows"
WINDOWS = headers.rows(str(TABLE)) if TABLE.exists() else []
NO_TABLE = "no Windows interpreter table (%s): run tools/provision/windows.sh" % TABLE
# (a placeholder that skips, naming why, when the table is missing)
TARGETS = WINDOWS or [None]
IDS = [i["name"] for i in WINDOWS] or ["no-table"]


def needs_mingw():
    if not shutil.which(MINGW) or not shutil.which(OBJDUMP):
        pytest.skip("mingw-w64 is not installed (%s, %s): run tools/provision/windows.sh" % (MINGW, OBJDUMP))


def needs(interp):
    if interp is None:
        pytest.skip(NO_TABLE)
    needs_mingw()
    return interp


def minor(interp):
    return tuple(int(x) for x in interp["version"].split(".")[:2])


def prefix(interp):
    return os.path.dirname(interp["executable"])


def runner_env(interp):
    """The environment the runner (env WINEPREFIX=... WINEDEBUG=-all wine) sets, for commands
    that start wine themselves (CMake's emulator)."""
    words = interp["runner"].split()
    env = dict(os.environ)
    if words and words[0] == "env":
        env.update(w.split("=", 1) for w in words[1:] if "=" in w)
    return env


def run_windows(interp, args, module_dir=None):
    """Runs the Windows interpreter under wine. (Wine 8 gives these CPythons no usable regular
    file for stdin, stdout or stderr: /dev/null and pipes it is.)"""
    env = dict(os.environ)
    if module_dir is not None:
        env["PYTHONPATH"] = str(module_dir)
    WIN.mkdir(parents=True, exist_ok=True)
    return subprocess.run(interp["runner"].split() + [interp["executable"]] + [str(a) for a in args],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env,
                          cwd=str(module_dir or WIN))


def cmake_windows(source, build, target, var, env=None, extra=()):
    """Configures (with the toolchain, and `extra` arguments) and builds a CMake project whose
    module takes `target` (a list) in the cache variable `var`; returns the build directory."""
    build.mkdir(parents=True, exist_ok=True)
    conf = subprocess.run(["cmake", "-S", str(source), "-B", str(build), "-G", "Ninja",
                           "-DCMAKE_TOOLCHAIN_FILE=%s" % TOOLCHAIN, "-D%s=%s" % (var, ";".join(map(str, target)))]
                          + list(extra), stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env)
    assert conf.returncode == 0, conf.stdout + conf.stderr
    out = subprocess.run(["cmake", "--build", str(build), "-j", "2"], stdin=subprocess.DEVNULL, capture_output=True,
                         text=True, env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    return build


def run_script(interp, script, module_dir, module_file, *args):
    """Runs `script` (with `args`) under the Windows interpreter with module_dir on sys.path;
    asserts that the module it imports was loaded from module_file."""
    out = run_windows(interp, [script] + list(args), module_dir)
    text = out.stdout + out.stderr
    assert out.returncode == 0, "%s: %s" % (interp["name"], text)
    loaded = [line for line in text.splitlines() if "loaded from" in line]
    assert loaded and loaded[0].split()[3].endswith("\\" + module_file), text
    return text


def hand_written_config(interp, **extra):
    """A config file for the interpreter written without running it (a cross build): from the
    interpreter table, lib_dir its <prefix>/libs."""
    keys = {"implementation": interp["impl"], "version": "%d.%d" % minor(interp),
            "ext_suffix": interp["ext_suffix"], "os": "windows", "lib_dir": prefix(interp) + "/libs"}
    keys.update(extra)
    path = WIN / "configs" / ("%s%s.cfg" % (interp["name"], "".join("-%s" % k for k in sorted(extra))))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join("%s=%s\n" % kv for kv in keys.items()))
    return path


def imports(pyd):
    """The import table of a PE file: DLL name -> the names imported from it."""
    out = subprocess.run([OBJDUMP, "-p", str(pyd)], capture_output=True, text=True, check=True).stdout
    table, dll = {}, None
    for line in out.splitlines():
        m = re.match(r"\s*DLL Name: (\S+)", line)
        if m:
            dll = m.group(1)
            table[dll] = set()
            continue
        m = re.match(r"\s+[0-9a-f]+\s+\d+\s+(\S+)$", line)
        if dll and m:
            table[dll].add(m.group(1))
        elif not line.strip():
            dll = None
    return table


def exports(dll):
    import pe  # (tools/lib: matrix.py puts it on the path)
    return pe.exports(dll, OBJDUMP)


def check_python_imports(pyd, dll, exporter):
    """Every name of Python's the module imports comes from `dll`'s import table, and that DLL
    (`exporter`, the file) exports it; no other DLL gives it any."""
    table = imports(pyd)
    python = {n for names in table.values() for n in names if n.startswith(("Py", "_Py"))}
    assert python, table
    elsewhere = {d: sorted(n for n in names if n.startswith(("Py", "_Py")))
                 for d, names in table.items() if d.lower() != dll.lower()}
    assert not any(elsewhere.values()), elsewhere
    assert {d.lower() for d in table} >= {dll.lower()}, table
    assert python == table[next(d for d in table if d.lower() == dll.lower())]
    missing = sorted(python - exports(exporter))
    assert not missing, (exporter, missing)
    return python


# ---- string_sum -----------------------------------------------------------------------------

STRING_SUM = TOP / "examples" / "string_sum"
STRING_SUM_CHECKS = STRING_SUM / "test_string_sum.py"


@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_string_sum_from_the_config_the_windows_interpreter_writes(interp):
    """The config tool run by the Windows interpreter under wine describes it (lib_dir as the
    build machine sees it); that file builds string_sum, which imports and passes its tests."""
    needs(interp)
    out = run_windows(interp, [TOOL, "--python", interp["executable"], "--print"])
    assert out.returncode == 0, out.stdout + out.stderr
    cfg = dict(ln.split("=", 1) for ln in out.stdout.splitlines() if ln and not ln.startswith("#"))
    lib = "python%d%d" % minor(interp)
    assert (cfg["os"], cfg["ext_suffix"], cfg["shared"], cfg["lib_name"]) == \
        ("windows", interp["ext_suffix"], "yes", lib), cfg
    assert cfg["lib_dir"] == prefix(interp) + "/libs" and os.path.isfile(cfg["lib_dir"] + "/%s.lib" % lib), cfg
    path = WIN / "configs" / ("%s-from-tool.cfg" % interp["name"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(out.stdout)
    build = cmake_windows(STRING_SUM, WIN / "string_sum" / ("%s-tool" % interp["name"]), ["CONFIG_FILE", path],
                          "STRING_SUM_TARGET")
    pyd = "string_sum" + interp["ext_suffix"]
    run_script(interp, STRING_SUM_CHECKS, build, pyd)
    check_python_imports(build / pyd, lib + ".dll", interp["symbols"])


@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_string_sum_from_a_hand_written_config(interp):
    """A cross build: a config file written by hand (no interpreter runs, no Python header is
    read), with os=windows and lib_dir."""
    needs(interp)
    build = cmake_windows(STRING_SUM, WIN / "string_sum" / ("%s-hand" % interp["name"]),
                          ["CONFIG_FILE", hand_written_config(interp)], "STRING_SUM_TARGET")
    pyd = "string_sum" + interp["ext_suffix"]
    run_script(interp, STRING_SUM_CHECKS, build, pyd)
    check_python_imports(build / pyd, "python%d%d.dll" % minor(interp), interp["symbols"])


def python3_dll(interp):
    return os.path.join(prefix(interp), "python3.dll")


@pytest.fixture(scope="module")
def abi3_string_sum():
    """ABI3 3.10 with PYTHON <the oldest Windows python.exe>: CMake runs the config tool under
    it through the toolchain's emulator (wine), which finds its python3.lib."""
    if not WINDOWS:
        pytest.skip(NO_TABLE)
    needs_mingw()
    oldest = min(WINDOWS, key=minor)
    build = cmake_windows(STRING_SUM, WIN / "string_sum" / "abi3-3.10",
                          ["ABI3", "3.10", "PYTHON", oldest["executable"]], "STRING_SUM_TARGET",
                          env=runner_env(oldest))
    return build, oldest


@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_one_abi3_string_sum_runs_through_python3_dll(interp, abi3_string_sum):
    """One .pyd for the stable ABI (floor 3.10) imports only python3.dll, which forwards each
    name to the interpreter's DLL, and works in every Windows CPython."""
    needs(interp)
    build, _ = abi3_string_sum
    names = check_python_imports(build / "string_sum.pyd", "python3.dll", python3_dll(interp))
    from capi import load_manifest  # (tools/lib, put on the path by matrix.py)
    man = load_manifest()
    assert all(n in man and man[n]["added"] <= (3, 10) for n in names), sorted(
        n for n in names if n not in man or man[n]["added"] > (3, 10))
    run_script(interp, STRING_SUM_CHECKS, build, "string_sum.pyd")


# ---- dllimport --------------------------------------------------------------------------------

DLLIMPORT = TOP / "tests" / "windows" / "dllimport"


def check_dllimport_probe(interp, build, pyd, dll, exporter):
    names = check_python_imports(build / pyd, dll, exporter)
    # the function whose address is compared, and the call bound to the _SizeT symbol before 3.13
    parse = "_PyArg_ParseTuple_SizeT" if minor(interp) < (3, 13) or dll == "python3.dll" else "PyArg_ParseTuple"
    assert {"PyObject_GenericGetAttr", "PyBaseObject_Type", parse} <= names, sorted(names)
    out = run_windows(interp, [DLLIMPORT / "dllimport_checks.py"], build)
    assert out.returncode == 0 and out.stdout.splitlines()[-1] == "ok", out.stdout + out.stderr
    assert out.stdout.split()[3].endswith("\\" + pyd), out.stdout


@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_the_interpreters_functions_are_its_own_in_a_module(interp):
    """PyBaseObject_Type.tp_getattro == PyObject_GenericGetAttr in a module built with py3ffi,
    as with Python.h (and not with a declaration lacking dllimport, the control); "s#" through
    the assembler label of the _SizeT symbol. Built with PYTHON <python.exe> (the config tool
    under wine, CMake's emulator)."""
    needs(interp)
    build = cmake_windows(DLLIMPORT, WIN / "dllimport" / interp["name"], ["PYTHON", interp["executable"]],
                          "PROBE_TARGET", env=runner_env(interp))
    check_dllimport_probe(interp, build, "dllimport_probe" + interp["ext_suffix"],
                          "python%d%d.dll" % minor(interp), interp["symbols"])


@pytest.fixture(scope="module")
def abi3_dllimport_probe():
    """The stable-ABI build (floor 3.10) from a hand-written config: abi3=3.10, os=windows."""
    if not WINDOWS:
        pytest.skip(NO_TABLE)
    needs_mingw()
    oldest = min(WINDOWS, key=minor)
    cfg = hand_written_config(oldest, abi3="3.10", version="3.10", ext_suffix=".pyd")
    return cmake_windows(DLLIMPORT, WIN / "dllimport" / "abi3-3.10", ["CONFIG_FILE", cfg], "PROBE_TARGET")


@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_the_interpreters_functions_are_its_own_in_an_abi3_module(interp, abi3_dllimport_probe):
    """The same through python3.dll's forwarders: the slot is python3XY.dll's function."""
    needs(interp)
    check_dllimport_probe(interp, abi3_dllimport_probe, "dllimport_probe.pyd", "python3.dll", python3_dll(interp))


# What py3ffi declares without dllimport for mingw-w64: the C runtime's getenv, as mingw-w64's
# stdlib.h declares it (cpython/pydebug.hpp; the runtime's _stricmp and _strnicmp it imports, as
# its string.h does: pystrcmp.hpp).
C_RUNTIME = {"getenv"}
DECLARATION_CONFIGS = [
    "PY3FFI_PYTHON_VERSION=0x03070000", "PY3FFI_PYTHON_VERSION=0x03080000 -DPy_DEBUG",
    "PY3FFI_PYTHON_VERSION=0x03090000", "PY3FFI_PYTHON_VERSION=0x030A0000", "PY3FFI_PYTHON_VERSION=0x030B0000",
    "PY3FFI_PYTHON_VERSION=0x030C0000", "PY3FFI_PYTHON_VERSION=0x030D0000 -DPy_GIL_DISABLED -DPy_DEBUG",
    "PY3FFI_PYTHON_VERSION=0x030E0000", "PY3FFI_PYTHON_VERSION=0x030F0000 -DPy_DEBUG",
    "PY3FFI_PYTHON_VERSION=0x030F0000 -DPy_GIL_DISABLED", "Py_LIMITED_API=0x03070000", "Py_LIMITED_API=0x030C0000",
    "Py_TARGET_ABI3T=0x030F0000", "PY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x03090000",
    "PY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x030B0000", "PY3FFI_GRAALPY -DPY3FFI_PYTHON_VERSION=0x030B0000",
    "PY3FFI_GRAALPY -DPY3FFI_PYTHON_VERSION=0x030C0000"]
EVERY_HEADER = "".join("#include <py3ffi/%s>\n" % h for h in
                       ("py3ffi.hpp", "compat.hpp", "datetime.hpp", "structmember.hpp", "frameobject.hpp"))


def undeclared_imports(define):
    """(names declared, names of functions and data py3ffi declares without dllimport when
    compiling for Windows), read with libclang."""
    import clang.cindex as ci
    import cscan
    tu = cscan.parse(EVERY_HEADER, ["--target=x86_64-w64-windows-gnu", "-I", str(TOP / "include")] +
                     ["-D" + d for d in define.split(" -D")], cxx=True)
    inc = str(TOP / "include" / "py3ffi")
    declared, plain = set(), set()

    def walk(cursor):
        for c in cursor.get_children():
            if c.kind in (ci.CursorKind.NAMESPACE, ci.CursorKind.LINKAGE_SPEC):
                walk(c)
            elif c.kind == ci.CursorKind.FUNCTION_DECL or (
                    c.kind == ci.CursorKind.VAR_DECL and c.storage_class == ci.StorageClass.EXTERN):
                if c.is_definition() or not c.location.file or \
                        not os.path.abspath(c.location.file.name).startswith(inc):
                    continue
                declared.add(c.spelling)
                if ci.CursorKind.DLLIMPORT_ATTR not in {a.kind for a in c.get_children()}:
                    plain.add(c.spelling)
    walk(tu.cursor)
    return declared, plain


def test_every_function_and_datum_of_the_interpreter_is_declared_dllimport():
    """Compiled for Windows, each function and datum py3ffi declares, in every configuration,
    carries dllimport, as CPython's PyAPI_FUNC/PyAPI_DATA do there; the C runtime's getenv is
    the only other."""
    needs_mingw()  # (libclang finds mingw-w64's headers through its compiler)
    plain_anywhere = set()
    for define in DECLARATION_CONFIGS:
        declared, plain = undeclared_imports(define)
        assert len(declared) > 600, (define, len(declared))
        assert plain <= C_RUNTIME, (define, sorted(plain - C_RUNTIME))
        plain_anywhere |= plain
    assert plain_anywhere == C_RUNTIME, plain_anywhere  # (each exception is still there)


def windows_only_names():
    """The manifest's names only Windows has (MS_WINDOWS, USE_STACKCHECK), which the Linux
    interpreters of the conformance check cannot confirm."""
    from capi import load_manifest
    return sorted(n for n, row in load_manifest().items()
                  if row["ifdef"] in ("MS_WINDOWS", "USE_STACKCHECK") and "abi_only" not in row["flags"])


def declared_types(source, args, cxx, names):
    """name -> type spelling of the functions and data of `names` a translation unit declares
    (in namespace py3ffi for C++), with C++'s noexcept dropped."""
    import clang.cindex as ci
    import cscan
    found = {}

    def walk(cursor, inside):
        for c in cursor.get_children():
            if c.kind == ci.CursorKind.NAMESPACE:
                walk(c, inside or c.spelling == "py3ffi")
            elif c.kind == ci.CursorKind.LINKAGE_SPEC:
                walk(c, inside)
            elif c.kind in (ci.CursorKind.FUNCTION_DECL, ci.CursorKind.VAR_DECL) and c.spelling in names \
                    and (inside or not cxx):
                found[c.spelling] = c.type.spelling.replace(" noexcept", "").replace("(void)", "()")
    walk(cscan.parse(source, ["--target=x86_64-w64-windows-gnu"] + args, cxx=cxx).cursor, False)
    return found


@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_windows_only_declarations_match_the_windows_headers_and_dll(interp):
    """The names only Windows has, as py3ffi declares them for Windows (full API and stable ABI
    at the interpreter's version; strict ISO and GNU modes, which differ in WIN32 and so in
    USE_STACKCHECK), against the interpreter's own Python.h read the same way: the same names,
    the same types; and its DLL exports each."""
    needs(interp)
    names = windows_only_names()
    dll_exports = exports(interp["symbols"])
    hexv = "0x%08X" % (int(interp["hexversion"], 16) & 0xFFFF0000)
    for mode in ("-DPY3FFI_PYTHON_VERSION=" + interp["hexversion"], "-DPy_LIMITED_API=" + hexv):
        limited = ["-DPy_LIMITED_API=" + hexv] if "LIMITED" in mode else []
        for c_std, cxx_std in (("-std=c11", "-std=c++17"), ("-std=gnu11", "-std=gnu++17")):
            real = declared_types("#include <Python.h>\n", [c_std, "-I", interp["include"]] + limited, False, names)
            ours = declared_types("#include <py3ffi/py3ffi.hpp>\n", [cxx_std, "-I", str(TOP / "include"), mode],
                                  True, names)
            assert len(real) >= 12 and ours == real, (mode, c_std, sorted(set(ours.items()) ^ set(real.items())))
            assert not set(real) - dll_exports, (mode, sorted(set(real) - dll_exports))


# ---- headers --------------------------------------------------------------------------------

COMPILERS = [[MINGW], ["clang++-19", "--target=x86_64-w64-windows-gnu"]]
C_RUNTIME_HEADERS = "#include <cstdlib>\n#include <cstring>\n"
# (the C runtime's headers before and after py3ffi's, where it declares getenv and _stricmp)
COMPILE_JOBS = [(d, EVERY_HEADER) for d in DECLARATION_CONFIGS] + [
    (d, src) for d in ("PY3FFI_PYTHON_VERSION=0x030A0000", "PY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x030B0000")
    for src in (C_RUNTIME_HEADERS + EVERY_HEADER, EVERY_HEADER + C_RUNTIME_HEADERS + "#include <windows.h>\n")]


def job_id(job):
    define, src = job
    where = "" if src == EVERY_HEADER else "+crt-first" if src.startswith(C_RUNTIME_HEADERS) else "+crt-after"
    return define.replace(" -D", "+") + where


@pytest.mark.parametrize("job", COMPILE_JOBS, ids=[job_id(j) for j in COMPILE_JOBS])
@pytest.mark.parametrize("compiler", COMPILERS, ids=["mingw-g++", "clang-mingw"])
def test_every_header_compiles_warning_free_for_windows(compiler, job):
    """py3ffi.hpp and the headers outside it, for every kind of target, with LLP64's 32-bit long,
    MS_WINDOWS's members and functions, -Wundef, and the C runtime's headers before and after."""
    needs_mingw()
    if not shutil.which(compiler[0]):
        pytest.skip("%s is not installed" % compiler[0])
    define, src = job
    cmd = compiler + ["-std=c++17", "-Wall", "-Wextra", "-Wpedantic", "-Wundef", "-Werror", "-fsyntax-only",
                      "-I", str(TOP / "include")] + ["-D" + d for d in define.split(" -D")] + ["-x", "c++", "-"]
    out = subprocess.run(cmd, input=src + "int main() { return 0; }\n", capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[:4000]


# ---- the free-threaded thread id --------------------------------------------------------------

def test_free_threaded_thread_id_is_the_teb_as_ntdll_reports_it():
    """_Py_ThreadId on Windows x64 reads the TEB's address (__readgsqword(48) in CPython's
    object.h): equal to ntdll's TebBaseAddress in two threads, and different between them."""
    if not WINDOWS:
        pytest.skip(NO_TABLE)
    needs_mingw()
    src = TOP / "tests" / "windows" / "thread_id"
    exe = WIN / "thread_id.exe"
    exe.parent.mkdir(parents=True, exist_ok=True)
    build = subprocess.run([MINGW, "-std=c++17", "-O2", "-Wall", "-Wextra", "-Wundef", "-Werror", "-static",
                            "-I", str(TOP / "include"), "-DPY3FFI_PYTHON_VERSION=0x030D0000", "-DPy_GIL_DISABLED",
                            "-o", str(exe), str(src / "thread_id.cpp"), str(src / "teb.cpp"), "-lntdll"],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    dis = subprocess.run([OBJDUMP, "-d", str(exe)], capture_output=True, text=True, check=True).stdout
    assert "%gs:0x30" in dis, "no read of the TEB through gs"
    runner = WINDOWS[0]["runner"].split()
    out = subprocess.run(runner + [str(exe)], stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    (main_py3ffi, main_ntdll), (other_py3ffi, other_ntdll) = (line.split() for line in out.stdout.splitlines())
    assert main_py3ffi == main_ntdll != "0" and other_py3ffi == other_ntdll != "0", out.stdout
    assert main_py3ffi != other_py3ffi, out.stdout


# ---- refprobe --------------------------------------------------------------------------------

REFPROBE = TOP / "tests" / "refprobe"


@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_refprobe_passes_under_windows(interp):
    """tests/refprobe (reference counts, type checks, the inline forms) with Windows' LLP64 long,
    version-specific from a hand-written config."""
    needs(interp)
    build = cmake_windows(REFPROBE, WIN / "refprobe" / interp["name"], ["CONFIG_FILE", hand_written_config(interp)],
                          "REFPROBE_TARGET")
    text = run_script(interp, REFPROBE / "refprobe_checks.py", build, "refprobe" + interp["ext_suffix"])
    assert re.search(r"^OK\b", text, re.M), text


@pytest.fixture(scope="module")
def abi3_refprobe():
    if not WINDOWS:
        pytest.skip(NO_TABLE)
    needs_mingw()
    cfg = hand_written_config(min(WINDOWS, key=minor), abi3="3.10", version="3.10", ext_suffix=".pyd")
    return cmake_windows(REFPROBE, WIN / "refprobe" / "abi3-3.10", ["CONFIG_FILE", cfg], "REFPROBE_TARGET")


@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_abi3_refprobe_passes_under_windows(interp, abi3_refprobe):
    """The stable-ABI build (floor 3.10) of tests/refprobe, through python3.dll."""
    needs(interp)
    text = run_script(interp, REFPROBE / "refprobe_checks.py", abi3_refprobe, "refprobe.pyd")
    assert re.search(r"^OK\b", text, re.M), text


# ---- the long suites: families and fastjson -----------------------------------------------------

# One target runs them: the newest Windows CPython (3.14 has more of the API to call than 3.12).
LONG_SUITES = max(WINDOWS, key=minor) if WINDOWS else None
LONG_IDS = [LONG_SUITES["name"] if LONG_SUITES else "no-table"]
WARNINGS = "-Wall -Wextra -Wpedantic -Wundef -Werror"


def exact_config(interp):
    """The hand-written config with the interpreter's exact version and its platform (checked
    against the compiler's)."""
    return hand_written_config(interp, version_hex=interp["hexversion"], pointer_width=interp["pointer_bits"],
                               byte_order=interp["byteorder"])


def unittest_summary(text):
    """The reasons of the skipped tests (a verbose run's lines) and unittest's last line."""
    skipped = sorted(re.findall(r"\.\.\. skipped '(.*)'$", text, re.M))
    return skipped, text.rstrip().splitlines()[-1]


@pytest.mark.parametrize("interp", [LONG_SUITES], ids=LONG_IDS)
def test_families_run_under_windows(interp):
    """tests/families (every API family against pure Python, reference counts included) with
    LLP64's 32-bit long, cross-built from a hand-written config; every check runs (err_errno
    sets the errno of the interpreter's C runtime, the UCRT, not mingw-w64's msvcrt.dll: see
    families_runtime.cpp)."""
    needs(interp)
    build = cmake_windows(TOP / "tests" / "families", WIN / "families" / interp["name"],
                          ["CONFIG_FILE", exact_config(interp)], "FAMILIES_TARGET")
    text = run_script(interp, TOP / "tests" / "families" / "families_checks.py", build,
                      "families" + interp["ext_suffix"])
    assert unittest_summary(text) == ([], "OK"), text


@pytest.mark.parametrize("interp", [LONG_SUITES], ids=LONG_IDS)
def test_fastjson_runs_under_windows(interp):
    """examples/fastjson, built warning-free for Windows from a hand-written config, passes its
    script (conformance cases, round trips against json, reference counts, threads) under the
    Windows interpreter; its one skip is the debug interpreters' total reference count."""
    needs(interp)
    build = cmake_windows(TOP / "examples" / "fastjson", WIN / "fastjson" / interp["name"],
                          ["CONFIG_FILE", exact_config(interp)], "FASTJSON_TARGET",
                          extra=["-DCMAKE_CXX_FLAGS=" + WARNINGS])
    text = run_script(interp, TOP / "examples" / "fastjson" / "test_fastjson.py", build,
                      "fastjson" + interp["ext_suffix"], "-v")
    assert unittest_summary(text) == (["not a debug interpreter (no sys.gettotalrefcount)"], "OK (skipped=1)"), text


# ---- the forwarding python3.dll ----------------------------------------------------------------

@pytest.mark.parametrize("interp", TARGETS, ids=IDS)
def test_python3_dll_forwards_the_stable_abi_of_its_version(interp):
    """The provisioned python3.dll exports exactly the stable ABI of the interpreter's version
    (as python3.lib from the same build imports it), each name forwarded to python3XY.dll."""
    needs(interp)
    sys.path.insert(0, str(TOP / "tools" / "provision"))
    try:
        import python3dll
    finally:
        sys.path.pop(0)
    wanted = set(python3dll.manifest_names(minor(interp)))
    out = subprocess.run([OBJDUMP, "-p", python3_dll(interp)], capture_output=True, text=True, check=True).stdout
    forwarded = re.findall(r"Forwarder RVA -- (\w+)\.(\w+)", out)
    target = "python%d%d" % minor(interp)
    got = set(re.findall(r"Forwarder RVA -- %s\.(\w+)" % target, out))
    assert got == wanted and len(forwarded) == len(wanted), (sorted(got ^ wanted), len(forwarded))
    assert exports(python3_dll(interp)) == wanted


# ---- configuration ---------------------------------------------------------------------------

def run_tool(*args):
    return subprocess.run([sys.executable, str(TOOL)] + [str(a) for a in args], capture_output=True, text=True)


def cmake_vars(text):
    return dict(re.findall(r'set\(PY3FFI_(\w+) "([^"]*)"\)', text))


@pytest.mark.parametrize("lines, module_lib", [
    (["version=3.12", "ext_suffix=.cp312-win_amd64.pyd"], "python312"),
    (["version=3.12", "ext_suffix=_d.cp312-win_amd64.pyd", "debug=yes"], "python312_d"),
    (["version=3.13", "ext_suffix=.cp313t-win_amd64.pyd", "gil_disabled=yes"], "python313t"),
    (["version=3.13", "ext_suffix=_d.cp313t-win_amd64.pyd", "gil_disabled=yes", "debug=yes"], "python313t_d"),
    (["version=3.12", "abi3=3.10", "ext_suffix=.pyd"], "python3"),
], ids=["release", "debug", "free-threaded", "free-threaded-debug", "abi3"])
def test_a_windows_config_links_the_interpreters_import_library(tmp_path, lines, module_lib):
    """A module links python3.lib for abi3, else python3XY with t and _d as the build has them;
    a .pyd suffix means os=windows."""
    cfg = tmp_path / "w.cfg"
    cfg.write_text("\n".join(["implementation=CPython", "lib_dir=/x/libs"] + lines) + "\n")
    out = run_tool("--config-file", cfg, "--cmake", "--print")
    assert out.returncode == 0, out.stderr
    got = cmake_vars(out.stdout)
    assert (got["OS"], got["MODULE_LIB"], got["LIB_DIR"]) == ("windows", module_lib, "/x/libs"), got
    assert "\nos=windows\n" in out.stdout


def test_the_stable_abi_for_windows_is_a_pyd_linking_python3():
    out = run_tool("--abi3", "3.10", "--os", "windows", "--cmake", "--ext-suffix")
    assert out.returncode == 0, out.stderr
    assert cmake_vars(out.stdout)["MODULE_LIB"] == "python3" and out.stdout.splitlines()[-1] == ".pyd"
    linux = run_tool("--abi3", "3.10", "--os", "linux", "--ext-suffix")
    assert linux.stdout == ".abi3.so\n", linux.stdout + linux.stderr


@pytest.mark.parametrize("lines, message", [
    (["os=linux", "ext_suffix=.cp312-win_amd64.pyd"], "key 'os': 'linux' with ext_suffix .cp312-win_amd64.pyd"),
    (["os=windows", "ext_suffix=.cpython-312-x86_64-linux-gnu.so"], "key 'os': 'windows' with ext_suffix"),
    (["os=beos", "ext_suffix=.so"], "key 'os': 'beos' is not one of linux, windows, macos, other"),
    (["os=windows", "ext_suffix=.pyd", "abi3=3.15", "abi3t=yes"], "key 'abi3t': abi3t on Windows is not supported"),
], ids=["pyd-on-linux", "so-on-windows", "unknown-os", "abi3t"])
def test_an_inconsistent_windows_config_names_the_key_and_fix(tmp_path, lines, message):
    cfg = tmp_path / "bad.cfg"
    cfg.write_text("\n".join(["implementation=CPython", "version=3.15"] + lines) + "\n")
    out = run_tool("--config-file", cfg)
    assert out.returncode == 2 and message in out.stderr, out.stderr
    assert str(cfg) + ":" in out.stderr


def test_pypy_on_windows_is_refused(tmp_path):
    cfg = tmp_path / "pypy.cfg"
    cfg.write_text("implementation=PyPy\nversion=3.11\next_suffix=.pypy311-pp73-win_amd64.pyd\n")
    out = run_tool("--config-file", cfg)
    assert out.returncode == 2 and "key 'os': PyPy on Windows is not supported" in out.stderr, out.stderr


def cmake_error(target, toolchain, tmp_path):
    args = ["cmake", "-S", str(STRING_SUM), "-B", str(tmp_path / "b"), "-G", "Ninja",
            "-DSTRING_SUM_TARGET=%s" % ";".join(map(str, target))]
    if toolchain:
        args.append("-DCMAKE_TOOLCHAIN_FILE=%s" % TOOLCHAIN)
    out = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert out.returncode != 0, out.stdout
    return re.sub(r"\s+", " ", out.stderr)


def test_cmake_refuses_a_windows_config_for_another_os(tmp_path):
    cfg = tmp_path / "w.cfg"
    cfg.write_text("implementation=CPython\nversion=3.12\next_suffix=.cp312-win_amd64.pyd\nlib_dir=/x\n")
    err = cmake_error(["CONFIG_FILE", cfg], False, tmp_path)
    assert "the configuration is for Windows (os=windows" in err and "Windows toolchain" in err, err


def test_cmake_refuses_a_linux_config_for_windows(tmp_path):
    needs_mingw()
    cfg = tmp_path / "l.cfg"
    cfg.write_text("implementation=CPython\nversion=3.12\next_suffix=.cpython-312-x86_64-linux-gnu.so\n")
    err = cmake_error(["CONFIG_FILE", cfg], True, tmp_path)
    assert "CMake builds for Windows, but the configuration is for os=" in err, err


@pytest.mark.parametrize("target", [["ABI3", "3.10"], "config"], ids=["abi3-without-python", "config"])
def test_cmake_names_lib_dir_when_a_windows_module_has_no_import_library(tmp_path, target):
    needs_mingw()
    if target == "config":
        cfg = tmp_path / "w.cfg"
        cfg.write_text("implementation=CPython\nversion=3.12\next_suffix=.cp312-win_amd64.pyd\n")
        target = ["CONFIG_FILE", cfg]
    err = cmake_error(target, True, tmp_path)
    lib = "python3.lib" if target[0] == "ABI3" else "python312.lib"
    assert "links the interpreter's import library %s" % lib in err and "(lib_dir)" in err, err
    assert "lib_dir=<prefix>/libs" in err, err
