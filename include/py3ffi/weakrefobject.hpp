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
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
struct PyWeakReference;
#endif
extern "C" {
PyObject *PyWeakref_NewRef(PyObject *ob, PyObject *callback) noexcept;
PyObject *PyWeakref_NewProxy(PyObject *ob, PyObject *callback) noexcept;
#if PY3FFI_BEFORE(3, 15)
PyObject *PyWeakref_GetObject(PyObject *ref) noexcept;
#endif
#if PY3FFI_SINCE(3, 13)
int PyWeakref_GetRef(PyObject *ref, PyObject **pobj) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

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
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
