// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pymem.h.
#ifndef PY3FFI_CPYTHON_PYMEM_HPP
#define PY3FFI_CPYTHON_PYMEM_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
enum PyMemAllocatorDomain : unsigned int { PYMEM_DOMAIN_RAW = 0, PYMEM_DOMAIN_MEM = 1, PYMEM_DOMAIN_OBJ = 2 };
#endif
#if PY3FFI_IS_GRAALPY
enum PyMemAllocatorName : unsigned int { PYMEM_ALLOCATOR_NOT_SET = 0, PYMEM_ALLOCATOR_DEFAULT = 1, PYMEM_ALLOCATOR_DEBUG = 2, PYMEM_ALLOCATOR_MALLOC = 3, PYMEM_ALLOCATOR_MALLOC_DEBUG = 4 };
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
enum PyMemAllocatorName : unsigned int { PYMEM_ALLOCATOR_NOT_SET = 0, PYMEM_ALLOCATOR_DEFAULT = 1, PYMEM_ALLOCATOR_DEBUG = 2, PYMEM_ALLOCATOR_MALLOC = 3, PYMEM_ALLOCATOR_MALLOC_DEBUG = 4, PYMEM_ALLOCATOR_PYMALLOC = 5, PYMEM_ALLOCATOR_PYMALLOC_DEBUG = 6, PYMEM_ALLOCATOR_MIMALLOC = 7, PYMEM_ALLOCATOR_MIMALLOC_DEBUG = 8 };
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
enum PyMemAllocatorName : unsigned int { PYMEM_ALLOCATOR_NOT_SET = 0, PYMEM_ALLOCATOR_DEFAULT = 1, PYMEM_ALLOCATOR_DEBUG = 2, PYMEM_ALLOCATOR_MALLOC = 3, PYMEM_ALLOCATOR_MALLOC_DEBUG = 4, PYMEM_ALLOCATOR_PYMALLOC = 5, PYMEM_ALLOCATOR_PYMALLOC_DEBUG = 6 };
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PyMemAllocatorEx;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API void PyMem_GetAllocator(PyMemAllocatorDomain domain, PyMemAllocatorEx *allocator) noexcept;
PY3FFI_API void PyMem_SetAllocator(PyMemAllocatorDomain domain, PyMemAllocatorEx *allocator) noexcept;
PY3FFI_API void PyMem_SetupDebugHooks() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
