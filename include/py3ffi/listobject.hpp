// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/listobject.h.
#ifndef PY3FFI_LISTOBJECT_HPP
#define PY3FFI_LISTOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyList_Type PY3FFI_PYPY_NAME(PyPyList_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyListIter_Type;
PY3FFI_DATA PyTypeObject PyListRevIter_Type;
#endif
PY3FFI_API PyObject *PyList_New(Py_ssize_t size) noexcept PY3FFI_PYPY_NAME(PyPyList_New);
PY3FFI_API Py_ssize_t PyList_Size(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_Size);
PY3FFI_API PyObject *PyList_GetItem(PyObject *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyList_GetItem);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API PyObject *PyList_GetItemRef(PyObject *, Py_ssize_t) noexcept;
#endif
PY3FFI_API int PyList_SetItem(PyObject *, Py_ssize_t, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_SetItem);
PY3FFI_API int PyList_Insert(PyObject *, Py_ssize_t, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_Insert);
PY3FFI_API int PyList_Append(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_Append);
PY3FFI_API PyObject *PyList_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyList_GetSlice);
PY3FFI_API int PyList_SetSlice(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_SetSlice);
PY3FFI_API int PyList_Sort(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_Sort);
PY3FFI_API int PyList_Reverse(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_Reverse);
PY3FFI_API PyObject *PyList_AsTuple(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_AsTuple);
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
PY3FFI_API int PyList_ClearFreeList() noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int GraalPyArray_Resize(PyObject *array, Py_ssize_t new_size) noexcept;
PY3FFI_API char *GraalPyArray_Data(PyObject *array) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

inline int PyList_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LIST_SUBCLASS); }
inline int PyList_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyList_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#include "py3ffi/cpython/listobject.hpp"  // the layout and fast accessors (full API)
#endif
