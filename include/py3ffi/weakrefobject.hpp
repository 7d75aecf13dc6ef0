// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/weakrefobject.h.
#ifndef PY3FFI_WEAKREFOBJECT_HPP
#define PY3FFI_WEAKREFOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/weakrefobject.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_NOT_PYPY
struct PyWeakReference;
#endif
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API int PyWeakref_CheckRef(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyWeakref_CheckRef);
PY3FFI_API int PyWeakref_CheckRefExact(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyWeakref_CheckRefExact);
PY3FFI_API int PyWeakref_CheckProxy(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyWeakref_CheckProxy);
PY3FFI_API int PyWeakref_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyWeakref_Check);
#endif
PY3FFI_API PyObject *PyWeakref_NewRef(PyObject *ob, PyObject *callback) noexcept PY3FFI_PYPY_NAME(PyPyWeakref_NewRef);
PY3FFI_API PyObject *PyWeakref_NewProxy(PyObject *ob, PyObject *callback) noexcept PY3FFI_PYPY_NAME(PyPyWeakref_NewProxy);
#if PY3FFI_BEFORE(3, 15)
PY3FFI_API PyObject *PyWeakref_GetObject(PyObject *ref) noexcept PY3FFI_PYPY_NAME(PyPyWeakref_GetObject);
#endif
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyWeakref_GetRef(PyObject *ref, PyObject **pobj) noexcept;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject *PyWeakref_GET_OBJECT(void *) noexcept PY3FFI_PYPY_NAME(PyPyWeakref_GET_OBJECT);
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY  // (PyPy exports the checks instead)
extern "C" {
// not API: the weak reference types the checks below compare with
PY3FFI_DATA PyTypeObject _PyWeakref_RefType;
PY3FFI_DATA PyTypeObject _PyWeakref_ProxyType;
PY3FFI_DATA PyTypeObject _PyWeakref_CallableProxyType;
}  // extern "C"
inline int PyWeakref_CheckRef(PyObject *op) noexcept { return PyObject_TypeCheck(op, &_PyWeakref_RefType); }
inline int PyWeakref_CheckRefExact(PyObject *op) noexcept { return detail::is_type(op, &_PyWeakref_RefType); }
inline int PyWeakref_CheckProxy(PyObject *op) noexcept {
    return detail::is_type(op, &_PyWeakref_ProxyType) || detail::is_type(op, &_PyWeakref_CallableProxyType);
}
inline int PyWeakref_Check(PyObject *op) noexcept { return PyWeakref_CheckRef(op) || PyWeakref_CheckProxy(op); }
#endif
#if PY3FFI_IS_GRAALPY  // (CPython's form: cpython/weakrefobject.hpp)
inline PyObject *PyWeakref_GET_OBJECT(PyObject *ref) noexcept { return PyWeakref_GetObject(ref); }  // GraalPy's macro
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
