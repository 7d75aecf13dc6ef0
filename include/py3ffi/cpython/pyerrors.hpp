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
#if !PY3FFI_LIMITED
struct PyBaseExceptionObject;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
struct PyBaseExceptionGroupObject;
#endif
#if !PY3FFI_LIMITED
struct PySyntaxErrorObject;
struct PyImportErrorObject;
struct PyUnicodeErrorObject;
struct PySystemExitObject;
struct PyOSErrorObject;
struct PyStopIterationObject;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10)
struct PyNameErrorObject;
struct PyAttributeErrorObject;
#endif
#if !PY3FFI_LIMITED
using PyEnvironmentErrorObject = PyOSErrorObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_DATA PyObject *PyExc_PythonFinalizationError;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PyObject *PyUnstable_Exc_PrepReraiseStar(PyObject *orig, PyObject *excs);
#endif
#if !PY3FFI_LIMITED && (PY3FFI_BEFORE(3, 9) || PY3FFI_TARGET_SINCE(3, 13))
int PySignal_SetWakeupFd(int fd);
#endif
#if !PY3FFI_LIMITED
void PyErr_SyntaxLocationObject(PyObject *filename, int lineno, int col_offset);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10)
void PyErr_RangedSyntaxLocationObject(PyObject *filename, int lineno, int col_offset, int end_lineno, int end_col_offset);
#endif
#if !PY3FFI_LIMITED
PyObject *PyErr_ProgramTextObject(PyObject *filename, int lineno);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
void PyErr_FormatUnraisable(const char *, ...);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)
PyObject *PyUnicodeEncodeError_Create(const char *encoding, const Py_UNICODE *object, Py_ssize_t length, Py_ssize_t start, Py_ssize_t end, const char *reason);
PyObject *PyUnicodeTranslateError_Create(const Py_UNICODE *object, Py_ssize_t length, Py_ssize_t start, Py_ssize_t end, const char *reason);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
