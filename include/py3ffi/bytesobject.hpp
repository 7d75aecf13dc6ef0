// Mirrors CPython's Include/bytesobject.h.
#ifndef PY3FFI_BYTESOBJECT_HPP
#define PY3FFI_BYTESOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_BEFORE(3, 10)
inline constexpr int F_LJUST = (1 << 0);
inline constexpr int F_SIGN = (1 << 1);
inline constexpr int F_BLANK = (1 << 2);
inline constexpr int F_ALT = (1 << 3);
inline constexpr int F_ZERO = (1 << 4);
#endif
extern "C" {
PY3FFI_DATA PyTypeObject PyBytes_Type;
PY3FFI_DATA PyTypeObject PyBytesIter_Type;
PyObject *PyBytes_FromStringAndSize(const char *, Py_ssize_t) noexcept;
PyObject *PyBytes_FromString(const char *) noexcept;
PyObject *PyBytes_FromObject(PyObject *) noexcept;
PyObject *PyBytes_FromFormatV(const char *, va_list) noexcept;
PyObject *PyBytes_FromFormat(const char *, ...) noexcept;
Py_ssize_t PyBytes_Size(PyObject *) noexcept;
char *PyBytes_AsString(PyObject *) noexcept;
PyObject *PyBytes_Repr(PyObject *, int) noexcept;
void PyBytes_Concat(PyObject **, PyObject *) noexcept;
void PyBytes_ConcatAndDel(PyObject **, PyObject *) noexcept;
PyObject *PyBytes_DecodeEscape(const char *, Py_ssize_t, const char *, Py_ssize_t, const char *) noexcept;
int PyBytes_AsStringAndSize(PyObject *obj, char **s, Py_ssize_t *len) noexcept;
}  // extern "C"
// </py3ffi:generated>

inline int PyBytes_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS); }
inline int PyBytes_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyBytes_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
