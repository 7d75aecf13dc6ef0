// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pystrtod.h.
#ifndef PY3FFI_PYSTRTOD_HPP
#define PY3FFI_PYSTRTOD_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int Py_DTSF_SIGN = 0x01;
inline constexpr int Py_DTSF_ADD_DOT_0 = 0x02;
inline constexpr int Py_DTSF_ALT = 0x04;
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
inline constexpr int Py_DTSF_NO_NEG_0 = 0x08;
#endif
inline constexpr int Py_DTST_FINITE = 0;
inline constexpr int Py_DTST_INFINITE = 1;
inline constexpr int Py_DTST_NAN = 2;
extern "C" {
PY3FFI_API double PyOS_string_to_double(const char *str, char **endptr, PyObject *overflow_exception) noexcept PY3FFI_PYPY_NAME(PyPyOS_string_to_double);
PY3FFI_API char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type) noexcept PY3FFI_PYPY_NAME(PyPyOS_double_to_string);
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
