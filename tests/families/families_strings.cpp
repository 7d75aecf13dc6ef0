// Families 3 (str, bytes, bytearray) and 4 (dict, list, tuple, set, frozenset).
#include <cstring>
#include "families.hpp"

namespace families {
namespace {

// ---- 3. strings and bytes --------------------------------------------------------------

// (FromString of UTF-8 text, FromStringAndSize of a prefix, FromStringAndSize with a NUL inside)
PyObject *str_make(PyObject *, PyObject *) {
    Results r;
    if (!r.add(PyUnicode_FromString("h\xc3\xa9llo \xe2\x82\xac")) || !r.add(PyUnicode_FromStringAndSize("abcdef", 3)) ||
        !r.add(PyUnicode_FromStringAndSize("a\0b", 3)))
        return nullptr;
    return r.take();
}

// PyUnicode_FromFormat over the common conversions (u must be a str)
PyObject *str_format(PyObject *, PyObject *args) {
    PyObject *u, *o;
    if (!PyArg_ParseTuple(args, "UO:str_format", &u, &o)) return nullptr;
    return PyUnicode_FromFormat("%s|%d|%zd|%U|%R|%S|%A|%c|%ld|%x|%u|%%|%.3s|%i", "txt", -5, PY_SSIZE_T_MAX, u, o, o, o,
                                0x20AC, static_cast<long>(-1234567890L), 255u, 4000000000u, "abcdef", 42);
}

// (AsUTF8String: bytes, GetLength)
PyObject *str_utf8(PyObject *, PyObject *u) {
    Results r;
    if (!r.add(PyUnicode_AsUTF8String(u))) return nullptr;
    Py_ssize_t n = PyUnicode_GetLength(u);
    if (failed(n) || !r.add_ssize(n)) return nullptr;
    return r.take();
}

#if PY3FFI_LIMITED_SINCE(3, 10)
// PyUnicode_AsUTF8AndSize: the UTF-8 buffer and its size, as bytes
PyObject *str_utf8_and_size(PyObject *, PyObject *u) {
    Py_ssize_t size = -1;
    const char *p = PyUnicode_AsUTF8AndSize(u, &size);
    if (!p) return nullptr;
    return PyBytes_FromStringAndSize(p, size);
}
#endif

// (a + b, b.join([a, a, a]), a.split(b), a.split(), a.find(b), a.rfind(b), a.replace(b, "<>"),
//  Compare(a, b), CompareWithASCIIString(a, "abc"), b in a, a.count(b), a[1:3], a.endswith(b))
PyObject *str_ops(PyObject *, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "UU:str_ops", &a, &b)) return nullptr;
    Ref three(PyList_New(0)), repl(PyUnicode_FromString("<>"));
    if (!three || !repl) return nullptr;
    for (int i = 0; i < 3; ++i)
        if (PyList_Append(three.get(), a) < 0) return nullptr;
    Results r;
    if (!r.add(PyUnicode_Concat(a, b)) || !r.add(PyUnicode_Join(b, three.get())) || !r.add(PyUnicode_Split(a, b, -1)) ||
        !r.add(PyUnicode_Split(a, nullptr, -1)))
        return nullptr;
    Py_ssize_t found = PyUnicode_Find(a, b, 0, PY_SSIZE_T_MAX, 1);
    if (found == -2 || !r.add_ssize(found)) return nullptr;
    Py_ssize_t rfound = PyUnicode_Find(a, b, 0, PY_SSIZE_T_MAX, -1);
    if (rfound == -2 || !r.add_ssize(rfound)) return nullptr;
    if (!r.add(PyUnicode_Replace(a, b, repl.get(), -1))) return nullptr;
    int cmp = PyUnicode_Compare(a, b);
    if ((cmp == -1 && PyErr_Occurred()) || !r.add_long(cmp)) return nullptr;
    if (!r.add_long(PyUnicode_CompareWithASCIIString(a, "abc"))) return nullptr;
    int contains = PyUnicode_Contains(a, b);
    if (contains < 0 || !r.add_bool(contains)) return nullptr;
    Py_ssize_t count = PyUnicode_Count(a, b, 0, PY_SSIZE_T_MAX);
    if (count < 0 || !r.add_ssize(count)) return nullptr;
    if (!r.add(PyUnicode_Substring(a, 1, 3))) return nullptr;
    Py_ssize_t tail = PyUnicode_Tailmatch(a, b, 0, PY_SSIZE_T_MAX, 1);
    if (tail < 0 || !r.add_bool(tail)) return nullptr;
    return r.take();
}

PyObject *str_concat(PyObject *, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO:str_concat", &a, &b)) return nullptr;
    return PyUnicode_Concat(a, b);
}

PyObject *str_split(PyObject *, PyObject *args) {
    PyObject *a, *sep;
    if (!PyArg_ParseTuple(args, "OO:str_split", &a, &sep)) return nullptr;
    return PyUnicode_Split(a, sep, -1);
}

PyObject *str_compare(PyObject *, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO:str_compare", &a, &b)) return nullptr;
    int c = PyUnicode_Compare(a, b);
    if (c == -1 && PyErr_Occurred()) return nullptr;
#if PY3FFI_IS_PYPY
    if (PyErr_Occurred()) return nullptr;  // PyPy returns -2 on error (so a Python.h build sees)
#endif
    return PyLong_FromLong(c);
}

// PyUnicode_DecodeUTF8(b, errors) (errors None: strict)
PyObject *str_decode(PyObject *, PyObject *args) {
    const char *data;
    Py_ssize_t size;
    const char *errors = nullptr;
    if (!PyArg_ParseTuple(args, "y#|z:str_decode", &data, &size, &errors)) return nullptr;
    return PyUnicode_DecodeUTF8(data, size, errors);
}

// (InternFromString(s), InternFromString(s) again, InternInPlace of a fresh copy)
PyObject *str_intern(PyObject *, PyObject *args) {
    const char *s;
    if (!PyArg_ParseTuple(args, "s:str_intern", &s)) return nullptr;
    Results r;
    if (!r.add(PyUnicode_InternFromString(s)) || !r.add(PyUnicode_InternFromString(s))) return nullptr;
    PyObject *fresh = PyUnicode_FromString(s);
    if (!fresh) return nullptr;
    PyUnicode_InternInPlace(&fresh);
    if (!r.add(fresh)) return nullptr;
    return r.take();
}

// (a copy through AsString/Size, a + b through PyBytes_Concat, FromFormat, FromString,
//  a fresh 4-byte object filled through AsString)
PyObject *bytes_ops(PyObject *, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "SS:bytes_ops", &a, &b)) return nullptr;
    char *data = PyBytes_AsString(a);
    Py_ssize_t size = PyBytes_Size(a);
    if (!data || failed(size)) return nullptr;
    Results r;
    if (!r.add(PyBytes_FromStringAndSize(data, size))) return nullptr;
    PyObject *joined = PyBytes_FromStringAndSize(data, size);
    PyBytes_Concat(&joined, b);  // (on failure: joined NULL, an exception set)
    if (!r.add(joined)) return nullptr;
    if (!r.add(PyBytes_FromFormat("%d:%s:%zd:%c:%x:%%", -42, "ab", PY_SSIZE_T_MAX, 'z', 255)) ||
        !r.add(PyBytes_FromString("xyz")))
        return nullptr;
    PyObject *fresh = PyBytes_FromStringAndSize(nullptr, 4);
    if (!fresh) return nullptr;
    std::memcpy(PyBytes_AsString(fresh), "abcd", 4);
    if (!r.add(fresh)) return nullptr;
    return r.take();
}

PyObject *bytes_as_string(PyObject *, PyObject *o) {
    char *p = PyBytes_AsString(o);
    if (!p) return nullptr;
    return PyLong_FromSsize_t(static_cast<Py_ssize_t>(std::strlen(p)));
}

// Uppercases ba in place through PyByteArray_AsString; returns (its size, a new bytearray "abc"
// resized to 6 and filled "abcdef", then cut to 2, FromObject(b"xy"), Concat(ba, b"!"))
PyObject *bytearray_ops(PyObject *, PyObject *ba) {
    if (!PyByteArray_Check(ba)) {
        PyErr_SetString(PyExc_TypeError, "bytearray_ops expects a bytearray");
        return nullptr;
    }
    char *p = PyByteArray_AsString(ba);
    Py_ssize_t n = PyByteArray_Size(ba);
    for (Py_ssize_t i = 0; i < n; ++i)
        if (p[i] >= 'a' && p[i] <= 'z') p[i] = static_cast<char>(p[i] - 'a' + 'A');
    Results r;
    if (!r.add_ssize(n)) return nullptr;
    Ref fresh(PyByteArray_FromStringAndSize("abc", 3));
    if (!fresh || PyByteArray_Resize(fresh.get(), 6) < 0) return nullptr;
    std::memcpy(PyByteArray_AsString(fresh.get()) + 3, "def", 3);
    if (!r.add(PyBytes_FromStringAndSize(PyByteArray_AsString(fresh.get()), PyByteArray_Size(fresh.get()))) ||
        PyByteArray_Resize(fresh.get(), 2) < 0 || !r.add(fresh.release()))
        return nullptr;
    Ref xy(PyBytes_FromString("xy")), bang(PyBytes_FromString("!"));
    if (!xy || !bang) return nullptr;
#if PY3FFI_NOT_GRAALPY
    PyObject *copy = PyByteArray_FromObject(xy.get()), *joined = copy ? PyByteArray_Concat(ba, bang.get()) : nullptr;
#else  // (GraalPy aborts in PyByteArray_FromObject and PyByteArray_Concat, "Function not implemented
       // in GraalPy", with Python.h too: the type's call and the sequence concatenation do the same)
    PyObject *copy = PyObject_CallOneArg(reinterpret_cast<PyObject *>(&PyByteArray_Type), xy.get()),
             *joined = copy ? PySequence_Concat(ba, bang.get()) : nullptr;
#endif
    if (!r.add(copy) || !r.add(joined))
        return nullptr;
    return r.take();
}

// ---- 4. containers ---------------------------------------------------------------------

// Builds a dict from `pairs` (a list of (key, value)) plus d["s"] = probe, then reads it every
// way: (copy, GetItemWithError(first key), GetItemWithError(missing) is NULL without error,
//  GetItemString("s"), Contains(missing), Size, Keys, Values, Items, PyDict_Next's pairs,
//  GetItemRef(missing) (compat), size after DelItem(first key) and DelItemString("s"))
PyObject *dict_ops(PyObject *, PyObject *args) {
    PyObject *pairs, *probe, *missing;
    if (!PyArg_ParseTuple(args, "O!OO:dict_ops", &PyList_Type, &pairs, &probe, &missing)) return nullptr;
    Ref d(PyDict_New());
    if (!d) return nullptr;
    PyObject *first = nullptr;
    for (Py_ssize_t i = 0; i < PyList_Size(pairs); ++i) {
        PyObject *kv = PyList_GetItem(pairs, i);
        PyObject *k = PyTuple_GetItem(kv, 0), *v = PyTuple_GetItem(kv, 1);
        if (!k || !v || PyDict_SetItem(d.get(), k, v) < 0) return nullptr;
        if (!first) first = k;
    }
    if (!first) {
        PyErr_SetString(PyExc_ValueError, "dict_ops needs a pair");
        return nullptr;
    }
    if (PyDict_SetItemString(d.get(), "s", probe) < 0) return nullptr;
    Results r;
    if (!r.add(PyDict_Copy(d.get()))) return nullptr;
    PyObject *v = PyDict_GetItemWithError(d.get(), first);  // borrowed
    if (!r.add_ref(v)) return nullptr;
    PyObject *absent = PyDict_GetItemWithError(d.get(), missing);
    if (!absent && PyErr_Occurred()) return nullptr;
    if (!r.add_bool(absent == nullptr) || !r.add_ref(PyDict_GetItemString(d.get(), "s"))) return nullptr;
    int contains = PyDict_Contains(d.get(), missing);
    if (contains < 0 || !r.add_bool(contains) || !r.add_ssize(PyDict_Size(d.get())) || !r.add(PyDict_Keys(d.get())) ||
        !r.add(PyDict_Values(d.get())) || !r.add(PyDict_Items(d.get())))
        return nullptr;
    Ref seen(PyList_New(0));
    if (!seen) return nullptr;
    Py_ssize_t pos = 0;
    PyObject *key, *value;  // borrowed
    while (PyDict_Next(d.get(), &pos, &key, &value)) {
        Ref pair(PyTuple_Pack(2, key, value));
        if (!pair || PyList_Append(seen.get(), pair.get()) < 0) return nullptr;
    }
    if (!r.add(seen.release())) return nullptr;
    PyObject *ref = nullptr;
    int rc = cx::PyDict_GetItemRef(d.get(), missing, &ref);
    if (rc < 0 || !r.add_long(rc)) return nullptr;
    Py_XDECREF(ref);
    if (PyDict_DelItem(d.get(), first) < 0 || PyDict_DelItemString(d.get(), "s") < 0) return nullptr;
    if (!r.add_ssize(PyDict_Size(d.get()))) return nullptr;
    return r.take();
}

// (found, value): PyDict_GetItemWithError, with errors (unhashable key) raised
PyObject *dict_get(PyObject *, PyObject *args) {
    PyObject *d, *key;
    if (!PyArg_ParseTuple(args, "O!O:dict_get", &PyDict_Type, &d, &key)) return nullptr;
    PyObject *v = PyDict_GetItemWithError(d, key);
    if (!v && PyErr_Occurred()) return nullptr;
    return Py_BuildValue("(iO)", v != nullptr, v ? v : static_cast<PyObject *>(Py_None));
}

PyObject *dict_del(PyObject *, PyObject *args) {
    PyObject *d, *key;
    if (!PyArg_ParseTuple(args, "O!O:dict_del", &PyDict_Type, &d, &key)) return nullptr;
    if (PyDict_DelItem(d, key) < 0) return nullptr;
    return none();
}

// (PyPy's headers lack PyDict_MergeFromSeq2; GraalPy aborts in it, "Function not implemented in
// GraalPy", with Python.h too)
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
// (copy of a merged with b (override), copy of a updated with b, copy of a merged with the
//  sequence of pairs b.items() (override))
PyObject *dict_merge(PyObject *, PyObject *args) {
    PyObject *a, *b;
    int override_;
    if (!PyArg_ParseTuple(args, "O!Oi:dict_merge", &PyDict_Type, &a, &b, &override_)) return nullptr;
    Ref merged(PyDict_Copy(a)), updated(PyDict_Copy(a)), from_seq(PyDict_Copy(a));
    if (!merged || !updated || !from_seq || PyDict_Merge(merged.get(), b, override_) < 0 ||
        PyDict_Update(updated.get(), b) < 0)
        return nullptr;
    Ref items(PyMapping_Items(b));
    if (!items || PyDict_MergeFromSeq2(from_seq.get(), items.get(), override_) < 0) return nullptr;
    Results r;
    if (!r.add(merged.release()) || !r.add(updated.release()) || !r.add(from_seq.release())) return nullptr;
    return r.take();
}
#endif

// A list built with Append from `items`, then Insert(0, x), Insert(1000, x), Insert(-1, x),
// SetItem(1, x): (as built, GetItem(1), GetSlice(1, 3), the list, sorted, reversed, AsTuple,
// Size)
PyObject *list_ops(PyObject *, PyObject *args) {
    PyObject *items, *x;
    if (!PyArg_ParseTuple(args, "O!O:list_ops", &PyTuple_Type, &items, &x)) return nullptr;
    Ref l(PyList_New(0));
    if (!l) return nullptr;
    for (Py_ssize_t i = 0; i < PyTuple_Size(items); ++i)
        if (PyList_Append(l.get(), PyTuple_GetItem(items, i)) < 0) return nullptr;
    Results r;
    if (!r.add(PyList_GetSlice(l.get(), 0, PY_SSIZE_T_MAX))) return nullptr;
    if (PyList_Insert(l.get(), 0, x) < 0 || PyList_Insert(l.get(), 1000, x) < 0 || PyList_Insert(l.get(), -1, x) < 0)
        return nullptr;
    if (PyList_SetItem(l.get(), 1, cx::Py_NewRef(x)) < 0) return nullptr;  // (steals)
    if (!r.add_ref(PyList_GetItem(l.get(), 1)) || !r.add(PyList_GetSlice(l.get(), 1, 3)) ||
        !r.add(PyList_GetSlice(l.get(), 0, PY_SSIZE_T_MAX)))
        return nullptr;
    if (PyList_Sort(l.get()) < 0 || !r.add(PyList_GetSlice(l.get(), 0, PY_SSIZE_T_MAX))) return nullptr;
    if (PyList_Reverse(l.get()) < 0 || !r.add(PyList_GetSlice(l.get(), 0, PY_SSIZE_T_MAX)) ||
        !r.add(PyList_AsTuple(l.get())) || !r.add_ssize(PyList_Size(l.get())))
        return nullptr;
    return r.take();
}

// A list of n items made with PyList_New(n) and PyList_SetItem: [0, 1, ..., n-1]
PyObject *list_fill(PyObject *, PyObject *arg) {
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (failed(n)) return nullptr;
    Ref l(PyList_New(n));
    if (!l) return nullptr;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyObject *v = PyLong_FromSsize_t(i);
        if (!v || PyList_SetItem(l.get(), i, v) < 0) return nullptr;
    }
    return l.release();
}

PyObject *list_get(PyObject *, PyObject *args) {
    PyObject *l;
    Py_ssize_t i;
    if (!PyArg_ParseTuple(args, "On:list_get", &l, &i)) return nullptr;
    PyObject *v = PyList_GetItem(l, i);
    return v ? cx::Py_NewRef(v) : nullptr;
}

PyObject *list_set(PyObject *, PyObject *args) {
    PyObject *l, *v;
    Py_ssize_t i;
    if (!PyArg_ParseTuple(args, "OnO:list_set", &l, &i, &v)) return nullptr;
    if (PyList_SetItem(l, i, cx::Py_NewRef(v)) < 0) return nullptr;  // (steals, even on failure)
    return none();
}

PyObject *list_sort(PyObject *, PyObject *l) {
    if (PyList_Sort(l) < 0) return nullptr;
    return none();
}

// (PyTuple_New(3) filled with SetItem, Pack(3, a, b, c), GetItem(pack, 1), GetSlice(pack, 1,
//  10), Size)
PyObject *tuple_ops(PyObject *, PyObject *args) {
    PyObject *a, *b, *c;
    if (!PyArg_ParseTuple(args, "OOO:tuple_ops", &a, &b, &c)) return nullptr;
    Ref t(PyTuple_New(3));
    if (!t) return nullptr;
    PyObject *items[] = {a, b, c};
    for (Py_ssize_t i = 0; i < 3; ++i)
        if (PyTuple_SetItem(t.get(), i, cx::Py_NewRef(items[i])) < 0) return nullptr;
    Ref packed(PyTuple_Pack(3, a, b, c));
    if (!packed) return nullptr;
    Results r;
    if (!r.add(t.release()) || !r.add_ref(PyTuple_GetItem(packed.get(), 1)) ||
        !r.add(PyTuple_GetSlice(packed.get(), 1, 10)) || !r.add_ssize(PyTuple_Size(packed.get())) ||
        !r.add(packed.release()))
        return nullptr;
    return r.take();
}

PyObject *tuple_get(PyObject *, PyObject *args) {
    PyObject *t;
    Py_ssize_t i;
    if (!PyArg_ParseTuple(args, "On:tuple_get", &t, &i)) return nullptr;
    PyObject *v = PyTuple_GetItem(t, i);
    return v ? cx::Py_NewRef(v) : nullptr;
}

// s = set(iterable); s.add(x): (Contains(x), Discard(x) -> 1, Discard(x) again -> 0, the set,
// Size, FrozenSet_New(s), Pop of {x} is x, the set after Clear, PyAnySet_Check of the frozenset)
PyObject *set_ops(PyObject *, PyObject *args) {
    PyObject *iterable, *x;
    if (!PyArg_ParseTuple(args, "OO:set_ops", &iterable, &x)) return nullptr;
    Ref s(PySet_New(iterable));
    if (!s || PySet_Add(s.get(), x) < 0) return nullptr;
    Results r;
    int contains = PySet_Contains(s.get(), x);
    if (contains < 0 || !r.add_bool(contains)) return nullptr;
    int d1 = PySet_Discard(s.get(), x);
    int d2 = d1 < 0 ? -1 : PySet_Discard(s.get(), x);
    if (d1 < 0 || d2 < 0 || !r.add_long(d1) || !r.add_long(d2)) return nullptr;
    if (!r.add(PySet_New(s.get())) || !r.add_ssize(PySet_Size(s.get())) || !r.add(PyFrozenSet_New(s.get()))) return nullptr;
    Ref one(PySet_New(nullptr));
    if (!one || PySet_Add(one.get(), x) < 0 || !r.add(PySet_Pop(one.get()))) return nullptr;
    if (PySet_Clear(s.get()) < 0 || !r.add(s.release())) return nullptr;
    Ref frozen(PyFrozenSet_New(iterable));
    if (!frozen || !r.add_bool(PyAnySet_Check(frozen.get()) && PyFrozenSet_Check(frozen.get()) && !PySet_Check(frozen.get())))
        return nullptr;
    return r.take();
}

PyObject *set_pop(PyObject *, PyObject *s) { return PySet_Pop(s); }

PyObject *set_add(PyObject *, PyObject *args) {
    PyObject *s, *x;
    if (!PyArg_ParseTuple(args, "OO:set_add", &s, &x)) return nullptr;
    if (PySet_Add(s, x) < 0) return nullptr;
    return none();
}

PyMethodDef string_methods[] = {
    {"str_make", str_make, METH_NOARGS, nullptr},
    {"str_format", str_format, METH_VARARGS, nullptr},
    {"str_utf8", str_utf8, METH_O, nullptr},
#if PY3FFI_LIMITED_SINCE(3, 10)
    {"str_utf8_and_size", str_utf8_and_size, METH_O, nullptr},
#endif
    {"str_ops", str_ops, METH_VARARGS, nullptr},
    {"str_concat", str_concat, METH_VARARGS, nullptr},
    {"str_split", str_split, METH_VARARGS, nullptr},
    {"str_compare", str_compare, METH_VARARGS, nullptr},
    {"str_decode", str_decode, METH_VARARGS, nullptr},
    {"str_intern", str_intern, METH_VARARGS, nullptr},
    {"bytes_ops", bytes_ops, METH_VARARGS, nullptr},
    {"bytes_as_string", bytes_as_string, METH_O, nullptr},
    {"bytearray_ops", bytearray_ops, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyMethodDef container_methods[] = {
    {"dict_ops", dict_ops, METH_VARARGS, nullptr},
    {"dict_get", dict_get, METH_VARARGS, nullptr},
    {"dict_del", dict_del, METH_VARARGS, nullptr},
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
    {"dict_merge", dict_merge, METH_VARARGS, nullptr},
#endif
    {"list_ops", list_ops, METH_VARARGS, nullptr},
    {"list_fill", list_fill, METH_O, nullptr},
    {"list_get", list_get, METH_VARARGS, nullptr},
    {"list_set", list_set, METH_VARARGS, nullptr},
    {"list_sort", list_sort, METH_O, nullptr},
    {"tuple_ops", tuple_ops, METH_VARARGS, nullptr},
    {"tuple_get", tuple_get, METH_VARARGS, nullptr},
    {"set_ops", set_ops, METH_VARARGS, nullptr},
    {"set_pop", set_pop, METH_O, nullptr},
    {"set_add", set_add, METH_VARARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int add_strings(PyObject *m) { return PyModule_AddFunctions(m, string_methods); }
int add_containers(PyObject *m) { return PyModule_AddFunctions(m, container_methods); }

}  // namespace families
