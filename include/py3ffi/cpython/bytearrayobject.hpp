// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/bytearrayobject.h.
#ifndef PY3FFI_CPYTHON_BYTEARRAYOBJECT_HPP
#define PY3FFI_CPYTHON_BYTEARRAYOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/bytearrayobject.hpp"
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY
struct PyByteArrayObject {
    PyVarObject ob_base;
};
#elif !PY3FFI_LIMITED
struct PyByteArrayObject {
    PyVarObject ob_base;
    Py_ssize_t ob_alloc;
    char *ob_bytes;
    char *ob_start;
#if PY3FFI_BEFORE(3, 9)
    int ob_exports;
#endif
#if PY3FFI_TARGET_SINCE(3, 9)
    Py_ssize_t ob_exports;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
    PyObject *ob_bytes_object;
#endif
};
#endif
// </py3ffi:generated>

#if !PY3FFI_LIMITED
#if PY3FFI_BEFORE(3, 15) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
extern "C" {
PY3FFI_DATA char _PyByteArray_empty_string[];  // not API: an empty bytearray's data before 3.15
}
#endif
inline char *PyByteArray_AS_STRING(PyObject *op) noexcept {
    PY3FFI_ASSERT(PyByteArray_Check(op), "PyByteArray_Check(op)", __func__);
#if PY3FFI_IS_PYPY || PY3FFI_IS_GRAALPY
    return PyByteArray_AsString(op);  // PyPy's and GraalPy's macro
#else
#if PY3FFI_BEFORE(3, 15)
    if (!Py_SIZE(op)) return _PyByteArray_empty_string;
#endif
    return reinterpret_cast<PyByteArrayObject *>(op)->ob_start;
#endif
}
inline Py_ssize_t PyByteArray_GET_SIZE(PyObject *op) noexcept {
    PY3FFI_ASSERT(PyByteArray_Check(op), "PyByteArray_Check(op)", __func__);
#if PY3FFI_GIL_DISABLED && PY3FFI_TARGET_SINCE(3, 14)
    return detail::load_relaxed(&reinterpret_cast<PyVarObject *>(op)->ob_size);
#elif PY3FFI_IS_PYPY
    return PyByteArray_Size(op);  // PyPy's macro
#else
    return Py_SIZE(op);
#endif
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
