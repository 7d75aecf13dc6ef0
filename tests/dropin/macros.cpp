// SPDX-License-Identifier: MIT
// Every statement, declaration and type-taking macro of the drop-in Python.h, used as C code
// uses them (each where the headers of the target have it): tests/test_dropin.py compiles it.
#include <Python.h>
#include <datetime.h>
#include <frameobject.h>
#include <pythread.h>
#include <structmember.h>

typedef struct {
    PyObject_VAR_HEAD
    long items[1];
} Vec;

static PyObject plain_head = {PyObject_HEAD_INIT(NULL)};
static PyVarObject var_head = {PyVarObject_HEAD_INIT(NULL, 0)};

static PyObject *all_macros(PyObject *self, PyObject *other) {
    Vec *v = PyObject_NewVar(Vec, Py_TYPE(self), 3);
    Vec *w = PyObject_NEW_VAR(Vec, Py_TYPE(self), 3);
    Vec *g = PyObject_GC_NewVar(Vec, Py_TYPE(self), 3);
#if !defined(PYPY_VERSION)
    g = PyObject_GC_Resize(Vec, g, 5);
#endif
    PyObject *o = PyObject_NEW(PyObject, Py_TYPE(self));
    long *p = PyMem_NEW(long, 2);
    p = PyMem_RESIZE(p, long, 4);
    PyMem_Free(p);
    (void)v, (void)w, (void)g, (void)o, (void)plain_head, (void)var_head;
#ifdef Py_SETREF
    Py_INCREF(other);
    Py_SETREF(other, other);
#endif
#ifdef Py_BEGIN_CRITICAL_SECTION
    Py_BEGIN_CRITICAL_SECTION(self);
    Py_END_CRITICAL_SECTION();
    Py_BEGIN_CRITICAL_SECTION2(self, other);
    Py_END_CRITICAL_SECTION2();
#endif
#ifdef Py_TRASHCAN_BEGIN
    Py_TRASHCAN_BEGIN(self, Py_DecRef)
    Py_TRASHCAN_END
#endif
#ifdef PyDateTime_IMPORT
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == NULL) return NULL;
#endif
    Py_BEGIN_ALLOW_THREADS
    Py_BLOCK_THREADS
    Py_UNBLOCK_THREADS
    Py_END_ALLOW_THREADS
    static const char *names[] = {"a", "b"};
    size_t n = Py_ARRAY_LENGTH(names) + (size_t)Py_ABS(-1) + (size_t)Py_MIN(1, 2);
    if (n == 0) Py_RETURN_FALSE;
#ifdef Py_RETURN_RICHCOMPARE
    if (n == 1) Py_RETURN_RICHCOMPARE(1, 2, Py_LT);
#endif
    if (n == 2) Py_RETURN_NOTIMPLEMENTED;
    Py_CLEAR(other);
    Py_RETURN_TRUE;
}

PyMODINIT_FUNC PyInit_macros(void) {
    static PyMethodDef defs[] = {{"all", all_macros, METH_O, NULL}, {NULL, NULL, 0, NULL}};
    static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "macros", NULL, -1, defs, NULL, NULL, NULL, NULL};
    return PyModule_Create(&def);
}
