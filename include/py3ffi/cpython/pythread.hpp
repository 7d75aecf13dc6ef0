// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pythread.h.
#ifndef PY3FFI_CPYTHON_PYTHREAD_HPP
#define PY3FFI_CPYTHON_PYTHREAD_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {
namespace detail {
// NATIVE_TSS_KEY_T, the key inside Py_tss_t, without <pthread.h> (whose macros would leak):
// pthread_key_t is an unsigned int on glibc and musl, an unsigned long on macOS; Windows keeps a
// DWORD (untested).
#if defined(__APPLE__) || PY3FFI_WINDOWS
using native_tss_key = unsigned long;
#else
using native_tss_key = unsigned int;
#endif
}  // namespace detail

// <py3ffi:generated>
#if (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 13)) && PY3FFI_TARGET_SINCE(3, 13)
extern "C" { PY3FFI_DATA const long long PY_TIMEOUT_MAX; }
#elif (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 13)) && PY3FFI_NOT_PYPY
inline constexpr long long PY_TIMEOUT_MAX = PY3FFI_WINDOWS ? (PY3FFI_BEFORE(3, 12) ? 0xFFFFFFFFLL : 0xFFFFFFFELL) * 1000 : 9223372036854775807LL / 1000;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr unsigned long PYTHREAD_INVALID_THREAD_ID = ((unsigned long) - 1);
#endif
#if !PY3FFI_LIMITED
struct Py_tss_t {
    int _is_initialized;
    detail::native_tss_key _key;
};
#else
struct Py_tss_t;
#endif
// </py3ffi:generated>

#if !PY3FFI_LIMITED
// The initializer of a statically allocated Py_tss_t: not created yet.
inline constexpr Py_tss_t Py_tss_NEEDS_INIT{};
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
