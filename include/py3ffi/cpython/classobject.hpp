// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/classobject.h.
#ifndef PY3FFI_CPYTHON_CLASSOBJECT_HPP
#define PY3FFI_CPYTHON_CLASSOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY
struct PyMethodObject {
    PyObject ob_base;
};
#elif !PY3FFI_LIMITED
struct PyMethodObject {
    PyObject ob_base;
    PyObject *im_func;
    PyObject *im_self;
    PyObject *im_weakreflist;
#if PY3FFI_TARGET_SINCE(3, 8)
    vectorcallfunc vectorcall;
#endif
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PyInstanceMethodObject {
    PyObject ob_base;
    PyObject *func;
};
#endif
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_DATA PyTypeObject PyMethod_Type PY3FFI_PYPY_NAME(PyPyMethod_Type);
PY3FFI_DATA PyTypeObject PyInstanceMethod_Type PY3FFI_PYPY_NAME(PyPyInstanceMethod_Type);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyMethod_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyMethod_Check);
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyMethod_New(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyMethod_New);
PY3FFI_API PyObject *PyMethod_Function(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyMethod_Function);
PY3FFI_API PyObject *PyMethod_Self(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyMethod_Self);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyInstanceMethod_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyInstanceMethod_Check);
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyInstanceMethod_New(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyInstanceMethod_New);
PY3FFI_API PyObject *PyInstanceMethod_Function(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyInstanceMethod_Function);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject *PyInstanceMethod_GET_FUNCTION(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyInstanceMethod_GET_FUNCTION);
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
#if PY3FFI_IS_PYPY || PY3FFI_IS_GRAALPY
// PyPy's and GraalPy's macros (PyPy's method objects are not PyMethodObject)
inline PyObject *PyMethod_GET_FUNCTION(PyObject *meth) noexcept { return PyMethod_Function(meth); }
inline PyObject *PyMethod_GET_SELF(PyObject *meth) noexcept { return PyMethod_Self(meth); }
#else
inline PyObject *PyMethod_GET_FUNCTION(PyObject *meth) noexcept {
    return reinterpret_cast<PyMethodObject *>(meth)->im_func;
}
inline PyObject *PyMethod_GET_SELF(PyObject *meth) noexcept {
    return reinterpret_cast<PyMethodObject *>(meth)->im_self;
}
#endif
#if PY3FFI_NOT_PYPY
inline PyObject *PyInstanceMethod_GET_FUNCTION(PyObject *meth) noexcept {
#if PY3FFI_IS_GRAALPY
    return PyInstanceMethod_Function(meth);  // GraalPy's macro
#else
    return reinterpret_cast<PyInstanceMethodObject *>(meth)->func;
#endif
}
#endif
#endif

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline int PyMethod_Check(PyObject *op) noexcept { return detail::is_type(op, &PyMethod_Type); }
inline int PyInstanceMethod_Check(PyObject *op) noexcept { return detail::is_type(op, &PyInstanceMethod_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
