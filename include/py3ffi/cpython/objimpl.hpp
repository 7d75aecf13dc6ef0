// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/objimpl.h.
#ifndef PY3FFI_CPYTHON_OBJIMPL_HPP
#define PY3FFI_CPYTHON_OBJIMPL_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9) && PY3FFI_TARGET_SINCE(3, 8)
struct PyGC_Head;
#elif !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
union PyGC_Head;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PyObjectArenaAllocator;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
using gcvisitobjects_t = int (*)(PyObject *, void *);
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API void PyObject_GetArenaAllocator(PyObjectArenaAllocator *allocator) noexcept;
PY3FFI_API void PyObject_SetArenaAllocator(PyObjectArenaAllocator *allocator) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_NOT_PYPY
PY3FFI_API int PyObject_IS_GC(PyObject *obj) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API int PyType_SUPPORTS_WEAKREFS(PyTypeObject *type) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject **PyObject_GET_WEAKREFS_LISTPTR(PyObject *op) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject *PyUnstable_Object_GC_NewWithExtraData(PyTypeObject *, size_t) noexcept;
PY3FFI_API void PyUnstable_GC_VisitObjects(gcvisitobjects_t callback, void *arg) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// Macros before these became functions: PyType_SUPPORTS_WEAKREFS (3.11), the others (3.9).
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
inline int PyType_SUPPORTS_WEAKREFS(PyTypeObject *t) noexcept { return t->tp_weaklistoffset > 0; }
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
inline PyObject **PyObject_GET_WEAKREFS_LISTPTR(PyObject *o) noexcept {
    return reinterpret_cast<PyObject **>(reinterpret_cast<char *>(o) + Py_TYPE(o)->tp_weaklistoffset);
}
inline int PyObject_IS_GC(PyObject *o) noexcept {
    PyTypeObject *t = Py_TYPE(o);  // (PyType_IS_GC(t), which objimpl.hpp defines after this)
    return (t->tp_flags & Py_TPFLAGS_HAVE_GC) != 0 && (t->tp_is_gc == nullptr || t->tp_is_gc(o));
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
