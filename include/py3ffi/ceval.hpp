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
PyObject *PyEval_EvalCode(PyObject *, PyObject *, PyObject *) noexcept;
PyObject *PyEval_EvalCodeEx(PyObject *co, PyObject *globals, PyObject *locals, PyObject *const *args, int argc, PyObject *const *kwds, int kwdc, PyObject *const *defs, int defc, PyObject *kwdefs, PyObject *closure) noexcept;
PyObject *PyEval_GetBuiltins() noexcept;
PyObject *PyEval_GetGlobals() noexcept;
PyObject *PyEval_GetLocals() noexcept;
#if !PY3FFI_LIMITED
PyFrameObject *PyEval_GetFrame() noexcept;
#elif PY3FFI_TARGET_SINCE(3, 9)
PyFrameObject *PyEval_GetFrame() noexcept;
#else
struct PyFrameObject *PyEval_GetFrame() noexcept;
#endif
#if PY3FFI_SINCE(3, 13)
PyObject *PyEval_GetFrameBuiltins() noexcept;
PyObject *PyEval_GetFrameGlobals() noexcept;
#endif
#if PY3FFI_BEFORE(3, 13)
PyObject *PyEval_CallObjectWithKeywords(PyObject *callable, PyObject *args, PyObject *kwargs) noexcept;
#endif
#if PY3FFI_SINCE(3, 13)
PyObject *PyEval_GetFrameLocals() noexcept;
#endif
int Py_AddPendingCall(int (*)(void *), void *arg) noexcept;
int Py_MakePendingCalls() noexcept;
#if PY3FFI_BEFORE(3, 13)
PyObject *PyEval_CallFunction(PyObject *callable, const char *format, ...) noexcept;
PyObject *PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...) noexcept;
#endif
void Py_SetRecursionLimit(int) noexcept;
int Py_GetRecursionLimit() noexcept;
#if PY3FFI_SINCE(3, 9)
int Py_EnterRecursiveCall(const char *where) noexcept;
void Py_LeaveRecursiveCall() noexcept;
#endif
const char *PyEval_GetFuncName(PyObject *) noexcept;
const char *PyEval_GetFuncDesc(PyObject *) noexcept;
#if !PY3FFI_LIMITED
PyObject *PyEval_EvalFrame(PyFrameObject *) noexcept;
#elif PY3FFI_TARGET_SINCE(3, 9)
PyObject *PyEval_EvalFrame(PyFrameObject *) noexcept;
#else
PyObject *PyEval_EvalFrame(struct PyFrameObject *) noexcept;
#endif
#if !PY3FFI_LIMITED
PyObject *PyEval_EvalFrameEx(PyFrameObject *f, int exc) noexcept;
#elif PY3FFI_TARGET_SINCE(3, 9)
PyObject *PyEval_EvalFrameEx(PyFrameObject *f, int exc) noexcept;
#else
PyObject *PyEval_EvalFrameEx(struct PyFrameObject *f, int exc) noexcept;
#endif
PyThreadState *PyEval_SaveThread() noexcept;
void PyEval_RestoreThread(PyThreadState *) noexcept;
void PyEval_InitThreads() noexcept;
void PyEval_AcquireThread(PyThreadState *tstate) noexcept;
void PyEval_ReleaseThread(PyThreadState *tstate) noexcept;
#if PY3FFI_BEFORE(3, 13)
int PyEval_ThreadsInitialized() noexcept;
void PyEval_AcquireLock() noexcept;
void PyEval_ReleaseLock() noexcept;
#endif
#if PY3FFI_BEFORE(3, 8)
void PyEval_ReInitThreads() noexcept;
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
