// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/complexobject.h.
#ifndef PY3FFI_COMPLEXOBJECT_HPP
#define PY3FFI_COMPLEXOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyComplex_Type PY3FFI_PYPY_NAME(PyPyComplex_Type);
#if PY3FFI_IS_PYPY
PY3FFI_API int PyComplex_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyComplex_Check);
PY3FFI_API int PyComplex_CheckExact(void *) noexcept PY3FFI_PYPY_NAME(PyPyComplex_CheckExact);
#endif
PY3FFI_API PyObject *PyComplex_FromDoubles(double real, double imag) noexcept PY3FFI_PYPY_NAME(PyPyComplex_FromDoubles);
PY3FFI_API double PyComplex_RealAsDouble(PyObject *op) noexcept PY3FFI_PYPY_NAME(PyPyComplex_RealAsDouble);
PY3FFI_API double PyComplex_ImagAsDouble(PyObject *op) noexcept PY3FFI_PYPY_NAME(PyPyComplex_ImagAsDouble);
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY
inline int PyComplex_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyComplex_Type); }
inline int PyComplex_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyComplex_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
