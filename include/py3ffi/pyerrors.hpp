// Mirrors CPython's pyerrors.h: exceptions.
#ifndef PY3FFI_PYERRORS_HPP
#define PY3FFI_PYERRORS_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyObject *PyExc_BaseException;
PY3FFI_DATA PyObject *PyExc_Exception;
#if PY3FFI_SINCE(3, 11)
PY3FFI_DATA PyObject *PyExc_BaseExceptionGroup;
#endif
PY3FFI_DATA PyObject *PyExc_StopAsyncIteration;
PY3FFI_DATA PyObject *PyExc_StopIteration;
PY3FFI_DATA PyObject *PyExc_GeneratorExit;
PY3FFI_DATA PyObject *PyExc_ArithmeticError;
PY3FFI_DATA PyObject *PyExc_LookupError;
PY3FFI_DATA PyObject *PyExc_AssertionError;
PY3FFI_DATA PyObject *PyExc_AttributeError;
PY3FFI_DATA PyObject *PyExc_BufferError;
PY3FFI_DATA PyObject *PyExc_EOFError;
PY3FFI_DATA PyObject *PyExc_FloatingPointError;
PY3FFI_DATA PyObject *PyExc_OSError;
PY3FFI_DATA PyObject *PyExc_ImportError;
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_DATA PyObject *PyExc_ImportCycleError;
#endif
PY3FFI_DATA PyObject *PyExc_ModuleNotFoundError;
PY3FFI_DATA PyObject *PyExc_IndexError;
PY3FFI_DATA PyObject *PyExc_KeyError;
PY3FFI_DATA PyObject *PyExc_KeyboardInterrupt;
PY3FFI_DATA PyObject *PyExc_MemoryError;
PY3FFI_DATA PyObject *PyExc_NameError;
PY3FFI_DATA PyObject *PyExc_OverflowError;
PY3FFI_DATA PyObject *PyExc_RuntimeError;
PY3FFI_DATA PyObject *PyExc_RecursionError;
PY3FFI_DATA PyObject *PyExc_NotImplementedError;
PY3FFI_DATA PyObject *PyExc_SyntaxError;
PY3FFI_DATA PyObject *PyExc_IndentationError;
PY3FFI_DATA PyObject *PyExc_TabError;
PY3FFI_DATA PyObject *PyExc_ReferenceError;
PY3FFI_DATA PyObject *PyExc_SystemError;
PY3FFI_DATA PyObject *PyExc_SystemExit;
PY3FFI_DATA PyObject *PyExc_TypeError;
PY3FFI_DATA PyObject *PyExc_UnboundLocalError;
PY3FFI_DATA PyObject *PyExc_UnicodeError;
PY3FFI_DATA PyObject *PyExc_UnicodeEncodeError;
PY3FFI_DATA PyObject *PyExc_UnicodeDecodeError;
PY3FFI_DATA PyObject *PyExc_UnicodeTranslateError;
PY3FFI_DATA PyObject *PyExc_ValueError;
PY3FFI_DATA PyObject *PyExc_ZeroDivisionError;
PY3FFI_DATA PyObject *PyExc_BlockingIOError;
PY3FFI_DATA PyObject *PyExc_BrokenPipeError;
PY3FFI_DATA PyObject *PyExc_ChildProcessError;
PY3FFI_DATA PyObject *PyExc_ConnectionError;
PY3FFI_DATA PyObject *PyExc_ConnectionAbortedError;
PY3FFI_DATA PyObject *PyExc_ConnectionRefusedError;
PY3FFI_DATA PyObject *PyExc_ConnectionResetError;
PY3FFI_DATA PyObject *PyExc_FileExistsError;
PY3FFI_DATA PyObject *PyExc_FileNotFoundError;
PY3FFI_DATA PyObject *PyExc_InterruptedError;
PY3FFI_DATA PyObject *PyExc_IsADirectoryError;
PY3FFI_DATA PyObject *PyExc_NotADirectoryError;
PY3FFI_DATA PyObject *PyExc_PermissionError;
PY3FFI_DATA PyObject *PyExc_ProcessLookupError;
PY3FFI_DATA PyObject *PyExc_TimeoutError;
PY3FFI_DATA PyObject *PyExc_EnvironmentError;
PY3FFI_DATA PyObject *PyExc_IOError;
#if PY3FFI_WINDOWS
PY3FFI_DATA PyObject *PyExc_WindowsError;
#endif
PY3FFI_DATA PyObject *PyExc_Warning;
PY3FFI_DATA PyObject *PyExc_UserWarning;
PY3FFI_DATA PyObject *PyExc_DeprecationWarning;
PY3FFI_DATA PyObject *PyExc_PendingDeprecationWarning;
PY3FFI_DATA PyObject *PyExc_SyntaxWarning;
PY3FFI_DATA PyObject *PyExc_RuntimeWarning;
PY3FFI_DATA PyObject *PyExc_FutureWarning;
PY3FFI_DATA PyObject *PyExc_ImportWarning;
PY3FFI_DATA PyObject *PyExc_UnicodeWarning;
PY3FFI_DATA PyObject *PyExc_BytesWarning;
#if PY3FFI_SINCE(3, 10)
PY3FFI_DATA PyObject *PyExc_EncodingWarning;
#endif
PY3FFI_DATA PyObject *PyExc_ResourceWarning;
void PyErr_SetNone(PyObject *);
void PyErr_SetObject(PyObject *, PyObject *);
void PyErr_SetString(PyObject *exception, const char *string);
PyObject *PyErr_Occurred();
void PyErr_Clear();
void PyErr_Fetch(PyObject **, PyObject **, PyObject **);
void PyErr_Restore(PyObject *, PyObject *, PyObject *);
#if PY3FFI_SINCE(3, 12)
PyObject *PyErr_GetRaisedException();
void PyErr_SetRaisedException(PyObject *);
#endif
#if PY3FFI_SINCE(3, 11)
PyObject *PyErr_GetHandledException();
void PyErr_SetHandledException(PyObject *);
#endif
void PyErr_GetExcInfo(PyObject **, PyObject **, PyObject **);
void PyErr_SetExcInfo(PyObject *, PyObject *, PyObject *);
[[noreturn]] void Py_FatalError(const char *message);
int PyErr_GivenExceptionMatches(PyObject *, PyObject *);
int PyErr_ExceptionMatches(PyObject *);
void PyErr_NormalizeException(PyObject **, PyObject **, PyObject **);
int PyException_SetTraceback(PyObject *, PyObject *);
PyObject *PyException_GetTraceback(PyObject *);
PyObject *PyException_GetCause(PyObject *);
void PyException_SetCause(PyObject *, PyObject *);
PyObject *PyException_GetContext(PyObject *);
void PyException_SetContext(PyObject *, PyObject *);
#if PY3FFI_SINCE(3, 12)
PyObject *PyException_GetArgs(PyObject *);
void PyException_SetArgs(PyObject *, PyObject *);
#endif
#if PY3FFI_SINCE(3, 8)
const char *PyExceptionClass_Name(PyObject *);
#endif
int PyErr_BadArgument();
PyObject *PyErr_NoMemory();
PyObject *PyErr_SetFromErrno(PyObject *);
PyObject *PyErr_SetFromErrnoWithFilenameObject(PyObject *, PyObject *);
PyObject *PyErr_SetFromErrnoWithFilenameObjects(PyObject *, PyObject *, PyObject *);
PyObject *PyErr_SetFromErrnoWithFilename(PyObject *exc, const char *filename);
PyObject *PyErr_Format(PyObject *exception, const char *format, ...);
PyObject *PyErr_FormatV(PyObject *exception, const char *format, va_list vargs);
#if PY3FFI_WINDOWS
PyObject *PyErr_SetFromWindowsErrWithFilename(int ierr, const char *filename);
PyObject *PyErr_SetFromWindowsErr(int);
PyObject *PyErr_SetExcFromWindowsErrWithFilenameObject(PyObject *, int, PyObject *);
PyObject *PyErr_SetExcFromWindowsErrWithFilenameObjects(PyObject *, int, PyObject *, PyObject *);
PyObject *PyErr_SetExcFromWindowsErrWithFilename(PyObject *exc, int ierr, const char *filename);
PyObject *PyErr_SetExcFromWindowsErr(PyObject *, int);
#endif
PyObject *PyErr_SetImportErrorSubclass(PyObject *, PyObject *, PyObject *, PyObject *);
PyObject *PyErr_SetImportError(PyObject *, PyObject *, PyObject *);
void PyErr_BadInternalCall();
PyObject *PyErr_NewException(const char *name, PyObject *base, PyObject *dict);
PyObject *PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base, PyObject *dict);
void PyErr_WriteUnraisable(PyObject *);
int PyErr_CheckSignals();
void PyErr_SetInterrupt();
#if PY3FFI_SINCE(3, 10)
int PyErr_SetInterruptEx(int signum);
#endif
void PyErr_SyntaxLocation(const char *filename, int lineno);
void PyErr_SyntaxLocationEx(const char *filename, int lineno, int col_offset);
PyObject *PyErr_ProgramText(const char *filename, int lineno);
PyObject *PyUnicodeDecodeError_Create(const char *encoding, const char *object, Py_ssize_t length, Py_ssize_t start, Py_ssize_t end, const char *reason);
PyObject *PyUnicodeEncodeError_GetEncoding(PyObject *);
PyObject *PyUnicodeDecodeError_GetEncoding(PyObject *);
PyObject *PyUnicodeEncodeError_GetObject(PyObject *);
PyObject *PyUnicodeDecodeError_GetObject(PyObject *);
PyObject *PyUnicodeTranslateError_GetObject(PyObject *);
int PyUnicodeEncodeError_GetStart(PyObject *, Py_ssize_t *);
int PyUnicodeDecodeError_GetStart(PyObject *, Py_ssize_t *);
int PyUnicodeTranslateError_GetStart(PyObject *, Py_ssize_t *);
int PyUnicodeEncodeError_SetStart(PyObject *, Py_ssize_t);
int PyUnicodeDecodeError_SetStart(PyObject *, Py_ssize_t);
int PyUnicodeTranslateError_SetStart(PyObject *, Py_ssize_t);
int PyUnicodeEncodeError_GetEnd(PyObject *, Py_ssize_t *);
int PyUnicodeDecodeError_GetEnd(PyObject *, Py_ssize_t *);
int PyUnicodeTranslateError_GetEnd(PyObject *, Py_ssize_t *);
int PyUnicodeEncodeError_SetEnd(PyObject *, Py_ssize_t);
int PyUnicodeDecodeError_SetEnd(PyObject *, Py_ssize_t);
int PyUnicodeTranslateError_SetEnd(PyObject *, Py_ssize_t);
PyObject *PyUnicodeEncodeError_GetReason(PyObject *);
PyObject *PyUnicodeDecodeError_GetReason(PyObject *);
PyObject *PyUnicodeTranslateError_GetReason(PyObject *);
int PyUnicodeEncodeError_SetReason(PyObject *exc, const char *reason);
int PyUnicodeDecodeError_SetReason(PyObject *exc, const char *reason);
int PyUnicodeTranslateError_SetReason(PyObject *exc, const char *reason);
int PyOS_snprintf(char *str, size_t size, const char *format, ...);
int PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va);
}  // extern "C"
// </py3ffi:generated>

inline int PyExceptionClass_Check(PyObject *x) noexcept {
    return PyType_Check(x) && PyType_FastSubclass(reinterpret_cast<PyTypeObject *>(x), Py_TPFLAGS_BASE_EXC_SUBCLASS);
}
inline int PyExceptionInstance_Check(PyObject *x) noexcept {
    return PyType_FastSubclass(Py_TYPE(x), Py_TPFLAGS_BASE_EXC_SUBCLASS);
}
inline PyObject *PyExceptionInstance_Class(PyObject *x) noexcept { return reinterpret_cast<PyObject *>(Py_TYPE(x)); }
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)
inline char *PyExceptionClass_Name(PyObject *x) noexcept {
    return const_cast<char *>(reinterpret_cast<PyTypeObject *>(x)->tp_name);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
