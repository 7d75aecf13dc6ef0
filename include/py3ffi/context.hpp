// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/context.h.
#ifndef PY3FFI_CONTEXT_HPP
#define PY3FFI_CONTEXT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
PY3FFI_API int PyContext_ClearFreeList() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
