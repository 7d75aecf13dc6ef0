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
void PyCriticalSection_BeginMutex(PyCriticalSection *c, PyMutex *m);
void PyCriticalSection2_BeginMutex(PyCriticalSection2 *c, PyMutex *m1, PyMutex *m2);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
