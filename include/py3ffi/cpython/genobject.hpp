// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/genobject.h.
#ifndef PY3FFI_CPYTHON_GENOBJECT_HPP
#define PY3FFI_CPYTHON_GENOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PyGenObject;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PyCoroObject;
struct PyAsyncGenObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyGen_Type;
PY3FFI_DATA PyTypeObject PyCoro_Type;
PY3FFI_DATA PyTypeObject PyAsyncGen_Type;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyGen_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyGen_Check);
PY3FFI_API int PyGen_CheckExact(void *) noexcept PY3FFI_PYPY_NAME(PyPyGen_CheckExact);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyGen_New(PyFrameObject *) noexcept;
PY3FFI_API PyObject *PyGen_NewWithQualName(PyFrameObject *, PyObject *name, PyObject *qualname) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyCodeObject *PyGen_GetCode(PyGenObject *gen) noexcept;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyCoro_CheckExact(void *) noexcept PY3FFI_PYPY_NAME(PyPyCoro_CheckExact);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyCoro_New(PyFrameObject *, PyObject *name, PyObject *qualname) noexcept;
PY3FFI_API PyObject *PyAsyncGen_New(PyFrameObject *, PyObject *name, PyObject *qualname) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline int PyGen_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyGen_Type); }
inline int PyGen_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyGen_Type); }
inline int PyCoro_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyCoro_Type); }
inline int PyAsyncGen_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyAsyncGen_Type); }
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
extern "C" {
PY3FFI_DATA PyTypeObject _PyAsyncGenASend_Type;  // (what PyAsyncGenASend_CheckExact compares with)
}  // extern "C"
inline int PyAsyncGenASend_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &_PyAsyncGenASend_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
