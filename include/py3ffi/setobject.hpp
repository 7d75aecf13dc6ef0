// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/setobject.h.
#ifndef PY3FFI_SETOBJECT_HPP
#define PY3FFI_SETOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PySet_Type PY3FFI_PYPY_NAME(PyPySet_Type);
PY3FFI_DATA PyTypeObject PyFrozenSet_Type PY3FFI_PYPY_NAME(PyPyFrozenSet_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PySetIter_Type;
#endif
PY3FFI_API PyObject *PySet_New(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPySet_New);
PY3FFI_API PyObject *PyFrozenSet_New(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyFrozenSet_New);
PY3FFI_API int PySet_Add(PyObject *set, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPySet_Add);
PY3FFI_API int PySet_Clear(PyObject *set) noexcept PY3FFI_PYPY_NAME(PyPySet_Clear);
PY3FFI_API int PySet_Contains(PyObject *anyset, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPySet_Contains);
PY3FFI_API int PySet_Discard(PyObject *set, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPySet_Discard);
PY3FFI_API PyObject *PySet_Pop(PyObject *set) noexcept PY3FFI_PYPY_NAME(PyPySet_Pop);
PY3FFI_API Py_ssize_t PySet_Size(PyObject *anyset) noexcept PY3FFI_PYPY_NAME(PyPySet_Size);
#if PY3FFI_IS_PYPY
PY3FFI_API int PyFrozenSet_CheckExact(void *) noexcept PY3FFI_PYPY_NAME(PyPyFrozenSet_CheckExact);
PY3FFI_API int PyFrozenSet_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyFrozenSet_Check);
PY3FFI_API int PyAnySet_CheckExact(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyAnySet_CheckExact);
PY3FFI_API int PyAnySet_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyAnySet_Check);
PY3FFI_API int PySet_CheckExact(void *) noexcept PY3FFI_PYPY_NAME(PyPySet_CheckExact);
PY3FFI_API int PySet_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPySet_Check);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
PY3FFI_API int PySet_ClearFreeList() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY
inline int PySet_Check(PyObject *ob) noexcept {
    return detail::is_type(ob, &PySet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PySet_Type);
}
#endif
#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
inline int PySet_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PySet_Type); }
#endif
#if PY3FFI_NOT_PYPY
inline int PyFrozenSet_Check(PyObject *ob) noexcept {
    return detail::is_type(ob, &PyFrozenSet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PyFrozenSet_Type);
}
inline int PyFrozenSet_CheckExact(PyObject *ob) noexcept { return detail::is_type(ob, &PyFrozenSet_Type); }
inline int PyAnySet_CheckExact(PyObject *ob) noexcept {
    return detail::is_type(ob, &PySet_Type) || detail::is_type(ob, &PyFrozenSet_Type);
}
inline int PyAnySet_Check(PyObject *ob) noexcept {
    return detail::is_type(ob, &PySet_Type) || detail::is_type(ob, &PyFrozenSet_Type) ||
           PyType_IsSubtype(Py_TYPE(ob), &PySet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PyFrozenSet_Type);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
