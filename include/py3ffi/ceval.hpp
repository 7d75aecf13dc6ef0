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
PyFrameObject *PyEval_GetFrame();
}  // extern "C"
#if PY3FFI_SINCE(3, 13)
extern "C" {
PyObject *PyEval_GetFrameBuiltins();
PyObject *PyEval_GetFrameGlobals();
}  // extern "C"
#endif
#if PY3FFI_BEFORE(3, 13)
extern "C" {
PyObject *PyEval_CallObjectWithKeywords(PyObject *callable, PyObject *args, PyObject *kwargs);
}  // extern "C"
#endif
#if PY3FFI_SINCE(3, 13)
extern "C" {
PyObject *PyEval_GetFrameLocals();
}  // extern "C"
#endif
extern "C" {
int Py_AddPendingCall(int (*)(void *), void *arg);
int Py_MakePendingCalls();
}  // extern "C"
#if PY3FFI_BEFORE(3, 13)
extern "C" {
PyObject *PyEval_CallFunction(PyObject *callable, const char *format, ...);
PyObject *PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...);
}  // extern "C"
#endif
extern "C" {
void Py_SetRecursionLimit(int);
int Py_GetRecursionLimit();
}  // extern "C"
#if PY3FFI_SINCE(3, 9)
extern "C" {
int Py_EnterRecursiveCall(const char *where);
void Py_LeaveRecursiveCall();
}  // extern "C"
#endif
extern "C" {
const char *PyEval_GetFuncName(PyObject *);
const char *PyEval_GetFuncDesc(PyObject *);
PyObject *PyEval_EvalFrame(PyFrameObject *);
PyObject *PyEval_EvalFrameEx(PyFrameObject *f, int exc);
PyThreadState *PyEval_SaveThread();
void PyEval_RestoreThread(PyThreadState *);
void PyEval_InitThreads();
void PyEval_AcquireThread(PyThreadState *tstate);
void PyEval_ReleaseThread(PyThreadState *tstate);
}  // extern "C"
#if PY3FFI_BEFORE(3, 13)
extern "C" {
int PyEval_ThreadsInitialized();
void PyEval_AcquireLock();
void PyEval_ReleaseLock();
}  // extern "C"
#endif
#if PY3FFI_BEFORE(3, 8)
extern "C" {
void PyEval_ReInitThreads();
}  // extern "C"
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
