// Mirrors CPython's Include/cpython/objimpl.h.
#ifndef PY3FFI_CPYTHON_OBJIMPL_HPP
#define PY3FFI_CPYTHON_OBJIMPL_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9) && PY3FFI_TARGET_SINCE(3, 8)
struct PyGC_Head;
#elif !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
union PyGC_Head;
#endif
#if !PY3FFI_LIMITED
struct PyObjectArenaAllocator;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
using gcvisitobjects_t = int (*)(PyObject *, void *);
#endif
extern "C" {
#if !PY3FFI_LIMITED
void PyObject_GetArenaAllocator(PyObjectArenaAllocator *allocator);
void PyObject_SetArenaAllocator(PyObjectArenaAllocator *allocator);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
int PyObject_IS_GC(PyObject *obj);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
int PyType_SUPPORTS_WEAKREFS(PyTypeObject *type);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
PyObject **PyObject_GET_WEAKREFS_LISTPTR(PyObject *op);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PyObject *PyUnstable_Object_GC_NewWithExtraData(PyTypeObject *, size_t);
void PyUnstable_GC_VisitObjects(gcvisitobjects_t callback, void *arg);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
