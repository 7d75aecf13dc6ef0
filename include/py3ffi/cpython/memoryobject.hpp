// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/memoryobject.h.
#ifndef PY3FFI_CPYTHON_MEMORYOBJECT_HPP
#define PY3FFI_CPYTHON_MEMORYOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/pybuffer.hpp"
// </py3ffi:includes>
#include "py3ffi/pybuffer.hpp"
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct _PyManagedBufferObject {
    PyObject ob_base;
    int flags;
    Py_ssize_t exports;
    Py_buffer master;
};
#endif
#if PY3FFI_IS_PYPY
struct PyMemoryViewObject {
    PyObject ob_base;
    Py_buffer view;
};
#elif !PY3FFI_LIMITED
struct PyMemoryViewObject {
    PyVarObject ob_base;
    _PyManagedBufferObject *mbuf;
    Py_hash_t hash;
    int flags;
    Py_ssize_t exports;
    Py_buffer view;
    PyObject *weakreflist;
    Py_ssize_t ob_array[1];
};
#endif
// </py3ffi:generated>

#if !PY3FFI_LIMITED
inline Py_buffer *PyMemoryView_GET_BUFFER(PyObject *op) noexcept {
    return &reinterpret_cast<PyMemoryViewObject *>(op)->view;
}
inline PyObject *PyMemoryView_GET_BASE(PyObject *op) noexcept {
    return reinterpret_cast<PyMemoryViewObject *>(op)->view.obj;
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
