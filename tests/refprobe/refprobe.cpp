// A module whose functions run py3ffi's inline refcount and type-check forms on the objects
// they are given, so Python can compare the effect with sys.getrefcount and isinstance.
#include <py3ffi/py3ffi.hpp>

using namespace py3ffi;

namespace {

// Py_NewRef is 3.10+; below it this is its definition (the compat backports are issue 4).
PyObject *new_ref(PyObject *o) {
#if PY3FFI_SINCE(3, 10)
    return Py_NewRef(o);
#else
    Py_INCREF(o);
    return o;
#endif
}

PyObject *incref(PyObject *, PyObject *o) {
    Py_INCREF(o);
    Py_XINCREF(static_cast<PyObject *>(nullptr));  // must be a no-op
    return new_ref(Py_None);
}

PyObject *decref(PyObject *, PyObject *o) {
    Py_DECREF(o);
    Py_XDECREF(static_cast<PyObject *>(nullptr));
    return new_ref(Py_None);
}

PyObject *refcnt(PyObject *, PyObject *o) { return PyLong_FromSsize_t(Py_REFCNT(o)); }

// Py_NewRef returns its argument with one more reference: hand it back (the caller gets it).
PyObject *newref(PyObject *, PyObject *o) { return new_ref(o); }

// Py_CLEAR on a fresh object: frees it (dealloc path) and nulls the pointer.
PyObject *clear_fresh(PyObject *, PyObject *) {
    PyObject *t = PyTuple_New(3);
    if (!t) return nullptr;
    Py_CLEAR(t);
    return PyLong_FromLong(t == nullptr);
}

PyObject *checks(PyObject *, PyObject *o) {
    return Py_BuildValue("(iiiiii)", PyLong_Check(o), PyLong_CheckExact(o), PyTuple_Check(o),
                         PyUnicode_Check(o), PyBool_Check(o), Py_Is(o, Py_None));
}

PyObject *type_is(PyObject *, PyObject *args) {
    PyObject *o = PyTuple_GetItem(args, 0);
    PyObject *t = PyTuple_GetItem(args, 1);
    if (!o || !t) return nullptr;
    return PyLong_FromLong(Py_IS_TYPE(o, reinterpret_cast<PyTypeObject *>(t)) &&
                           Py_TYPE(o) == reinterpret_cast<PyTypeObject *>(t));
}

PyMethodDef methods[] = {
    {"incref", incref, METH_O, nullptr},
    {"decref", decref, METH_O, nullptr},
    {"refcnt", refcnt, METH_O, nullptr},
    {"newref", newref, METH_O, nullptr},
    {"clear_fresh", clear_fresh, METH_NOARGS, nullptr},
    {"checks", checks, METH_O, nullptr},
    {"type_is", type_is, METH_VARARGS, nullptr},
    {},
};

PyModuleDef module = {PyModuleDef_HEAD_INIT, "refprobe", nullptr, -1, methods,
                      nullptr, nullptr, nullptr, nullptr};

}  // namespace

PY3FFI_MODINIT(refprobe) { return PyModule_Create(&module); }
