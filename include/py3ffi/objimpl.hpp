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
void *PyObject_Malloc(size_t size);
void *PyObject_Calloc(size_t nelem, size_t elsize);
void *PyObject_Realloc(void *ptr, size_t new_size);
void PyObject_Free(void *ptr);
PyObject *PyObject_Init(PyObject *, PyTypeObject *);
PyVarObject *PyObject_InitVar(PyVarObject *, PyTypeObject *, Py_ssize_t);
Py_ssize_t PyGC_Collect();
#if PY3FFI_SINCE(3, 10)
int PyGC_Enable();
int PyGC_Disable();
int PyGC_IsEnabled();
#endif
void PyObject_GC_Track(void *);
void PyObject_GC_UnTrack(void *);
void PyObject_GC_Del(void *);
#if PY3FFI_SINCE(3, 9)
int PyObject_GC_IsTracked(PyObject *);
int PyObject_GC_IsFinalized(PyObject *);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
