// Functions that many threads call at once on free-threaded builds: they hammer py3ffi's inline
// reference counting (the owner's local count, the others' atomic shared count, the merge at
// zero), PyMutex and the critical sections on shared objects, so the test can check that no
// reference and no update is lost. The module declares that it needs no GIL.
#include <py3ffi/py3ffi.hpp>

using namespace py3ffi;

namespace {

bool ssize_arg(PyObject *o, Py_ssize_t &n) {
    n = PyLong_AsSsize_t(o);
    return !(n == -1 && PyErr_Occurred());
}

// (obj, n): n increments, then n decrements of obj; other threads' counts go through the
// shared field.
PyObject *incref_decref(PyObject *, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t n;
    if (nargs != 2 || !ssize_arg(args[1], n)) return nullptr;
    PyObject *o = args[0];
    for (Py_ssize_t i = 0; i < n; ++i) Py_INCREF(o);
    for (Py_ssize_t i = 0; i < n; ++i) Py_DECREF(o);
    return Py_NewRef(Py_None);
}

// (obj, n): takes n references into a new list, then drops the list: objects this thread
// creates are its own (local counts), obj gets its references from every thread.
PyObject *share_through_lists(PyObject *, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t n;
    if (nargs != 2 || !ssize_arg(args[1], n)) return nullptr;
    PyObject *list = PyList_New(n);
    if (list == nullptr) return nullptr;
    for (Py_ssize_t i = 0; i < n; ++i) PyList_SET_ITEM(list, i, Py_NewRef(args[0]));
    Py_ssize_t size = PyList_GET_SIZE(list);
    Py_DECREF(list);
    return PyLong_FromSsize_t(size);
}

// A counter behind a PyMutex: n increments; the total proves the lock excluded the others.
PyMutex counter_mutex = {0};
long long counter = 0;
PyObject *locked_increments(PyObject *, PyObject *arg) {
    Py_ssize_t n;
    if (!ssize_arg(arg, n)) return nullptr;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyMutex_Lock(&counter_mutex);
        counter = counter + 1;
        PyMutex_Unlock(&counter_mutex);
    }
    return Py_NewRef(Py_None);
}
PyObject *counter_value(PyObject *, PyObject *) {
    PyMutex_Lock(&counter_mutex);
    long long v = counter;
    PyMutex_Unlock(&counter_mutex);
    return PyLong_FromLongLong(v);
}

// (obj, n): n increments of a plain C counter inside obj's critical section. (Nothing inside
// may block: a thread that blocks suspends its critical sections, by design.)
long long section_counter = 0;
PyObject *critical_increments(PyObject *, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t n;
    if (nargs != 2 || !ssize_arg(args[1], n)) return nullptr;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PY3FFI_BEGIN_CRITICAL_SECTION(args[0]);
        section_counter = section_counter + 1;
        PY3FFI_END_CRITICAL_SECTION();
    }
    return Py_NewRef(Py_None);
}
PyObject *section_value(PyObject *, PyObject *) { return PyLong_FromLongLong(section_counter); }

// (n): imports the datetime C API (PyDateTime_IMPORT: once, with a compare-and-swap, whichever
// thread comes first) and builds n dates through it; returns the last one's ordinal-ish sum.
PyObject *dates(PyObject *, PyObject *arg) {
    Py_ssize_t n;
    if (!ssize_arg(arg, n)) return nullptr;
    if (!PY3FFI_DATETIME_IMPORT) return nullptr;
    long sum = 0;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyObject *d = PyDate_FromDate(2026, 11, 1 + static_cast<int>(i % 28));
        if (d == nullptr) return nullptr;
        sum += PyDateTime_GET_DAY(d);
        Py_DECREF(d);
    }
    return PyLong_FromLong(sum);
}

// Py_REFCNT as py3ffi reads it (local + shared), for comparison with sys.getrefcount.
PyObject *refcnt(PyObject *, PyObject *o) { return PyLong_FromSsize_t(Py_REFCNT(o)); }

PyObject *is_immortal(PyObject *, PyObject *o) { return PyBool_FromLong(_Py_IsImmortal(o)); }

PyMethodDef methods[] = {
    {"incref_decref", cfunction_cast(incref_decref), METH_FASTCALL, nullptr},
    {"share_through_lists", cfunction_cast(share_through_lists), METH_FASTCALL, nullptr},
    {"locked_increments", locked_increments, METH_O, nullptr},
    {"counter_value", counter_value, METH_NOARGS, nullptr},
    {"critical_increments", cfunction_cast(critical_increments), METH_FASTCALL, nullptr},
    {"section_value", section_value, METH_NOARGS, nullptr},
    {"dates", dates, METH_O, nullptr},
    {"refcnt", refcnt, METH_O, nullptr},
    {"is_immortal", is_immortal, METH_O, nullptr},
    {},
};

PyModuleDef_Slot slots[] = {
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
    {},
};

PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "ftstress", nullptr, 0, methods, slots, nullptr, nullptr, nullptr,
};

}  // namespace

PY3FFI_MODINIT(ftstress) {
    if (!check_interpreter("ftstress")) return nullptr;
    return PyModuleDef_Init(&module_def);
}
