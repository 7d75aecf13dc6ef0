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
PY3FFI_DATA PyTypeObject PyByteArray_Type;
PY3FFI_DATA PyTypeObject PyByteArrayIter_Type;
PyObject *PyByteArray_FromObject(PyObject *) noexcept;
PyObject *PyByteArray_Concat(PyObject *, PyObject *) noexcept;
PyObject *PyByteArray_FromStringAndSize(const char *, Py_ssize_t) noexcept;
Py_ssize_t PyByteArray_Size(PyObject *) noexcept;
char *PyByteArray_AsString(PyObject *) noexcept;
int PyByteArray_Resize(PyObject *, Py_ssize_t) noexcept;
}  // extern "C"
// </py3ffi:generated>

inline int PyByteArray_Check(PyObject *self) noexcept { return PyObject_TypeCheck(self, &PyByteArray_Type); }
inline int PyByteArray_CheckExact(PyObject *self) noexcept { return detail::is_type(self, &PyByteArray_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
