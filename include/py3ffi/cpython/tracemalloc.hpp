// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/tracemalloc.h.
#ifndef PY3FFI_CPYTHON_TRACEMALLOC_HPP
#define PY3FFI_CPYTHON_TRACEMALLOC_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_API int PyTraceMalloc_Track(unsigned int domain, uintptr_t ptr, size_t size) noexcept PY3FFI_PYPY_NAME(PyPyTraceMalloc_Track);
PY3FFI_API int PyTraceMalloc_Untrack(unsigned int domain, uintptr_t ptr) noexcept PY3FFI_PYPY_NAME(PyPyTraceMalloc_Untrack);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
