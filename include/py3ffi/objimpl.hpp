// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/objimpl.h.
#ifndef PY3FFI_OBJIMPL_HPP
#define PY3FFI_OBJIMPL_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_API void *PyObject_Malloc(size_t size) noexcept PY3FFI_PYPY_NAME(PyPyObject_Malloc);
PY3FFI_API void *PyObject_Calloc(size_t nelem, size_t elsize) noexcept PY3FFI_PYPY_NAME(PyPyObject_Calloc);
PY3FFI_API void *PyObject_Realloc(void *ptr, size_t new_size) noexcept PY3FFI_PYPY_NAME(PyPyObject_Realloc);
PY3FFI_API void PyObject_Free(void *ptr) noexcept PY3FFI_PYPY_NAME(PyPyObject_Free);
PY3FFI_API PyObject *PyObject_Init(PyObject *, PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_Init);
PY3FFI_API PyVarObject *PyObject_InitVar(PyVarObject *, PyTypeObject *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyObject_InitVar);
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API int PyGC_Collect() noexcept PY3FFI_PYPY_NAME(PyPyGC_Collect);
#elif PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API Py_ssize_t PyGC_Collect() noexcept PY3FFI_PYPY_NAME(PyPyGC_Collect);
#endif
#if PY3FFI_SINCE(3, 10)
PY3FFI_API int PyGC_Enable() noexcept PY3FFI_PYPY_NAME(PyPyGC_Enable);
PY3FFI_API int PyGC_Disable() noexcept PY3FFI_PYPY_NAME(PyPyGC_Disable);
PY3FFI_API int PyGC_IsEnabled() noexcept PY3FFI_PYPY_NAME(PyPyGC_IsEnabled);
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API void PyObject_GC_Track(void *) noexcept;
PY3FFI_API void PyObject_GC_UnTrack(void *) noexcept;
#endif
PY3FFI_API void PyObject_GC_Del(void *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GC_Del);
#if PY3FFI_SINCE(3, 9) && PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API int PyObject_GC_IsTracked(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GC_IsTracked);
PY3FFI_API int PyObject_GC_IsFinalized(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GC_IsFinalized);
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_IS_PYPY
// PyPy's collector needs no tracking: its macros do nothing
inline void PyObject_GC_Track(void *) noexcept {}
inline void PyObject_GC_UnTrack(void *) noexcept {}
#endif

// The object-like aliases of the allocator (PyObject_Del is PyObject_Free...).
inline void *PyObject_MALLOC(size_t n) noexcept { return PyObject_Malloc(n); }
inline void *PyObject_REALLOC(void *p, size_t n) noexcept { return PyObject_Realloc(p, n); }
inline void PyObject_FREE(void *p) noexcept { PyObject_Free(p); }
inline void PyObject_Del(void *p) noexcept { PyObject_Free(p); }
inline void PyObject_DEL(void *p) noexcept { PyObject_Free(p); }

#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
// PyPy 7.3's macros set the header in place
inline PyObject *PyObject_INIT(PyObject *op, PyTypeObject *typeobj) noexcept {
    op->ob_type = typeobj;
    op->ob_refcnt = 1;
    op->ob_pypy_link = 0;
    return op;
}
inline PyVarObject *PyObject_INIT_VAR(PyVarObject *op, PyTypeObject *typeobj, Py_ssize_t size) noexcept {
    op->ob_size = size;
    return reinterpret_cast<PyVarObject *>(PyObject_INIT(&op->ob_base, typeobj));
}
#else
// 3.7/3.8 expanded PyObject_INIT inline in the full API; the function does the same.
inline PyObject *PyObject_INIT(PyObject *op, PyTypeObject *typeobj) noexcept { return PyObject_Init(op, typeobj); }
inline PyVarObject *PyObject_INIT_VAR(PyVarObject *op, PyTypeObject *typeobj, Py_ssize_t size) noexcept {
    return PyObject_InitVar(op, typeobj, size);
}
#endif

extern "C" {
// not API: what the PyObject_New family expands to
PY3FFI_API PyObject *_PyObject_New(PyTypeObject *) noexcept PY3FFI_PYPY_NAME(_PyPyObject_New);
PY3FFI_API PyVarObject *_PyObject_NewVar(PyTypeObject *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(_PyPyObject_NewVar);
PY3FFI_API PyObject *_PyObject_GC_New(PyTypeObject *) noexcept PY3FFI_PYPY_NAME(_PyPyObject_GC_New);
PY3FFI_API PyVarObject *_PyObject_GC_NewVar(PyTypeObject *, Py_ssize_t) noexcept
    PY3FFI_PYPY_NAME(_PyPyObject_GC_NewVar);
#if PY3FFI_NOT_PYPY  // (PyPy exports no _PyObject_GC_Resize)
PY3FFI_API PyVarObject *_PyObject_GC_Resize(PyVarObject *, Py_ssize_t) noexcept;
#endif
}  // extern "C"

// PyObject_New(type, typeobj) is PyObject_New<type>(typeobj), and so on.
template <class T>
inline T *PyObject_New(PyTypeObject *typeobj) noexcept {
    return reinterpret_cast<T *>(_PyObject_New(typeobj));
}
template <class T>
inline T *PyObject_NEW(PyTypeObject *typeobj) noexcept {
    return PyObject_New<T>(typeobj);
}
template <class T>
inline T *PyObject_NewVar(PyTypeObject *typeobj, Py_ssize_t n) noexcept {
    return reinterpret_cast<T *>(_PyObject_NewVar(typeobj, n));
}
template <class T>
inline T *PyObject_NEW_VAR(PyTypeObject *typeobj, Py_ssize_t n) noexcept {
    return PyObject_NewVar<T>(typeobj, n);
}
template <class T>
inline T *PyObject_GC_New(PyTypeObject *typeobj) noexcept {
    return reinterpret_cast<T *>(_PyObject_GC_New(typeobj));
}
template <class T>
inline T *PyObject_GC_NewVar(PyTypeObject *typeobj, Py_ssize_t n) noexcept {
    return reinterpret_cast<T *>(_PyObject_GC_NewVar(typeobj, n));
}
#if PY3FFI_NOT_PYPY
template <class T, class U>
inline T *PyObject_GC_Resize(U *op, Py_ssize_t n) noexcept {
    return reinterpret_cast<T *>(_PyObject_GC_Resize(reinterpret_cast<PyVarObject *>(op), n));
}
#endif

inline int PyType_IS_GC(PyTypeObject *t) noexcept { return PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC); }

// Py_VISIT(op) uses the tp_traverse function's own `visit` and `arg`, and returns from it.
#define PY3FFI_VISIT(op)                                                               \
    do {                                                                               \
        if (op) {                                                                      \
            int py3ffi_vret_ = visit(reinterpret_cast<::py3ffi::PyObject *>(op), arg); \
            if (py3ffi_vret_) return py3ffi_vret_;                                     \
        }                                                                              \
    } while (0)
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
