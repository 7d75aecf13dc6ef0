// Mirrors CPython's Include/weakrefobject.h.
#ifndef PY3FFI_WEAKREFOBJECT_HPP
#define PY3FFI_WEAKREFOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
struct PyWeakReference;
extern "C" {
PyObject *PyWeakref_NewRef(PyObject *ob, PyObject *callback);
PyObject *PyWeakref_NewProxy(PyObject *ob, PyObject *callback);
#if PY3FFI_BEFORE(3, 15)
PyObject *PyWeakref_GetObject(PyObject *ref);
#endif
#if PY3FFI_SINCE(3, 13)
int PyWeakref_GetRef(PyObject *ref, PyObject **pobj);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
