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
void *PyObject_Malloc(size_t size) noexcept;
void *PyObject_Calloc(size_t nelem, size_t elsize) noexcept;
void *PyObject_Realloc(void *ptr, size_t new_size) noexcept;
void PyObject_Free(void *ptr) noexcept;
PyObject *PyObject_Init(PyObject *, PyTypeObject *) noexcept;
PyVarObject *PyObject_InitVar(PyVarObject *, PyTypeObject *, Py_ssize_t) noexcept;
Py_ssize_t PyGC_Collect() noexcept;
#if PY3FFI_SINCE(3, 10)
int PyGC_Enable() noexcept;
int PyGC_Disable() noexcept;
int PyGC_IsEnabled() noexcept;
#endif
void PyObject_GC_Track(void *) noexcept;
void PyObject_GC_UnTrack(void *) noexcept;
void PyObject_GC_Del(void *) noexcept;
#if PY3FFI_SINCE(3, 9)
int PyObject_GC_IsTracked(PyObject *) noexcept;
int PyObject_GC_IsFinalized(PyObject *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// The object-like aliases of the allocator (PyObject_Del is PyObject_Free...).
inline void *PyObject_MALLOC(size_t n) noexcept { return PyObject_Malloc(n); }
inline void *PyObject_REALLOC(void *p, size_t n) noexcept { return PyObject_Realloc(p, n); }
inline void PyObject_FREE(void *p) noexcept { PyObject_Free(p); }
inline void PyObject_Del(void *p) noexcept { PyObject_Free(p); }
inline void PyObject_DEL(void *p) noexcept { PyObject_Free(p); }

// 3.7/3.8 expanded PyObject_INIT inline in the full API; the function does the same.
inline PyObject *PyObject_INIT(PyObject *op, PyTypeObject *typeobj) noexcept { return PyObject_Init(op, typeobj); }
inline PyVarObject *PyObject_INIT_VAR(PyVarObject *op, PyTypeObject *typeobj, Py_ssize_t size) noexcept {
    return PyObject_InitVar(op, typeobj, size);
}

extern "C" {
// not API: what the PyObject_New family expands to
PyObject *_PyObject_New(PyTypeObject *) noexcept;
PyVarObject *_PyObject_NewVar(PyTypeObject *, Py_ssize_t) noexcept;
PyObject *_PyObject_GC_New(PyTypeObject *) noexcept;
PyVarObject *_PyObject_GC_NewVar(PyTypeObject *, Py_ssize_t) noexcept;
PyVarObject *_PyObject_GC_Resize(PyVarObject *, Py_ssize_t) noexcept;
}  // extern "C"

// PyObject_New(type, typeobj) is PyObject_New<type>(typeobj), and so on.
template <class T>
inline T *PyObject_New(PyTypeObject *typeobj) noexcept { return reinterpret_cast<T *>(_PyObject_New(typeobj)); }
template <class T>
inline T *PyObject_NEW(PyTypeObject *typeobj) noexcept { return PyObject_New<T>(typeobj); }
template <class T>
inline T *PyObject_NewVar(PyTypeObject *typeobj, Py_ssize_t n) noexcept {
    return reinterpret_cast<T *>(_PyObject_NewVar(typeobj, n));
}
template <class T>
inline T *PyObject_NEW_VAR(PyTypeObject *typeobj, Py_ssize_t n) noexcept { return PyObject_NewVar<T>(typeobj, n); }
template <class T>
inline T *PyObject_GC_New(PyTypeObject *typeobj) noexcept { return reinterpret_cast<T *>(_PyObject_GC_New(typeobj)); }
template <class T>
inline T *PyObject_GC_NewVar(PyTypeObject *typeobj, Py_ssize_t n) noexcept {
    return reinterpret_cast<T *>(_PyObject_GC_NewVar(typeobj, n));
}
template <class T, class U>
inline T *PyObject_GC_Resize(U *op, Py_ssize_t n) noexcept {
    return reinterpret_cast<T *>(_PyObject_GC_Resize(reinterpret_cast<PyVarObject *>(op), n));
}

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
