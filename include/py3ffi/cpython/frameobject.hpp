// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/frameobject.h.
#ifndef PY3FFI_CPYTHON_FRAMEOBJECT_HPP
#define PY3FFI_CPYTHON_FRAMEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_BEFORE(3, 11)
inline constexpr int FRAME_CREATED = -2;
inline constexpr int FRAME_SUSPENDED = -1;
inline constexpr int FRAME_EXECUTING = 0;
inline constexpr int FRAME_RETURNED = 1;
inline constexpr int FRAME_UNWINDING = 2;
inline constexpr int FRAME_RAISED = 3;
inline constexpr int FRAME_CLEARED = 4;
using PyFrameState = signed char;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
struct PyTryBlock;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
struct PyFrameLocalsProxyObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_API PyFrameObject *PyFrame_New(PyThreadState *, PyCodeObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyFrame_New);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API void PyFrame_LocalsToFast(PyFrameObject *, int) noexcept;
PY3FFI_API int PyFrame_FastToLocalsWithError(PyFrameObject *f) noexcept;
PY3FFI_API void PyFrame_FastToLocals(PyFrameObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API void PyFrame_BlockSetup(PyFrameObject *, int, int, int) noexcept;
PY3FFI_API PyTryBlock *PyFrame_BlockPop(PyFrameObject *) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API void GraalPyFrame_SetLineNumber(PyFrameObject *, int) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
