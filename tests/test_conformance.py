"""py3ffi against every interpreter's real Python.h and exported symbols (tools/conformance):
full API, limited API at the interpreter's version, and limited API at floor 3.7; PyPy's and
GraalPy's full API against their own headers and library."""
import os
import shutil
import subprocess
import sys

import pytest
import targets  # (tools/lib: conftest.py puts it on the path)
from matrix import TOP, interp_id, interpreters, targeted_or_skip, version_tuple

CHECK = [sys.executable, str(TOP / "tools" / "conformance" / "check.py")]
MODES = ["full", "limited", "limited3.7"]
# no stable ABI, no free-threaded build: the mode full alone (test_only_the_full_mode)
FULL_ONLY = ("PyPy", "GraalPy")


def run_check(name, mode, env=None):
    return subprocess.run(CHECK + [name, mode], capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("interp", interpreters(), ids=interp_id)
def test_declarations_match_the_real_headers_and_symbols(interp, mode):
    targeted_or_skip(interp)
    if interp["impl"] in FULL_ONLY and mode != "full":
        pytest.skip(f"{interp['name']}: {interp['impl']} has no stable ABI, so no limited mode "
                    "(test_only_the_full_mode)")
    if interp["gil_disabled"] == "1" and mode != "full" and \
            version_tuple(interp) < targets.ABI3T_SINCE:
        pytest.skip(f"{interp['name']}: free-threaded builds have no limited API before 3.15 "
                    "(CPython's Python.h stops with #error)")
    out = run_check(interp["name"], mode)
    print(out.stdout)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"conformance {interp['name']} {mode}: checked functions=" in out.stdout


@pytest.mark.parametrize("impl", FULL_ONLY)
@pytest.mark.parametrize("mode", ["limited", "full-ft"])
def test_only_the_full_mode(impl, mode):
    interp = next((i for i in interpreters() if i["impl"] == impl), None)
    if interp is None:
        pytest.skip(f"CANNOT RUN HERE: no {impl} in the interpreter table")
    out = run_check(interp["name"], mode)
    assert out.returncode != 0 and "its only mode is full" in out.stderr, out.stdout + out.stderr


FT_HEADERS = [i for i in interpreters() if i["impl"] == "CPython" and i["debug"] == "0"
              and i["gil_disabled"] == "0" and version_tuple(i) >= (3, 13)]


ABI3T = [i for i in interpreters() if i["impl"] == "CPython" and i["gil_disabled"] == "0"
         and version_tuple(i) >= targets.ABI3T_SINCE]


@pytest.mark.parametrize("interp", ABI3T, ids=interp_id)
def test_abi3t_declarations_match_the_headers(interp):
    """abi3t (Py_TARGET_ABI3T): the stable ABI with PyObject opaque, against 3.15+'s headers."""
    out = run_check(interp["name"], "abi3t")
    print(out.stdout)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize("interp", FT_HEADERS, ids=interp_id)
def test_free_threaded_declarations_match_the_headers_read_as_free_threaded(interp):
    """3.14t and 3.15t cannot be run here (no source package to build them from): their layouts,
    constants and signatures are compared with the 3.14/3.15 headers read with
    -DPy_GIL_DISABLED=1. The free-threaded builds' own symbols are then not checkable, and the
    report says so by name."""
    out = run_check(interp["name"], "full-ft")
    print(out.stdout)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "NOT CHECKED (no free-threaded library): " in out.stdout


def _broken_copy(tmp_path, header, old, new):
    inc = tmp_path / "include"
    shutil.copytree(TOP / "include", inc)
    path = inc / "py3ffi" / header
    text = path.read_text()
    assert old in text, f"self-test premise: {old!r} not in {header}"
    # (every occurrence: a layout can be spelled once per implementation, gated)
    path.write_text(text.replace(old, new))
    return inc


SABOTAGE = [
    # (header, what it says, a wrong version, what the check must report)
    ("longobject.hpp", "PyObject *PyLong_FromLong(long) noexcept", "PyObject *PyLong_FromLong(int) noexcept",
     "function PyLong_FromLong"),
    ("methodobject.hpp", "inline constexpr int METH_O = 0x0008;", "inline constexpr int METH_O = 0x0010;",
     "constant METH_O"),
    ("moduleobject.hpp", "    Py_ssize_t m_size;", "    int m_size;", "struct PyModuleDef"),
    ("longobject.hpp", "PyObject *PyLong_FromLong(long) noexcept",
     "PyObject *PyLong_FromNothing(long) noexcept;\nPyObject *PyLong_FromLong(long) noexcept",
     "symbol PyLong_FromNothing"),
    # a CPython-only layout (generated, member-gated)
    ("cpython/unicodeobject.hpp", "    Py_ssize_t length;", "    int length;", "struct PyASCIIObject"),
    # before 3.13, Py_BuildValue is bound to the PY_SSIZE_T_CLEAN symbol
    ("modsupport.hpp", "(_Py_BuildValue_SizeT", "(_Py_BuildValue_Sizet", "symbol _Py_BuildValue_Sizet"),
    # a datum declared outside extern "C" binds to a C++ symbol, which no interpreter exports
    ("listobject.hpp", '}  // extern "C"', '}  // extern "C"\nPY3FFI_DATA PyTypeObject PyListX_Type;',
     "data PyListX_Type: C++ linkage"),
    # an inline form that defines an exported function instead of calling it
    ("listobject.hpp", '}  // extern "C"', '}  // extern "C"\n'
     "inline PyObject *PyList_AsTuple(PyObject *op) noexcept { return op; }",
     "function PyList_AsTuple: an inline definition of the interpreter's symbol PyList_AsTuple"),
]


PYPY_SABOTAGE = [
    # a function bound to the wrong PyPy symbol: not exported, and not what PyPy binds it to
    ("listobject.hpp", "PY3FFI_PYPY_NAME(PyPyList_New);", "PY3FFI_PYPY_NAME(PyPyList_Neu);",
     "function PyList_New: bound to PyPyList_Neu, PyPy's headers bind it to PyPyList_New"),
    ("listobject.hpp", "PY3FFI_PYPY_NAME(PyPyList_New);", "PY3FFI_PYPY_NAME(PyPyList_Neu);",
     "symbol PyPyList_Neu"),
    # a datum bound to another datum of the same type
    ("listobject.hpp", "PY3FFI_PYPY_NAME(PyPyList_Type);", "PY3FFI_PYPY_NAME(PyPyTuple_Type);",
     "data PyList_Type: bound to PyPyTuple_Type, PyPy's headers bind it to PyPyList_Type"),
    # PyPy 3.9's header defines it as a static function, which calls nothing
    ("listobject.hpp", "PY3FFI_PYPY_NAME(PyPyList_New);", "PY3FFI_PYPY_NAME(PyPyList_New);\n"
     "int _Py_IS_TYPE(const PyObject *, const PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_IsSubtype);",
     "function _Py_IS_TYPE: bound to PyPyType_IsSubtype, which PyPy's static _Py_IS_TYPE does not call"),
]
PYPY39 = [i for i in interpreters() if i["impl"] == "PyPy" and version_tuple(i) == (3, 9)]


@pytest.mark.skipif(not PYPY39, reason="no PyPy 3.9 in the interpreter table")
@pytest.mark.parametrize("header,old,new,report", PYPY_SABOTAGE,
                         ids=["function's symbol", "unexported symbol", "datum's symbol",
                              "static function's callee"])
def test_check_fails_on_a_wrong_pypy_binding(tmp_path, header, old, new, report):
    """On PyPy what counts is the symbol a name binds to: bind one to the wrong one, expect it named."""
    inc = _broken_copy(tmp_path, header, old, new)
    out = run_check(PYPY39[0]["name"], "full", env={"PY3FFI_INCLUDE": str(inc)})
    assert out.returncode == 1, out.stdout + out.stderr
    assert "MISMATCH " + report in out.stdout, out.stdout


GRAALPY_SABOTAGE = [
    # a singleton read through another's pointer: not what GraalPy's Py_None reads
    ("object.hpp", "&_Py_NoneStructReference>>", "&_Py_NotImplementedStructReference>>",
     "Py_None: GraalPy's headers use _Py_NoneStructReference, py3ffi's inline form does not"),
    # CPython's value where GraalPy's library holds a variable (py3ffi declares no _PyHASH_IMAG)
    ("cpython/pyhash.hpp", "// <py3ffi:generated>\n",
     "// <py3ffi:generated>\ninline constexpr long _PyHASH_IMAG = 1000003;\n",
     "data _PyHASH_IMAG: a constant in py3ffi, the interpreter's datum in Python.h"),
]
GRAALPY = [i for i in interpreters() if i["impl"] == "GraalPy"]


@pytest.mark.parametrize("header,old,new,report", GRAALPY_SABOTAGE, ids=["singleton's pointer", "datum as constant"])
def test_check_fails_on_a_wrong_graalpy_form(tmp_path, header, old, new, report):
    """On GraalPy a form must use what GraalPy's headers use: break one, expect it named."""
    if not GRAALPY:
        pytest.skip("CANNOT RUN HERE: no GraalPy in the interpreter table")
    inc = _broken_copy(tmp_path, header, old, new)
    out = run_check(GRAALPY[-1]["name"], "full", env={"PY3FFI_INCLUDE": str(inc)})
    assert out.returncode == 1, out.stdout + out.stderr
    assert "MISMATCH " + report in out.stdout, out.stdout


@pytest.mark.parametrize("header,old,new,report", SABOTAGE, ids=[s[3] for s in SABOTAGE])
def test_check_fails_on_a_wrong_declaration(tmp_path, header, old, new, report):
    """The check is only worth something if it can fail: break one declaration, expect it named."""
    interp = next(i for i in interpreters() if i["impl"] == "CPython" and i["debug"] == "0")
    inc = _broken_copy(tmp_path, header, old, new)
    out = run_check(interp["name"], "full", env={"PY3FFI_INCLUDE": str(inc)})
    assert out.returncode == 1, out.stdout + out.stderr
    assert "MISMATCH " + report in out.stdout, out.stdout


def test_check_fails_on_a_name_declared_below_its_manifest_version(tmp_path):
    interp = next(i for i in interpreters() if i["impl"] == "CPython" and i["version"].startswith("3.13"))
    inc = _broken_copy(tmp_path, "unicodeobject.hpp", "#if PY3FFI_LIMITED_SINCE(3, 10)", "#if 1")
    out = run_check(interp["name"], "limited3.7", env={"PY3FFI_INCLUDE": str(inc)})
    assert out.returncode == 1, out.stdout + out.stderr
    assert "the manifest adds it in 3.10" in out.stdout, out.stdout


def test_check_fails_when_a_limited_api_macro_form_is_missing(tmp_path):
    """The limited API is complete: drop one macro's inline form, expect it named as lacking."""
    interp = next(i for i in interpreters() if i["impl"] == "CPython" and i["version"].startswith("3.13"))
    inc = _broken_copy(tmp_path, "listobject.hpp", "inline int PyList_CheckExact(", "inline int PyList_CheckExactly(")
    out = run_check(interp["name"], "limited", env={"PY3FFI_INCLUDE": str(inc)})
    assert out.returncode == 1, out.stdout + out.stderr
    assert "limited API: py3ffi lacks macro PyList_CheckExact" in out.stdout, out.stdout


def test_unusable_macros_are_those_that_cannot_compile():
    """What conformance files under 'cannot compile in this configuration' must really fail to
    compile with Python.h there, and a usable macro must not be filed there: checked on 3.11's
    limited API with a C compiler."""
    interp = next(i for i in interpreters() if i["name"].startswith("pyenv-3.11"))
    out = subprocess.run(CHECK + [interp["name"], "limited"], capture_output=True, text=True,
                         env=dict(os.environ, PY3FFI_CONFORMANCE="-v"))
    assert out.returncode == 0, out.stdout
    line = next(ln for ln in out.stdout.splitlines() if "cannot compile in this configuration" in ln)
    unusable = [x.split(" (")[0] for x in line.split(": ", 2)[2].split("; ")]
    assert "PySequence_Fast_GET_ITEM" in unusable and "PyList_Check" not in unusable
    def compiles(expr):
        src = "#define Py_LIMITED_API 0x030B0000\n#include <Python.h>\nvoid f(PyObject *o) { (void)(%s); }\n" % expr
        r = subprocess.run(["cc", "-fsyntax-only", "-Werror=implicit-function-declaration", "-x", "c", "-",
                            "-I", interp["include"]],
                           input=src, capture_output=True, text=True)
        return r.returncode == 0
    assert compiles("PyList_Check(o)")
    assert not compiles("PySequence_Fast_GET_ITEM(o, 0)")
