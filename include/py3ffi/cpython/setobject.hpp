// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/setobject.h.
#ifndef PY3FFI_CPYTHON_SETOBJECT_HPP
#define PY3FFI_CPYTHON_SETOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/setobject.hpp"
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int PySet_MINSIZE = 8;
struct setentry {
    PyObject *key;
    Py_hash_t hash;
};
#endif
#if PY3FFI_IS_PYPY
struct PySetObject {
    PyObject ob_base;
    PyObject *_tmplist;
};
#elif !PY3FFI_LIMITED
struct PySetObject {
    PyObject ob_base;
    Py_ssize_t fill;
    Py_ssize_t used;
    Py_ssize_t mask;
    setentry *table;
    Py_hash_t hash;
    Py_ssize_t finger;
    setentry smalltable[8];
    PyObject *weakreflist;
};
#endif
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API Py_ssize_t PySet_GET_SIZE(void *) noexcept PY3FFI_PYPY_NAME(PyPySet_GET_SIZE);
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline Py_ssize_t PySet_GET_SIZE(PyObject *so) noexcept {
    PY3FFI_ASSERT(PyAnySet_Check(so), "PyAnySet_Check(so)", __func__);
#if PY3FFI_IS_GRAALPY
    return PySet_Size(so);  // GraalPy's macro
#elif PY3FFI_GIL_DISABLED
    return detail::load_relaxed(&reinterpret_cast<PySetObject *>(so)->used);
#else
    return reinterpret_cast<PySetObject *>(so)->used;
#endif
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
