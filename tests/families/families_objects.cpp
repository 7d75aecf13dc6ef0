// Families 1 (the object protocol) and 2 (numbers).
#include <climits>
#include <cstdint>
#include <string>
#include "families.hpp"

namespace families {
namespace {

// ---- 1. objects ------------------------------------------------------------------------

// Sets `name` (and "extra") to value, reads both back and deletes both, recording HasAttr at
// each step: (had name, had extra, name value, extra value, has name, has extra, name gone,
// extra gone).
PyObject *obj_attrs(PyObject *, PyObject *args) {
    PyObject *o, *name, *value;
    if (!PyArg_ParseTuple(args, "OUO:obj_attrs", &o, &name, &value)) return nullptr;
    Results r;
    if (!r.add_long(PyObject_HasAttr(o, name)) || !r.add_long(PyObject_HasAttrString(o, "extra"))) return nullptr;
    if (PyObject_SetAttr(o, name, value) < 0 || PyObject_SetAttrString(o, "extra", value) < 0) return nullptr;
    if (!r.add(PyObject_GetAttr(o, name)) || !r.add(PyObject_GetAttrString(o, "extra")) ||
        !r.add_long(PyObject_HasAttr(o, name)) || !r.add_long(PyObject_HasAttrString(o, "extra")))
        return nullptr;
    if (PyObject_DelAttr(o, name) < 0 || PyObject_DelAttrString(o, "extra") < 0) return nullptr;
    if (!r.add_long(!PyObject_HasAttr(o, name)) || !r.add_long(!PyObject_HasAttrString(o, "extra"))) return nullptr;
    return r.take();
}

PyObject *obj_getattr(PyObject *, PyObject *args) {
    PyObject *o, *name;
    if (!PyArg_ParseTuple(args, "OO:obj_getattr", &o, &name)) return nullptr;
    return PyObject_GetAttr(o, name);
}

PyObject *obj_getattr_string(PyObject *, PyObject *args) {
    PyObject *o;
    const char *name;
    if (!PyArg_ParseTuple(args, "Os:obj_getattr_string", &o, &name)) return nullptr;
    return PyObject_GetAttrString(o, name);
}

PyObject *obj_setattr(PyObject *, PyObject *args) {
    PyObject *o, *name, *value;
    if (!PyArg_ParseTuple(args, "OOO:obj_setattr", &o, &name, &value)) return nullptr;
    if (PyObject_SetAttr(o, name, value) < 0) return nullptr;
    return none();
}

PyObject *obj_delattr(PyObject *, PyObject *args) {
    PyObject *o, *name;
    if (!PyArg_ParseTuple(args, "OO:obj_delattr", &o, &name)) return nullptr;
    if (PyObject_DelAttr(o, name) < 0) return nullptr;
    return none();
}

// (tuple of PyObject_RichCompare for Py_LT..Py_GE, tuple of PyObject_RichCompareBool)
PyObject *obj_compare(PyObject *, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO:obj_compare", &a, &b)) return nullptr;
    Results objects, bools;
    const int ops[] = {Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE};
    for (int op : ops)
        if (!objects.add(PyObject_RichCompare(a, b, op))) return nullptr;
    for (int op : ops) {
        int v = PyObject_RichCompareBool(a, b, op);
        if (v < 0 || !bools.add_long(v)) return nullptr;
    }
    Results r;
    if (!r.add(objects.take()) || !r.add(bools.take())) return nullptr;
    return r.take();
}

PyObject *obj_hash(PyObject *, PyObject *o) {
    Py_hash_t h = PyObject_Hash(o);
    if (failed(h)) return nullptr;
    return PyLong_FromSsize_t(h);
}

// (repr, str, ascii)
PyObject *obj_strs(PyObject *, PyObject *o) {
    Results r;
    if (!r.add(PyObject_Repr(o)) || !r.add(PyObject_Str(o)) || !r.add(PyObject_ASCII(o))) return nullptr;
    return r.take();
}

// (PyObject_IsTrue, PyObject_Not)
PyObject *obj_truth(PyObject *, PyObject *o) {
    int t = PyObject_IsTrue(o);
    if (t < 0) return nullptr;
    int n = PyObject_Not(o);
    if (n < 0) return nullptr;
    return Py_BuildValue("(ii)", t, n);
}

// (PyObject_Length, PyObject_Size)
PyObject *obj_length(PyObject *, PyObject *o) {
    Py_ssize_t n = PyObject_Length(o);
    if (failed(n)) return nullptr;
    Py_ssize_t m = PyObject_Size(o);
    if (failed(m)) return nullptr;
    return Py_BuildValue("(nn)", n, m);
}

// o[key] = value, read back, del o[key], read again: (value read, the last read raised a
// LookupError)
PyObject *obj_items(PyObject *, PyObject *args) {
    PyObject *o, *key, *value;
    if (!PyArg_ParseTuple(args, "OOO:obj_items", &o, &key, &value)) return nullptr;
    if (PyObject_SetItem(o, key, value) < 0) return nullptr;
    Results r;
    if (!r.add(PyObject_GetItem(o, key))) return nullptr;
    if (PyObject_DelItem(o, key) < 0) return nullptr;
    PyObject *again = PyObject_GetItem(o, key);
    int lookup_error = 0;
    if (again) {
        Py_DECREF(again);
    } else if (PyErr_ExceptionMatches(PyExc_LookupError)) {
        PyErr_Clear();
        lookup_error = 1;
    } else {
        return nullptr;
    }
    if (!r.add_long(lookup_error)) return nullptr;
    return r.take();
}

PyObject *obj_getitem(PyObject *, PyObject *args) {
    PyObject *o, *key;
    if (!PyArg_ParseTuple(args, "OO:obj_getitem", &o, &key)) return nullptr;
    return PyObject_GetItem(o, key);
}

PyObject *obj_delitem(PyObject *, PyObject *args) {
    PyObject *o, *key;
    if (!PyArg_ParseTuple(args, "OO:obj_delitem", &o, &key)) return nullptr;
    if (PyObject_DelItem(o, key) < 0) return nullptr;
    return none();
}

// The call family on f(*args, **kwargs) -> (args, kwargs) and obj.m(*args) -> args:
// (Call(f, (arg,), {"k": arg}), CallObject(f, (arg, arg)), CallObject(f, NULL),
//  CallFunctionObjArgs(f, arg, arg, arg), CallFunction(f, "Osi", arg, "s", 7),
//  CallFunction(f, "O", (arg, arg)) -- a lone tuple is the argument list --,
//  CallMethod(obj, "m", "Oi", arg, 5), CallMethodObjArgs(obj, "m", arg),
//  CallNoArgs(f), CallOneArg(f, arg), CallMethodNoArgs(obj, "m"), CallMethodOneArg(obj, "m", arg))
PyObject *obj_calls(PyObject *, PyObject *args) {
    PyObject *f, *obj, *arg;
    if (!PyArg_ParseTuple(args, "OOO:obj_calls", &f, &obj, &arg)) return nullptr;
    Ref one(PyTuple_Pack(1, arg)), two(PyTuple_Pack(2, arg, arg)), kwargs(PyDict_New()), name(PyUnicode_FromString("m"));
    if (!one || !two || !kwargs || !name || PyDict_SetItemString(kwargs.get(), "k", arg) < 0) return nullptr;
    PyObject *const nul = nullptr;  // the sentinel of the ObjArgs forms
    Results r;
    if (!r.add(PyObject_Call(f, one.get(), kwargs.get())) || !r.add(PyObject_CallObject(f, two.get())) ||
        !r.add(PyObject_CallObject(f, nullptr)) || !r.add(PyObject_CallFunctionObjArgs(f, arg, arg, arg, nul)) ||
        !r.add(PyObject_CallFunction(f, "Osi", arg, "s", 7)) || !r.add(PyObject_CallFunction(f, "O", two.get())) ||
        !r.add(PyObject_CallMethod(obj, "m", "Oi", arg, 5)) ||
        !r.add(PyObject_CallMethodObjArgs(obj, name.get(), arg, nul)) || !r.add(cx::PyObject_CallNoArgs(f)) ||
        !r.add(cx::PyObject_CallOneArg(f, arg)) || !r.add(cx::PyObject_CallMethodNoArgs(obj, name.get())) ||
        !r.add(cx::PyObject_CallMethodOneArg(obj, name.get(), arg)))
        return nullptr;
    return r.take();
}

// py3ffi declares PyObject_Vectorcall from 3.11 (3.9 and 3.10 have it as a static inline
// function of cpython/abstract.h, which py3ffi lacks), in the stable ABI from 3.12.
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_LIMITED_SINCE(3, 12)
// (Vectorcall(f, [arg, arg, arg], nargs=2, kwnames=("k",)) with the offset flag,
//  Vectorcall(f, [arg], 1), Vectorcall(f, NULL, 0))
PyObject *obj_vectorcall(PyObject *, PyObject *args) {
    PyObject *f, *arg;
    if (!PyArg_ParseTuple(args, "OO:obj_vectorcall", &f, &arg)) return nullptr;
    Ref kwnames(Py_BuildValue("(s)", "k"));
    if (!kwnames) return nullptr;
    PyObject *argv[] = {nullptr, arg, arg, arg};  // argv[0]: room for the callee (the offset flag)
    Results r;
    if (!r.add(PyObject_Vectorcall(f, argv + 1, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames.get())) ||
        !r.add(PyObject_Vectorcall(f, argv + 1, 1, nullptr)) || !r.add(PyObject_Vectorcall(f, nullptr, 0, nullptr)))
        return nullptr;
    return r.take();
}
#endif

#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 12)
// (obj.<name>(arg, arg) through PyObject_VectorcallMethod, PyVectorcall_NARGS of its flags;
// a function from 3.12: 3.8-3.11 have it as a static inline function, which py3ffi lacks)
PyObject *obj_vectorcall_method(PyObject *, PyObject *args) {
    PyObject *obj, *name, *arg;
    if (!PyArg_ParseTuple(args, "OUO:obj_vectorcall_method", &obj, &name, &arg)) return nullptr;
    PyObject *argv[] = {nullptr, obj, arg, arg};
    size_t nargsf = 3 | PY_VECTORCALL_ARGUMENTS_OFFSET;
    Results r;
    if (!r.add(PyObject_VectorcallMethod(name, argv + 1, nargsf, nullptr))) return nullptr;
#  if PY3FFI_SINCE(3, 12)
    if (!r.add_ssize(PyVectorcall_NARGS(nargsf))) return nullptr;
#  else
    if (!r.add_ssize(static_cast<Py_ssize_t>(nargsf & ~PY_VECTORCALL_ARGUMENTS_OFFSET))) return nullptr;
#  endif
    return r.take();
}
#endif

// (IsInstance(o, cls), IsSubclass(type(o), cls), PyObject_Type(o))
PyObject *obj_isinstance(PyObject *, PyObject *args) {
    PyObject *o, *cls;
    if (!PyArg_ParseTuple(args, "OO:obj_isinstance", &o, &cls)) return nullptr;
    int i = PyObject_IsInstance(o, cls);
    if (i < 0) return nullptr;
    int s = PyObject_IsSubclass(reinterpret_cast<PyObject *>(Py_TYPE(o)), cls);
    if (s < 0) return nullptr;
    return Py_BuildValue("(iiN)", i, s, PyObject_Type(o));
}

PyObject *obj_issubclass(PyObject *, PyObject *args) {
    PyObject *c, *cls;
    if (!PyArg_ParseTuple(args, "OO:obj_issubclass", &c, &cls)) return nullptr;
    int s = PyObject_IsSubclass(c, cls);
    if (s < 0) return nullptr;
    return boolean(s);
}

PyObject *obj_dir(PyObject *, PyObject *o) { return PyObject_Dir(o); }

PyObject *obj_selfiter(PyObject *, PyObject *o) { return PyObject_SelfIter(o); }

// ---- 2. numbers ------------------------------------------------------------------------

// PyLong_As<kind>(o), given back through the matching PyLong_From*: kinds are
// long, longlong, ssize, ulong, ulonglong, size, double, int (compat), ulongmask, ulonglongmask
PyObject *num_as(PyObject *, PyObject *args) {
    const char *kind;
    PyObject *o;
    if (!PyArg_ParseTuple(args, "sO:num_as", &kind, &o)) return nullptr;
    const std::string k = kind;
    if (k == "long") {
        long v = PyLong_AsLong(o);
        return failed(v) ? nullptr : PyLong_FromLong(v);
    }
    if (k == "longlong") {
        long long v = PyLong_AsLongLong(o);
        return failed(v) ? nullptr : PyLong_FromLongLong(v);
    }
    if (k == "ssize") {
        Py_ssize_t v = PyLong_AsSsize_t(o);
        return failed(v) ? nullptr : PyLong_FromSsize_t(v);
    }
    if (k == "ulong") {
        unsigned long v = PyLong_AsUnsignedLong(o);
        return v == static_cast<unsigned long>(-1) && PyErr_Occurred() ? nullptr : PyLong_FromUnsignedLong(v);
    }
    if (k == "ulonglong") {
        unsigned long long v = PyLong_AsUnsignedLongLong(o);
        return v == static_cast<unsigned long long>(-1) && PyErr_Occurred() ? nullptr : PyLong_FromUnsignedLongLong(v);
    }
    if (k == "size") {
        size_t v = PyLong_AsSize_t(o);
        return v == static_cast<size_t>(-1) && PyErr_Occurred() ? nullptr : PyLong_FromSize_t(v);
    }
    if (k == "double") {
        double v = PyLong_AsDouble(o);
        return v == -1.0 && PyErr_Occurred() ? nullptr : PyFloat_FromDouble(v);
    }
    if (k == "int") {
        int v = cx::PyLong_AsInt(o);
        return failed(v) ? nullptr : PyLong_FromLong(v);
    }
    if (k == "ulongmask") {
        unsigned long v = PyLong_AsUnsignedLongMask(o);
        return v == static_cast<unsigned long>(-1) && PyErr_Occurred() ? nullptr : PyLong_FromUnsignedLong(v);
    }
    if (k == "ulonglongmask") {
        unsigned long long v = PyLong_AsUnsignedLongLongMask(o);
        return v == static_cast<unsigned long long>(-1) && PyErr_Occurred() ? nullptr : PyLong_FromUnsignedLongLong(v);
    }
    PyErr_Format(PyExc_ValueError, "num_as: unknown kind '%s'", kind);
    return nullptr;
}

// (PyLong_AsLongAndOverflow, its overflow flag, PyLong_AsLongLongAndOverflow, its flag)
PyObject *num_overflow(PyObject *, PyObject *o) {
    int overflow = 7, overflow_ll = 7;
    long v = PyLong_AsLongAndOverflow(o, &overflow);
    if (failed(v)) return nullptr;
    long long w = PyLong_AsLongLongAndOverflow(o, &overflow_ll);
    if (failed(w)) return nullptr;
    return Py_BuildValue("(liLi)", v, overflow, w, overflow_ll);
}

// The PyLong_From* constructors at their limits.
PyObject *num_from(PyObject *, PyObject *) {
    Results r;
    if (!r.add(PyLong_FromLong(LONG_MIN)) || !r.add(PyLong_FromLong(LONG_MAX)) ||
        !r.add(PyLong_FromUnsignedLong(ULONG_MAX)) || !r.add(PyLong_FromLongLong(LLONG_MIN)) ||
        !r.add(PyLong_FromUnsignedLongLong(ULLONG_MAX)) || !r.add(PyLong_FromSsize_t(PY_SSIZE_T_MIN)) ||
        !r.add(PyLong_FromSize_t(SIZE_MAX)) || !r.add(PyLong_FromDouble(-1e20)) ||
        !r.add(PyLong_FromVoidPtr(reinterpret_cast<void *>(static_cast<uintptr_t>(0x1234)))))
        return nullptr;
    return r.take();
}

// (PyLong_FromString(s, &end, base), the characters it consumed)
PyObject *num_from_string(PyObject *, PyObject *args) {
    const char *s;
    int base;
    if (!PyArg_ParseTuple(args, "si:num_from_string", &s, &base)) return nullptr;
    char *end = nullptr;
    PyObject *v = PyLong_FromString(s, &end, base);
    if (!v) return nullptr;
    return Py_BuildValue("(Nn)", v, static_cast<Py_ssize_t>(end - s));
}

PyObject *num_from_double(PyObject *, PyObject *o) {
    double d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred()) return nullptr;
    return PyLong_FromDouble(d);
}

PyObject *num_float(PyObject *, PyObject *o) {
    double d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred()) return nullptr;
    return PyFloat_FromDouble(d);
}

// (PyPy's headers lack PyFloat_GetMax/GetMin; GraalPy aborts in PyFloat_GetMin, "Function not
// implemented in GraalPy", with Python.h too)
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
// (PyFloat_GetMax, PyFloat_GetMin, PyFloat_FromString("1.5e3"))
PyObject *num_float_info(PyObject *, PyObject *) {
    Ref text(PyUnicode_FromString("1.5e3"));
    if (!text) return nullptr;
    return Py_BuildValue("(ddN)", PyFloat_GetMax(), PyFloat_GetMin(), PyFloat_FromString(text.get()));
}
#endif

// PyNumber_<op>(a, b) for op = an index into the table below (the order families_checks.py uses)
PyObject *num_binary(PyObject *, PyObject *args) {
    int op;
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "iOO:num_binary", &op, &a, &b)) return nullptr;
    switch (op) {
    case 0: return PyNumber_Add(a, b);
    case 1: return PyNumber_Subtract(a, b);
    case 2: return PyNumber_Multiply(a, b);
    case 3: return PyNumber_TrueDivide(a, b);
    case 4: return PyNumber_FloorDivide(a, b);
    case 5: return PyNumber_Remainder(a, b);
    case 6: return PyNumber_Power(a, b, Py_None);
    case 7: return PyNumber_Lshift(a, b);
    case 8: return PyNumber_Rshift(a, b);
    case 9: return PyNumber_And(a, b);
    case 10: return PyNumber_Or(a, b);
    case 11: return PyNumber_Xor(a, b);
    case 12: return PyNumber_Divmod(a, b);
    case 13: return PyNumber_InPlaceAdd(a, b);
    case 14: return PyNumber_InPlaceMultiply(a, b);
    default: PyErr_SetString(PyExc_ValueError, "num_binary: unknown op"); return nullptr;
    }
}

PyObject *num_unary(PyObject *, PyObject *args) {
    int op;
    PyObject *a;
    if (!PyArg_ParseTuple(args, "iO:num_unary", &op, &a)) return nullptr;
    switch (op) {
    case 0: return PyNumber_Negative(a);
    case 1: return PyNumber_Positive(a);
    case 2: return PyNumber_Absolute(a);
    case 3: return PyNumber_Invert(a);
    case 4: return PyNumber_Index(a);
    case 5: return PyNumber_Long(a);
    case 6: return PyNumber_Float(a);
    default: PyErr_SetString(PyExc_ValueError, "num_unary: unknown op"); return nullptr;
    }
}

PyObject *num_power(PyObject *, PyObject *args) {
    PyObject *a, *b, *c;
    if (!PyArg_ParseTuple(args, "OOO:num_power", &a, &b, &c)) return nullptr;
    return PyNumber_Power(a, b, c);
}

PyObject *num_bool(PyObject *, PyObject *o) {
    long v = PyLong_AsLong(o);
    if (failed(v)) return nullptr;
    return PyBool_FromLong(v);
}

// (PyComplex_FromDoubles(re, im), PyComplex_RealAsDouble(o), PyComplex_ImagAsDouble(o))
PyObject *num_complex(PyObject *, PyObject *args) {
    double re, im;
    PyObject *o;
    if (!PyArg_ParseTuple(args, "ddO:num_complex", &re, &im, &o)) return nullptr;
    double real = PyComplex_RealAsDouble(o);
    if (real == -1.0 && PyErr_Occurred()) return nullptr;
    double imag = PyComplex_ImagAsDouble(o);
    if (imag == -1.0 && PyErr_Occurred()) return nullptr;
    return Py_BuildValue("(Ndd)", PyComplex_FromDoubles(re, im), real, imag);
}

// (PyNumber_Check, PyLong_Check, PyLong_CheckExact, PyFloat_Check, PyBool_Check, PyComplex_Check)
PyObject *num_checks(PyObject *, PyObject *o) {
    return Py_BuildValue("(iiiiii)", PyNumber_Check(o), PyLong_Check(o), PyLong_CheckExact(o), PyFloat_Check(o),
                         PyBool_Check(o), PyComplex_Check(o));
}

// PyIndex_Check: a function from 3.8; 3.7's full API has it as a macro, which py3ffi lacks.
#if PY3FFI_SINCE(3, 8)
PyObject *num_index_check(PyObject *, PyObject *o) { return boolean(PyIndex_Check(o)); }
#endif

// Py_REFCNT(o): what the leak checks count with where sys.getrefcount is missing (PyPy, where
// it counts the C-level references of the object's C counterpart)
PyObject *obj_refcnt(PyObject *, PyObject *o) { return PyLong_FromSsize_t(Py_REFCNT(o)); }

PyMethodDef object_methods[] = {
    {"obj_refcnt", obj_refcnt, METH_O, nullptr},
    {"obj_attrs", obj_attrs, METH_VARARGS, nullptr},
    {"obj_getattr", obj_getattr, METH_VARARGS, nullptr},
    {"obj_getattr_string", obj_getattr_string, METH_VARARGS, nullptr},
    {"obj_setattr", obj_setattr, METH_VARARGS, nullptr},
    {"obj_delattr", obj_delattr, METH_VARARGS, nullptr},
    {"obj_compare", obj_compare, METH_VARARGS, nullptr},
    {"obj_hash", obj_hash, METH_O, nullptr},
    {"obj_strs", obj_strs, METH_O, nullptr},
    {"obj_truth", obj_truth, METH_O, nullptr},
    {"obj_length", obj_length, METH_O, nullptr},
    {"obj_items", obj_items, METH_VARARGS, nullptr},
    {"obj_getitem", obj_getitem, METH_VARARGS, nullptr},
    {"obj_delitem", obj_delitem, METH_VARARGS, nullptr},
    {"obj_calls", obj_calls, METH_VARARGS, nullptr},
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_LIMITED_SINCE(3, 12)
    {"obj_vectorcall", obj_vectorcall, METH_VARARGS, nullptr},
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 12)
    {"obj_vectorcall_method", obj_vectorcall_method, METH_VARARGS, nullptr},
#endif
    {"obj_isinstance", obj_isinstance, METH_VARARGS, nullptr},
    {"obj_issubclass", obj_issubclass, METH_VARARGS, nullptr},
    {"obj_dir", obj_dir, METH_O, nullptr},
    {"obj_selfiter", obj_selfiter, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyMethodDef number_methods[] = {
    {"num_as", num_as, METH_VARARGS, nullptr},
    {"num_overflow", num_overflow, METH_O, nullptr},
    {"num_from", num_from, METH_NOARGS, nullptr},
    {"num_from_string", num_from_string, METH_VARARGS, nullptr},
    {"num_from_double", num_from_double, METH_O, nullptr},
    {"num_float", num_float, METH_O, nullptr},
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
    {"num_float_info", num_float_info, METH_NOARGS, nullptr},
#endif
    {"num_binary", num_binary, METH_VARARGS, nullptr},
    {"num_unary", num_unary, METH_VARARGS, nullptr},
    {"num_power", num_power, METH_VARARGS, nullptr},
    {"num_bool", num_bool, METH_O, nullptr},
    {"num_complex", num_complex, METH_VARARGS, nullptr},
    {"num_checks", num_checks, METH_O, nullptr},
#if PY3FFI_SINCE(3, 8)
    {"num_index_check", num_index_check, METH_O, nullptr},
#endif
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int add_objects(PyObject *m) { return PyModule_AddFunctions(m, object_methods); }
int add_numbers(PyObject *m) { return PyModule_AddFunctions(m, number_methods); }

}  // namespace families
