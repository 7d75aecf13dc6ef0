// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/longobject.h.
#ifndef PY3FFI_CPYTHON_LONGOBJECT_HPP
#define PY3FFI_CPYTHON_LONGOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyLong_FromUnicodeObject(PyObject *u, int base) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromUnicodeObject);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int PyUnstable_Long_IsCompact(const PyLongObject *op) noexcept;
PY3FFI_API Py_ssize_t PyUnstable_Long_CompactValue(const PyLongObject *op) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API int PyLong_IsPositive(PyObject *obj) noexcept;
PY3FFI_API int PyLong_IsNegative(PyObject *obj) noexcept;
PY3FFI_API int PyLong_IsZero(PyObject *obj) noexcept;
PY3FFI_API int PyLong_GetSign(PyObject *v, int *sign) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
