// SPDX-License-Identifier: MIT
// Mirrors CPython's pyerrors.h: exceptions.
#ifndef PY3FFI_PYERRORS_HPP
#define PY3FFI_PYERRORS_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/abstract.hpp"  // PyObject_IsSubclass, PyPy's PyExceptionInstance_Check
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyObject *PyExc_BaseException PY3FFI_PYPY_NAME(PyPyExc_BaseException);
PY3FFI_DATA PyObject *PyExc_Exception PY3FFI_PYPY_NAME(PyPyExc_Exception);
#if PY3FFI_SINCE(3, 11)
PY3FFI_DATA PyObject *PyExc_BaseExceptionGroup PY3FFI_PYPY_NAME(PyPyExc_BaseExceptionGroup);
#endif
PY3FFI_DATA PyObject *PyExc_StopAsyncIteration PY3FFI_PYPY_NAME(PyPyExc_StopAsyncIteration);
PY3FFI_DATA PyObject *PyExc_StopIteration PY3FFI_PYPY_NAME(PyPyExc_StopIteration);
PY3FFI_DATA PyObject *PyExc_GeneratorExit PY3FFI_PYPY_NAME(PyPyExc_GeneratorExit);
PY3FFI_DATA PyObject *PyExc_ArithmeticError PY3FFI_PYPY_NAME(PyPyExc_ArithmeticError);
PY3FFI_DATA PyObject *PyExc_LookupError PY3FFI_PYPY_NAME(PyPyExc_LookupError);
PY3FFI_DATA PyObject *PyExc_AssertionError PY3FFI_PYPY_NAME(PyPyExc_AssertionError);
PY3FFI_DATA PyObject *PyExc_AttributeError PY3FFI_PYPY_NAME(PyPyExc_AttributeError);
PY3FFI_DATA PyObject *PyExc_BufferError PY3FFI_PYPY_NAME(PyPyExc_BufferError);
PY3FFI_DATA PyObject *PyExc_EOFError PY3FFI_PYPY_NAME(PyPyExc_EOFError);
PY3FFI_DATA PyObject *PyExc_FloatingPointError PY3FFI_PYPY_NAME(PyPyExc_FloatingPointError);
PY3FFI_DATA PyObject *PyExc_OSError PY3FFI_PYPY_NAME(PyPyExc_OSError);
PY3FFI_DATA PyObject *PyExc_ImportError PY3FFI_PYPY_NAME(PyPyExc_ImportError);
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_DATA PyObject *PyExc_ImportCycleError;
#endif
PY3FFI_DATA PyObject *PyExc_ModuleNotFoundError PY3FFI_PYPY_NAME(PyPyExc_ModuleNotFoundError);
PY3FFI_DATA PyObject *PyExc_IndexError PY3FFI_PYPY_NAME(PyPyExc_IndexError);
PY3FFI_DATA PyObject *PyExc_KeyError PY3FFI_PYPY_NAME(PyPyExc_KeyError);
PY3FFI_DATA PyObject *PyExc_KeyboardInterrupt PY3FFI_PYPY_NAME(PyPyExc_KeyboardInterrupt);
PY3FFI_DATA PyObject *PyExc_MemoryError PY3FFI_PYPY_NAME(PyPyExc_MemoryError);
PY3FFI_DATA PyObject *PyExc_NameError PY3FFI_PYPY_NAME(PyPyExc_NameError);
PY3FFI_DATA PyObject *PyExc_OverflowError PY3FFI_PYPY_NAME(PyPyExc_OverflowError);
PY3FFI_DATA PyObject *PyExc_RuntimeError PY3FFI_PYPY_NAME(PyPyExc_RuntimeError);
PY3FFI_DATA PyObject *PyExc_RecursionError PY3FFI_PYPY_NAME(PyPyExc_RecursionError);
PY3FFI_DATA PyObject *PyExc_NotImplementedError PY3FFI_PYPY_NAME(PyPyExc_NotImplementedError);
PY3FFI_DATA PyObject *PyExc_SyntaxError PY3FFI_PYPY_NAME(PyPyExc_SyntaxError);
PY3FFI_DATA PyObject *PyExc_IndentationError PY3FFI_PYPY_NAME(PyPyExc_IndentationError);
PY3FFI_DATA PyObject *PyExc_TabError PY3FFI_PYPY_NAME(PyPyExc_TabError);
PY3FFI_DATA PyObject *PyExc_ReferenceError PY3FFI_PYPY_NAME(PyPyExc_ReferenceError);
PY3FFI_DATA PyObject *PyExc_SystemError PY3FFI_PYPY_NAME(PyPyExc_SystemError);
PY3FFI_DATA PyObject *PyExc_SystemExit PY3FFI_PYPY_NAME(PyPyExc_SystemExit);
PY3FFI_DATA PyObject *PyExc_TypeError PY3FFI_PYPY_NAME(PyPyExc_TypeError);
PY3FFI_DATA PyObject *PyExc_UnboundLocalError PY3FFI_PYPY_NAME(PyPyExc_UnboundLocalError);
PY3FFI_DATA PyObject *PyExc_UnicodeError PY3FFI_PYPY_NAME(PyPyExc_UnicodeError);
PY3FFI_DATA PyObject *PyExc_UnicodeEncodeError PY3FFI_PYPY_NAME(PyPyExc_UnicodeEncodeError);
PY3FFI_DATA PyObject *PyExc_UnicodeDecodeError PY3FFI_PYPY_NAME(PyPyExc_UnicodeDecodeError);
PY3FFI_DATA PyObject *PyExc_UnicodeTranslateError PY3FFI_PYPY_NAME(PyPyExc_UnicodeTranslateError);
PY3FFI_DATA PyObject *PyExc_ValueError PY3FFI_PYPY_NAME(PyPyExc_ValueError);
PY3FFI_DATA PyObject *PyExc_ZeroDivisionError PY3FFI_PYPY_NAME(PyPyExc_ZeroDivisionError);
PY3FFI_DATA PyObject *PyExc_BlockingIOError PY3FFI_PYPY_NAME(PyPyExc_BlockingIOError);
PY3FFI_DATA PyObject *PyExc_BrokenPipeError PY3FFI_PYPY_NAME(PyPyExc_BrokenPipeError);
PY3FFI_DATA PyObject *PyExc_ChildProcessError PY3FFI_PYPY_NAME(PyPyExc_ChildProcessError);
PY3FFI_DATA PyObject *PyExc_ConnectionError PY3FFI_PYPY_NAME(PyPyExc_ConnectionError);
PY3FFI_DATA PyObject *PyExc_ConnectionAbortedError PY3FFI_PYPY_NAME(PyPyExc_ConnectionAbortedError);
PY3FFI_DATA PyObject *PyExc_ConnectionRefusedError PY3FFI_PYPY_NAME(PyPyExc_ConnectionRefusedError);
PY3FFI_DATA PyObject *PyExc_ConnectionResetError PY3FFI_PYPY_NAME(PyPyExc_ConnectionResetError);
PY3FFI_DATA PyObject *PyExc_FileExistsError PY3FFI_PYPY_NAME(PyPyExc_FileExistsError);
PY3FFI_DATA PyObject *PyExc_FileNotFoundError PY3FFI_PYPY_NAME(PyPyExc_FileNotFoundError);
PY3FFI_DATA PyObject *PyExc_InterruptedError PY3FFI_PYPY_NAME(PyPyExc_InterruptedError);
PY3FFI_DATA PyObject *PyExc_IsADirectoryError PY3FFI_PYPY_NAME(PyPyExc_IsADirectoryError);
PY3FFI_DATA PyObject *PyExc_NotADirectoryError PY3FFI_PYPY_NAME(PyPyExc_NotADirectoryError);
PY3FFI_DATA PyObject *PyExc_PermissionError PY3FFI_PYPY_NAME(PyPyExc_PermissionError);
PY3FFI_DATA PyObject *PyExc_ProcessLookupError PY3FFI_PYPY_NAME(PyPyExc_ProcessLookupError);
PY3FFI_DATA PyObject *PyExc_TimeoutError PY3FFI_PYPY_NAME(PyPyExc_TimeoutError);
PY3FFI_DATA PyObject *PyExc_EnvironmentError PY3FFI_PYPY_NAME(PyPyExc_OSError);
PY3FFI_DATA PyObject *PyExc_IOError PY3FFI_PYPY_NAME(PyPyExc_OSError);
#if PY3FFI_WINDOWS
PY3FFI_DATA PyObject *PyExc_WindowsError;
#endif
PY3FFI_DATA PyObject *PyExc_Warning PY3FFI_PYPY_NAME(PyPyExc_Warning);
PY3FFI_DATA PyObject *PyExc_UserWarning PY3FFI_PYPY_NAME(PyPyExc_UserWarning);
PY3FFI_DATA PyObject *PyExc_DeprecationWarning PY3FFI_PYPY_NAME(PyPyExc_DeprecationWarning);
PY3FFI_DATA PyObject *PyExc_PendingDeprecationWarning PY3FFI_PYPY_NAME(PyPyExc_PendingDeprecationWarning);
PY3FFI_DATA PyObject *PyExc_SyntaxWarning PY3FFI_PYPY_NAME(PyPyExc_SyntaxWarning);
PY3FFI_DATA PyObject *PyExc_RuntimeWarning PY3FFI_PYPY_NAME(PyPyExc_RuntimeWarning);
PY3FFI_DATA PyObject *PyExc_FutureWarning PY3FFI_PYPY_NAME(PyPyExc_FutureWarning);
PY3FFI_DATA PyObject *PyExc_ImportWarning PY3FFI_PYPY_NAME(PyPyExc_ImportWarning);
PY3FFI_DATA PyObject *PyExc_UnicodeWarning PY3FFI_PYPY_NAME(PyPyExc_UnicodeWarning);
PY3FFI_DATA PyObject *PyExc_BytesWarning PY3FFI_PYPY_NAME(PyPyExc_BytesWarning);
#if PY3FFI_SINCE(3, 10)
PY3FFI_DATA PyObject *PyExc_EncodingWarning PY3FFI_PYPY_NAME(PyPyExc_EncodingWarning);
#endif
PY3FFI_DATA PyObject *PyExc_ResourceWarning PY3FFI_PYPY_NAME(PyPyExc_ResourceWarning);
PY3FFI_API void PyErr_SetNone(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetNone);
PY3FFI_API void PyErr_SetObject(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetObject);
PY3FFI_API void PyErr_SetString(PyObject *exception, const char *string) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetString);
PY3FFI_API PyObject *PyErr_Occurred() noexcept PY3FFI_PYPY_NAME(PyPyErr_Occurred);
PY3FFI_API void PyErr_Clear() noexcept PY3FFI_PYPY_NAME(PyPyErr_Clear);
PY3FFI_API void PyErr_Fetch(PyObject **, PyObject **, PyObject **) noexcept PY3FFI_PYPY_NAME(PyPyErr_Fetch);
PY3FFI_API void PyErr_Restore(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_Restore);
#if PY3FFI_SINCE(3, 12)
PY3FFI_API PyObject *PyErr_GetRaisedException() noexcept;
PY3FFI_API void PyErr_SetRaisedException(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 11)
PY3FFI_API PyObject *PyErr_GetHandledException() noexcept PY3FFI_PYPY_NAME(PyPyErr_GetHandledException);
PY3FFI_API void PyErr_SetHandledException(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetHandledException);
#endif
PY3FFI_API void PyErr_GetExcInfo(PyObject **, PyObject **, PyObject **) noexcept PY3FFI_PYPY_NAME(PyPyErr_GetExcInfo);
PY3FFI_API void PyErr_SetExcInfo(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetExcInfo);
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
PY3FFI_API void Py_FatalError(const char *msg) noexcept PY3FFI_PYPY_NAME(PyPy_FatalError);
#elif PY3FFI_NOT_PYPY_SINCE(3, 10) && PY3FFI_NOT_GRAALPY
[[noreturn]] PY3FFI_API void Py_FatalError(const char *message) noexcept PY3FFI_PYPY_NAME(PyPy_FatalError);
#endif
PY3FFI_API int PyErr_GivenExceptionMatches(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_GivenExceptionMatches);
PY3FFI_API int PyErr_ExceptionMatches(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_ExceptionMatches);
PY3FFI_API void PyErr_NormalizeException(PyObject **, PyObject **, PyObject **) noexcept PY3FFI_PYPY_NAME(PyPyErr_NormalizeException);
PY3FFI_API int PyException_SetTraceback(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyException_SetTraceback);
PY3FFI_API PyObject *PyException_GetTraceback(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyException_GetTraceback);
PY3FFI_API PyObject *PyException_GetCause(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyException_GetCause);
PY3FFI_API void PyException_SetCause(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyException_SetCause);
PY3FFI_API PyObject *PyException_GetContext(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyException_GetContext);
PY3FFI_API void PyException_SetContext(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyException_SetContext);
#if PY3FFI_SINCE(3, 12)
PY3FFI_API PyObject *PyException_GetArgs(PyObject *) noexcept;
PY3FFI_API void PyException_SetArgs(PyObject *, PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API const char *PyExceptionClass_Name(PyObject *) noexcept;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject *PyExceptionInstance_Class(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyExceptionInstance_Class);
#endif
PY3FFI_API int PyErr_BadArgument() noexcept PY3FFI_PYPY_NAME(PyPyErr_BadArgument);
PY3FFI_API PyObject *PyErr_NoMemory() noexcept PY3FFI_PYPY_NAME(PyPyErr_NoMemory);
PY3FFI_API PyObject *PyErr_SetFromErrno(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetFromErrno);
PY3FFI_API PyObject *PyErr_SetFromErrnoWithFilenameObject(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetFromErrnoWithFilenameObject);
PY3FFI_API PyObject *PyErr_SetFromErrnoWithFilenameObjects(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetFromErrnoWithFilenameObjects);
PY3FFI_API PyObject *PyErr_SetFromErrnoWithFilename(PyObject *exc, const char *filename) noexcept PY3FFI_PYPY_NAME(PyPyErr_SetFromErrnoWithFilename);
PY3FFI_API PyObject *PyErr_Format(PyObject *exception, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyErr_Format);
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyObject *PyErr_FormatV(PyObject *exception, const char *format, va_list vargs) noexcept PY3FFI_PYPY_NAME(PyPyErr_FormatV);
#endif
#if PY3FFI_WINDOWS
PY3FFI_API PyObject *PyErr_SetFromWindowsErrWithFilename(int ierr, const char *filename) noexcept;
PY3FFI_API PyObject *PyErr_SetFromWindowsErr(int) noexcept;
PY3FFI_API PyObject *PyErr_SetExcFromWindowsErrWithFilenameObject(PyObject *, int, PyObject *) noexcept;
PY3FFI_API PyObject *PyErr_SetExcFromWindowsErrWithFilenameObjects(PyObject *, int, PyObject *, PyObject *) noexcept;
PY3FFI_API PyObject *PyErr_SetExcFromWindowsErrWithFilename(PyObject *exc, int ierr, const char *filename) noexcept;
PY3FFI_API PyObject *PyErr_SetExcFromWindowsErr(PyObject *, int) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyErr_SetImportErrorSubclass(PyObject *, PyObject *, PyObject *, PyObject *) noexcept;
PY3FFI_API PyObject *PyErr_SetImportError(PyObject *, PyObject *, PyObject *) noexcept;
#endif
#if PY3FFI_NOT_GRAALPY
PY3FFI_API void PyErr_BadInternalCall() noexcept PY3FFI_PYPY_NAME(PyPyErr_BadInternalCall);
#endif
PY3FFI_API PyObject *PyErr_NewException(const char *name, PyObject *base, PyObject *dict) noexcept PY3FFI_PYPY_NAME(PyPyErr_NewException);
PY3FFI_API PyObject *PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base, PyObject *dict) noexcept PY3FFI_PYPY_NAME(PyPyErr_NewExceptionWithDoc);
PY3FFI_API void PyErr_WriteUnraisable(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_WriteUnraisable);
PY3FFI_API int PyErr_CheckSignals() noexcept PY3FFI_PYPY_NAME(PyPyErr_CheckSignals);
#if PY3FFI_NOT_PYPY_SINCE(3, 10)
PY3FFI_API void PyErr_SetInterrupt() noexcept PY3FFI_PYPY_NAME(PyPyErr_SetInterrupt);
#endif
#if PY3FFI_SINCE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API int PyErr_SetInterruptEx(int signum) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API void PyErr_SyntaxLocation(const char *filename, int lineno) noexcept;
PY3FFI_API void PyErr_SyntaxLocationEx(const char *filename, int lineno, int col_offset) noexcept;
PY3FFI_API PyObject *PyErr_ProgramText(const char *filename, int lineno) noexcept;
PY3FFI_API PyObject *PyUnicodeDecodeError_Create(const char *encoding, const char *object, Py_ssize_t length, Py_ssize_t start, Py_ssize_t end, const char *reason) noexcept;
PY3FFI_API PyObject *PyUnicodeEncodeError_GetEncoding(PyObject *) noexcept;
PY3FFI_API PyObject *PyUnicodeDecodeError_GetEncoding(PyObject *) noexcept;
PY3FFI_API PyObject *PyUnicodeEncodeError_GetObject(PyObject *) noexcept;
PY3FFI_API PyObject *PyUnicodeDecodeError_GetObject(PyObject *) noexcept;
PY3FFI_API PyObject *PyUnicodeTranslateError_GetObject(PyObject *) noexcept;
PY3FFI_API int PyUnicodeEncodeError_GetStart(PyObject *, Py_ssize_t *) noexcept;
PY3FFI_API int PyUnicodeDecodeError_GetStart(PyObject *, Py_ssize_t *) noexcept;
PY3FFI_API int PyUnicodeTranslateError_GetStart(PyObject *, Py_ssize_t *) noexcept;
PY3FFI_API int PyUnicodeEncodeError_SetStart(PyObject *, Py_ssize_t) noexcept;
PY3FFI_API int PyUnicodeDecodeError_SetStart(PyObject *, Py_ssize_t) noexcept;
PY3FFI_API int PyUnicodeTranslateError_SetStart(PyObject *, Py_ssize_t) noexcept;
PY3FFI_API int PyUnicodeEncodeError_GetEnd(PyObject *, Py_ssize_t *) noexcept;
PY3FFI_API int PyUnicodeDecodeError_GetEnd(PyObject *, Py_ssize_t *) noexcept;
PY3FFI_API int PyUnicodeTranslateError_GetEnd(PyObject *, Py_ssize_t *) noexcept;
PY3FFI_API int PyUnicodeEncodeError_SetEnd(PyObject *, Py_ssize_t) noexcept;
PY3FFI_API int PyUnicodeDecodeError_SetEnd(PyObject *, Py_ssize_t) noexcept;
PY3FFI_API int PyUnicodeTranslateError_SetEnd(PyObject *, Py_ssize_t) noexcept;
PY3FFI_API PyObject *PyUnicodeEncodeError_GetReason(PyObject *) noexcept;
PY3FFI_API PyObject *PyUnicodeDecodeError_GetReason(PyObject *) noexcept;
PY3FFI_API PyObject *PyUnicodeTranslateError_GetReason(PyObject *) noexcept;
PY3FFI_API int PyUnicodeEncodeError_SetReason(PyObject *exc, const char *reason) noexcept;
PY3FFI_API int PyUnicodeDecodeError_SetReason(PyObject *exc, const char *reason) noexcept;
PY3FFI_API int PyUnicodeTranslateError_SetReason(PyObject *exc, const char *reason) noexcept;
#endif
PY3FFI_API int PyOS_snprintf(char *str, size_t size, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyOS_snprintf);
PY3FFI_API int PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va) noexcept PY3FFI_PYPY_NAME(PyPyOS_vsnprintf);
}  // extern "C"
// </py3ffi:generated>

#if (PY3FFI_IS_PYPY || PY3FFI_IS_GRAALPY) && PY3FFI_TARGET_SINCE(3, 11)
// PyPy 8.0's and GraalPy's Py_FatalError is a macro passing the caller's __func__ to
// _Py_FatalErrorFunc (GraalPy's headers reach its functions of macro names only through the
// macros: some of those functions abort there)
extern "C" [[noreturn]] PY3FFI_API void _Py_FatalErrorFunc(const char *func, const char *msg) noexcept
    PY3FFI_PYPY_NAME(_PyPy_FatalErrorFunc);
[[noreturn]] inline void Py_FatalError(const char *message, const char *func = __builtin_FUNCTION()) noexcept {
    _Py_FatalErrorFunc(func, message);
}
#endif

#if PY3FFI_IS_GRAALPY
extern "C" PY3FFI_API void _PyErr_BadInternalCall(const char *filename,
                                                  int lineno) noexcept;  // not API: the macro's call
inline void PyErr_BadInternalCall(const char *filename = __builtin_FILE(), int lineno = __builtin_LINE()) noexcept {
    _PyErr_BadInternalCall(filename, lineno);
}
#endif

inline int PyExceptionClass_Check(PyObject *x) noexcept {
    return PyType_Check(x) && PyType_FastSubclass(reinterpret_cast<PyTypeObject *>(x), Py_TPFLAGS_BASE_EXC_SUBCLASS);
}
inline int PyExceptionInstance_Check(PyObject *x) noexcept {
#if PY3FFI_IS_PYPY
    return PyObject_IsSubclass(reinterpret_cast<PyObject *>(Py_TYPE(x)), PyExc_BaseException);  // PyPy's macro
#else
    return PyType_FastSubclass(Py_TYPE(x), Py_TPFLAGS_BASE_EXC_SUBCLASS);
#endif
}
#if PY3FFI_NOT_PYPY
inline PyObject *PyExceptionInstance_Class(PyObject *x) noexcept { return reinterpret_cast<PyObject *>(Py_TYPE(x)); }
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)
inline char *PyExceptionClass_Name(PyObject *x) noexcept {
    return const_cast<char *>(reinterpret_cast<PyTypeObject *>(x)->tp_name);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
