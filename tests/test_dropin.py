"""py3ffi's drop-in Python.h (python_h/): a C-style extension written against <Python.h> idioms
(tests/dropin/demo.cpp) compiles warning-free against it for every kind of target; built
against the interpreters' own headers and against the drop-in, it does the same under the
interpreter; its version macros read with #if as the real headers'; the bad inputs are one
clear error; python -m py3ffi --python-h-dir and the CMake target py3ffi::python_h find it."""
import os
import re
import shutil
import subprocess
import sys

import pytest
from matrix import BUILD, COMPILERS, TOP, cmake_module, config_file, interp_id, interpreters, run_script

DROPIN = TOP / "python_h"
DEMO = TOP / "tests" / "dropin"
WARNINGS = ["-Wall", "-Wextra", "-Wpedantic", "-Wundef", "-Werror"]

# One configuration a kind of target: the defines a build passes (the config tool's, by hand).
CONFIGS = {
    "3.7": ["PY3FFI_PYTHON_VERSION=0x03070000"],
    "3.9": ["PY3FFI_PYTHON_VERSION=0x03090000"],
    "3.12.1": ["PY3FFI_PYTHON_VERSION=0x030C01F0"],
    "3.13": ["PY3FFI_PYTHON_VERSION=0x030D0000"],
    "3.14": ["PY3FFI_PYTHON_VERSION=0x030E0000"],
    "3.15": ["PY3FFI_PYTHON_VERSION=0x030F0000"],
    "limited-3.7": ["Py_LIMITED_API=0x03070000"],
    "limited-3.10": ["Py_LIMITED_API=0x030A0000"],
    "limited-3.12-on-3.14": ["Py_LIMITED_API=0x030C0000", "PY3FFI_PYTHON_VERSION=0x030E0000"],
    "debug-3.8": ["PY3FFI_PYTHON_VERSION=0x03080000", "Py_DEBUG"],
    "debug-3.13": ["PY3FFI_PYTHON_VERSION=0x030D0000", "Py_DEBUG"],
    "free-threaded-3.13": ["PY3FFI_PYTHON_VERSION=0x030D0000", "Py_GIL_DISABLED"],
    "free-threaded-debug-3.14": ["PY3FFI_PYTHON_VERSION=0x030E0000", "Py_GIL_DISABLED", "Py_DEBUG"],
    "pypy-3.9": ["PY3FFI_PYPY", "PY3FFI_PYTHON_VERSION=0x03090000"],
    "pypy-3.11": ["PY3FFI_PYPY", "PY3FFI_PYTHON_VERSION=0x030B0000"],
    "graalpy-3.11": ["PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION=0x030B0000"],
    "graalpy-3.12": ["PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION=0x030C0000"],
}
# (abi3t is not among them: there, as in CPython, objects cannot embed PyObject_HEAD, so a
# C-style extension like demo.cpp does not build for it)


def compile_dropin(compiler, defines, src, out=None, extra=()):
    """Compiles src (a path or source text) against the drop-in; returns (returncode, output)."""
    cmd = [compiler, "-std=c++17"] + WARNINGS + ["-I", str(DROPIN), "-I", str(TOP / "include")]
    cmd += ["-D" + d for d in defines] + list(extra)
    cmd += ["-c", "-o", str(out) if out else os.devnull]
    if isinstance(src, str):
        res = subprocess.run(cmd + ["-x", "c++", "-"], input=src, capture_output=True, text=True)
    else:
        res = subprocess.run(cmd + [str(src)], capture_output=True, text=True)
    return res.returncode, res.stdout + res.stderr


@pytest.mark.parametrize("compiler", COMPILERS)
@pytest.mark.parametrize("config", sorted(CONFIGS))
@pytest.mark.parametrize("source", ["demo.cpp", "macros.cpp"])
def test_c_style_code_compiles_warning_free_against_the_dropin(compiler, config, source):
    rc, text = compile_dropin(compiler, CONFIGS[config], DEMO / source)
    assert rc == 0, f"{config}:\n{text}"


# ---- other platforms ------------------------------------------------------------------------
# The same sources for 32-bit (i386, armhf), big-endian (s390x) and Windows (mingw-w64): compiled
# only here (the cross compilers come with the full tier's provisioning); running them there is
# test_platforms' and test_windows' work for py3ffi's own modules.
CROSS = ["i686-linux-gnu-g++", "arm-linux-gnueabihf-g++", "s390x-linux-gnu-g++", "x86_64-w64-mingw32-g++"]
CROSS_CONFIGS = ["3.9", "3.13", "limited-3.10", "free-threaded-3.13", "pypy-3.11"]


@pytest.mark.parametrize("compiler", CROSS)
@pytest.mark.parametrize("config", CROSS_CONFIGS)
@pytest.mark.parametrize("source", ["demo.cpp", "macros.cpp"])
def test_c_style_code_compiles_against_the_dropin_for_other_platforms(compiler, config, source):
    if not shutil.which(compiler):
        pytest.skip("CANNOT RUN HERE: %s is not installed (tools/provision/foreign.sh and windows.sh "
                    "install it)" % compiler)
    rc, text = compile_dropin(compiler, CONFIGS[config], DEMO / source)
    assert rc == 0, f"{compiler}, {config}:\n{text}"


# ---- the version macros ---------------------------------------------------------------------
PRINT_VERSIONS = r"""#include <Python.h>
#include <stdio.h>
int main() {
    printf("%s %d %d %d %d %d %x", PY_VERSION, PY_MAJOR_VERSION, PY_MINOR_VERSION, PY_MICRO_VERSION,
           PY_RELEASE_LEVEL, PY_RELEASE_SERIAL, (unsigned)PY_VERSION_HEX);
#if PY_VERSION_HEX >= 0x03090000
    printf(" visits-type");
#endif
#ifdef PYPY_VERSION
    printf(" pypy");
#endif
#ifdef GRAALVM_PYTHON
    printf(" graalpy");
#endif
#ifdef Py_PYTHON_H
    printf(" Py_PYTHON_H");
#endif
#ifdef Py_LIMITED_API
    printf(" limited=%x", (unsigned)Py_LIMITED_API);
#endif
#ifdef Py_GIL_DISABLED
    printf(" free-threaded");
#endif
#ifdef Py_DEBUG
    printf(" debug");
#endif
    printf("\n");
    return 0;
}
"""


def run_program(compiler_cmd, src, where):
    where.mkdir(parents=True, exist_ok=True)
    (where / "versions.cpp").write_text(src)
    exe = where / "versions"
    # (-O2: PyPy's headers define static functions that call its library; unused, they go)
    res = subprocess.run(compiler_cmd + ["-O2", str(where / "versions.cpp"), "-o", str(exe)], capture_output=True,
                         text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    return subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout.strip()


def dropin_cmd(defines, compiler="g++"):
    return ([compiler, "-std=c++17"] + WARNINGS + ["-I", str(DROPIN), "-I", str(TOP / "include")]
            + ["-D" + d for d in defines])


VERSION_CASES = {
    # a whole version, as the config tool writes it: exact
    "3.13.3": (["PY3FFI_PYTHON_VERSION=0x030D03F0"], "3.13.3 3 13 3 15 0 30d03f0 visits-type Py_PYTHON_H"),
    "3.14.0rc2": (["PY3FFI_PYTHON_VERSION=0x030E00C2"], "3.14.0rc2 3 14 0 12 2 30e00c2 visits-type Py_PYTHON_H"),
    "3.7.16": (["PY3FFI_PYTHON_VERSION=0x030710F0"], "3.7.16 3 7 16 15 0 30710f0 Py_PYTHON_H"),
    # a minor version alone: the micro version and release unknown, 0
    "3.8": (["PY3FFI_PYTHON_VERSION=0x03080000"], "3.8 3 8 0 0 0 3080000 Py_PYTHON_H"),
    "3.9": (["PY3FFI_PYTHON_VERSION=0x03090000"], "3.9 3 9 0 0 0 3090000 visits-type Py_PYTHON_H"),
    "limited-3.10": (["Py_LIMITED_API=0x030A0000"], "3.10 3 10 0 0 0 30a0000 visits-type Py_PYTHON_H limited=30a0000"),
    "pypy-3.9": (["PY3FFI_PYPY", "PY3FFI_PYTHON_VERSION=0x030910F0"],
                 "3.9.16 3 9 16 15 0 30910f0 visits-type pypy Py_PYTHON_H"),
    "graalpy-3.12": (["PY3FFI_GRAALPY", "PY3FFI_PYTHON_VERSION=0x030C08F0"],
                     "3.12.8 3 12 8 15 0 30c08f0 visits-type graalpy Py_PYTHON_H"),
    "free-threaded-debug-3.13": (["PY3FFI_PYTHON_VERSION=0x030D0FF0", "Py_GIL_DISABLED", "Py_DEBUG"],
                                 "3.13.15 3 13 15 15 0 30d0ff0 visits-type Py_PYTHON_H free-threaded debug"),
}


@pytest.mark.quick
@pytest.mark.parametrize("case", sorted(VERSION_CASES))
def test_version_macros_are_the_configured_targets(case):
    defines, expected = VERSION_CASES[case]
    assert run_program(dropin_cmd(defines), PRINT_VERSIONS, BUILD / "dropin" / "versions" / case) == expected


def real_include(interp):
    """The compiler flags for an interpreter's own headers (a chroot's under its root; Debian's
    pyconfig.h includes its multiarch one from the root's /usr/include)."""
    root = interp["root"].rstrip("/")
    flags = ["-I", root + interp["include"]]
    if root:
        flags += ["-idirafter", root + "/usr/include"]
    return flags


def dropin_defines(interp, **extra):
    """The drop-in's defines for an interpreter: the config tool's, from the config file."""
    out = subprocess.run([sys.executable, str(TOP / "python" / "py3ffi" / "config.py"), "--config-file",
                          str(config_file(interp, **extra)), "--cflags"], capture_output=True, text=True, check=True)
    return [f[2:] for f in out.stdout.split() if f.startswith("-D")]


TARGETED = [i for i in interpreters() if i["impl"] in ("CPython", "PyPy", "GraalPy")]


@pytest.mark.parametrize("interp", TARGETED, ids=interp_id)
def test_version_macros_read_as_with_the_real_headers(interp):
    """`#if PY_VERSION_HEX >= 0x03090000` (the kiwisolver trap: false when the macro is missing)
    and the other version and build macros, with the interpreter's headers and with the drop-in
    configured from it. (PYPY_VERSION's value differs: py3ffi knows PyPy's series alone.)"""
    where = BUILD / "dropin" / "versions" / interp["name"]
    real = run_program(["g++", "-std=c++17", "-w"] + real_include(interp), PRINT_VERSIONS, where / "real")
    dropin = run_program(dropin_cmd(dropin_defines(interp)), PRINT_VERSIONS, where / "dropin")
    assert dropin == real
    assert (" visits-type" in dropin) == (tuple(map(int, interp["version"].split(".")[:2])) >= (3, 9))


# ---- which macros exist ------------------------------------------------------------------------
def dropin_macro_names(constants=True):
    """Every C macro the drop-in defines for C code (not its own PY3FFI_ helpers); constants:
    with the generated constant macros (py3ffi_dropin/constants.h)."""
    text = "".join(p.read_text() for p in DROPIN.rglob("*.h") if constants or p.name != "constants.h")
    return sorted(set(re.findall(r"^#\s*define ((?!PY3FFI_)\w+)", text, re.M)))


# Where the drop-in leaves out a macro the real headers define, on purpose (interpreter names
# and build): py3ffi gates these by the stable ABI floor (3.10 here), where 3.15's headers
# define them whatever the floor; PyPy 8.0's library lacks what its PyObject_GC_Resize calls.
LEFT_OUT = {
    ("limited", "3.15"): {"PyMODEXPORT_FUNC", "Py_BEGIN_CRITICAL_SECTION", "Py_BEGIN_CRITICAL_SECTION2",
                          "Py_END_CRITICAL_SECTION", "Py_END_CRITICAL_SECTION2"},
    ("PyPy", "3.11"): {"PyObject_GC_Resize", "Py_TPFLAGS_INLINE_VALUES", "Py_TPFLAGS_MANAGED_WEAKREF"},
}
# (py3ffi does not declare the two type flags for PyPy 8.0 yet, so neither does the drop-in)


def defined_macros(cmd, names, where):
    where.mkdir(parents=True, exist_ok=True)
    src = where / "probe.cpp"
    src.write_text("".join("#include <%s>\n" % h for h in ("Python.h", "datetime.h", "frameobject.h", "pythread.h",
                                                            "structmember.h"))
                   + "".join("#ifdef %s\npy3ffi_probe_has_%s\n#endif\n" % (n, n) for n in names))
    res = subprocess.run(cmd + ["-E", "-P", str(src)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return {t[len("py3ffi_probe_has_"):] for t in res.stdout.split() if t.startswith("py3ffi_probe_has_")}


MACRO_CASES = [(i, lim) for i in TARGETED for lim in (False, True)
               if not lim or (i["impl"] == "CPython" and i["gil_disabled"] == "0"
                              and tuple(map(int, i["version"].split(".")[:2])) >= (3, 10))]


@pytest.mark.parametrize("interp, limited", MACRO_CASES,
                         ids=["%s%s" % (interp_id(i), "-abi3.10" if lim else "") for i, lim in MACRO_CASES])
def test_the_dropin_defines_its_macros_where_the_real_headers_do(interp, limited):
    """Each macro of the drop-in (statements, declarations, type-taking, versions, and in the
    full API the generated constants): #ifdef is true with it exactly where it is with the
    interpreter's headers (the same five headers included)."""
    names = dropin_macro_names(constants=not limited)
    where = BUILD / "dropin" / "macros" / (interp["name"] + ("-abi3" if limited else ""))
    real = defined_macros(["g++", "-std=c++17", "-w"] + real_include(interp)
                          + (["-DPy_LIMITED_API=0x030A0000"] if limited else []), names, where)
    extra = {"abi3": "3.10"} if limited else {}
    dropin = defined_macros(dropin_cmd(dropin_defines(interp, **extra)), names, where)
    minor = ".".join(interp["version"].split(".")[:2])
    left_out = LEFT_OUT.get(("limited" if limited else interp["impl"], minor), set())
    assert real - dropin == left_out and not dropin - real, (sorted(real - dropin), sorted(dropin - real))


@pytest.mark.quick
def test_the_generated_constant_macros_are_fresh():
    """python_h/py3ffi_dropin/constants.h is what tools/gen/dropin_constants.py writes from
    py3ffi's headers and data/scan/macro.tsv now."""
    res = subprocess.run([sys.executable, str(TOP / "tools" / "gen" / "dropin_constants.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


FEATURE_TESTS = """#include <Python.h>
#if !defined(METH_FASTCALL) || !defined(Py_TPFLAGS_HAVE_GC) || !defined(Py_tp_traverse) || !defined(Py_None)
#error "a constant macro is missing"
#endif
#if defined(Py_mod_gil) != (PY_VERSION_HEX >= 0x030D0000)
#error "Py_mod_gil is a macro from 3.13 on"
#endif
#if defined(PY_VECTORCALL_ARGUMENTS_OFFSET) != (PY_VERSION_HEX >= 0x03080000)
#error "PY_VECTORCALL_ARGUMENTS_OFFSET is a macro from 3.8 on"
#endif
static_assert(METH_FASTCALL == 0x80 && Py_tp_traverse == 71, "the values are py3ffi's");
"""


@pytest.mark.quick
@pytest.mark.parametrize("version", ["0x03070000", "0x03090000", "0x030C0000", "0x030D0000", "0x030F0000"])
def test_constants_are_macros_for_ifdef_in_the_full_api(version):
    rc, text = compile_dropin("g++", ["PY3FFI_PYTHON_VERSION=" + version], FEATURE_TESTS)
    assert rc == 0, text


# ---- the same behaviour with the real headers and with the drop-in ---------------------------
BEHAVIOUR = ["pyenv-3.7.16", "pyenv-3.9.18", "pyenv-3.12.1", "pyenv-3.13.0", "host-python3.11d", "host-pypy3",
             "sid-pypy3", "sid-python3.14", "built-python3.13t", "graalpy-24.2.2", "graalpy-25.0.3"]


def behaviour_interpreters():
    return [i for i in interpreters() if i["name"] in BEHAVIOUR]


def run_demo(interp, module_dir, suffix):
    text = run_script(interp, DEMO / "run_demo.py", module_dir, suffix)
    return [line for line in text.splitlines() if "loaded from" not in line]


def real_build(interp, where, defines=(), suffix=None):
    where.mkdir(parents=True, exist_ok=True)
    suffix = suffix or interp["ext_suffix"]
    res = subprocess.run(["g++", "-std=c++17", "-shared", "-fPIC", "-w"] + real_include(interp)
                         + ["-D" + d for d in defines]
                         + [str(DEMO / "demo.cpp"), "-o", str(where / ("dropin_demo" + suffix))],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    return where


@pytest.mark.parametrize("interp", behaviour_interpreters(), ids=interp_id)
def test_the_same_source_behaves_the_same_with_the_real_headers_and_the_dropin(interp):
    where = BUILD / "dropin" / "behaviour" / interp["name"]
    real = run_demo(interp, real_build(interp, where / "real"), interp["ext_suffix"])
    built = cmake_module(DEMO, where / "dropin", ["CONFIG_FILE", str(config_file(interp))], var="DROPIN_TARGET")
    dropin = run_demo(interp, built, interp["ext_suffix"])
    assert dropin == real
    if interp["impl"] == "CPython":  # (PyPy's and GraalPy's collectors do not free the cycle here)
        assert "cycle collected True" in real


@pytest.mark.parametrize("interp", [i for i in interpreters() if i["name"] == "pyenv-3.10.13"], ids=interp_id)
def test_the_same_source_behaves_the_same_for_the_stable_abi(interp):
    """The same, as abi3 for 3.10. One difference, by design: with the drop-in, an abi3 build's
    PY_VERSION_HEX is the floor, 0x030A0000 (the one version the module may rely on), where the
    interpreter's headers say their own (3.10.13); #if PY_VERSION_HEX >= 0x03090000 agrees."""
    where = BUILD / "dropin" / "behaviour" / (interp["name"] + "-abi3")
    real = run_demo(interp, real_build(interp, where / "real", ["Py_LIMITED_API=0x030A0000"], ".abi3.so"), ".abi3.so")
    built = cmake_module(DEMO, where / "dropin", ["ABI3", "3.10"], var="DROPIN_TARGET")
    dropin = run_demo(interp, built, ".abi3.so")
    assert dropin[1:] == real[1:]
    assert dropin[0].startswith("versions [('PY_VERSION', '3.10'), ('PY_VERSION_HEX', %d)" % 0x030A0000), dropin[0]
    for fact in ("('limited', %d)" % 0x030A0000, "('traverse_visits_type', 1)", "('minor', 10)"):
        assert fact in dropin[0] and fact in real[0], (dropin[0], real[0])


# ---- bad input -------------------------------------------------------------------------------
def errors_of(text):
    return [line for line in text.splitlines() if " error: " in line]


@pytest.mark.quick
@pytest.mark.parametrize("compiler", COMPILERS)
def test_the_dropin_with_no_target_names_the_macro_and_the_config_tool(compiler):
    rc, text = compile_dropin(compiler, [], "#include <Python.h>\nint main() { return 0; }\n")
    assert rc != 0
    assert "PY3FFI_PYTHON_VERSION" in text and "python -m py3ffi.config --cflags" in text, text
    assert len(errors_of(text)) == 2 and len(text.splitlines()) <= 16, text


# (Py_PYTHON_H is what every real Python.h defines first: CPython's, PyPy's and GraalPy's)
@pytest.mark.quick
@pytest.mark.parametrize("compiler", COMPILERS)
def test_a_real_python_h_then_the_dropin_is_one_error_naming_both(compiler):
    rc, text = compile_dropin(compiler, ["PY3FFI_PYTHON_VERSION=0x030D0000"],
                              "#define Py_PYTHON_H\n#include <Python.h>\nint main() { return 0; }\n")
    assert rc != 0
    assert "a real Python.h" in text and "py3ffi's drop-in Python.h" in text, text
    assert len(errors_of(text)) == 2 and len(text.splitlines()) <= 16, text


@pytest.mark.parametrize("interp", [i for i in TARGETED if i["name"] == "pyenv-3.12.1"], ids=interp_id)
def test_with_the_interpreters_python_h(interp):
    """Both orders with a real Python.h: real first is the error; the drop-in first makes the
    real one a no-op (its include guard, Py_PYTHON_H), so the translation unit is py3ffi's."""
    real = interp["include"] + "/Python.h"
    rc, text = compile_dropin("g++", ["PY3FFI_PYTHON_VERSION=0x030C01F0"],
                              f'#include "{real}"\n#include <Python.h>\nint main() {{ return 0; }}\n')
    assert rc != 0 and "a real Python.h" in text and "drop-in" in text, text
    rc, text = compile_dropin("g++", ["PY3FFI_PYTHON_VERSION=0x030C01F0"],
                              f'#include <Python.h>\n#include "{real}"\n'
                              "static_assert(sizeof(PyObject) == sizeof(py3ffi::PyObject));\n"
                              "int main() { py3ffi::PyObject *o = (PyObject *)nullptr; return o != nullptr; }\n")
    assert rc == 0, text


# ---- how users find it -----------------------------------------------------------------------
@pytest.mark.quick
def test_python_m_py3ffi_names_the_dropin_folder():
    out = subprocess.run([sys.executable, "-m", "py3ffi", "--python-h-dir"], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(TOP / "python")), check=True)
    folder = out.stdout.strip()
    assert os.path.samefile(folder, DROPIN)
    for name in ("Python.h", "structmember.h", "frameobject.h", "pythread.h", "datetime.h"):
        assert os.path.isfile(os.path.join(folder, name)), name


@pytest.mark.quick
def test_the_dropin_is_not_on_py3ffis_include_path():
    """Nothing changes for code that does not opt in: py3ffi's include directory holds no
    Python.h, and py3ffi.hpp defines none of the drop-in's macros."""
    assert not list((TOP / "include").rglob("Python.h"))
    src = ("#include <py3ffi/py3ffi.hpp>\n"
           "#if defined(PY_VERSION_HEX) || defined(Py_PYTHON_H) || defined(PyObject_HEAD)\n#error leaked\n#endif\n")
    res = subprocess.run(["g++", "-std=c++17"] + WARNINGS + ["-I", str(TOP / "include"), "-DPY3FFI_PYTHON_VERSION=0x030D0000",
                          "-fsyntax-only", "-x", "c++", "-"], input=src, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


@pytest.mark.quick
@pytest.mark.skipif(shutil.which("cmake") is None or shutil.which("ninja") is None, reason="no cmake or ninja")
def test_the_cmake_target_python_h_builds_the_extension_from_the_source_tree():
    built = cmake_module(DEMO, BUILD / "dropin" / "cmake-abi3", ["ABI3", "3.10"], var="DROPIN_TARGET")
    assert (built / "dropin_demo.abi3.so").exists()
