// What a Windows module sees of the interpreter's functions, built with py3ffi: their addresses
// (CPython compares type slots against them), and a call bound to another symbol of the
// interpreter (PY3FFI_SYMBOL: PyArg_ParseTuple is _PyArg_ParseTuple_SizeT before 3.13).
#include <py3ffi/py3ffi.hpp>

using namespace py3ffi;

void *generic_getattr_without_dllimport();  // plain_declaration.cpp

namespace {

void *base_getattro() {
#if PY3FFI_LIMITED
    return PyType_GetSlot(&PyBaseObject_Type, Py_tp_getattro);
#else
    return reinterpret_cast<void *>(PyBaseObject_Type.tp_getattro);
#endif
}

// PyBaseObject_Type.tp_getattro == PyObject_GenericGetAttr, as C compares it with Python.h
PyObject *slot_is_generic_getattr(PyObject *, PyObject *) {
    return PyBool_FromLong(base_getattro() == reinterpret_cast<void *>(&PyObject_GenericGetAttr));
}

// the same comparison against a declaration without dllimport (the control)
PyObject *slot_is_plain_declaration(PyObject *, PyObject *) {
    return PyBool_FromLong(base_getattro() == generic_getattr_without_dllimport());
}

// "s#" stores a Py_ssize_t length only through the _SizeT symbol before 3.13 (elsewhere it
// raises SystemError: PY_SSIZE_T_CLEAN macro must be defined for '#' formats)
PyObject *length_of(PyObject *, PyObject *args) {
    const char *s = nullptr;
    Py_ssize_t n = -1;
    if (!PyArg_ParseTuple(args, "s#", &s, &n)) return nullptr;
    return PyLong_FromSsize_t(n);
}

PyMethodDef methods[] = {
    {"slot_is_generic_getattr", slot_is_generic_getattr, METH_NOARGS, nullptr},
    {"slot_is_plain_declaration", slot_is_plain_declaration, METH_NOARGS, nullptr},
    {"length_of", length_of, METH_VARARGS, nullptr},
    {},
};

PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "dllimport_probe", nullptr, 0, methods,
                          nullptr, nullptr, nullptr, nullptr};

}  // namespace

PY3FFI_MODINIT(dllimport_probe) {
    if (!check_interpreter("dllimport_probe")) return nullptr;
    return PyModule_Create(&module_def);
}
