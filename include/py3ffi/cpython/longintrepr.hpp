// Mirrors CPython's Include/cpython/longintrepr.h.
#ifndef PY3FFI_CPYTHON_LONGINTREPR_HPP
#define PY3FFI_CPYTHON_LONGINTREPR_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
using digit = uint32_t;
using sdigit = int32_t;
using twodigits = uint64_t;
using stwodigits = int64_t;
inline constexpr int PyLong_SHIFT = 30;
inline constexpr unsigned int PyLong_BASE = 1073741824U;
inline constexpr unsigned int PyLong_MASK = 1073741823U;
#endif
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
