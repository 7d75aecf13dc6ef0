// Mirrors CPython's longobject.h: Python ints.
#ifndef PY3FFI_LONGOBJECT_HPP
#define PY3FFI_LONGOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyLong_Type;
PyObject *PyLong_FromLong(long);
PyObject *PyLong_FromLongLong(long long);
PyObject *PyLong_FromSsize_t(Py_ssize_t);
long PyLong_AsLong(PyObject *);
long PyLong_AsLongAndOverflow(PyObject *, int *);
long long PyLong_AsLongLong(PyObject *);
Py_ssize_t PyLong_AsSsize_t(PyObject *);
double PyLong_AsDouble(PyObject *);
}  // extern "C"
// </py3ffi:generated>

inline int PyLong_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS); }
inline int PyLong_CheckExact(PyObject *op) noexcept { return Py_IS_TYPE(op, &PyLong_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
