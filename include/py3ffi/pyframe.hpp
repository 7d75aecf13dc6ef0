// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pyframe.h.
#ifndef PY3FFI_PYFRAME_HPP
#define PY3FFI_PYFRAME_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_LIMITED_SINCE(3, 10) && PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API int PyFrame_GetLineNumber(PyFrameObject *) noexcept PY3FFI_PYPY_NAME(PyPyFrame_GetLineNumber);
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API PyCodeObject *PyFrame_GetCode(PyFrameObject *frame) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
