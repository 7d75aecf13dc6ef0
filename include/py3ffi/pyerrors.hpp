// Mirrors CPython's pyerrors.h: exceptions.
#ifndef PY3FFI_PYERRORS_HPP
#define PY3FFI_PYERRORS_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
void PyErr_SetString(PyObject *exception, const char *string);
void PyErr_SetObject(PyObject *, PyObject *);
PyObject *PyErr_Format(PyObject *exception, const char *format, ...);
PyObject *PyErr_Occurred(void);
void PyErr_Clear(void);
int PyErr_ExceptionMatches(PyObject *);
PY3FFI_DATA PyObject *PyExc_Exception;
PY3FFI_DATA PyObject *PyExc_TypeError;
PY3FFI_DATA PyObject *PyExc_ValueError;
PY3FFI_DATA PyObject *PyExc_OverflowError;
PY3FFI_DATA PyObject *PyExc_ImportError;
PY3FFI_DATA PyObject *PyExc_RuntimeError;
}  // extern "C"
// </py3ffi:generated>
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
