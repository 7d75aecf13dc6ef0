// Mirrors CPython's Include/floatobject.h.
#ifndef PY3FFI_FLOATOBJECT_HPP
#define PY3FFI_FLOATOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyFloat_Type;
double PyFloat_GetMax();
double PyFloat_GetMin();
PyObject *PyFloat_GetInfo();
PyObject *PyFloat_FromString(PyObject *);
PyObject *PyFloat_FromDouble(double);
double PyFloat_AsDouble(PyObject *);
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
