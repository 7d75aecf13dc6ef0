// Mirrors CPython's unicodeobject.h: str objects.
#ifndef PY3FFI_UNICODEOBJECT_HPP
#define PY3FFI_UNICODEOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyUnicode_Type;
PyObject *PyUnicode_FromString(const char *u);
PyObject *PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size);
PyObject *PyUnicode_FromFormat(const char *format, ...);
PyObject *PyUnicode_AsUTF8String(PyObject *unicode);
#if PY3FFI_LIMITED_SINCE(3, 10)
const char *PyUnicode_AsUTF8AndSize(PyObject *unicode, Py_ssize_t *size);
#endif
}  // extern "C"
// </py3ffi:generated>

inline int PyUnicode_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS); }
inline int PyUnicode_CheckExact(PyObject *op) noexcept { return Py_IS_TYPE(op, &PyUnicode_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
