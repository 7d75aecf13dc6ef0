// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pyhash.h.
#ifndef PY3FFI_CPYTHON_PYHASH_HPP
#define PY3FFI_CPYTHON_PYHASH_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
inline constexpr unsigned long PyHASH_MULTIPLIER = 1000003UL;
inline constexpr int PyHASH_BITS = PY3FFI_SIZEOF_VOID_P >= 8 ? 61 : 31;
inline constexpr auto PyHASH_MODULUS = (((size_t) 1 << PyHASH_BITS) - 1);
inline constexpr int PyHASH_INF = 314159;
inline constexpr unsigned long PyHASH_IMAG = PyHASH_MULTIPLIER;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PyHash_FuncDef;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API PyHash_FuncDef *PyHash_GetFuncDef() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API Py_hash_t Py_HashPointer(const void *ptr) noexcept;
PY3FFI_API Py_hash_t PyObject_GenericHash(PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API Py_hash_t Py_HashBuffer(const void *ptr, Py_ssize_t len) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
