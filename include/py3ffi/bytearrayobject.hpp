// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/bytearrayobject.h.
#ifndef PY3FFI_BYTEARRAYOBJECT_HPP
#define PY3FFI_BYTEARRAYOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyByteArray_Type PY3FFI_PYPY_NAME(PyPyByteArray_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyByteArrayIter_Type;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyByteArray_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyByteArray_Check);
PY3FFI_API int PyByteArray_CheckExact(void *) noexcept PY3FFI_PYPY_NAME(PyPyByteArray_CheckExact);
#endif
PY3FFI_API PyObject *PyByteArray_FromObject(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyByteArray_FromObject);
PY3FFI_API PyObject *PyByteArray_Concat(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyByteArray_Concat);
PY3FFI_API PyObject *PyByteArray_FromStringAndSize(const char *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyByteArray_FromStringAndSize);
PY3FFI_API Py_ssize_t PyByteArray_Size(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyByteArray_Size);
PY3FFI_API char *PyByteArray_AsString(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyByteArray_AsString);
PY3FFI_API int PyByteArray_Resize(PyObject *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyByteArray_Resize);
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY
inline int PyByteArray_Check(PyObject *self) noexcept { return PyObject_TypeCheck(self, &PyByteArray_Type); }
inline int PyByteArray_CheckExact(PyObject *self) noexcept { return detail::is_type(self, &PyByteArray_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
