/* The reference for the call-overhead benchmark: examples/string_sum/string_sum.cpp written in C
 * against the interpreter's own Python.h, line for line the same logic (METH_FASTCALL, the
 * same checks, the same calls, the same messages), so that the difference in time per call is
 * the difference between the two ways of reaching the C API and nothing else. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* Converts argument number `pos` (1-based) to a 32-bit int; 0 with an exception set. */
static int to_int32(PyObject *arg, int pos, int32_t *out) {
    if (!PyLong_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "sum_as_string expected an int for positional argument %d", pos);
        return 0;
    }
    long long v = PyLong_AsLongLong(arg);
    if (v == -1 && PyErr_Occurred()) { /* beyond 64 bits: report it as not fitting 32 either */
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

static PyObject *sum_as_string(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "sum_as_string expected 2 positional arguments");
        return NULL;
    }
    int32_t a, b, sum;
    if (!to_int32(args[0], 1, &a) || !to_int32(args[1], 2, &b)) return NULL;
    if (__builtin_add_overflow(a, b, &sum)) {
        PyErr_SetString(PyExc_OverflowError, "arguments too large to add");
        return NULL;
    }
    return PyUnicode_FromFormat("%d", (int)sum);
}

static PyMethodDef methods[] = {
    {"sum_as_string", (PyCFunction)(void (*)(void))sum_as_string, METH_FASTCALL,
     "Returns the sum of two ints as a string."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {
#ifdef Py_GIL_DISABLED
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL},
};

static PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "string_sum", "The string_sum example in C with Python.h.", 0, methods, slots,
    NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_string_sum(void) { return PyModuleDef_Init(&module_def); }
