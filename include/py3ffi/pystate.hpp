// Mirrors CPython's Include/pystate.h.
#ifndef PY3FFI_PYSTATE_HPP
#define PY3FFI_PYSTATE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/moduleobject.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int MAX_CO_EXTRA_USERS = 255;
enum PyGILState_STATE : unsigned int { PyGILState_LOCKED = 0, PyGILState_UNLOCKED = 1 };
#if PY3FFI_SINCE(3, 15)
struct PyInterpreterGuard;
struct PyInterpreterView;
using PyThreadStateToken = void;
#endif
extern "C" {
PyInterpreterState *PyInterpreterState_New();
void PyInterpreterState_Clear(PyInterpreterState *);
void PyInterpreterState_Delete(PyInterpreterState *);
#if PY3FFI_SINCE(3, 9)
PyInterpreterState *PyInterpreterState_Get();
#endif
#if PY3FFI_SINCE(3, 8)
PyObject *PyInterpreterState_GetDict(PyInterpreterState *);
#endif
int64_t PyInterpreterState_GetID(PyInterpreterState *);
int PyState_AddModule(PyObject *, PyModuleDef *);
int PyState_RemoveModule(PyModuleDef *);
PyObject *PyState_FindModule(PyModuleDef *);
PyThreadState *PyThreadState_New(PyInterpreterState *);
void PyThreadState_Clear(PyThreadState *);
void PyThreadState_Delete(PyThreadState *);
PyThreadState *PyThreadState_Get();
PyThreadState *PyThreadState_Swap(PyThreadState *);
PyObject *PyThreadState_GetDict();
int PyThreadState_SetAsyncExc(unsigned long, PyObject *);
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *tstate);
PyFrameObject *PyThreadState_GetFrame(PyThreadState *tstate);
uint64_t PyThreadState_GetID(PyThreadState *tstate);
#endif
PyGILState_STATE PyGILState_Ensure();
void PyGILState_Release(PyGILState_STATE);
PyThreadState *PyGILState_GetThisThreadState();
#if PY3FFI_SINCE(3, 15)
PyInterpreterGuard *PyInterpreterGuard_FromCurrent();
void PyInterpreterGuard_Close(PyInterpreterGuard *guard);
PyInterpreterGuard *PyInterpreterGuard_FromView(PyInterpreterView *view);
PyInterpreterView *PyInterpreterView_FromCurrent();
void PyInterpreterView_Close(PyInterpreterView *view);
PyInterpreterView *PyInterpreterView_FromMain();
PyThreadStateToken *PyThreadState_Ensure(PyInterpreterGuard *guard);
PyThreadStateToken *PyThreadState_EnsureFromView(PyInterpreterView *view);
void PyThreadState_Release(PyThreadStateToken *tstate);
#endif
}  // extern "C"
// </py3ffi:generated>

inline PyThreadState *PyThreadState_GET() noexcept { return PyThreadState_Get(); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
