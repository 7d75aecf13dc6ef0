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
PyInterpreterState *PyInterpreterState_New() noexcept;
void PyInterpreterState_Clear(PyInterpreterState *) noexcept;
void PyInterpreterState_Delete(PyInterpreterState *) noexcept;
#if PY3FFI_SINCE(3, 9)
PyInterpreterState *PyInterpreterState_Get() noexcept;
#endif
#if PY3FFI_SINCE(3, 8)
PyObject *PyInterpreterState_GetDict(PyInterpreterState *) noexcept;
#endif
int64_t PyInterpreterState_GetID(PyInterpreterState *) noexcept;
int PyState_AddModule(PyObject *, PyModuleDef *) noexcept;
int PyState_RemoveModule(PyModuleDef *) noexcept;
PyObject *PyState_FindModule(PyModuleDef *) noexcept;
PyThreadState *PyThreadState_New(PyInterpreterState *) noexcept;
void PyThreadState_Clear(PyThreadState *) noexcept;
void PyThreadState_Delete(PyThreadState *) noexcept;
PyThreadState *PyThreadState_Get() noexcept;
PyThreadState *PyThreadState_Swap(PyThreadState *) noexcept;
PyObject *PyThreadState_GetDict() noexcept;
int PyThreadState_SetAsyncExc(unsigned long, PyObject *) noexcept;
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *tstate) noexcept;
PyFrameObject *PyThreadState_GetFrame(PyThreadState *tstate) noexcept;
uint64_t PyThreadState_GetID(PyThreadState *tstate) noexcept;
#endif
PyGILState_STATE PyGILState_Ensure() noexcept;
void PyGILState_Release(PyGILState_STATE) noexcept;
PyThreadState *PyGILState_GetThisThreadState() noexcept;
#if PY3FFI_SINCE(3, 15)
PyInterpreterGuard *PyInterpreterGuard_FromCurrent() noexcept;
void PyInterpreterGuard_Close(PyInterpreterGuard *guard) noexcept;
PyInterpreterGuard *PyInterpreterGuard_FromView(PyInterpreterView *view) noexcept;
PyInterpreterView *PyInterpreterView_FromCurrent() noexcept;
void PyInterpreterView_Close(PyInterpreterView *view) noexcept;
PyInterpreterView *PyInterpreterView_FromMain() noexcept;
PyThreadStateToken *PyThreadState_Ensure(PyInterpreterGuard *guard) noexcept;
PyThreadStateToken *PyThreadState_EnsureFromView(PyInterpreterView *view) noexcept;
void PyThreadState_Release(PyThreadStateToken *tstate) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

inline PyThreadState *PyThreadState_GET() noexcept { return PyThreadState_Get(); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
