// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/longintrepr.h.
#ifndef PY3FFI_CPYTHON_LONGINTREPR_HPP
#define PY3FFI_CPYTHON_LONGINTREPR_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
// 30-bit digits, or 15-bit ones where the platform's CPython uses them (config.hpp's
// PY3FFI_DIGIT_BITS). PyLong_BASE and PyLong_MASK keep the C macros' types: a 15-bit digit is
// promoted to int by the shift, and the mask is cast back to a digit.
#if PY3FFI_DIGIT_BITS == 30
using digit = uint32_t;
using sdigit = int32_t;
using twodigits = uint64_t;
using stwodigits = int64_t;
inline constexpr int PyLong_SHIFT = 30;
#else
using digit = unsigned short;
using sdigit = short;
using twodigits = unsigned long;
using stwodigits = long;
inline constexpr int PyLong_SHIFT = 15;
#endif
inline constexpr auto PyLong_BASE = digit(1) << PyLong_SHIFT;
inline constexpr digit PyLong_MASK = digit(PyLong_BASE - 1);
#endif

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
struct _PyLongValue {
    uintptr_t lv_tag;
    digit ob_digit[1];
};
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
struct PyLongObject {
    PyVarObject ob_base;
    digit dummy;
#  pragma GCC diagnostic push
#  pragma GCC diagnostic ignored "-Wpedantic"
#  if defined(__clang__)
#    pragma clang diagnostic ignored "-Wc99-extensions"
#    pragma clang diagnostic ignored "-Wflexible-array-extensions"
#  endif
    digit ob_digit[];
#  pragma GCC diagnostic pop
};
#elif PY3FFI_IS_PYPY
struct PyLongObject {
    PyObject ob_base;
};
#elif !PY3FFI_LIMITED
struct PyLongObject {
#if PY3FFI_BEFORE(3, 12)
    PyVarObject ob_base;
    digit ob_digit[1];
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    PyObject ob_base;
    _PyLongValue long_value;
#endif
};
#else
struct PyLongObject;
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
