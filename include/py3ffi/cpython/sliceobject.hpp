// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/sliceobject.h.
#ifndef PY3FFI_CPYTHON_SLICEOBJECT_HPP
#define PY3FFI_CPYTHON_SLICEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PySliceObject;
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
