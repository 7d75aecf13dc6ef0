// Mirrors CPython's Include/cpython/pythread.h.
#ifndef PY3FFI_CPYTHON_PYTHREAD_HPP
#define PY3FFI_CPYTHON_PYTHREAD_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 13)) && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_DATA const long long PY_TIMEOUT_MAX;
#elif (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 13))
inline constexpr long long PY_TIMEOUT_MAX = 9223372036854775LL;
#endif
#if !PY3FFI_LIMITED
inline constexpr unsigned long PYTHREAD_INVALID_THREAD_ID = ((unsigned long) - 1);
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
