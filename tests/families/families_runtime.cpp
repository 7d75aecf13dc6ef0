// Families 6 (exceptions), 9 (import and modules) and 10 (threads and the GIL).
#include <cerrno>
#include <exception>
#include <thread>
#include "families.hpp"
#if defined(_WIN32) && !defined(_UCRT) && !defined(_MSC_VER)
#define WIN32_LEAN_AND_MEAN
#define NOGDI  // (wingdi.h defines ERROR)
#include <windows.h>  // (after py3ffi: its macros reach only what follows)
#endif

namespace families {
namespace {

// ---- 6. exceptions ---------------------------------------------------------------------

PyObject *type_of(PyObject *o) { return reinterpret_cast<PyObject *>(Py_TYPE(o)); }

// raises families.Error(msg) (which='error') or families.OtherError(msg)
PyObject *err_raise(PyObject *module, PyObject *args) {
    const char *which, *msg;
    if (!PyArg_ParseTuple(args, "ss:err_raise", &which, &msg)) return nullptr;
    State *st = state_of(module);
    PyErr_SetString(which[0] == 'e' ? st->refs[ERROR] : st->refs[OTHER_ERROR], msg);
    return nullptr;
}

PyObject *err_set_object(PyObject *, PyObject *args) {
    PyObject *type, *value;
    if (!PyArg_ParseTuple(args, "OO:err_set_object", &type, &value)) return nullptr;
    PyErr_SetObject(type, value);
    return nullptr;
}

PyObject *err_set_none(PyObject *, PyObject *type) {
    PyErr_SetNone(type);
    return nullptr;
}

PyObject *err_format(PyObject *, PyObject *args) {
    int n;
    PyObject *o;
    if (!PyArg_ParseTuple(args, "iO:err_format", &n, &o)) return nullptr;
    return PyErr_Format(PyExc_IndexError, "index %d out of range for %s (%R)", n, "thing", o);
}

// Raises exc, then: (PyErr_Occurred() is type(exc), PyErr_ExceptionMatches(candidate),
// PyErr_GivenExceptionMatches(exc, candidate), nothing set after PyErr_Clear)
PyObject *err_matches(PyObject *, PyObject *args) {
    PyObject *exc, *candidate;
    if (!PyArg_ParseTuple(args, "OO:err_matches", &exc, &candidate)) return nullptr;
    PyErr_SetObject(type_of(exc), exc);
    int is_type = PyErr_Occurred() == type_of(exc);
    int matches = PyErr_ExceptionMatches(candidate);
    PyErr_Clear();
    int cleared = PyErr_Occurred() == nullptr;
    int given = PyErr_GivenExceptionMatches(exc, candidate);
    return Py_BuildValue("(iiii)", is_type, matches, given, cleared);
}

// Raises exc and takes it back with PyErr_Fetch (and PyErr_NormalizeException): restore
// true: PyErr_Restore raises it again; false: (nothing set after Fetch, value is exc, type is
// type(exc))
PyObject *err_fetch_restore(PyObject *, PyObject *args) {
    PyObject *exc;
    int restore;
    if (!PyArg_ParseTuple(args, "Op:err_fetch_restore", &exc, &restore)) return nullptr;
    PyErr_SetObject(type_of(exc), exc);
    PyObject *type = nullptr, *value = nullptr, *tb = nullptr;
    PyErr_Fetch(&type, &value, &tb);
    int cleared = PyErr_Occurred() == nullptr;
    PyErr_NormalizeException(&type, &value, &tb);
    if (restore) {
        PyErr_Restore(type, value, tb);  // (steals all three)
        return nullptr;
    }
    PyObject *r = Py_BuildValue("(iii)", cleared, value == exc, type == type_of(exc));
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return r;
}

#if PY3FFI_SINCE(3, 12)
// The same with PyErr_GetRaisedException/PyErr_SetRaisedException
PyObject *err_raised(PyObject *, PyObject *args) {
    PyObject *exc;
    int restore;
    if (!PyArg_ParseTuple(args, "Op:err_raised", &exc, &restore)) return nullptr;
    PyErr_SetObject(type_of(exc), exc);
    PyObject *raised = PyErr_GetRaisedException();
    int cleared = PyErr_Occurred() == nullptr;
    if (restore) {
        PyErr_SetRaisedException(raised);  // (steals)
        return nullptr;
    }
    PyObject *r = Py_BuildValue("(ii)", cleared, raised == exc);
    Py_XDECREF(raised);
    return r;
}
#endif

// exc.__cause__ = cause (None: cleared), exc.__context__ = context, through PyException_Set*;
// returns (GetCause, GetContext, GetTraceback or None)
PyObject *err_chain(PyObject *, PyObject *args) {
    PyObject *exc, *cause, *context;
    if (!PyArg_ParseTuple(args, "OOO:err_chain", &exc, &cause, &context)) return nullptr;
    PyException_SetCause(exc, cause == Py_None ? nullptr : cx::Py_NewRef(cause));  // (steals)
    PyException_SetContext(exc, cx::Py_NewRef(context));                          // (steals)
    PyObject *got_cause = PyException_GetCause(exc), *got_context = PyException_GetContext(exc);
    PyObject *tb = PyException_GetTraceback(exc);
    return Py_BuildValue("(NNN)", got_cause ? got_cause : none(), got_context ? got_context : none(),
                         tb ? tb : none());
}

// PyErr_WarnEx(category, msg, stacklevel), then PyErr_WarnFormat(category, 1, "families
// warned %d", n): -1 (warnings as errors) raises
PyObject *err_warn(PyObject *, PyObject *args) {
    PyObject *category;
    const char *msg;
    int n;
    if (!PyArg_ParseTuple(args, "Osi:err_warn", &category, &msg, &n)) return nullptr;
    if (PyErr_WarnEx(category, msg, 1) < 0) return nullptr;
    if (PyErr_WarnFormat(category, 1, "families warned %d", n) < 0) return nullptr;
    return none();
}

PyObject *err_nomemory(PyObject *, PyObject *) { return PyErr_NoMemory(); }

// The errno PyErr_SetFromErrno reads: the interpreter's C runtime's. That is this module's errno
// on Linux (one libc) and with MSVC or a UCRT mingw-w64; but CPython for Windows uses the UCRT
// (ucrtbase.dll) and Debian's mingw-w64 links msvcrt.dll, whose errno is another variable (a
// module built with CPython's own Python.h sees the same): there, the UCRT's is set.
int *interpreter_errno() {
#if defined(_WIN32) && !defined(_UCRT) && !defined(_MSC_VER)
    HMODULE ucrt = GetModuleHandleW(L"ucrtbase.dll");
    FARPROC get = ucrt ? GetProcAddress(ucrt, "_errno") : nullptr;
    if (!get) {
        PyErr_SetString(PyExc_RuntimeError, "no _errno in the interpreter's C runtime (ucrtbase.dll)");
        return nullptr;
    }
    return reinterpret_cast<int *(*)()>(reinterpret_cast<void *>(get))();
#else
    return &errno;
#endif
}

PyObject *err_errno(PyObject *, PyObject *arg) {
    long e = PyLong_AsLong(arg);
    if (failed(e)) return nullptr;
    int *err = interpreter_errno();
    if (!err) return nullptr;
    *err = static_cast<int>(e);
    return PyErr_SetFromErrno(PyExc_OSError);
}

PyObject *err_bad_argument(PyObject *, PyObject *) {
    PyErr_BadArgument();
    return nullptr;
}

// sets RuntimeError, clears it: True when nothing is left set
PyObject *err_clear(PyObject *, PyObject *) {
    PyErr_SetString(PyExc_RuntimeError, "to be cleared");
    int was_set = PyErr_Occurred() != nullptr;
    PyErr_Clear();
    return boolean(was_set && PyErr_Occurred() == nullptr);
}

// PyErr_NewException(name, base, {"extra": 1}) - a fresh exception class
PyObject *err_new_exception(PyObject *, PyObject *args) {
    const char *name;
    PyObject *base;
    if (!PyArg_ParseTuple(args, "sO:err_new_exception", &name, &base)) return nullptr;
    Ref dict(Py_BuildValue("{s:i}", "extra", 1));
    if (!dict) return nullptr;
    return PyErr_NewException(name, base == Py_None ? nullptr : base, dict.get());
}

PyMethodDef error_methods[] = {
    {"err_raise", err_raise, METH_VARARGS, nullptr},
    {"err_set_object", err_set_object, METH_VARARGS, nullptr},
    {"err_set_none", err_set_none, METH_O, nullptr},
    {"err_format", err_format, METH_VARARGS, nullptr},
    {"err_matches", err_matches, METH_VARARGS, nullptr},
    {"err_fetch_restore", err_fetch_restore, METH_VARARGS, nullptr},
#if PY3FFI_SINCE(3, 12)
    {"err_raised", err_raised, METH_VARARGS, nullptr},
#endif
    {"err_chain", err_chain, METH_VARARGS, nullptr},
    {"err_warn", err_warn, METH_VARARGS, nullptr},
    {"err_nomemory", err_nomemory, METH_NOARGS, nullptr},
    {"err_errno", err_errno, METH_O, nullptr},
    {"err_bad_argument", err_bad_argument, METH_NOARGS, nullptr},
    {"err_clear", err_clear, METH_NOARGS, nullptr},
    {"err_new_exception", err_new_exception, METH_VARARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- 9. import and modules -------------------------------------------------------------

// math.sqrt(x), looked up through PyImport_ImportModule
PyObject *imp_sqrt(PyObject *, PyObject *x) {
    Ref math(PyImport_ImportModule("math"));
    if (!math) return nullptr;
    Ref sqrt(PyObject_GetAttrString(math.get(), "sqrt"));
    if (!sqrt) return nullptr;
    return PyObject_CallFunctionObjArgs(sqrt.get(), x, static_cast<PyObject *>(nullptr));
}

PyObject *imp_import(PyObject *, PyObject *name) { return PyImport_Import(name); }

PyObject *imp_import_module(PyObject *, PyObject *args) {
    const char *name;
    if (!PyArg_ParseTuple(args, "s:imp_import_module", &name)) return nullptr;
    return PyImport_ImportModule(name);
}

#if PY3FFI_LIMITED_SINCE(3, 8)
// sys.modules.get(name) through PyImport_GetModule (NULL without an exception: None)
PyObject *imp_get_module(PyObject *, PyObject *name) {
    PyObject *m = PyImport_GetModule(name);
    if (!m && PyErr_Occurred()) return nullptr;
    return m ? m : none();
}
#endif

// (PyImport_AddModule(name) (borrowed), PyImport_AddModuleRef(name) (compat))
PyObject *imp_add_module(PyObject *, PyObject *args) {
    const char *name;
    if (!PyArg_ParseTuple(args, "s:imp_add_module", &name)) return nullptr;
    Results r;
    if (!r.add_ref(PyImport_AddModule(name)) || !r.add(cx::PyImport_AddModuleRef(name))) return nullptr;
    return r.take();
}

#if PY3FFI_NOT_PYPY  // (PyPy's headers lack PyModule_GetNameObject)
// (PyModule_GetDict, PyModule_GetName, PyModule_GetNameObject)
PyObject *imp_module_info(PyObject *, PyObject *m) {
    Results r;
    if (!r.add_ref(PyModule_GetDict(m))) return nullptr;
    const char *name = PyModule_GetName(m);
    if (!name || !r.add(PyUnicode_FromString(name)) || !r.add(PyModule_GetNameObject(m))) return nullptr;
    return r.take();
}
#endif

// A new module "families_scratch" with obj added by PyModule_AddObjectRef (compat) and
// PyModule_AddObject, answer = 42, greeting = "hi", seven = 7 (PyModule_Add, compat)
PyObject *imp_new_module(PyObject *, PyObject *obj) {
    Ref m(PyModule_New("families_scratch"));
    if (!m || cx::PyModule_AddObjectRef(m.get(), "obj", obj) < 0 ||
        PyModule_AddIntConstant(m.get(), "answer", 42) < 0 ||
        PyModule_AddStringConstant(m.get(), "greeting", "hi") < 0 ||
        cx::PyModule_Add(m.get(), "seven", PyLong_FromLong(7)) < 0)
        return nullptr;
    PyObject *again = cx::Py_NewRef(obj);
    if (PyModule_AddObject(m.get(), "legacy", again) < 0) {  // (steals only on success)
        Py_DECREF(again);
        return nullptr;
    }
    return m.release();
}

PyMethodDef import_methods[] = {
    {"imp_sqrt", imp_sqrt, METH_O, nullptr},
    {"imp_import", imp_import, METH_O, nullptr},
    {"imp_import_module", imp_import_module, METH_VARARGS, nullptr},
#if PY3FFI_LIMITED_SINCE(3, 8)
    {"imp_get_module", imp_get_module, METH_O, nullptr},
#endif
    {"imp_add_module", imp_add_module, METH_VARARGS, nullptr},
#if PY3FFI_NOT_PYPY
    {"imp_module_info", imp_module_info, METH_O, nullptr},
#endif
    {"imp_new_module", imp_new_module, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- 10. threads and the GIL -----------------------------------------------------------

// sum(i * i for i in range(n)) computed with the GIL released
PyObject *thr_allow(PyObject *, PyObject *arg) {
    unsigned long long n = PyLong_AsUnsignedLongLong(arg);
    if (n == static_cast<unsigned long long>(-1) && PyErr_Occurred()) return nullptr;
    unsigned long long sum = 0;
    PY3FFI_BEGIN_ALLOW_THREADS
    for (unsigned long long i = 0; i < n; ++i) sum += i * i;
    PY3FFI_END_ALLOW_THREADS
    return PyLong_FromUnsignedLongLong(sum);
}

#if !PY3FFI_LIMITED
// PyGILState_Check (CPython-only) before, inside and after PY3FFI_BEGIN/END_ALLOW_THREADS
PyObject *thr_gil_check(PyObject *, PyObject *) {
    int before = PyGILState_Check(), inside;
    PY3FFI_BEGIN_ALLOW_THREADS
    inside = PyGILState_Check();
    PY3FFI_END_ALLOW_THREADS
    return Py_BuildValue("(iii)", before, inside, PyGILState_Check());
}
#endif

// What the native thread of thr_callback shares with the caller.
struct Job {
    PyObject *callable;
    long n;
    PyObject *results;  // a list, appended to with the GIL held
    unsigned long ident = 0;
    PyObject *exc_type = nullptr, *exc_value = nullptr, *exc_tb = nullptr;
};

// Calls job->callable(i) for i in range(n) from a thread Python did not create: each call
// takes the GIL with PyGILState_Ensure and gives it back; the first exception is kept.
void callback_worker(Job *job) {
    for (long i = 0; i < job->n; ++i) {
        PyGILState_STATE g = PyGILState_Ensure();
        job->ident = PyThread_get_thread_ident();
        bool stop = false;
        PyObject *r = PyObject_CallFunction(job->callable, "l", i);
        if (!r || PyList_Append(job->results, r) < 0) {
            PyErr_Fetch(&job->exc_type, &job->exc_value, &job->exc_tb);
            stop = true;
        }
        Py_XDECREF(r);
        PyGILState_Release(g);
        if (stop) break;
    }
}

// Runs callable(i) for i in range(n) on a new std::thread and joins it with the GIL released:
// (the results, the thread's PyThread_get_thread_ident); the callable's exception is raised.
PyObject *thr_callback(PyObject *, PyObject *args) {
    Job job{};
    if (!PyArg_ParseTuple(args, "Ol:thr_callback", &job.callable, &job.n)) return nullptr;
    Ref results(PyList_New(0));
    if (!results) return nullptr;
    job.results = results.get();
    bool started = true;
    PY3FFI_BEGIN_ALLOW_THREADS
    try {
        std::thread worker(callback_worker, &job);
        worker.join();
    } catch (const std::exception &) {
        started = false;
    }
    PY3FFI_END_ALLOW_THREADS
    if (!started) {
        PyErr_SetString(PyExc_RuntimeError, "thr_callback: cannot start a thread");
        return nullptr;
    }
    if (job.exc_type) {
        PyErr_Restore(job.exc_type, job.exc_value, job.exc_tb);
        return nullptr;
    }
    return Py_BuildValue("(Ok)", results.get(), job.ident);
}

#if PY3FFI_NOT_PYPY  // (PyPy's headers lack PyGILState_GetThisThreadState)
// (PyThreadState_Get() is what PyEval_SaveThread returns, is current again after
//  PyEval_RestoreThread, is PyGILState_GetThisThreadState(), PyThread_get_thread_ident(),
//  PyInterpreterState_GetID of its interpreter (-1 before 3.9))
PyObject *thr_tstate(PyObject *, PyObject *) {
    PyThreadState *ts = PyThreadState_Get();
    PyThreadState *saved = PyEval_SaveThread();
    int same = saved == ts;
    PyEval_RestoreThread(saved);
    int current = PyThreadState_Get() == ts;
    int gilstate = PyGILState_GetThisThreadState() == ts;
// (GraalPy 24.2 aborts in PyThreadState_GetInterpreter, "Function not implemented in GraalPy",
// with Python.h too)
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10) && PY3FFI_NOT_GRAALPY_BEFORE(3, 12)
    long long interp = static_cast<long long>(PyInterpreterState_GetID(PyThreadState_GetInterpreter(ts)));
#else
    long long interp = -1;
#endif
    return Py_BuildValue("(iiikL)", same, current, gilstate, PyThread_get_thread_ident(), interp);
}
#endif

#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
// `times` times, under a critical section on `guard`: lst.append(len(lst)), a read-modify-write
// that two free-threaded callers could interleave without the lock. (The lock is another
// object's: a critical section on lst itself would be suspended by the one PyList_Append takes
// on lst, 3.13 blocking on a mutex its thread holds and suspending the outer section meanwhile.)
PyObject *thr_critical(PyObject *, PyObject *args) {
    PyObject *guard, *lst;
    long times;
    if (!PyArg_ParseTuple(args, "OO!l:thr_critical", &guard, &PyList_Type, &lst, &times)) return nullptr;
    int failed_append = 0;
    for (long i = 0; i < times && !failed_append; ++i) {
        PY3FFI_BEGIN_CRITICAL_SECTION(guard);
        PyObject *n = PyLong_FromSsize_t(PyList_Size(lst));
        failed_append = !n || PyList_Append(lst, n) < 0;
        Py_XDECREF(n);
        PY3FFI_END_CRITICAL_SECTION();
    }
    if (failed_append) return nullptr;
    return none();
}

// Moves every item of src to the end of dst under a critical section on both.
PyObject *thr_critical2(PyObject *, PyObject *args) {
    PyObject *src, *dst;
    if (!PyArg_ParseTuple(args, "O!O!:thr_critical2", &PyList_Type, &src, &PyList_Type, &dst)) return nullptr;
    int rc = 0;
    PY3FFI_BEGIN_CRITICAL_SECTION2(src, dst);
    Py_ssize_t n = PyList_Size(src);
    for (Py_ssize_t i = 0; i < n && rc == 0; ++i) rc = PyList_Append(dst, PyList_GetItem(src, i));
    if (rc == 0) rc = PyList_SetSlice(src, 0, n, nullptr);
    PY3FFI_END_CRITICAL_SECTION2();
    if (rc < 0) return nullptr;
    return none();
}
#endif

PyMethodDef thread_methods[] = {
    {"thr_allow", thr_allow, METH_O, nullptr},
#if !PY3FFI_LIMITED
    {"thr_gil_check", thr_gil_check, METH_NOARGS, nullptr},
#endif
    {"thr_callback", thr_callback, METH_VARARGS, nullptr},
#if PY3FFI_NOT_PYPY
    {"thr_tstate", thr_tstate, METH_NOARGS, nullptr},
#endif
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
    {"thr_critical", thr_critical, METH_VARARGS, nullptr},
    {"thr_critical2", thr_critical2, METH_VARARGS, nullptr},
#endif
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int add_errors(PyObject *m) {
    if (keep(m, ERROR, "Error",
             PyErr_NewExceptionWithDoc("families.Error", "The families module's error (a ValueError).",
                                       PyExc_ValueError, nullptr)) < 0 ||
        keep(m, OTHER_ERROR, "OtherError", PyErr_NewException("families.OtherError", nullptr, nullptr)) < 0)
        return -1;
    return PyModule_AddFunctions(m, error_methods);
}

int add_imports(PyObject *m) {
    if (PyModule_AddIntConstant(m, "ANSWER", 42) < 0 || PyModule_AddStringConstant(m, "GREETING", "hello") < 0 ||
        PyModule_AddIntConstant(m, "TARGET_HEX", PY3FFI_VERSION_HEX) < 0 ||
        PyModule_AddIntConstant(m, "LIMITED", PY3FFI_LIMITED) < 0 ||
        PyModule_AddIntConstant(m, "GIL_DISABLED", PY3FFI_GIL_DISABLED) < 0)
        return -1;
    return PyModule_AddFunctions(m, import_methods);
}

int add_threads(PyObject *m) { return PyModule_AddFunctions(m, thread_methods); }

}  // namespace families
