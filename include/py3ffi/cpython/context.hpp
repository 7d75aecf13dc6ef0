// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/context.h.
#ifndef PY3FFI_CPYTHON_CONTEXT_HPP
#define PY3FFI_CPYTHON_CONTEXT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PyContext;
struct PyContextVar;
struct PyContextToken;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
enum PyContextEvent : unsigned int { Py_CONTEXT_SWITCHED = 1 };
using PyContext_WatchCallback = int (*)(PyContextEvent, PyObject *);
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyContext_Type;
PY3FFI_DATA PyTypeObject PyContextVar_Type;
PY3FFI_DATA PyTypeObject PyContextToken_Type;
PY3FFI_API PyObject *PyContext_New() noexcept;
PY3FFI_API PyObject *PyContext_Copy(PyObject *) noexcept;
PY3FFI_API PyObject *PyContext_CopyCurrent() noexcept;
PY3FFI_API int PyContext_Enter(PyObject *) noexcept;
PY3FFI_API int PyContext_Exit(PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API int PyContext_AddWatcher(PyContext_WatchCallback callback) noexcept;
PY3FFI_API int PyContext_ClearWatcher(int watcher_id) noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyContextVar_New(const char *name, PyObject *default_value) noexcept PY3FFI_PYPY_NAME(PyPyContextVar_New);
PY3FFI_API int PyContextVar_Get(PyObject *var, PyObject *default_value, PyObject **value) noexcept PY3FFI_PYPY_NAME(PyPyContextVar_Get);
PY3FFI_API PyObject *PyContextVar_Set(PyObject *var, PyObject *value) noexcept PY3FFI_PYPY_NAME(PyPyContextVar_Set);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API int PyContextVar_Reset(PyObject *var, PyObject *token) noexcept PY3FFI_PYPY_NAME(PyPyContextVar_Reset);
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline int PyContext_CheckExact(PyObject *o) noexcept { return detail::is_type(o, &PyContext_Type); }
inline int PyContextVar_CheckExact(PyObject *o) noexcept { return detail::is_type(o, &PyContextVar_Type); }
inline int PyContextToken_CheckExact(PyObject *o) noexcept { return detail::is_type(o, &PyContextToken_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
