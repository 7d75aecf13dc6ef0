// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pymem.h.
#ifndef PY3FFI_PYMEM_HPP
#define PY3FFI_PYMEM_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_API void *PyMem_Malloc(size_t size) noexcept PY3FFI_PYPY_NAME(PyPyMem_Malloc);
PY3FFI_API void *PyMem_Calloc(size_t nelem, size_t elsize) noexcept PY3FFI_PYPY_NAME(PyPyMem_Calloc);
PY3FFI_API void *PyMem_Realloc(void *ptr, size_t new_size) noexcept PY3FFI_PYPY_NAME(PyPyMem_Realloc);
PY3FFI_API void PyMem_Free(void *ptr) noexcept PY3FFI_PYPY_NAME(PyPyMem_Free);
#if PY3FFI_LIMITED_SINCE(3, 13)
PY3FFI_API void *PyMem_RawMalloc(size_t size) noexcept PY3FFI_PYPY_NAME(PyPyMem_RawMalloc);
PY3FFI_API void *PyMem_RawCalloc(size_t nelem, size_t elsize) noexcept PY3FFI_PYPY_NAME(PyPyMem_RawCalloc);
PY3FFI_API void *PyMem_RawRealloc(void *ptr, size_t new_size) noexcept PY3FFI_PYPY_NAME(PyPyMem_RawRealloc);
PY3FFI_API void PyMem_RawFree(void *ptr) noexcept PY3FFI_PYPY_NAME(PyPyMem_RawFree);
#endif
}  // extern "C"
// </py3ffi:generated>

inline void *PyMem_MALLOC(size_t n) noexcept { return PyMem_Malloc(n); }
inline void *PyMem_REALLOC(void *p, size_t n) noexcept { return PyMem_Realloc(p, n); }
inline void PyMem_FREE(void *p) noexcept { PyMem_Free(p); }
inline void PyMem_Del(void *p) noexcept { PyMem_Free(p); }
inline void PyMem_DEL(void *p) noexcept { PyMem_Free(p); }
// PyMem_New(type, n) is PyMem_New<type>(n); PyMem_Resize(p, type, n) is PyMem_Resize(p, n),
// which, like the macro, also stores the result in p. Both are NULL if n * sizeof(T) overflows.
template <class T>
inline T *PyMem_New(size_t n) noexcept {
    return n > static_cast<size_t>(PY_SSIZE_T_MAX) / sizeof(T) ? nullptr
                                                               : static_cast<T *>(PyMem_Malloc(n * sizeof(T)));
}
template <class T>
inline T *PyMem_NEW(size_t n) noexcept {
    return PyMem_New<T>(n);
}
template <class T>
inline T *PyMem_Resize(T *&p, size_t n) noexcept {
    return p = n > static_cast<size_t>(PY_SSIZE_T_MAX) / sizeof(T) ? nullptr
                                                                   : static_cast<T *>(PyMem_Realloc(p, n * sizeof(T)));
}
template <class T>
inline T *PyMem_RESIZE(T *&p, size_t n) noexcept {
    return PyMem_Resize(p, n);
}
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
