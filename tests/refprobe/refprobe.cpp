// A module whose functions run py3ffi's inline refcount and type-check forms on the objects
// they are given, so Python can compare the effect with sys.getrefcount and isinstance.
#include <py3ffi/py3ffi.hpp>
#include <py3ffi/compat.hpp>
#include <cstdlib>

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

#if !PY3FFI_LIMITED
// Py_SETREF(slot, b) then Py_XSETREF: the slot's old reference (to a) is dropped, b's is taken
// over, and Py_XSETREF to nullptr drops that one. Returns whether the slots held what they
// should, with a's and b's counts back where they were.
PyObject *setref(PyObject *, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return nullptr;
    Py_ssize_t ra = Py_REFCNT(a), rb = Py_REFCNT(b);
    Py_INCREF(a);
    PyObject *slot = a;
    Py_INCREF(b);
    Py_SETREF(slot, b);
    bool ok = slot == b;
    PyListObject *typed = nullptr;
    Py_XSETREF(typed, slot);  // (any object struct, as C's macro casts: the reference moves)
    ok = ok && reinterpret_cast<PyObject *>(typed) == b;
    ok = ok && Py_REFCNT(a) == ra && Py_REFCNT(b) == rb + 1;
    Py_XSETREF(typed, nullptr);
    ok = ok && typed == nullptr && Py_REFCNT(b) == rb;
    return PyBool_FromLong(ok);
}

// Py_EnterRecursiveCall/Py_LeaveRecursiveCall around a recursion `depth` deep: 0 while under the
// limit, and -1 with RecursionError set beyond it (3.7/3.8's macros give 1: true, as C reads it).
int recurse(int depth) {
    if (Py_EnterRecursiveCall(" in refprobe.recurse")) return -1;
    int r = depth > 0 ? recurse(depth - 1) : 0;
    Py_LeaveRecursiveCall();
    return r;
}
PyObject *recursive_call(PyObject *, PyObject *arg) {
    long depth = PyLong_AsLong(arg);
    if (depth == -1 && PyErr_Occurred()) return nullptr;
    if (recurse(static_cast<int>(depth))) return nullptr;
    PY3FFI_RETURN_NONE;
}
#endif

#if defined(PY3FFI_ALLOW_RECURSION)
// 3.7-3.9: no recursion check inside the block (recursion_critical), and it is restored after
PyObject *allow_recursion(PyObject *, PyObject *arg) {
    long depth = PyLong_AsLong(arg);
    if (depth == -1 && PyErr_Occurred()) return nullptr;
    int r;
    PY3FFI_ALLOW_RECURSION
    r = recurse(static_cast<int>(depth));
    PY3FFI_END_ALLOW_RECURSION
    if (r) return nullptr;
    PY3FFI_RETURN_NONE;
}
#endif

PyObject *checks(PyObject *, PyObject *o) {
    return Py_BuildValue("(iiiiii)", PyLong_Check(o), PyLong_CheckExact(o), PyTuple_Check(o),
                         PyUnicode_Check(o), PyBool_Check(o), o == Py_None);
}

PyObject *bools(PyObject *, PyObject *o) {
#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY  // (PyPy's headers lack them)
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
    PY3FFI_BEGIN_CRITICAL_SECTION(o);
    n = PyList_Size(o);
    PY3FFI_END_CRITICAL_SECTION();
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

// Every type check of the limited API, by name, for Python to compare with isinstance.
PyObject *all_checks(PyObject *, PyObject *o) {
    struct { const char *name; int value; } rows[] = {
        {"PyList_Check", PyList_Check(o)}, {"PyList_CheckExact", PyList_CheckExact(o)},
        {"PyDict_Check", PyDict_Check(o)}, {"PyDict_CheckExact", PyDict_CheckExact(o)},
        {"PyBytes_Check", PyBytes_Check(o)}, {"PyBytes_CheckExact", PyBytes_CheckExact(o)},
        {"PyByteArray_Check", PyByteArray_Check(o)}, {"PyByteArray_CheckExact", PyByteArray_CheckExact(o)},
        {"PyFloat_Check", PyFloat_Check(o)}, {"PyFloat_CheckExact", PyFloat_CheckExact(o)},
        {"PyComplex_Check", PyComplex_Check(o)}, {"PyComplex_CheckExact", PyComplex_CheckExact(o)},
        {"PySet_Check", PySet_Check(o)}, {"PyFrozenSet_Check", PyFrozenSet_Check(o)},
        {"PyFrozenSet_CheckExact", PyFrozenSet_CheckExact(o)},
        {"PyAnySet_Check", PyAnySet_Check(o)}, {"PyAnySet_CheckExact", PyAnySet_CheckExact(o)},
        {"PyModule_Check", PyModule_Check(o)}, {"PyModule_CheckExact", PyModule_CheckExact(o)},
        {"PySlice_Check", PySlice_Check(o)},
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
        {"PyRange_Check", PyRange_Check(o)},
#endif
        {"PyMemoryView_Check", PyMemoryView_Check(o)}, {"PyCFunction_Check", PyCFunction_Check(o)},
        {"PyExceptionInstance_Check", PyExceptionInstance_Check(o)},
        {"PyExceptionClass_Check", PyExceptionClass_Check(o)},
        {"PyWeakref_Check", PyWeakref_Check(o)}, {"PyWeakref_CheckRef", PyWeakref_CheckRef(o)},
        {"PyWeakref_CheckRefExact", PyWeakref_CheckRefExact(o)}, {"PyWeakref_CheckProxy", PyWeakref_CheckProxy(o)},
#if PY3FFI_NOT_PYPY  // (PyPy's headers lack these)
        {"PyDictKeys_Check", PyDictKeys_Check(o)}, {"PyDictValues_Check", PyDictValues_Check(o)},
        {"PyDictItems_Check", PyDictItems_Check(o)}, {"PyDictViewSet_Check", PyDictViewSet_Check(o)},
        {"PySeqIter_Check", PySeqIter_Check(o)}, {"PyCallIter_Check", PyCallIter_Check(o)},
#endif
        {"PyTraceBack_Check", PyTraceBack_Check(o)}, {"PyCapsule_CheckExact", PyCapsule_CheckExact(o)},
        {"Py_Ellipsis", o == Py_Ellipsis},
    };
    PyObject *d = PyDict_New();
    for (auto &r : rows) {
        PyObject *v = PyLong_FromLong(r.value);
        if (!v || PyDict_SetItemString(d, r.name, v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(d);
            return nullptr;
        }
        Py_DECREF(v);
    }
    return d;
}

// The Py_RETURN_* statement macros, and Py_RETURN_RICHCOMPARE on two C longs.
PyObject *return_none(PyObject *, PyObject *) { PY3FFI_RETURN_NONE; }
PyObject *return_true(PyObject *, PyObject *) { PY3FFI_RETURN_TRUE; }
PyObject *return_false(PyObject *, PyObject *) { PY3FFI_RETURN_FALSE; }
PyObject *return_notimplemented(PyObject *, PyObject *) { PY3FFI_RETURN_NOTIMPLEMENTED; }
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)  // (PyPy 7.3's headers lack Py_RETURN_RICHCOMPARE)
PyObject *richcompare(PyObject *, PyObject *args) {
    long a, b;
    int op;
    if (!PyArg_ParseTuple(args, "lli", &a, &b, &op)) return nullptr;
    PY3FFI_RETURN_RICHCOMPARE(a, b, op);
}
#endif

// PyMem_New/PyMem_Resize: a growing array of longs; NULL (and p NULL) on size overflow.
PyObject *mem_new_resize(PyObject *, PyObject *) {
    long *p = PyMem_New<long>(4);
    if (!p) return PyErr_NoMemory();
    for (long i = 0; i < 4; ++i) p[i] = i;
    if (!PyMem_Resize(p, 8)) return PyErr_NoMemory();
    for (long i = 4; i < 8; ++i) p[i] = i;
    long sum = 0;
    for (long i = 0; i < 8; ++i) sum += p[i];
    long *q = p;
    int overflow_is_null = PyMem_Resize(q, static_cast<size_t>(PY_SSIZE_T_MAX)) == nullptr && q == nullptr;
    PyMem_Del(p);  // (the failed resize left p's block alone)
    return Py_BuildValue("(li)", sum, overflow_is_null && PyMem_New<long>(static_cast<size_t>(PY_SSIZE_T_MAX)) == nullptr);
}

#if !PY3FFI_LIMITED
// The fast accessors of the full API: sum of a list's or tuple's items via PySequence_Fast_*,
// and a fresh tuple filled with PyTuple_SET_ITEM / a list with PyList_SET_ITEM.
PyObject *fast_sum(PyObject *, PyObject *o) {
    long sum = 0;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(o); ++i) sum += PyLong_AsLong(PySequence_Fast_GET_ITEM(o, i));
    PyObject **items = PySequence_Fast_ITEMS(o);
    long again = 0;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(o); ++i) again += PyLong_AsLong(items[i]);
    return Py_BuildValue("(ll)", sum, again);
}
// GraalPy's functions are no PyFunctionObject in C, nor its cells PyCellObjects: its own
// Python.h's PyFunction_GET_* and PyCell_GET read one and crash, and PyFunction_GetCode/
// GetGlobals abort ("Function not implemented in GraalPy"), so there None stands in for what
// they would give (the script expects it).
#if PY3FFI_NOT_GRAALPY
#  define REFPROBE_FUNCTION_CODE(f) PyFunction_GET_CODE(f)
#  define REFPROBE_FUNCTION_DEFAULTS(f) PyFunction_GET_DEFAULTS(f)
#  define REFPROBE_FUNCTION_GLOBALS(f) PyFunction_GET_GLOBALS(f)
#  define REFPROBE_CELL_GET(c) PyCell_GET(c)
#else
#  define REFPROBE_CELL_GET(c) ((void)(c), static_cast<PyObject *>(Py_None))  // (a cell: the same)
#  define REFPROBE_FUNCTION_CODE(f) ((void)(f), static_cast<PyObject *>(Py_None))
#  define REFPROBE_FUNCTION_DEFAULTS(f) ((void)(f), static_cast<PyObject *>(Py_None))
#  define REFPROBE_FUNCTION_GLOBALS(f) ((void)(f), static_cast<PyObject *>(Py_None))
#endif
#if PY3FFI_NOT_PYPY  // (it reads what PyPy's headers lack)
// The accessors of the CPython-only layouts, applied to objects of the kinds they read:
// args = (bytes, bytearray, float, dict, set, cell, bound method, builtin, memoryview, function)
PyObject *accessors(PyObject *, PyObject *args) {
    PyObject *o[10];
    for (Py_ssize_t i = 0; i < 10; ++i)
        if (!(o[i] = PyTuple_GetItem(args, i))) return nullptr;
    return Py_BuildValue(
        "(NNdnnOOOiOOOOO)", PyBytes_FromStringAndSize(PyBytes_AS_STRING(o[0]), PyBytes_GET_SIZE(o[0])),
        PyBytes_FromStringAndSize(PyByteArray_AS_STRING(o[1]), PyByteArray_GET_SIZE(o[1])), PyFloat_AS_DOUBLE(o[2]),
        PyDict_GET_SIZE(o[3]), PySet_GET_SIZE(o[4]), REFPROBE_CELL_GET(o[5]), PyMethod_GET_FUNCTION(o[6]),
        PyMethod_GET_SELF(o[6]), PyCFunction_GET_FLAGS(o[7]), PyCFunction_GET_SELF(o[7]), PyMemoryView_GET_BASE(o[8]),
        REFPROBE_FUNCTION_CODE(o[9]), REFPROBE_FUNCTION_DEFAULTS(o[9]), REFPROBE_FUNCTION_GLOBALS(o[9]));
}
#endif

// The forms PyPy spells otherwise (a call where CPython reads a member, or PyPy's own macro),
// on every full-API target: args = (bytes, bytearray, dict, bound method, function, exception,
// a C function, memoryview, (unused), sized object, source text). (PyDescr_NAME/TYPE are not
// here: PyPy's own descriptors, str.upper's, are no PyDescrObject, with its macro too.)
PyObject *hello(PyObject *, PyObject *) { return PyUnicode_FromString("hello"); }
PyMethodDef hello_def = {"hello", hello, METH_NOARGS, nullptr};

PyObject *portable_forms(PyObject *, PyObject *args) {
    PyObject *o[11];
    for (Py_ssize_t i = 0; i < 11; ++i)
        if (!(o[i] = PyTuple_GetItem(args, i))) return nullptr;
    const char *source = PyUnicode_AsUTF8(o[10]);
    if (!source) return nullptr;
    PyObject *code = Py_CompileString(source, "<portable_forms>", Py_eval_input);
    PyObject *made = PyCFunction_New(&hello_def, nullptr);
    Py_ssize_t len = PyObject_Length(o[9]);
    if (!code || !made || len < 0) {
        Py_XDECREF(code);
        Py_XDECREF(made);
        return nullptr;
    }
    return Py_BuildValue(
        "(nNnnOOOiiiOnnNNi)", PyBytes_GET_SIZE(o[0]),
        PyBytes_FromStringAndSize(PyByteArray_AS_STRING(o[1]), PyByteArray_GET_SIZE(o[1])),
        PyByteArray_GET_SIZE(o[1]), PyDict_GET_SIZE(o[2]), PyMethod_GET_FUNCTION(o[3]), PyMethod_GET_SELF(o[3]),
        REFPROBE_FUNCTION_CODE(o[4]), PyExceptionInstance_Check(o[5]), PyExceptionInstance_Check(o[4]),
        PyCFunction_GET_FLAGS(o[6]), PyMemoryView_GET_BASE(o[7]), PyMemoryView_GET_BUFFER(o[7])->len,
        len, code, made,
#if PY3FFI_NOT_GRAALPY_BEFORE(3, 12)
        Py_GETENV("PATH") != nullptr);
#else  // (GraalPy 24.2 aborts in Py_GETENV, "Function not implemented in GraalPy", with Python.h too)
        std::getenv("PATH") != nullptr);
#endif
}

// What the str accessors read, and the string reversed through PyUnicode_READ/WRITE.
PyObject *unicode_info(PyObject *, PyObject *s) {
    if (!PyUnicode_Check(s) || PyUnicode_READY(s) < 0) return nullptr;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    PyObject *rev = PyUnicode_New(n, PyUnicode_MAX_CHAR_VALUE(s));
    if (!rev) return nullptr;
    for (Py_ssize_t i = 0; i < n; ++i)
        PyUnicode_WRITE(PyUnicode_KIND(rev), PyUnicode_DATA(rev), n - 1 - i, PyUnicode_READ(kind, data, i));
    Py_UCS4 first = n ? PyUnicode_READ_CHAR(s, 0) : 0;
    return Py_BuildValue("(inkiiiikN)", kind, n, static_cast<unsigned long>(PyUnicode_MAX_CHAR_VALUE(s)),
                         static_cast<int>(PyUnicode_IS_ASCII(s)), static_cast<int>(PyUnicode_IS_COMPACT(s)),
                         PyUnicode_IS_COMPACT_ASCII(s), static_cast<int>(PyUnicode_CHECK_INTERNED(s) != 0),
                         static_cast<unsigned long>(first), rev);
}

// The datetime C API: import the capsule, read the fields, build objects through the table.
PyObject *datetime_probe(PyObject *, PyObject *args) {
    PyObject *dt, *t, *delta, *d;
    if (!PyArg_ParseTuple(args, "OOOO", &dt, &t, &delta, &d)) return nullptr;
    if (!PY3FFI_DATETIME_IMPORT) return nullptr;
    PyObject *hour = PyDelta_FromDSU(0, 3600, 0);
    if (!hour) return nullptr;
    PyObject *zone = PyTimeZone_FromOffset(hour);
#if PY3FFI_IS_GRAALPY
    // (GraalPy's PyTimeZone_FromOffset raises TypeError "name must be a string", with Python.h
    // too: the message stands in for the zone, and the script expects it)
    if (!zone && PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        zone = value ? PyObject_Str(value) : nullptr;
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(tb);
    }
#endif
    Py_DECREF(hour);
    int checks = PyDateTime_Check(dt) * 1000 + PyTime_Check(t) * 100 + PyDelta_Check(delta) * 10 + PyDate_Check(d) +
                 PyDate_CheckExact(dt) * 10000;  // a datetime is a date, not exactly one
    return Py_BuildValue(
        "(i(iiiiiiii)(iiiii)(iii)(iii)NNNNNO)", checks, PyDateTime_GET_YEAR(dt), PyDateTime_GET_MONTH(dt),
        PyDateTime_GET_DAY(dt), PyDateTime_DATE_GET_HOUR(dt), PyDateTime_DATE_GET_MINUTE(dt),
        PyDateTime_DATE_GET_SECOND(dt), PyDateTime_DATE_GET_MICROSECOND(dt), PyDateTime_DATE_GET_FOLD(dt),
        PyDateTime_TIME_GET_HOUR(t), PyDateTime_TIME_GET_MINUTE(t), PyDateTime_TIME_GET_SECOND(t),
        PyDateTime_TIME_GET_MICROSECOND(t), PyDateTime_TIME_GET_FOLD(t), PyDateTime_DELTA_GET_DAYS(delta),
        PyDateTime_DELTA_GET_SECONDS(delta), PyDateTime_DELTA_GET_MICROSECONDS(delta), PyDateTime_GET_YEAR(d),
        PyDateTime_GET_MONTH(d), PyDateTime_GET_DAY(d), PyDate_FromDate(2024, 2, 29),
        PyDateTime_FromDateAndTimeAndFold(2001, 2, 3, 4, 5, 6, 7, 1), PyTime_FromTime(23, 59, 58, 999999),
        PyDelta_FromDSU(-1, 5, 6), zone, static_cast<PyObject *>(PyDateTime_TimeZone_UTC));
}

#if PY3FFI_NOT_PYPY  // (it reads what PyPy's headers lack)
// The CPython-only type checks, by name, and the surrogate helpers on code point `cp`.
PyObject *full_checks(PyObject *, PyObject *o) {
    struct { const char *name; int value; } rows[] = {
        {"cell", PyCell_Check(o)}, {"code", PyCode_Check(o)}, {"function", PyFunction_Check(o)},
        {"method", PyMethod_Check(o)}, {"generator", PyGen_Check(o)}, {"generator_exact", PyGen_CheckExact(o)},
        {"coroutine", PyCoro_CheckExact(o)}, {"async_generator", PyAsyncGen_CheckExact(o)},
        {"frame", PyFrame_Check(o)},
#if PY3FFI_NOT_GRAALPY  // (GraalPy's headers have no odictobject.h)
        {"odict", PyODict_Check(o)}, {"odict_exact", PyODict_CheckExact(o)},
#endif
        {"context", PyContext_CheckExact(o)}, {"contextvar", PyContextVar_CheckExact(o)},
        {"token", PyContextToken_CheckExact(o)},
    };
    PyObject *d = PyDict_New();
    for (auto &r : rows) {
        if (!d) return nullptr;
        PyObject *v = PyBool_FromLong(r.value);
        if (!v || PyDict_SetItemString(d, r.name, v) < 0) {
            Py_XDECREF(v);
            Py_CLEAR(d);
            return nullptr;
        }
        Py_DECREF(v);
    }
    return d;
}
#endif
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)  // (PyPy 7.3's headers lack the surrogate helpers)
PyObject *surrogates(PyObject *, PyObject *arg) {
    unsigned long cp = PyLong_AsUnsignedLong(arg);
    if (PyErr_Occurred()) return nullptr;
    Py_UCS4 ch = static_cast<Py_UCS4>(cp), hi = Py_UNICODE_HIGH_SURROGATE(ch), lo = Py_UNICODE_LOW_SURROGATE(ch);
    return Py_BuildValue("(kkiiik)", static_cast<unsigned long>(hi), static_cast<unsigned long>(lo),
                         Py_UNICODE_IS_HIGH_SURROGATE(hi), Py_UNICODE_IS_LOW_SURROGATE(lo), Py_UNICODE_IS_SURROGATE(ch),
                         static_cast<unsigned long>(Py_UNICODE_JOIN_SURROGATES(hi, lo)));
}
#endif

#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10)
// Py_UNICODE_strlen and Py_UNICODE_strcmp (3.7-3.9: exported by CPython, inline in PyPy 3.9's
// headers), on wide strings: a length, then equal, prefix, less and greater
PyObject *unicode_str(PyObject *, PyObject *) {
    const Py_UNICODE abc[] = {'a', 'b', 'c', 0}, ab[] = {'a', 'b', 0}, abd[] = {'a', 'b', 'd', 0};
    return Py_BuildValue("(niiiii)", static_cast<Py_ssize_t>(Py_UNICODE_strlen(abc)), Py_UNICODE_strcmp(abc, abc),
                         Py_UNICODE_strcmp(ab, abc), Py_UNICODE_strcmp(abc, ab), Py_UNICODE_strcmp(abc, abd),
                         Py_UNICODE_strcmp(abd, abc));
}
#endif

#if PY3FFI_NOT_PYPY  // (it reads what PyPy's headers lack)
// Macro forms over other functions: OrderedDict as a dict, a descriptor's name and type, a
// struct sequence's item, PyRun_String and Py_CompileStringFlags.
PyObject *misc_full(PyObject *, PyObject *args) {
    PyObject *od, *descr, *seq;
    if (!PyArg_ParseTuple(args, "OOO", &od, &descr, &seq)) return nullptr;
    PyObject *globals = PyDict_New();
    if (!globals) return nullptr;
    PyObject *two = PyRun_String("1 + 1", Py_eval_input, globals, globals);
    PyObject *code = Py_CompileStringFlags("3 * 3", "<probe>", Py_eval_input, nullptr);
    PyObject *nine = code ? PyEval_EvalCode(code, globals, globals) : nullptr;
    Py_XDECREF(code);
    Py_DECREF(globals);
    if (!two || !nine) {
        Py_XDECREF(two);
        Py_XDECREF(nine);
        return nullptr;
    }
#if PY3FFI_NOT_GRAALPY
    PyObject *a = PyODict_GetItemString(od, "a");  // borrowed
    Py_ssize_t size = PyODict_SIZE(od);
    int contains = PyODict_Contains(od, a ? a : Py_None);
#else  // (GraalPy's headers have no odictobject.h: the dict functions PyODict_* stand for)
    PyObject *a = PyDict_GetItemString(od, "a");
    Py_ssize_t size = PyDict_Size(od);
    int contains = PyDict_Contains(od, a ? a : Py_None);
#endif
    return Py_BuildValue("(nOiOOONN)", size, a ? a : Py_None, contains,
                         PyDescr_NAME(descr), reinterpret_cast<PyObject *>(PyDescr_TYPE(descr)),
                         PyStructSequence_GET_ITEM(seq, 0), two, nine);
}
#endif

#if PY3FFI_NOT_PYPY  // (it reads what PyPy's headers lack)
// Py_ISALPHA & co. over every byte value, as a bytes object of flag bits per byte, and the
// case mappings.
PyObject *ctype_table(PyObject *, PyObject *) {
    char flags[256], lower[256], upper[256];
    for (int c = 0; c < 256; ++c) {
        flags[c] = static_cast<char>((!!Py_ISLOWER(c)) | (!!Py_ISUPPER(c)) << 1 | (!!Py_ISALPHA(c)) << 2 |
                                     (!!Py_ISDIGIT(c)) << 3 | (!!Py_ISXDIGIT(c)) << 4 | (!!Py_ISALNUM(c)) << 5 |
                                     (!!Py_ISSPACE(c)) << 6);
        lower[c] = static_cast<char>(Py_TOLOWER(c));
        upper[c] = static_cast<char>(Py_TOUPPER(c));
    }
    return Py_BuildValue("(y#y#y#)", flags, static_cast<Py_ssize_t>(256), lower, static_cast<Py_ssize_t>(256), upper,
                         static_cast<Py_ssize_t>(256));
}
#endif

#if PY3FFI_NOT_PYPY_BEFORE(3, 10)  // (PyPy 7.3 lacks Py_UNICODE_ISPRINTABLE)
// The Py_UNICODE_IS*/TO* character properties of one code point.
PyObject *uprops(PyObject *, PyObject *arg) {
    unsigned long cp = PyLong_AsUnsignedLong(arg);
    if (PyErr_Occurred()) return nullptr;
    Py_UCS4 c = static_cast<Py_UCS4>(cp);
    return Py_BuildValue("(iiiiiiiiiiiikkkiid)", Py_UNICODE_ISSPACE(c), Py_UNICODE_ISLOWER(c), Py_UNICODE_ISUPPER(c),
                         Py_UNICODE_ISTITLE(c), Py_UNICODE_ISLINEBREAK(c), Py_UNICODE_ISDECIMAL(c), Py_UNICODE_ISDIGIT(c),
                         Py_UNICODE_ISNUMERIC(c), Py_UNICODE_ISPRINTABLE(c), Py_UNICODE_ISALPHA(c), Py_UNICODE_ISALNUM(c),
                         0, static_cast<unsigned long>(Py_UNICODE_TOLOWER(c)),
                         static_cast<unsigned long>(Py_UNICODE_TOUPPER(c)), static_cast<unsigned long>(Py_UNICODE_TOTITLE(c)),
                         Py_UNICODE_TODECIMAL(c), Py_UNICODE_TODIGIT(c), Py_UNICODE_TONUMERIC(c));
}
#endif

PyObject *fill(PyObject *, PyObject *) {
    PyObject *t = PyTuple_New(2), *l = PyList_New(2);
    if (!t || !l) return nullptr;
    PyTuple_SET_ITEM(t, 0, PyLong_FromLong(1));
    PyTuple_SET_ITEM(t, 1, PyLong_FromLong(2));
    PyList_SET_ITEM(l, 0, PyLong_FromLong(3));
    PyList_SET_ITEM(l, 1, PyLong_FromLong(4));
    PyObject *r = Py_BuildValue("(NNnnO)", t, l, PyTuple_GET_SIZE(t) + PyList_GET_SIZE(l),
                                PyLong_AsSsize_t(PyTuple_GET_ITEM(t, 1)) + PyLong_AsSsize_t(PyList_GET_ITEM(l, 1)),
                                static_cast<PyObject *>(Py_None));  // (not through ... as such: a value on GraalPy)
    return r;
}
#endif

// py3ffi::compat on this target: the real function or its backport, whichever exists.
namespace cx = py3ffi::compat;
PyObject *compat_calls(PyObject *, PyObject *args) {
    PyObject *f, *obj, *name, *arg;
    if (!PyArg_ParseTuple(args, "OOOO", &f, &obj, &name, &arg)) return nullptr;
    return Py_BuildValue("(NNNN)", cx::PyObject_CallNoArgs(f), cx::PyObject_CallOneArg(f, arg),
                         cx::PyObject_CallMethodNoArgs(obj, name), cx::PyObject_CallMethodOneArg(obj, name, arg));
}
// (rc, value) pairs: dict lookups by object and by string key, list item, list extended and
// cleared, int conversion, optional attribute, str comparison, next item, weakref target
PyObject *compat_misc(PyObject *, PyObject *args) {
    PyObject *d, *key, *lst, *obj, *ref, *it;
    if (!PyArg_ParseTuple(args, "OOOOOO", &d, &key, &lst, &obj, &ref, &it)) return nullptr;
    PyObject *v1 = nullptr, *v2 = nullptr, *v3 = nullptr, *v4 = nullptr, *v5 = nullptr;
    int r1 = cx::PyDict_GetItemRef(d, key, &v1);
    int r2 = cx::PyDict_GetItemStringRef(d, "absent", &v2);
    PyObject *item = cx::PyList_GetItemRef(lst, 0);
    int r3 = cx::PyList_Extend(lst, lst);  // doubles it
    Py_ssize_t doubled = PyList_Size(lst);
    int r4 = cx::PyList_Clear(lst);
    int as_int = cx::PyLong_AsInt(key);
    int r5 = cx::PyObject_GetOptionalAttr(obj, key, &v3);  // key is no str: TypeError, -1
    PyErr_Clear();
    PyObject *cls_name = PyUnicode_FromString("__class__");
    int has = cls_name ? cx::PyObject_HasAttrWithError(obj, cls_name) : -1;
    Py_XDECREF(cls_name);
    int r6 = cx::PyIter_NextItem(it, &v4);
    int r7 = cx::PyWeakref_GetRef(ref, &v5);
    PyObject *s = PyUnicode_FromString("caf\xc3\xa9");
    int eq = s ? cx::PyUnicode_EqualToUTF8(s, "caf\xc3\xa9") * 10 + cx::PyUnicode_EqualToUTF8(s, "cafe") : -1;
    Py_XDECREF(s);
    PyObject *sys = cx::PyImport_AddModuleRef("sys");
    return Py_BuildValue("(iNiNNiniiNiiiNiNiN)", r1, v1 ? v1 : cx::Py_NewRef(Py_None), r2,
                         v2 ? v2 : cx::Py_NewRef(Py_None), item ? item : cx::Py_NewRef(Py_None), r3,
                         doubled, r4, as_int, v3 ? v3 : cx::Py_NewRef(Py_None), r5, has, r6,
                         v4 ? v4 : cx::Py_NewRef(Py_None), r7, v5 ? v5 : cx::Py_NewRef(Py_None), eq,
                         sys ? sys : cx::Py_NewRef(Py_None));
}
PyObject *compat_int_overflow(PyObject *, PyObject *big) {
    int v = cx::PyLong_AsInt(big);
    if (v == -1 && PyErr_Occurred()) return nullptr;
    return PyLong_FromLong(v);
}
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
// An int's digits read through PyLongObject's layout (15- or 30-bit digits, by platform and
// version), with the digit size and shift py3ffi declares: the caller rebuilds the value.
PyObject *long_digits(PyObject *, PyObject *o) {
    if (!PyLong_CheckExact(o)) return PyErr_Format(PyExc_TypeError, "an int, please");
    auto *v = reinterpret_cast<PyLongObject *>(o);
#  if PY3FFI_TARGET_SINCE(3, 12)
    // (lv_tag: the digit count above 3 bits, the sign in the low 2: 0 positive, 1 zero, 2 negative)
    Py_ssize_t n = static_cast<Py_ssize_t>(v->long_value.lv_tag >> 3);
    long sign = 1 - static_cast<long>(v->long_value.lv_tag & 3);
    const digit *d = v->long_value.ob_digit;
#  else
    Py_ssize_t n = Py_SIZE(o) < 0 ? -Py_SIZE(o) : Py_SIZE(o);
    long sign = Py_SIZE(o) < 0 ? -1 : Py_SIZE(o) > 0;
    const digit *d = v->ob_digit;
#  endif
    PyObject *digits = PyList_New(n);
    if (!digits) return nullptr;
    for (Py_ssize_t i = 0; i < n; ++i) PyList_SET_ITEM(digits, i, PyLong_FromUnsignedLong(d[i]));
    return Py_BuildValue("(lNinkk)", sign, digits, PyLong_SHIFT, static_cast<Py_ssize_t>(sizeof(digit)),
                         static_cast<unsigned long>(PyLong_BASE), static_cast<unsigned long>(PyLong_MASK));
}
#endif
#if !PY3FFI_LIMITED
// the running thread's state, as the checked PyThreadState_Get() gives it
PyObject *compat_thread_state(PyObject *, PyObject *) {
    return PyBool_FromLong(cx::PyThreadState_GetUnchecked() == PyThreadState_Get());
}
#endif
PyObject *compat_module_add(PyObject *, PyObject *) {
    PyObject *m = PyModule_New("scratch");
    if (!m) return nullptr;
    PyObject *value = PyLong_FromLong(7);
    if (cx::PyModule_Add(m, "seven", value) < 0 || cx::PyModule_AddObjectRef(m, "none", Py_None) < 0) {
        Py_DECREF(m);
        return nullptr;
    }
    return m;
}

// pymacro.h's utilities: Py_MIN/Py_MAX/Py_ABS (each argument evaluated once), Py_CHARMASK,
// Py_ARRAY_LENGTH, PyDoc_STR/PY3FFI_DOC_STRVAR, PY3FFI_STRINGIFY, PY3FFI_MEMBER_SIZE,
// PY3FFI_BUILD_ASSERT(_EXPR) and PY3FFI_UNUSED, in every configuration
PY3FFI_DOC_STRVAR(pymacro_doc, "utilities");
#define REFPROBE_WORD hello
PyObject *pymacro(PyObject *PY3FFI_UNUSED(self), PyObject *arg) {
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred()) return nullptr;
    PY3FFI_BUILD_ASSERT(sizeof(Py_ssize_t) == sizeof(size_t));
    static_assert(Py_MIN(3, 4.5) == 3.0 && Py_MAX(-1, 2) == 2 && Py_ABS(-7) == 7, "constexpr");
    int evaluated = 0;
    auto next = [&]() { return ++evaluated; };
    long lo = Py_MIN(n, static_cast<long>(next())), hi = Py_MAX(n, static_cast<long>(next()));
    const int items[] = {1, 2, 3, 4, 5};
    struct Pair { char a; double b[3]; };
    return Py_BuildValue("(llliinsnnns)", lo, hi, Py_ABS(n), evaluated, static_cast<int>(Py_CHARMASK(n)),
                         static_cast<Py_ssize_t>(Py_ARRAY_LENGTH(items)), PyDoc_STR(pymacro_doc),
                         static_cast<Py_ssize_t>(PY3FFI_MEMBER_SIZE(Pair, b)),
                         static_cast<Py_ssize_t>(PY3FFI_BUILD_ASSERT_EXPR(Py_ARRAY_LENGTH(items) == 5)),
                         static_cast<Py_ssize_t>(sizeof(PY3FFI_STRINGIFY(REFPROBE_WORD))),
                         PY3FFI_STRINGIFY(REFPROBE_WORD));
}

// pymath.h's constants and tests: pi, e, tau (a long double), HUGE_VAL, Py_NAN's sign bit (3.11+
// a quiet NaN; before, HUGE_VAL * 0., the processor's default NaN), the tests on nan, -inf and
// 1.5, and 3.12+'s Py_INFINITY (else HUGE_VAL)
PyObject *pymath(PyObject *, PyObject *) {
    double nan = Py_NAN;
#if PY3FFI_TARGET_SINCE(3, 12)
    double inf = Py_INFINITY;
#else
    double inf = Py_HUGE_VAL;
#endif
    return Py_BuildValue("(dddddiiiiiiiidi)", Py_MATH_PI, Py_MATH_E, static_cast<double>(Py_MATH_TAU),
                         static_cast<double>(Py_MATH_PIl), Py_HUGE_VAL, static_cast<int>(__builtin_signbit(nan) != 0),
                         Py_IS_NAN(nan), Py_IS_NAN(1.5), Py_IS_INFINITY(-inf), Py_IS_INFINITY(1.5f),
                         Py_IS_FINITE(1.5), Py_IS_FINITE(nan), Py_IS_FINITE(inf), inf,
                         static_cast<int>(PY3FFI_TARGET_SINCE(3, 11)));  // (the headers' version, not the interpreter's)
}

// '#' formats fill a Py_ssize_t on every target (PY_SSIZE_T_CLEAN's functions before 3.13):
// without them a 3.7-3.9 interpreter would write 4 bytes of the 8, leaving -1's high half.
PyObject *ssize_clean(PyObject *, PyObject *args) {
    const char *s;
    Py_ssize_t n = -1;
    if (!PyArg_ParseTuple(args, "s#", &s, &n)) return nullptr;
    return Py_BuildValue("(ny#)", n, s, n);
}

PyMethodDef methods[] = {
    {"ssize_clean", ssize_clean, METH_VARARGS, nullptr},
    {"pymacro", pymacro, METH_O, pymacro_doc},
    {"pymath", pymath, METH_NOARGS, nullptr},
    {"compat_calls", compat_calls, METH_VARARGS, nullptr},
    {"compat_misc", compat_misc, METH_VARARGS, nullptr},
    {"compat_int_overflow", compat_int_overflow, METH_O, nullptr},
    {"compat_module_add", compat_module_add, METH_NOARGS, nullptr},
    {"all_checks", all_checks, METH_O, nullptr},
    {"return_none", return_none, METH_NOARGS, nullptr},
    {"return_true", return_true, METH_NOARGS, nullptr},
    {"return_false", return_false, METH_NOARGS, nullptr},
    {"return_notimplemented", return_notimplemented, METH_NOARGS, nullptr},
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
    {"richcompare", richcompare, METH_VARARGS, nullptr},
#endif
    {"mem_new_resize", mem_new_resize, METH_NOARGS, nullptr},
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
    {"long_digits", long_digits, METH_O, nullptr},
#endif
#if !PY3FFI_LIMITED
    {"compat_thread_state", compat_thread_state, METH_NOARGS, nullptr},
    {"fast_sum", fast_sum, METH_O, nullptr},
    {"fill", fill, METH_NOARGS, nullptr},
#if PY3FFI_NOT_PYPY
    {"accessors", accessors, METH_VARARGS, nullptr},
#endif
    {"portable_forms", portable_forms, METH_VARARGS, nullptr},
    {"unicode_info", unicode_info, METH_O, nullptr},
    {"datetime_probe", datetime_probe, METH_VARARGS, nullptr},
#if PY3FFI_NOT_PYPY
    {"full_checks", full_checks, METH_O, nullptr},
#endif
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
    {"surrogates", surrogates, METH_O, nullptr},
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10)
    {"unicode_str", unicode_str, METH_NOARGS, nullptr},
#endif
#if PY3FFI_NOT_PYPY
    {"misc_full", misc_full, METH_VARARGS, nullptr},
#endif
#if PY3FFI_NOT_PYPY
    {"ctype_table", ctype_table, METH_NOARGS, nullptr},
#endif
#if PY3FFI_NOT_PYPY_BEFORE(3, 10)
    {"uprops", uprops, METH_O, nullptr},
#endif
#endif
    {"incref", incref, METH_O, nullptr},
    {"decref", decref, METH_O, nullptr},
    {"refcnt", refcnt, METH_O, nullptr},
    {"newref", newref, METH_O, nullptr},
    {"clear_fresh", clear_fresh, METH_NOARGS, nullptr},
#if !PY3FFI_LIMITED
    {"setref", setref, METH_VARARGS, nullptr},
    {"recursive_call", recursive_call, METH_O, nullptr},
#endif
#if defined(PY3FFI_ALLOW_RECURSION)
    {"allow_recursion", allow_recursion, METH_O, nullptr},
#endif
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
