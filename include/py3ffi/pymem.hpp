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
void *PyMem_Malloc(size_t size);
void *PyMem_Calloc(size_t nelem, size_t elsize);
void *PyMem_Realloc(void *ptr, size_t new_size);
void PyMem_Free(void *ptr);
#if PY3FFI_LIMITED_SINCE(3, 13)
void *PyMem_RawMalloc(size_t size);
void *PyMem_RawCalloc(size_t nelem, size_t elsize);
void *PyMem_RawRealloc(void *ptr, size_t new_size);
void PyMem_RawFree(void *ptr);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
