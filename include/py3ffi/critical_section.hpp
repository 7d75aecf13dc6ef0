// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/critical_section.h.
#ifndef PY3FFI_CRITICAL_SECTION_HPP
#define PY3FFI_CRITICAL_SECTION_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/pylock.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
struct PyCriticalSection {
    uintptr_t _cs_prev;
    PyMutex *_cs_mutex;
};
#elif PY3FFI_TARGET_SINCE(3, 13) && !PY3FFI_LIMITED
#if PY3FFI_GIL_DISABLED
struct PyCriticalSection {
    uintptr_t _cs_prev;
    PyMutex *_cs_mutex;
};
#else
struct PyCriticalSection;
#endif
#elif PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
struct PyCriticalSection {
    uintptr_t _cs_prev;
    struct PyMutex *_cs_mutex;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
struct PyCriticalSection2 {
    PyCriticalSection _cs_base;
    PyMutex *_cs_mutex2;
};
#elif PY3FFI_TARGET_SINCE(3, 13) && !PY3FFI_LIMITED
#if PY3FFI_GIL_DISABLED
struct PyCriticalSection2 {
    PyCriticalSection _cs_base;
    PyMutex *_cs_mutex2;
};
#else
struct PyCriticalSection2;
#endif
#elif PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
struct PyCriticalSection2 {
    PyCriticalSection _cs_base;
    struct PyMutex *_cs_mutex2;
};
#endif
extern "C" {
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
PY3FFI_API void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op) noexcept;
PY3FFI_API void PyCriticalSection_End(PyCriticalSection *c) noexcept;
PY3FFI_API void PyCriticalSection2_Begin(PyCriticalSection2 *c, PyObject *a, PyObject *b) noexcept;
PY3FFI_API void PyCriticalSection2_End(PyCriticalSection2 *c) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// Py_BEGIN_CRITICAL_SECTION and friends, as statement macros under our prefix: no-op braces for
// the full API of a GIL build, calls into the interpreter otherwise (as critical_section.h).
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
#if !PY3FFI_LIMITED && !PY3FFI_GIL_DISABLED
#define PY3FFI_BEGIN_CRITICAL_SECTION(op) {
#define PY3FFI_END_CRITICAL_SECTION() }
#define PY3FFI_BEGIN_CRITICAL_SECTION2(a, b) {
#define PY3FFI_END_CRITICAL_SECTION2() }
#else
#define PY3FFI_BEGIN_CRITICAL_SECTION(op) \
        { ::py3ffi::PyCriticalSection py3ffi_cs_; \
          ::py3ffi::PyCriticalSection_Begin(&py3ffi_cs_, reinterpret_cast<::py3ffi::PyObject *>(op))
#define PY3FFI_END_CRITICAL_SECTION() ::py3ffi::PyCriticalSection_End(&py3ffi_cs_); }
#define PY3FFI_BEGIN_CRITICAL_SECTION2(a, b) \
        { ::py3ffi::PyCriticalSection2 py3ffi_cs2_; \
          ::py3ffi::PyCriticalSection2_Begin(&py3ffi_cs2_, reinterpret_cast<::py3ffi::PyObject *>(a), \
                                             reinterpret_cast<::py3ffi::PyObject *>(b))
#define PY3FFI_END_CRITICAL_SECTION2() ::py3ffi::PyCriticalSection2_End(&py3ffi_cs2_); }
#endif
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
