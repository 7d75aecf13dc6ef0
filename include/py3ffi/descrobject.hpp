// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/descrobject.h.
#ifndef PY3FFI_DESCROBJECT_HPP
#define PY3FFI_DESCROBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
using getter = PyObject *(*)(PyObject *, void *);
using setter = int (*)(PyObject *, PyObject *, void *);
struct PyGetSetDef {
    const char *name;
    getter get;
    setter set;
    const char *doc;
    void *closure;
};
struct PyMemberDef {
    const char *name;
    int type;
    Py_ssize_t offset;
    int flags;
    const char *doc;
};
#if PY3FFI_SINCE(3, 12)
inline constexpr int Py_T_SHORT = 0;
inline constexpr int Py_T_INT = 1;
inline constexpr int Py_T_LONG = 2;
inline constexpr int Py_T_FLOAT = 3;
inline constexpr int Py_T_DOUBLE = 4;
inline constexpr int Py_T_STRING = 5;
inline constexpr int Py_T_CHAR = 7;
inline constexpr int Py_T_BYTE = 8;
inline constexpr int Py_T_UBYTE = 9;
inline constexpr int Py_T_USHORT = 10;
inline constexpr int Py_T_UINT = 11;
inline constexpr int Py_T_ULONG = 12;
inline constexpr int Py_T_STRING_INPLACE = 13;
inline constexpr int Py_T_BOOL = 14;
inline constexpr int Py_T_OBJECT_EX = 16;
inline constexpr int Py_T_LONGLONG = 17;
inline constexpr int Py_T_ULONGLONG = 18;
inline constexpr int Py_T_PYSSIZET = 19;
inline constexpr int Py_READONLY = (1 << 0);
inline constexpr int Py_AUDIT_READ = (1 << 1);
inline constexpr int Py_RELATIVE_OFFSET = (1 << 3);
#endif
extern "C" {
PY3FFI_DATA PyTypeObject PyClassMethodDescr_Type PY3FFI_PYPY_NAME(PyPyClassMethodDescr_Type);
PY3FFI_DATA PyTypeObject PyGetSetDescr_Type PY3FFI_PYPY_NAME(PyPyGetSetDescr_Type);
PY3FFI_DATA PyTypeObject PyMemberDescr_Type PY3FFI_PYPY_NAME(PyPyMemberDescr_Type);
PY3FFI_DATA PyTypeObject PyMethodDescr_Type PY3FFI_PYPY_NAME(PyPyMethodDescr_Type);
PY3FFI_DATA PyTypeObject PyWrapperDescr_Type PY3FFI_PYPY_NAME(PyPyWrapperDescr_Type);
PY3FFI_DATA PyTypeObject PyDictProxy_Type PY3FFI_PYPY_NAME(PyPyDictProxy_Type);
PY3FFI_DATA PyTypeObject PyProperty_Type PY3FFI_PYPY_NAME(PyPyProperty_Type);
PY3FFI_API PyObject *PyDescr_NewMethod(PyTypeObject *, PyMethodDef *) noexcept PY3FFI_PYPY_NAME(PyPyDescr_NewMethod);
PY3FFI_API PyObject *PyDescr_NewClassMethod(PyTypeObject *, PyMethodDef *) noexcept PY3FFI_PYPY_NAME(PyPyDescr_NewClassMethod);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyDescr_NewMember(PyTypeObject *, PyMemberDef *) noexcept;
#endif
PY3FFI_API PyObject *PyDescr_NewGetSet(PyTypeObject *, PyGetSetDef *) noexcept PY3FFI_PYPY_NAME(PyPyDescr_NewGetSet);
PY3FFI_API PyObject *PyDictProxy_New(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDictProxy_New);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyWrapper_New(PyObject *, PyObject *) noexcept;
#endif
PY3FFI_API PyObject *PyMember_GetOne(const char *, PyMemberDef *) noexcept PY3FFI_PYPY_NAME(PyPyMember_GetOne);
PY3FFI_API int PyMember_SetOne(char *, PyMemberDef *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyMember_SetOne);
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyMethodDef *PyMethodDescrObject_GetMethod(PyObject *) noexcept;
PY3FFI_API PyTypeObject *PyDescrObject_GetType(PyObject *) noexcept;
PY3FFI_API PyObject *PyDescrObject_GetName(PyObject *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
inline int PyDescr_IsData(PyObject *d) noexcept { return Py_TYPE(d)->tp_descr_set != nullptr; }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
