// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/bytesobject.h.
#ifndef PY3FFI_BYTESOBJECT_HPP
#define PY3FFI_BYTESOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
inline constexpr int F_LJUST = (1 << 0);
inline constexpr int F_SIGN = (1 << 1);
inline constexpr int F_BLANK = (1 << 2);
inline constexpr int F_ALT = (1 << 3);
inline constexpr int F_ZERO = (1 << 4);
#endif
extern "C" {
PY3FFI_DATA PyTypeObject PyBytes_Type PY3FFI_PYPY_NAME(PyPyBytes_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyBytesIter_Type;
#endif
PY3FFI_API PyObject *PyBytes_FromStringAndSize(const char *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyBytes_FromStringAndSize);
PY3FFI_API PyObject *PyBytes_FromString(const char *) noexcept PY3FFI_PYPY_NAME(PyPyBytes_FromString);
PY3FFI_API PyObject *PyBytes_FromObject(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyBytes_FromObject);
PY3FFI_API PyObject *PyBytes_FromFormatV(const char *, va_list) noexcept PY3FFI_PYPY_NAME(PyPyBytes_FromFormatV);
PY3FFI_API PyObject *PyBytes_FromFormat(const char *, ...) noexcept PY3FFI_PYPY_NAME(PyPyBytes_FromFormat);
PY3FFI_API Py_ssize_t PyBytes_Size(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyBytes_Size);
PY3FFI_API char *PyBytes_AsString(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyBytes_AsString);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyBytes_Repr(PyObject *, int) noexcept;
#endif
PY3FFI_API void PyBytes_Concat(PyObject **, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyBytes_Concat);
PY3FFI_API void PyBytes_ConcatAndDel(PyObject **, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyBytes_ConcatAndDel);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyBytes_DecodeEscape(const char *, Py_ssize_t, const char *, Py_ssize_t, const char *) noexcept;
#endif
PY3FFI_API int PyBytes_AsStringAndSize(PyObject *obj, char **s, Py_ssize_t *len) noexcept PY3FFI_PYPY_NAME(PyPyBytes_AsStringAndSize);
}  // extern "C"
// </py3ffi:generated>

inline int PyBytes_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS); }
inline int PyBytes_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyBytes_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
