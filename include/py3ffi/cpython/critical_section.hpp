// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/critical_section.h.
#ifndef PY3FFI_CPYTHON_CRITICAL_SECTION_HPP
#define PY3FFI_CPYTHON_CRITICAL_SECTION_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/pylock.hpp"
#include "py3ffi/critical_section.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API void PyCriticalSection_BeginMutex(PyCriticalSection *c, PyMutex *m) noexcept;
PY3FFI_API void PyCriticalSection2_BeginMutex(PyCriticalSection2 *c, PyMutex *m1, PyMutex *m2) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// Py_BEGIN_CRITICAL_SECTION_MUTEX(m) and ..._MUTEX2(m1, m2) (3.14+): a critical section on a
// PyMutex rather than an object's; ended by PY3FFI_END_CRITICAL_SECTION(2)(). Plain braces with
// the GIL, as critical_section.h.
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
#if !PY3FFI_GIL_DISABLED
#define PY3FFI_BEGIN_CRITICAL_SECTION_MUTEX(mutex) {
#define PY3FFI_BEGIN_CRITICAL_SECTION2_MUTEX(m1, m2) {
#else
#define PY3FFI_BEGIN_CRITICAL_SECTION_MUTEX(mutex) \
        { ::py3ffi::PyCriticalSection py3ffi_cs_; ::py3ffi::PyCriticalSection_BeginMutex(&py3ffi_cs_, mutex)
#define PY3FFI_BEGIN_CRITICAL_SECTION2_MUTEX(m1, m2) \
        { ::py3ffi::PyCriticalSection2 py3ffi_cs2_; ::py3ffi::PyCriticalSection2_BeginMutex(&py3ffi_cs2_, m1, m2)
#endif
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
