"""Initializer macros that py3ffi writes by hand as constants or functions (PyModuleDef_HEAD_INIT,
Py_tss_NEEDS_INIT, the 3.15 PySlot_* builders) produce the same bytes as the C macros of each version's real
headers."""
import subprocess

import pytest
from matrix import HAVE_MATRIX, TOP, headers

# (C expression building the object, py3ffi C++ expression, type, first version)
FORMS = [
    ("(PyModuleDef_Base)PyModuleDef_HEAD_INIT", "py3ffi::PyModuleDef_HEAD_INIT", "PyModuleDef_Base", (3, 7)),
    ("(Py_tss_t)Py_tss_NEEDS_INIT", "py3ffi::Py_tss_NEEDS_INIT", "Py_tss_t", (3, 7)),
    ("(PySlot)PySlot_END", "py3ffi::PySlot_END", "PySlot", (3, 15)),
    ("(PySlot)PySlot_DATA(Py_tp_doc, (void *)0x1234)", "py3ffi::PySlot_DATA(py3ffi::Py_tp_doc, (void *)0x1234)", "PySlot", (3, 15)),
    ("(PySlot)PySlot_FUNC(Py_tp_new, (void (*)(void))0x5678)",
     "py3ffi::PySlot_FUNC(py3ffi::Py_tp_new, reinterpret_cast<void (*)()>(0x5678))", "PySlot", (3, 15)),
    ("(PySlot)PySlot_SIZE(Py_tp_basicsize, 48)", "py3ffi::PySlot_SIZE(py3ffi::Py_tp_basicsize, 48)", "PySlot", (3, 15)),
    ("(PySlot)PySlot_INT64(Py_tp_flags, -5)", "py3ffi::PySlot_INT64(py3ffi::Py_tp_flags, -5)", "PySlot", (3, 15)),
    ("(PySlot)PySlot_UINT64(Py_tp_flags, 7)", "py3ffi::PySlot_UINT64(py3ffi::Py_tp_flags, 7)", "PySlot", (3, 15)),
    ("(PySlot)PySlot_STATIC_DATA(Py_tp_doc, (void *)0x9a)", "py3ffi::PySlot_STATIC_DATA(py3ffi::Py_tp_doc, (void *)0x9a)", "PySlot", (3, 15)),
    ("(PySlot)PySlot_PTR(Py_tp_doc, (void *)0x42)", "py3ffi::PySlot_PTR(py3ffi::Py_tp_doc, (void *)0x42)", "PySlot", (3, 15)),
    ("(PySlot)PySlot_PTR_STATIC(Py_tp_doc, (void *)0x43)", "py3ffi::PySlot_PTR_STATIC(py3ffi::Py_tp_doc, (void *)0x43)", "PySlot", (3, 15)),
]

DUMP = """
static void dump(const char *name, const void *p, unsigned long n) {
    const unsigned char *b = (const unsigned char *)p;
    printf("%s", name);
    for (unsigned long i = 0; i < n; ++i) printf(" %02x", b[i]);
    printf("\\n");
}
"""


def run(compiler, source, flags, tmp_path, name):
    src = tmp_path / name
    src.write_text(source)
    exe = tmp_path / (name + ".bin")
    subprocess.run([compiler, "-w", "-o", str(exe), str(src)] + flags, check=True, capture_output=True, text=True)
    return subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout.splitlines()


RELEASES = list(headers.release_per_minor(headers.interpreters()).values()) if HAVE_MATRIX else []


@pytest.mark.parametrize("interp", RELEASES, ids=[i.name for i in RELEASES])
def test_initializer_macros_match_the_real_ones(interp, tmp_path):
    forms = [f for f in FORMS if interp.minor >= f[3]]
    # Zero-fill first: padding bytes are then comparable.
    c = ["#include <Python.h>", "#include <stdio.h>", "#include <string.h>", DUMP, "int main(void) {"]
    cxx = ["#include <py3ffi/py3ffi.hpp>", "#include <cstdio>", "#include <cstring>", "using std::printf;",
           DUMP, "int main() {"]
    for i, (ce, xe, ty, _) in enumerate(forms):
        c.append("  { %s v; memset(&v, 0, sizeof v); v = %s; dump(\"%d\", &v, sizeof v); }" % (ty, ce, i))
        cxx.append("  { py3ffi::%s v; std::memset(&v, 0, sizeof v); v = %s; dump(\"%d\", &v, sizeof v); }"
                   % (ty, xe, i))
    c.append("  return 0;\n}")
    cxx.append("  return 0;\n}")
    real = run("cc", "\n".join(c), interp.cflags(), tmp_path, "real.c")
    ours = run("c++", "\n".join(cxx), ["-std=c++17", "-I", str(TOP / "include"),
                                       "-DPY3FFI_PYTHON_VERSION=0x%08X" % interp.hexversion], tmp_path, "ours.cpp")
    for i, (ce, xe, _, _) in enumerate(forms):
        assert real[i] == ours[i], f"{ce} vs {xe}:\n  C   {real[i]}\n  C++ {ours[i]}"
