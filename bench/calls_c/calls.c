/* The reference for the call-mechanism benchmark: add_ints(a, b) -> a + b for two ints that fit
 * in 32 bits, written in C against the interpreter's own Python.h. Nothing in it costs more than
 * reaching the C API and back: METH_FASTCALL, PyLong_Check, PyLong_AsLongLong and a range check
 * for each argument, PyLong_FromLong for the result (a small int for add_ints(5, 20), which the
 * interpreter hands out without allocating). bench/calls_py3ffi/calls.cpp is the same line for
 * line; the other variants do it the way their library is meant to be used. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* Argument number `pos` (1-based) as a 32-bit int; 0 with an exception set. */
static int to_int32(PyObject *arg, int pos, int32_t *out) {
    if (!PyLong_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "add_ints expected an int for positional argument %d", pos);
        return 0;
    }
    long long v = PyLong_AsLongLong(arg);
    if (v == -1 && PyErr_Occurred()) { /* beyond 64 bits: reported as not fitting 32 either */
        PyErr_Clear();
        PyObject *text = PyObject_Str(arg);
        if (text == NULL) return 0;
        PyErr_Format(PyExc_OverflowError, "cannot fit %U in 32 bits", text);
        Py_DECREF(text);
        return 0;
    }
    if (v < INT32_MIN || v > INT32_MAX) {
        PyErr_Format(PyExc_OverflowError, "cannot fit %lld in 32 bits", v);
        return 0;
    }
    *out = (int32_t)v;
    return 1;
}

static PyObject *add_ints(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "add_ints expected 2 positional arguments");
        return NULL;
    }
    int32_t a, b;
    if (!to_int32(args[0], 1, &a) || !to_int32(args[1], 2, &b)) return NULL;
    return PyLong_FromLong((long)a + (long)b); /* 64-bit long: the sum cannot overflow */
}

static PyMethodDef methods[] = {
    {"add_ints", (PyCFunction)(void (*)(void))add_ints, METH_FASTCALL, "Returns the sum of two 32-bit ints."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {
#ifdef Py_GIL_DISABLED
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL},
};

static PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "calls", "The call-mechanism benchmark in C with Python.h.", 0, methods, slots,
    NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_calls(void) { return PyModuleDef_Init(&module_def); }
