// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/ceval.h.
#ifndef PY3FFI_CEVAL_HPP
#define PY3FFI_CEVAL_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/cpython/pystate.hpp"  // PyThreadState's members, which 3.7-3.9's macros read
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_NOT_PYPY
inline constexpr int FVC_MASK = 0x3;
inline constexpr int FVC_NONE = 0x0;
inline constexpr int FVC_STR = 0x1;
inline constexpr int FVC_REPR = 0x2;
inline constexpr int FVC_ASCII = 0x3;
inline constexpr int FVS_MASK = 0x4;
inline constexpr int FVS_HAVE_SPEC = 0x4;
#endif
extern "C" {
PY3FFI_API PyObject *PyEval_EvalCode(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyEval_EvalCode);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyEval_EvalCodeEx(PyObject *co, PyObject *globals, PyObject *locals, PyObject *const *args, int argc, PyObject *const *kwds, int kwdc, PyObject *const *defs, int defc, PyObject *kwdefs, PyObject *closure) noexcept;
#endif
PY3FFI_API PyObject *PyEval_GetBuiltins() noexcept PY3FFI_PYPY_NAME(PyPyEval_GetBuiltins);
PY3FFI_API PyObject *PyEval_GetGlobals() noexcept PY3FFI_PYPY_NAME(PyPyEval_GetGlobals);
PY3FFI_API PyObject *PyEval_GetLocals() noexcept PY3FFI_PYPY_NAME(PyPyEval_GetLocals);
#if !PY3FFI_LIMITED
PY3FFI_API PyFrameObject *PyEval_GetFrame() noexcept PY3FFI_PYPY_NAME(PyPyEval_GetFrame);
#elif PY3FFI_TARGET_SINCE(3, 9)
PY3FFI_API PyFrameObject *PyEval_GetFrame() noexcept PY3FFI_PYPY_NAME(PyPyEval_GetFrame);
#else
PY3FFI_API struct PyFrameObject *PyEval_GetFrame() noexcept PY3FFI_PYPY_NAME(PyPyEval_GetFrame);
#endif
#if PY3FFI_SINCE(3, 13)
PY3FFI_API PyObject *PyEval_GetFrameBuiltins() noexcept;
PY3FFI_API PyObject *PyEval_GetFrameGlobals() noexcept;
#endif
#if PY3FFI_BEFORE(3, 13)
PY3FFI_API PyObject *PyEval_CallObjectWithKeywords(PyObject *callable, PyObject *args, PyObject *kwargs) noexcept PY3FFI_PYPY_NAME(PyPyEval_CallObjectWithKeywords);
#endif
#if PY3FFI_SINCE(3, 13)
PY3FFI_API PyObject *PyEval_GetFrameLocals() noexcept;
#endif
PY3FFI_API int Py_AddPendingCall(int (*)(void *), void *arg) noexcept PY3FFI_PYPY_NAME(PyPy_AddPendingCall);
PY3FFI_API int Py_MakePendingCalls() noexcept PY3FFI_PYPY_NAME(PyPy_MakePendingCalls);
#if PY3FFI_BEFORE(3, 13)
PY3FFI_API PyObject *PyEval_CallFunction(PyObject *callable, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyEval_CallFunction);
PY3FFI_API PyObject *PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyEval_CallMethod);
#endif
PY3FFI_API void Py_SetRecursionLimit(int) noexcept PY3FFI_PYPY_NAME(PyPy_SetRecursionLimit);
PY3FFI_API int Py_GetRecursionLimit() noexcept PY3FFI_PYPY_NAME(PyPy_GetRecursionLimit);
#if PY3FFI_SINCE(3, 9)
PY3FFI_API int Py_EnterRecursiveCall(const char *where) noexcept PY3FFI_PYPY_NAME(PyPy_EnterRecursiveCall);
PY3FFI_API void Py_LeaveRecursiveCall() noexcept PY3FFI_PYPY_NAME(PyPy_LeaveRecursiveCall);
#endif
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API const char *PyEval_GetFuncName(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyEval_GetFuncName);
PY3FFI_API const char *PyEval_GetFuncDesc(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyEval_GetFuncDesc);
#endif
#if PY3FFI_NOT_PYPY && !PY3FFI_LIMITED
PY3FFI_API PyObject *PyEval_EvalFrame(PyFrameObject *) noexcept;
#elif PY3FFI_NOT_PYPY && PY3FFI_TARGET_SINCE(3, 9)
PY3FFI_API PyObject *PyEval_EvalFrame(PyFrameObject *) noexcept;
#elif PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyEval_EvalFrame(struct PyFrameObject *) noexcept;
#endif
#if PY3FFI_NOT_PYPY && !PY3FFI_LIMITED
PY3FFI_API PyObject *PyEval_EvalFrameEx(PyFrameObject *f, int exc) noexcept;
#elif PY3FFI_NOT_PYPY && PY3FFI_TARGET_SINCE(3, 9)
PY3FFI_API PyObject *PyEval_EvalFrameEx(PyFrameObject *f, int exc) noexcept;
#elif PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyEval_EvalFrameEx(struct PyFrameObject *f, int exc) noexcept;
#endif
PY3FFI_API PyThreadState *PyEval_SaveThread() noexcept PY3FFI_PYPY_NAME(PyPyEval_SaveThread);
PY3FFI_API void PyEval_RestoreThread(PyThreadState *) noexcept PY3FFI_PYPY_NAME(PyPyEval_RestoreThread);
PY3FFI_API void PyEval_InitThreads() noexcept PY3FFI_PYPY_NAME(PyPyEval_InitThreads);
PY3FFI_API void PyEval_AcquireThread(PyThreadState *tstate) noexcept PY3FFI_PYPY_NAME(PyPyEval_AcquireThread);
PY3FFI_API void PyEval_ReleaseThread(PyThreadState *tstate) noexcept PY3FFI_PYPY_NAME(PyPyEval_ReleaseThread);
#if PY3FFI_BEFORE(3, 13)
PY3FFI_API int PyEval_ThreadsInitialized() noexcept PY3FFI_PYPY_NAME(PyPyEval_ThreadsInitialized);
#endif
#if PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
PY3FFI_API void PyEval_AcquireLock() noexcept;
PY3FFI_API void PyEval_ReleaseLock() noexcept;
#endif
#if PY3FFI_BEFORE(3, 8)
PY3FFI_API void PyEval_ReInitThreads() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// Py_BEGIN_ALLOW_THREADS and friends open and close a block around a local: statements, not
// expressions, so they stay macros, under our prefix, expanding as ceval.h's do.
#define PY3FFI_BEGIN_ALLOW_THREADS { ::py3ffi::PyThreadState *py3ffi_save_ = ::py3ffi::PyEval_SaveThread();
#define PY3FFI_BLOCK_THREADS ::py3ffi::PyEval_RestoreThread(py3ffi_save_);
#define PY3FFI_UNBLOCK_THREADS py3ffi_save_ = ::py3ffi::PyEval_SaveThread();
#define PY3FFI_END_ALLOW_THREADS ::py3ffi::PyEval_RestoreThread(py3ffi_save_); }

#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
// 3.7 and 3.8: Py_EnterRecursiveCall and Py_LeaveRecursiveCall are macros over the thread
// state's recursion depth (3.9 exports them as functions). Each reads the thread state anew,
// as the macros do.
extern "C" {
// not API: what the macros use
PY3FFI_API int _Py_CheckRecursiveCall(const char *where) noexcept;
PY3FFI_DATA int _Py_CheckRecursionLimit;
}  // extern "C"
// 1 (not -1) when the limit is exceeded: the macro's `check && _Py_CheckRecursiveCall(where)`
inline int Py_EnterRecursiveCall(const char *where) noexcept {
#if PY3FFI_USE_STACKCHECK
    return (++PyThreadState_Get()->recursion_depth > _Py_CheckRecursionLimit ||
            ++PyThreadState_Get()->stackcheck_counter > 64) &&
           _Py_CheckRecursiveCall(where);
#else
    return ++PyThreadState_Get()->recursion_depth > _Py_CheckRecursionLimit && _Py_CheckRecursiveCall(where);
#endif
}
inline void Py_LeaveRecursiveCall() noexcept {
    // below the limit's "lower-water mark" again, the overflow flag is reset
    if (--PyThreadState_Get()->recursion_depth <
        (_Py_CheckRecursionLimit > 200 ? _Py_CheckRecursionLimit - 50 : 3 * (_Py_CheckRecursionLimit >> 2)))
        PyThreadState_Get()->overflowed = 0;
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
// Py_ALLOW_RECURSION ... Py_END_ALLOW_RECURSION (3.7-3.9): a block in which the recursion
// check is off (the thread state's recursion_critical flag).
#define PY3FFI_ALLOW_RECURSION                                                              \
    do {                                                                                     \
        unsigned char py3ffi_recursion_old_ = ::py3ffi::PyThreadState_Get()->recursion_critical; \
        ::py3ffi::PyThreadState_Get()->recursion_critical = 1;
#define PY3FFI_END_ALLOW_RECURSION                                                   \
        ::py3ffi::PyThreadState_Get()->recursion_critical = py3ffi_recursion_old_; \
    } while (0);
#endif
#if PY3FFI_BEFORE(3, 13)
inline PyObject *PyEval_CallObject(PyObject *callable, PyObject *arg) noexcept {
    return PyEval_CallObjectWithKeywords(callable, arg, nullptr);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
