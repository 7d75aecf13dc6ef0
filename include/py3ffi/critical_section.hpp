// Mirrors CPython's Include/critical_section.h.
#ifndef PY3FFI_CRITICAL_SECTION_HPP
#define PY3FFI_CRITICAL_SECTION_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
#if PY3FFI_TARGET_SINCE(3, 15)
struct PyCriticalSection {
    uintptr_t _cs_prev;
    struct PyMutex *_cs_mutex;
};
#else
struct PyCriticalSection;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
struct PyCriticalSection2 {
    PyCriticalSection _cs_base;
    struct PyMutex *_cs_mutex2;
};
#else
struct PyCriticalSection2;
#endif
extern "C" {
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
void PyCriticalSection2_Begin(PyCriticalSection2 *c, PyObject *a, PyObject *b);
void PyCriticalSection2_End(PyCriticalSection2 *c);
}  // extern "C"
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
