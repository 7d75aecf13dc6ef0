// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/dictobject.h.
#ifndef PY3FFI_DICTOBJECT_HPP
#define PY3FFI_DICTOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyDict_Type PY3FFI_PYPY_NAME(PyPyDict_Type);
PY3FFI_DATA PyTypeObject PyDictKeys_Type PY3FFI_PYPY_NAME(PyPyDictKeys_Type);
PY3FFI_DATA PyTypeObject PyDictValues_Type PY3FFI_PYPY_NAME(PyPyDictValues_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyDictItems_Type;
PY3FFI_DATA PyTypeObject PyDictIterKey_Type;
PY3FFI_DATA PyTypeObject PyDictIterValue_Type;
PY3FFI_DATA PyTypeObject PyDictIterItem_Type;
#endif
#if PY3FFI_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyDictRevIterKey_Type;
PY3FFI_DATA PyTypeObject PyDictRevIterItem_Type;
PY3FFI_DATA PyTypeObject PyDictRevIterValue_Type;
#endif
PY3FFI_API PyObject *PyDict_New() noexcept PY3FFI_PYPY_NAME(PyPyDict_New);
PY3FFI_API PyObject *PyDict_GetItem(PyObject *mp, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyDict_GetItem);
PY3FFI_API PyObject *PyDict_GetItemWithError(PyObject *mp, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyDict_GetItemWithError);
PY3FFI_API int PyDict_SetItem(PyObject *mp, PyObject *key, PyObject *item) noexcept PY3FFI_PYPY_NAME(PyPyDict_SetItem);
PY3FFI_API int PyDict_DelItem(PyObject *mp, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyDict_DelItem);
PY3FFI_API void PyDict_Clear(PyObject *mp) noexcept PY3FFI_PYPY_NAME(PyPyDict_Clear);
PY3FFI_API int PyDict_Next(PyObject *mp, Py_ssize_t *pos, PyObject **key, PyObject **value) noexcept PY3FFI_PYPY_NAME(PyPyDict_Next);
PY3FFI_API PyObject *PyDict_Keys(PyObject *mp) noexcept PY3FFI_PYPY_NAME(PyPyDict_Keys);
PY3FFI_API PyObject *PyDict_Values(PyObject *mp) noexcept PY3FFI_PYPY_NAME(PyPyDict_Values);
PY3FFI_API PyObject *PyDict_Items(PyObject *mp) noexcept PY3FFI_PYPY_NAME(PyPyDict_Items);
PY3FFI_API Py_ssize_t PyDict_Size(PyObject *mp) noexcept PY3FFI_PYPY_NAME(PyPyDict_Size);
PY3FFI_API PyObject *PyDict_Copy(PyObject *mp) noexcept PY3FFI_PYPY_NAME(PyPyDict_Copy);
PY3FFI_API int PyDict_Contains(PyObject *mp, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyDict_Contains);
PY3FFI_API int PyDict_Update(PyObject *mp, PyObject *other) noexcept PY3FFI_PYPY_NAME(PyPyDict_Update);
PY3FFI_API int PyDict_Merge(PyObject *mp, PyObject *other, int override) noexcept PY3FFI_PYPY_NAME(PyPyDict_Merge);
#if PY3FFI_NOT_PYPY
PY3FFI_API int PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override) noexcept;
#endif
PY3FFI_API PyObject *PyDict_GetItemString(PyObject *dp, const char *key) noexcept PY3FFI_PYPY_NAME(PyPyDict_GetItemString);
PY3FFI_API int PyDict_SetItemString(PyObject *dp, const char *key, PyObject *item) noexcept PY3FFI_PYPY_NAME(PyPyDict_SetItemString);
PY3FFI_API int PyDict_DelItemString(PyObject *dp, const char *key) noexcept PY3FFI_PYPY_NAME(PyPyDict_DelItemString);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyDict_GetItemRef(PyObject *mp, PyObject *key, PyObject **result) noexcept;
PY3FFI_API int PyDict_GetItemStringRef(PyObject *mp, const char *key, PyObject **result) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
PY3FFI_API int PyDict_SetDefaultRef(PyObject *mp, PyObject *key, PyObject *default_value, PyObject **result) noexcept;
#endif
#if PY3FFI_LIMITED_SINCE(3, 10)
PY3FFI_API PyObject *PyObject_GenericGetDict(PyObject *, void *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GenericGetDict);
#endif
}  // extern "C"
// </py3ffi:generated>

inline int PyDict_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_DICT_SUBCLASS); }
inline int PyDict_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyDict_Type); }
#if PY3FFI_NOT_PYPY
inline int PyDictKeys_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyDictKeys_Type); }
inline int PyDictItems_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyDictItems_Type); }
inline int PyDictValues_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyDictValues_Type); }
// keys and items views are sets; values views are not
inline int PyDictViewSet_Check(PyObject *op) noexcept { return PyDictKeys_Check(op) || PyDictItems_Check(op); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
