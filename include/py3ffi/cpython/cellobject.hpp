// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/cellobject.h.
#ifndef PY3FFI_CPYTHON_CELLOBJECT_HPP
#define PY3FFI_CPYTHON_CELLOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PyCellObject {
    PyObject ob_base;
    PyObject *ob_ref;
};
#endif
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_DATA PyTypeObject PyCell_Type PY3FFI_PYPY_NAME(PyPyCell_Type);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyCell_New(PyObject *) noexcept;
PY3FFI_API PyObject *PyCell_Get(PyObject *) noexcept;
PY3FFI_API int PyCell_Set(PyObject *, PyObject *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline PyObject *PyCell_GET(PyObject *op) noexcept { return reinterpret_cast<PyCellObject *>(op)->ob_ref; }
inline void PyCell_SET(PyObject *op, PyObject *value) noexcept { reinterpret_cast<PyCellObject *>(op)->ob_ref = value; }
#endif

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline int PyCell_Check(PyObject *op) noexcept { return detail::is_type(op, &PyCell_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
