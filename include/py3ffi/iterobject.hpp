// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/iterobject.h.
#ifndef PY3FFI_ITEROBJECT_HPP
#define PY3FFI_ITEROBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PySeqIter_Type;
PY3FFI_DATA PyTypeObject PyCallIter_Type;
#endif
PY3FFI_API PyObject *PySeqIter_New(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPySeqIter_New);
PY3FFI_API PyObject *PyCallIter_New(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCallIter_New);
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY
inline int PySeqIter_Check(PyObject *op) noexcept { return detail::is_type(op, &PySeqIter_Type); }
inline int PyCallIter_Check(PyObject *op) noexcept { return detail::is_type(op, &PyCallIter_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
