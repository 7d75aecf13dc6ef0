// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pytime.h.
#ifndef PY3FFI_CPYTHON_PYTIME_HPP
#define PY3FFI_CPYTHON_PYTIME_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
using PyTime_t = int64_t;
inline constexpr auto PyTime_MIN = INT64_MIN;
inline constexpr auto PyTime_MAX = INT64_MAX;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13)
using _PyTime_t = int64_t;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API double PyTime_AsSecondsDouble(PyTime_t t) noexcept;
PY3FFI_API int PyTime_Monotonic(PyTime_t *result) noexcept;
PY3FFI_API int PyTime_PerfCounter(PyTime_t *result) noexcept;
PY3FFI_API int PyTime_Time(PyTime_t *result) noexcept;
PY3FFI_API int PyTime_MonotonicRaw(PyTime_t *result) noexcept;
PY3FFI_API int PyTime_PerfCounterRaw(PyTime_t *result) noexcept;
PY3FFI_API int PyTime_TimeRaw(PyTime_t *result) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
