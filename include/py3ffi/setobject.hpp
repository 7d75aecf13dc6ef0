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
PY3FFI_DATA PyTypeObject PySet_Type;
PY3FFI_DATA PyTypeObject PyFrozenSet_Type;
PY3FFI_DATA PyTypeObject PySetIter_Type;
PyObject *PySet_New(PyObject *) noexcept;
PyObject *PyFrozenSet_New(PyObject *) noexcept;
int PySet_Add(PyObject *set, PyObject *key) noexcept;
int PySet_Clear(PyObject *set) noexcept;
int PySet_Contains(PyObject *anyset, PyObject *key) noexcept;
int PySet_Discard(PyObject *set, PyObject *key) noexcept;
PyObject *PySet_Pop(PyObject *set) noexcept;
Py_ssize_t PySet_Size(PyObject *anyset) noexcept;
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
int PySet_ClearFreeList() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

inline int PySet_Check(PyObject *ob) noexcept {
    return detail::is_type(ob, &PySet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PySet_Type);
}
#if PY3FFI_TARGET_SINCE(3, 10)
inline int PySet_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PySet_Type); }
#endif
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
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
