// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pyerrors.h.
#ifndef PY3FFI_CPYTHON_PYERRORS_HPP
#define PY3FFI_CPYTHON_PYERRORS_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/unicodeobject.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY
struct PyBaseExceptionObject {
    PyObject ob_base;
};
#elif !PY3FFI_LIMITED
struct PyBaseExceptionObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
struct PyBaseExceptionGroupObject;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PySyntaxErrorObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
    PyObject *msg;
    PyObject *filename;
    PyObject *lineno;
    PyObject *offset;
#if PY3FFI_TARGET_SINCE(3, 10)
    PyObject *end_lineno;
    PyObject *end_offset;
#endif
    PyObject *text;
    PyObject *print_file_and_line;
#if PY3FFI_TARGET_SINCE(3, 14)
    PyObject *metadata;
#endif
};
struct PyImportErrorObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
    PyObject *msg;
    PyObject *name;
    PyObject *path;
#if PY3FFI_TARGET_SINCE(3, 12)
    PyObject *name_from;
#endif
};
struct PyUnicodeErrorObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
    PyObject *encoding;
    PyObject *object;
    Py_ssize_t start;
    Py_ssize_t end;
    PyObject *reason;
};
struct PySystemExitObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
    PyObject *code;
};
struct PyOSErrorObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
    PyObject *myerrno;
    PyObject *strerror;
    PyObject *filename;
    PyObject *filename2;
#if PY3FFI_WINDOWS
    PyObject *winerror;
#endif
    Py_ssize_t written;
};
#endif
#if PY3FFI_IS_PYPY
struct PyStopIterationObject {
    PyObject ob_base;
    PyObject *value;
};
#elif !PY3FFI_LIMITED
struct PyStopIterationObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
    PyObject *value;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
struct PyNameErrorObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
    PyObject *name;
};
struct PyAttributeErrorObject {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *notes;
#endif
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
    PyObject *obj;
    PyObject *name;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
using PyEnvironmentErrorObject = PyOSErrorObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_DATA PyObject *PyExc_PythonFinalizationError;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject *PyUnstable_Exc_PrepReraiseStar(PyObject *orig, PyObject *excs) noexcept;
#endif
#if ((PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)) || (!PY3FFI_LIMITED && (PY3FFI_BEFORE(3, 9) || PY3FFI_TARGET_SINCE(3, 13))))
PY3FFI_API int PySignal_SetWakeupFd(int fd) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API void PyErr_SyntaxLocationObject(PyObject *filename, int lineno, int col_offset) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API void PyErr_RangedSyntaxLocationObject(PyObject *filename, int lineno, int col_offset, int end_lineno, int end_col_offset) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyErr_ProgramTextObject(PyObject *filename, int lineno) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API void PyErr_FormatUnraisable(const char *, ...) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicodeEncodeError_Create(const char *encoding, const Py_UNICODE *object, Py_ssize_t length, Py_ssize_t start, Py_ssize_t end, const char *reason) noexcept;
PY3FFI_API PyObject *PyUnicodeTranslateError_Create(const Py_UNICODE *object, Py_ssize_t length, Py_ssize_t start, Py_ssize_t end, const char *reason) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_WINDOWS && PY3FFI_NOT_PYPY
using PyWindowsErrorObject = PyOSErrorObject;  // (pyerrors.h's MS_WINDOWS block)
#endif

}  // namespace py3ffi
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
// PyException_HEAD: PyBaseExceptionObject's members, to begin an exception struct with
#if PY3FFI_TARGET_SINCE(3, 11)
#define PY3FFI_EXCEPTION_HEAD                                                             \
        ::py3ffi::PyObject ob_base;                                                          \
        ::py3ffi::PyObject *dict, *args, *notes, *traceback, *context, *cause;               \
        char suppress_context;
#else
#define PY3FFI_EXCEPTION_HEAD                                                             \
        ::py3ffi::PyObject ob_base;                                                          \
        ::py3ffi::PyObject *dict, *args, *traceback, *context, *cause;                       \
        char suppress_context;
#endif
#endif
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
