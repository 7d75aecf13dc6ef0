// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pyframe.h.
#ifndef PY3FFI_CPYTHON_PYFRAME_HPP
#define PY3FFI_CPYTHON_PYFRAME_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
inline constexpr int PyUnstable_EXECUTABLE_KIND_SKIP = 0;
inline constexpr int PyUnstable_EXECUTABLE_KIND_PY_FUNCTION = 1;
inline constexpr int PyUnstable_EXECUTABLE_KIND_BUILTIN_FUNCTION = 3;
inline constexpr int PyUnstable_EXECUTABLE_KIND_METHOD_DESCRIPTOR = 4;
inline constexpr int PyUnstable_EXECUTABLE_KINDS = 5;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_DATA PyTypeObject PyFrame_Type PY3FFI_PYPY_NAME(PyPyFrame_Type);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_DATA PyTypeObject PyFrameLocalsProxy_Type;
PY3FFI_DATA const PyTypeObject *const PyUnstable_ExecutableKinds[6];
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_NOT_PYPY
PY3FFI_API PyFrameObject *PyFrame_GetBack(PyFrameObject *frame) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyFrame_GetLocals(PyFrameObject *frame) noexcept PY3FFI_PYPY_NAME(PyPyFrame_GetLocals);
PY3FFI_API PyObject *PyFrame_GetGlobals(PyFrameObject *frame) noexcept PY3FFI_PYPY_NAME(PyPyFrame_GetGlobals);
PY3FFI_API PyObject *PyFrame_GetBuiltins(PyFrameObject *frame) noexcept PY3FFI_PYPY_NAME(PyPyFrame_GetBuiltins);
PY3FFI_API PyObject *PyFrame_GetGenerator(PyFrameObject *frame) noexcept PY3FFI_PYPY_NAME(PyPyFrame_GetGenerator);
PY3FFI_API int PyFrame_GetLasti(PyFrameObject *frame) noexcept PY3FFI_PYPY_NAME(PyPyFrame_GetLasti);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject *PyFrame_GetVar(PyFrameObject *frame, PyObject *name) noexcept;
PY3FFI_API PyObject *PyFrame_GetVarString(PyFrameObject *frame, const char *name) noexcept;
PY3FFI_API PyObject *PyUnstable_InterpreterFrame_GetCode(struct _PyInterpreterFrame *frame) noexcept;
PY3FFI_API int PyUnstable_InterpreterFrame_GetLasti(struct _PyInterpreterFrame *frame) noexcept;
PY3FFI_API int PyUnstable_InterpreterFrame_GetLine(struct _PyInterpreterFrame *frame) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY_BEFORE(3, 11)
inline int PyFrame_Check(PyObject *op) noexcept { return detail::is_type(op, &PyFrame_Type); }
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
inline int PyFrameLocalsProxy_Check(PyObject *op) noexcept { return detail::is_type(op, &PyFrameLocalsProxy_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
