// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pystate.h.
#ifndef PY3FFI_PYSTATE_HPP
#define PY3FFI_PYSTATE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
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
#if PY3FFI_NOT_PYPY
PY3FFI_API PyInterpreterState *PyInterpreterState_New() noexcept;
PY3FFI_API void PyInterpreterState_Clear(PyInterpreterState *) noexcept;
PY3FFI_API void PyInterpreterState_Delete(PyInterpreterState *) noexcept;
#endif
#if PY3FFI_SINCE(3, 9) && PY3FFI_NOT_PYPY
PY3FFI_API PyInterpreterState *PyInterpreterState_Get() noexcept;
#endif
#if PY3FFI_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyInterpreterState_GetDict(PyInterpreterState *) noexcept;
#endif
PY3FFI_API int64_t PyInterpreterState_GetID(PyInterpreterState *) noexcept PY3FFI_PYPY_NAME(PyPyInterpreterState_GetID);
PY3FFI_API int PyState_AddModule(PyObject *, PyModuleDef *) noexcept PY3FFI_PYPY_NAME(PyPyState_AddModule);
PY3FFI_API int PyState_RemoveModule(PyModuleDef *) noexcept PY3FFI_PYPY_NAME(PyPyState_RemoveModule);
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyState_FindModule(PyModuleDef *) noexcept PY3FFI_PYPY_NAME(PyPyState_FindModule);
#else
PY3FFI_API PyObject *PyState_FindModule(PyModuleDef *) noexcept;
#endif
PY3FFI_API PyThreadState *PyThreadState_New(PyInterpreterState *) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_New);
PY3FFI_API void PyThreadState_Clear(PyThreadState *) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_Clear);
PY3FFI_API void PyThreadState_Delete(PyThreadState *) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_Delete);
PY3FFI_API PyThreadState *PyThreadState_Get() noexcept PY3FFI_PYPY_NAME(PyPyThreadState_Get);
PY3FFI_API PyThreadState *PyThreadState_Swap(PyThreadState *) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_Swap);
PY3FFI_API PyObject *PyThreadState_GetDict() noexcept PY3FFI_PYPY_NAME(PyPyThreadState_GetDict);
PY3FFI_API int PyThreadState_SetAsyncExc(unsigned long, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_SetAsyncExc);
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10) && PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *tstate) noexcept;
PY3FFI_API PyFrameObject *PyThreadState_GetFrame(PyThreadState *tstate) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_GetFrame);
PY3FFI_API uint64_t PyThreadState_GetID(PyThreadState *tstate) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_GetID);
#endif
PY3FFI_API PyGILState_STATE PyGILState_Ensure() noexcept PY3FFI_PYPY_NAME(PyPyGILState_Ensure);
PY3FFI_API void PyGILState_Release(PyGILState_STATE) noexcept PY3FFI_PYPY_NAME(PyPyGILState_Release);
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyThreadState *PyGILState_GetThisThreadState() noexcept PY3FFI_PYPY_NAME(PyPyGILState_GetThisThreadState);
#endif
#if PY3FFI_SINCE(3, 15)
PY3FFI_API PyInterpreterGuard *PyInterpreterGuard_FromCurrent() noexcept;
PY3FFI_API void PyInterpreterGuard_Close(PyInterpreterGuard *guard) noexcept;
PY3FFI_API PyInterpreterGuard *PyInterpreterGuard_FromView(PyInterpreterView *view) noexcept;
PY3FFI_API PyInterpreterView *PyInterpreterView_FromCurrent() noexcept;
PY3FFI_API void PyInterpreterView_Close(PyInterpreterView *view) noexcept;
PY3FFI_API PyInterpreterView *PyInterpreterView_FromMain() noexcept;
PY3FFI_API PyThreadStateToken *PyThreadState_Ensure(PyInterpreterGuard *guard) noexcept;
PY3FFI_API PyThreadStateToken *PyThreadState_EnsureFromView(PyInterpreterView *view) noexcept;
PY3FFI_API void PyThreadState_Release(PyThreadStateToken *tstate) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int64_t GraalPyInterpreterState_GetIDFromThreadState(PyThreadState *) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API int64_t PyInterpreterState_GetIDFromThreadState(PyThreadState *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

inline PyThreadState *PyThreadState_GET() noexcept { return PyThreadState_Get(); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
