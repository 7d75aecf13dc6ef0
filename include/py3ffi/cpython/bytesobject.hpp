// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/bytesobject.h.
#ifndef PY3FFI_CPYTHON_BYTESOBJECT_HPP
#define PY3FFI_CPYTHON_BYTESOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/bytesobject.hpp"
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY
struct PyBytesObject {
    PyVarObject ob_base;
    Py_hash_t ob_shash;
    int ob_sstate;
    char ob_sval[1];
};
#elif !PY3FFI_LIMITED
struct PyBytesObject {
    PyVarObject ob_base;
    Py_hash_t ob_shash;
    char ob_sval[1];
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
struct PyBytesWriter;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
struct _PyBytesWriter {
    PyObject *buffer;
    Py_ssize_t allocated;
    Py_ssize_t min_size;
    int use_bytearray;
    int overallocate;
    int use_small_buffer;
    char small_buffer[512];
};
#endif
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API char *PyBytes_AS_STRING(void *) noexcept PY3FFI_PYPY_NAME(PyPyBytes_AS_STRING);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API PyObject *PyBytes_Join(PyObject *sep, PyObject *iterable) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API PyBytesWriter *PyBytesWriter_Create(Py_ssize_t size) noexcept;
PY3FFI_API void PyBytesWriter_Discard(PyBytesWriter *writer) noexcept;
PY3FFI_API PyObject *PyBytesWriter_Finish(PyBytesWriter *writer) noexcept;
PY3FFI_API PyObject *PyBytesWriter_FinishWithSize(PyBytesWriter *writer, Py_ssize_t size) noexcept;
PY3FFI_API PyObject *PyBytesWriter_FinishWithPointer(PyBytesWriter *writer, void *buf) noexcept;
PY3FFI_API void *PyBytesWriter_GetData(PyBytesWriter *writer) noexcept;
PY3FFI_API Py_ssize_t PyBytesWriter_GetSize(PyBytesWriter *writer) noexcept;
PY3FFI_API int PyBytesWriter_WriteBytes(PyBytesWriter *writer, const void *bytes, Py_ssize_t size) noexcept;
PY3FFI_API int PyBytesWriter_Format(PyBytesWriter *writer, const char *format, ...) noexcept;
PY3FFI_API int PyBytesWriter_Resize(PyBytesWriter *writer, Py_ssize_t size) noexcept;
PY3FFI_API int PyBytesWriter_Grow(PyBytesWriter *writer, Py_ssize_t size) noexcept;
PY3FFI_API void *PyBytesWriter_GrowAndUpdatePointer(PyBytesWriter *writer, Py_ssize_t size, void *buf) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
#if PY3FFI_NOT_PYPY
// PyBytes_AS_STRING and PyBytes_GET_SIZE: no checks but assert()'s (as CPython's)
inline char *PyBytes_AS_STRING(PyObject *op) noexcept {
    PY3FFI_ASSERT(PyBytes_Check(op), "PyBytes_Check(op)", __func__);
#if PY3FFI_IS_GRAALPY
    return PyBytes_AsString(op);  // GraalPy's macro
#else
    return reinterpret_cast<PyBytesObject *>(op)->ob_sval;
#endif
}
#endif
inline Py_ssize_t PyBytes_GET_SIZE(PyObject *op) noexcept {
    PY3FFI_ASSERT(PyBytes_Check(op), "PyBytes_Check(op)", __func__);
#if PY3FFI_IS_PYPY
    return PyBytes_Size(op);  // PyPy's macro
#else
    return Py_SIZE(op);
#endif
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
