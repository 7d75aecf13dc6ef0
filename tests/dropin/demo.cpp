// SPDX-License-Identifier: MIT
// A C-style extension, written against <Python.h> idioms only: tests/test_dropin.py builds it
// against the interpreters' own headers and against py3ffi's drop-in Python.h, and compares
// what it does under the interpreter.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include <stddef.h>

#define DEMO_ANSWER 42

typedef struct {
    PyObject_HEAD
    PyObject *item;
    long count;
} Box;

static int Box_traverse(PyObject *self, visitproc visit, void *arg) {
    Box *box = (Box *)self;
    Py_VISIT(box->item);
#if PY_VERSION_HEX >= 0x03090000
    // heap types' instances visit their type from 3.9 on: the kiwisolver trap, if this is false
    Py_VISIT(Py_TYPE(self));
#endif
    return 0;
}

static int Box_clear(PyObject *self) {
    Py_CLEAR(((Box *)self)->item);
    return 0;
}

static void Box_dealloc(PyObject *self) {
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Box_clear(self);
    PyObject_GC_Del(self);
    Py_DECREF(tp);
}

static PyObject *Box_new(PyTypeObject *type, PyObject *Py_UNUSED(args), PyObject *Py_UNUSED(kwargs)) {
    Box *box = PyObject_GC_New(Box, type);
    if (box == NULL) return NULL;
    box->item = NULL;
    box->count = 0;
    PyObject_GC_Track((PyObject *)box);
    return (PyObject *)box;
}

PyDoc_STRVAR(Box_put_doc, "put(item): keep item, count one more");

static PyObject *Box_put(PyObject *self, PyObject *item) {
    Box *box = (Box *)self;
    Py_INCREF(item);
#ifdef Py_XSETREF
    Py_XSETREF(box->item, item);
#else
    PyObject *old = box->item;
    box->item = item;
    Py_XDECREF(old);
#endif
    box->count += 1;
    Py_RETURN_NONE;
}

static PyObject *Box_get(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    Box *box = (Box *)self;
    if (box->item == NULL) Py_RETURN_NONE;
    Py_INCREF(box->item);
    return box->item;
}

static PyObject *Box_empty(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    if (((Box *)self)->item == NULL) Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

static PyObject *Box_richcompare(PyObject *a, PyObject *b, int op) {
    if (!PyObject_TypeCheck(b, Py_TYPE(a))) Py_RETURN_NOTIMPLEMENTED;
    long x = ((Box *)a)->count, y = ((Box *)b)->count;
#ifdef Py_RETURN_RICHCOMPARE
    Py_RETURN_RICHCOMPARE(x, y, op);
#else
    int r = op == Py_EQ ? x == y : op == Py_NE ? x != y : op == Py_LT ? x < y
          : op == Py_GT ? x > y : op == Py_LE ? x <= y : x >= y;
    return PyBool_FromLong(r);
#endif
}

static PyMethodDef Box_methods[] = {
    {"put", Box_put, METH_O, Box_put_doc},
    {"get", Box_get, METH_NOARGS, PyDoc_STR("the item, or None")},
    {"empty", Box_empty, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef Box_members[] = {
#if PY_VERSION_HEX >= 0x030C0000
    {"count", Py_T_LONG, offsetof(Box, count), Py_READONLY, PyDoc_STR("items put")},
#else
    {(char *)"count", T_LONG, offsetof(Box, count), READONLY, (char *)"items put"},
#endif
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot Box_slots[] = {
    {Py_tp_new, (void *)Box_new},
    {Py_tp_dealloc, (void *)Box_dealloc},
    {Py_tp_traverse, (void *)Box_traverse},
    {Py_tp_clear, (void *)Box_clear},
    {Py_tp_richcompare, (void *)Box_richcompare},
    {Py_tp_methods, Box_methods},
    {Py_tp_members, Box_members},
    {0, NULL},
};

static PyType_Spec Box_spec = {
    "dropin_demo.Box", sizeof(Box), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, Box_slots,
};

// checksum(data): bytes summed into a buffer PyMem_New allocates and PyMem_Resize grows,
// with the GIL released around the loop.
static PyObject *checksum(PyObject *Py_UNUSED(module), PyObject *args) {
    const char *data;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "y#", &data, &n)) return NULL;
    unsigned long *sums = PyMem_New(unsigned long, 1);
    if (sums == NULL) return PyErr_NoMemory();
    sums = PyMem_Resize(sums, unsigned long, 4);
    if (sums == NULL) return PyErr_NoMemory();
    Py_BEGIN_ALLOW_THREADS
    for (int k = 0; k < 4; k++) sums[k] = 0;
    for (Py_ssize_t i = 0; i < n; i++) sums[i % 4] += (unsigned char)data[i] * (unsigned long)(i + 1);
    Py_END_ALLOW_THREADS
    unsigned long total = Py_MAX(sums[0], sums[1]) + Py_MIN(sums[2], sums[3]);
    PyMem_Free(sums);
    return PyLong_FromUnsignedLong(total);
}

// The version macros as the module was compiled: #if and the values.
static PyObject *versions(PyObject *Py_UNUSED(module), PyObject *Py_UNUSED(ignored)) {
    int traverse_visits_type = 0;
#if PY_VERSION_HEX >= 0x03090000
    traverse_visits_type = 1;
#endif
    int is_pypy = 0;
#ifdef PYPY_VERSION
    is_pypy = 1;
#endif
    int limited = 0;
#ifdef Py_LIMITED_API
    limited = Py_LIMITED_API;
#endif
    return Py_BuildValue("{s:s,s:k,s:i,s:i,s:i,s:i,s:i,s:i,s:i}", "PY_VERSION", PY_VERSION,
                         "PY_VERSION_HEX", (unsigned long)PY_VERSION_HEX, "major", PY_MAJOR_VERSION,
                         "minor", PY_MINOR_VERSION, "micro", PY_MICRO_VERSION, "level", PY_RELEASE_LEVEL,
                         "traverse_visits_type", traverse_visits_type, "pypy", is_pypy, "limited", limited);
}

static PyMethodDef module_methods[] = {
    {"checksum", checksum, METH_VARARGS, PyDoc_STR("a checksum of bytes")},
    {"versions", versions, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(module_doc, "py3ffi's drop-in test: a C-style extension");

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "dropin_demo", module_doc, -1, module_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_dropin_demo(void) {
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL) return NULL;
    PyObject *box_type = PyType_FromSpec(&Box_spec);
    if (box_type == NULL || PyModule_AddObject(m, "Box", box_type) < 0) {
        Py_XDECREF(box_type);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntMacro(m, DEMO_ANSWER) < 0 || PyModule_AddStringConstant(m, "doc", module_doc) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
