// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pyhash.h.
#ifndef PY3FFI_PYHASH_HPP
#define PY3FFI_PYHASH_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_NOT_PYPY
inline constexpr int Py_HASH_CUTOFF = 0;
inline constexpr int Py_HASH_EXTERNAL = 0;
inline constexpr int Py_HASH_SIPHASH24 = 1;
inline constexpr int Py_HASH_FNV = 2;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
inline constexpr int Py_HASH_SIPHASH13 = 3;
#endif
#if PY3FFI_NOT_PYPY
inline constexpr int Py_HASH_ALGORITHM = PY3FFI_TARGET_SINCE(3, 11) ? 3 : 1;
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
