// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/complexobject.h.
#ifndef PY3FFI_CPYTHON_COMPLEXOBJECT_HPP
#define PY3FFI_CPYTHON_COMPLEXOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct Py_complex {
    double real;
    double imag;
};
struct PyComplexObject {
    PyObject ob_base;
    Py_complex cval;
};
#endif
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject *PyComplex_FromCComplex(Py_complex c) noexcept PY3FFI_PYPY_NAME(PyPyComplex_FromCComplex);
#elif !PY3FFI_LIMITED
PY3FFI_API PyObject *PyComplex_FromCComplex(Py_complex) noexcept PY3FFI_PYPY_NAME(PyPyComplex_FromCComplex);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API Py_complex PyComplex_AsCComplex(PyObject *obj) noexcept PY3FFI_PYPY_NAME(PyPyComplex_AsCComplex);
#elif !PY3FFI_LIMITED
PY3FFI_API Py_complex PyComplex_AsCComplex(PyObject *op) noexcept PY3FFI_PYPY_NAME(PyPyComplex_AsCComplex);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
