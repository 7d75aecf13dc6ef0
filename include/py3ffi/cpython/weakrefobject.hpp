// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/weakrefobject.h.
#ifndef PY3FFI_CPYTHON_WEAKREFOBJECT_HPP
#define PY3FFI_CPYTHON_WEAKREFOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/pylock.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_NOT_PYPY && !PY3FFI_LIMITED
struct PyWeakReference {
    PyObject ob_base;
    PyObject *wr_object;
    PyObject *wr_callback;
    Py_hash_t hash;
    PyWeakReference *wr_prev;
    PyWeakReference *wr_next;
#if PY3FFI_TARGET_SINCE(3, 11)
    vectorcallfunc vectorcall;
#endif
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_GIL_DISABLED
    PyMutex *weakrefs_lock;
#endif
};
#elif PY3FFI_NOT_PYPY
struct PyWeakReference;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API int PyWeakref_IsDead(PyObject *ref) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 15)
// The referent, or None once it is dead (or dying: its count is down to zero).
#if PY3FFI_TARGET_SINCE(3, 13)
[[deprecated("PyWeakref_GET_OBJECT is deprecated since 3.13: use PyWeakref_GetRef")]]
#endif
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY  // (GraalPy's: in weakrefobject.hpp, after the call it makes)
inline PyObject *PyWeakref_GET_OBJECT(PyObject *ref) noexcept {
    PyObject *obj = reinterpret_cast<PyWeakReference *>(ref)->wr_object;
    return Py_REFCNT(obj) > 0 ? obj : Py_None;
}
#endif
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
