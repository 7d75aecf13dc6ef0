// Mirrors CPython's Include/cpython/classobject.h.
#ifndef PY3FFI_CPYTHON_CLASSOBJECT_HPP
#define PY3FFI_CPYTHON_CLASSOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PyMethodObject {
    PyObject ob_base;
    PyObject *im_func;
    PyObject *im_self;
    PyObject *im_weakreflist;
#if PY3FFI_TARGET_SINCE(3, 8)
    vectorcallfunc vectorcall;
#endif
};
struct PyInstanceMethodObject {
    PyObject ob_base;
    PyObject *func;
};
#endif
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_DATA PyTypeObject PyMethod_Type;
PY3FFI_DATA PyTypeObject PyInstanceMethod_Type;
PyObject *PyMethod_New(PyObject *, PyObject *) noexcept;
PyObject *PyMethod_Function(PyObject *) noexcept;
PyObject *PyMethod_Self(PyObject *) noexcept;
PyObject *PyInstanceMethod_New(PyObject *) noexcept;
PyObject *PyInstanceMethod_Function(PyObject *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
inline PyObject *PyMethod_GET_FUNCTION(PyObject *meth) noexcept { return reinterpret_cast<PyMethodObject *>(meth)->im_func; }
inline PyObject *PyMethod_GET_SELF(PyObject *meth) noexcept { return reinterpret_cast<PyMethodObject *>(meth)->im_self; }
inline PyObject *PyInstanceMethod_GET_FUNCTION(PyObject *meth) noexcept {
    return reinterpret_cast<PyInstanceMethodObject *>(meth)->func;
}
#endif

#if !PY3FFI_LIMITED
inline int PyMethod_Check(PyObject *op) noexcept { return detail::is_type(op, &PyMethod_Type); }
inline int PyInstanceMethod_Check(PyObject *op) noexcept { return detail::is_type(op, &PyInstanceMethod_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
