// Mirrors CPython's Include/ceval.h.
#ifndef PY3FFI_CEVAL_HPP
#define PY3FFI_CEVAL_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int FVC_MASK = 0x3;
inline constexpr int FVC_NONE = 0x0;
inline constexpr int FVC_STR = 0x1;
inline constexpr int FVC_REPR = 0x2;
inline constexpr int FVC_ASCII = 0x3;
inline constexpr int FVS_MASK = 0x4;
inline constexpr int FVS_HAVE_SPEC = 0x4;
extern "C" {
PyObject *PyEval_EvalCode(PyObject *, PyObject *, PyObject *);
PyObject *PyEval_EvalCodeEx(PyObject *co, PyObject *globals, PyObject *locals, PyObject *const *args, int argc, PyObject *const *kwds, int kwdc, PyObject *const *defs, int defc, PyObject *kwdefs, PyObject *closure);
PyObject *PyEval_GetBuiltins();
PyObject *PyEval_GetGlobals();
PyObject *PyEval_GetLocals();
#if !PY3FFI_LIMITED
PyFrameObject *PyEval_GetFrame();
#elif PY3FFI_TARGET_SINCE(3, 9)
PyFrameObject *PyEval_GetFrame();
#else
struct PyFrameObject *PyEval_GetFrame();
#endif
#if PY3FFI_SINCE(3, 13)
PyObject *PyEval_GetFrameBuiltins();
PyObject *PyEval_GetFrameGlobals();
#endif
#if PY3FFI_BEFORE(3, 13)
PyObject *PyEval_CallObjectWithKeywords(PyObject *callable, PyObject *args, PyObject *kwargs);
#endif
#if PY3FFI_SINCE(3, 13)
PyObject *PyEval_GetFrameLocals();
#endif
int Py_AddPendingCall(int (*)(void *), void *arg);
int Py_MakePendingCalls();
#if PY3FFI_BEFORE(3, 13)
PyObject *PyEval_CallFunction(PyObject *callable, const char *format, ...);
PyObject *PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...);
#endif
void Py_SetRecursionLimit(int);
int Py_GetRecursionLimit();
#if PY3FFI_SINCE(3, 9)
int Py_EnterRecursiveCall(const char *where);
void Py_LeaveRecursiveCall();
#endif
const char *PyEval_GetFuncName(PyObject *);
const char *PyEval_GetFuncDesc(PyObject *);
#if !PY3FFI_LIMITED
PyObject *PyEval_EvalFrame(PyFrameObject *);
#elif PY3FFI_TARGET_SINCE(3, 9)
PyObject *PyEval_EvalFrame(PyFrameObject *);
#else
PyObject *PyEval_EvalFrame(struct PyFrameObject *);
#endif
#if !PY3FFI_LIMITED
PyObject *PyEval_EvalFrameEx(PyFrameObject *f, int exc);
#elif PY3FFI_TARGET_SINCE(3, 9)
PyObject *PyEval_EvalFrameEx(PyFrameObject *f, int exc);
#else
PyObject *PyEval_EvalFrameEx(struct PyFrameObject *f, int exc);
#endif
PyThreadState *PyEval_SaveThread();
void PyEval_RestoreThread(PyThreadState *);
void PyEval_InitThreads();
void PyEval_AcquireThread(PyThreadState *tstate);
void PyEval_ReleaseThread(PyThreadState *tstate);
#if PY3FFI_BEFORE(3, 13)
int PyEval_ThreadsInitialized();
void PyEval_AcquireLock();
void PyEval_ReleaseLock();
#endif
#if PY3FFI_BEFORE(3, 8)
void PyEval_ReInitThreads();
#endif
}  // extern "C"
// </py3ffi:generated>

// Py_BEGIN_ALLOW_THREADS and friends open and close a block around a local: statements, not
// expressions, so they stay macros, under our prefix, expanding as ceval.h's do.
#define PY3FFI_BEGIN_ALLOW_THREADS { ::py3ffi::PyThreadState *py3ffi_save_ = ::py3ffi::PyEval_SaveThread();
#define PY3FFI_BLOCK_THREADS ::py3ffi::PyEval_RestoreThread(py3ffi_save_);
#define PY3FFI_UNBLOCK_THREADS py3ffi_save_ = ::py3ffi::PyEval_SaveThread();
#define PY3FFI_END_ALLOW_THREADS ::py3ffi::PyEval_RestoreThread(py3ffi_save_); }

#if PY3FFI_BEFORE(3, 13)
inline PyObject *PyEval_CallObject(PyObject *callable, PyObject *arg) noexcept {
    return PyEval_CallObjectWithKeywords(callable, arg, nullptr);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
