// A module whose functions run py3ffi's inline refcount and type-check forms on the objects
// they are given, so Python can compare the effect with sys.getrefcount and isinstance.
#include <py3ffi/py3ffi.hpp>

using namespace py3ffi;

namespace {

// Py_NewRef is 3.10+; below it this is its definition (the compat backports are issue 4).
PyObject *new_ref(PyObject *o) {
#if PY3FFI_TARGET_SINCE(3, 10)
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
                         PyUnicode_Check(o), PyBool_Check(o), o == Py_None);
}

PyObject *bools(PyObject *, PyObject *o) {
#if PY3FFI_TARGET_SINCE(3, 10)
    return Py_BuildValue("(ii)", Py_IsTrue(o), Py_IsFalse(o));
#else
    (void)o;
    PyErr_SetString(PyExc_NotImplementedError, "Py_IsTrue/Py_IsFalse are 3.10+");
    return nullptr;
#endif
}

// The statement macros: release the GIL around plain C work, take it back in the middle.
PyObject *allow_threads(PyObject *, PyObject *) {
    long sum = 0;
    PY3FFI_BEGIN_ALLOW_THREADS
    for (long i = 1; i <= 100; ++i) sum += i;
    PY3FFI_BLOCK_THREADS
    PY3FFI_UNBLOCK_THREADS
    PY3FFI_END_ALLOW_THREADS
    return PyLong_FromLong(sum);
}

#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
PyObject *in_critical_section(PyObject *, PyObject *o) {
    Py_ssize_t n;
    PY3FFI_BEGIN_CRITICAL_SECTION(o)
    n = PyList_Size(o);
    PY3FFI_END_CRITICAL_SECTION()
    return PyLong_FromSsize_t(n);
}
#endif

#if PY3FFI_SINCE(3, 15)
PY3FFI_ABIINFO_VAR(abi_info);
// 0 when the interpreter accepts the ABI this module says it was built for
PyObject *abi_check(PyObject *, PyObject *) { return PyLong_FromLong(PyABIInfo_Check(&abi_info, "refprobe")); }
#endif

PyObject *type_is(PyObject *, PyObject *args) {
    PyObject *o = PyTuple_GetItem(args, 0);
    PyObject *t = PyTuple_GetItem(args, 1);
    if (!o || !t) return nullptr;
    PyTypeObject *tp = reinterpret_cast<PyTypeObject *>(t);
#if PY3FFI_TARGET_SINCE(3, 9)
    return PyLong_FromLong(Py_IS_TYPE(o, tp) && Py_TYPE(o) == tp);
#else
    return PyLong_FromLong(Py_TYPE(o) == tp);  // (no Py_IS_TYPE before 3.9)
#endif
}

PyMethodDef methods[] = {
    {"incref", incref, METH_O, nullptr},
    {"decref", decref, METH_O, nullptr},
    {"refcnt", refcnt, METH_O, nullptr},
    {"newref", newref, METH_O, nullptr},
    {"clear_fresh", clear_fresh, METH_NOARGS, nullptr},
    {"checks", checks, METH_O, nullptr},
    {"type_is", type_is, METH_VARARGS, nullptr},
    {"bools", bools, METH_O, nullptr},
    {"allow_threads", allow_threads, METH_NOARGS, nullptr},
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
    {"in_critical_section", in_critical_section, METH_O, nullptr},
#endif
#if PY3FFI_SINCE(3, 15)
    {"abi_check", abi_check, METH_NOARGS, nullptr},
#endif
    {},
};

PyModuleDef module = {PyModuleDef_HEAD_INIT, "refprobe", nullptr, -1, methods,
                      nullptr, nullptr, nullptr, nullptr};

}  // namespace

PY3FFI_MODINIT(refprobe) { return PyModule_Create(&module); }
