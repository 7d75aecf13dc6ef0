// SPDX-License-Identifier: MIT
// Mirrors CPython's pyport.h: the basic integer types of the C API.
#ifndef PY3FFI_PYPORT_HPP
#define PY3FFI_PYPORT_HPP
#include "py3ffi/config.hpp"
#include <climits>
#include <cstdarg>  // va_list in the API's v* functions
#include <cstdio>  // FILE
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// ssize_t on POSIX, SSIZE_T (__int64) on 64-bit Windows: the signed type of size_t's width.
using Py_ssize_t = std::make_signed_t<std::size_t>;
using Py_hash_t = Py_ssize_t;
using Py_uhash_t = std::size_t;

constexpr Py_ssize_t PY_SSIZE_T_MAX = static_cast<Py_ssize_t>(static_cast<std::size_t>(-1) >> 1);
constexpr Py_ssize_t PY_SSIZE_T_MIN = -PY_SSIZE_T_MAX - 1;

// <py3ffi:generated>
using Py_uintptr_t = uintptr_t;
using Py_intptr_t = intptr_t;
#if PY3FFI_NOT_PYPY
using Py_ssize_clean_t = Py_ssize_t;
#endif
// </py3ffi:generated>

static_assert(sizeof(Py_ssize_t) == sizeof(void *), "py3ffi: Py_ssize_t must be pointer-sized");

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif  // PY3FFI_PYPORT_HPP
