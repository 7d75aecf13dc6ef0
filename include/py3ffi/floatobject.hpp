// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/floatobject.h.
#ifndef PY3FFI_FLOATOBJECT_HPP
#define PY3FFI_FLOATOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/pymath.hpp"  // Py_NAN and Py_HUGE_VAL, for Py_RETURN_NAN and Py_RETURN_INF
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyFloat_Type PY3FFI_PYPY_NAME(PyPyFloat_Type);
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API int PyFloat_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyFloat_Check);
PY3FFI_API int PyFloat_CheckExact(void *) noexcept PY3FFI_PYPY_NAME(PyPyFloat_CheckExact);
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API double PyFloat_GetMax() noexcept;
PY3FFI_API double PyFloat_GetMin() noexcept;
PY3FFI_API PyObject *PyFloat_GetInfo() noexcept;
#endif
PY3FFI_API PyObject *PyFloat_FromString(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyFloat_FromString);
PY3FFI_API PyObject *PyFloat_FromDouble(double) noexcept PY3FFI_PYPY_NAME(PyPyFloat_FromDouble);
PY3FFI_API double PyFloat_AsDouble(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyFloat_AsDouble);
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
PY3FFI_API int PyFloat_ClearFreeList() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY_SINCE(3, 11)
inline int PyFloat_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyFloat_Type); }
inline int PyFloat_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyFloat_Type); }
#endif

namespace detail {
inline double py_nan() noexcept { return Py_NAN; }  // (pymath.hpp's, as a double)
}  // namespace detail
// Py_RETURN_NAN and Py_RETURN_INF(sign) return from the calling function: statement macros.
#define PY3FFI_RETURN_NAN return ::py3ffi::PyFloat_FromDouble(::py3ffi::detail::py_nan())
#define PY3FFI_RETURN_INF(sign)                                                 \
    do {                                                                        \
        if (__builtin_copysign(1., (sign)) == 1.) {                             \
            return ::py3ffi::PyFloat_FromDouble(::py3ffi::Py_HUGE_VAL);          \
        } else {                                                                \
            return ::py3ffi::PyFloat_FromDouble(-::py3ffi::Py_HUGE_VAL);         \
        }                                                                       \
    } while (0)
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
