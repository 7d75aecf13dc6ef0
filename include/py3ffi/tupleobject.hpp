// SPDX-License-Identifier: MIT
// Mirrors CPython's tupleobject.h: tuples.
#ifndef PY3FFI_TUPLEOBJECT_HPP
#define PY3FFI_TUPLEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyTuple_Type PY3FFI_PYPY_NAME(PyPyTuple_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyTupleIter_Type;
#endif
PY3FFI_API PyObject *PyTuple_New(Py_ssize_t size) noexcept PY3FFI_PYPY_NAME(PyPyTuple_New);
PY3FFI_API Py_ssize_t PyTuple_Size(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyTuple_Size);
PY3FFI_API PyObject *PyTuple_GetItem(PyObject *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyTuple_GetItem);
PY3FFI_API int PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyTuple_SetItem);
PY3FFI_API PyObject *PyTuple_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyTuple_GetSlice);
PY3FFI_API PyObject *PyTuple_Pack(Py_ssize_t, ...) noexcept PY3FFI_PYPY_NAME(PyPyTuple_Pack);
#if PY3FFI_BEFORE(3, 9)
PY3FFI_API int PyTuple_ClearFreeList() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

inline int PyTuple_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TUPLE_SUBCLASS); }
inline int PyTuple_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyTuple_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#include "py3ffi/cpython/tupleobject.hpp"  // the layout and fast accessors (full API)
#endif
