// Mirrors CPython's Include/cpython/descrobject.h.
#ifndef PY3FFI_CPYTHON_DESCROBJECT_HPP
#define PY3FFI_CPYTHON_DESCROBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
using wrapperfunc = PyObject *(*)(PyObject *, PyObject *, void *);
using wrapperfunc_kwds = PyObject *(*)(PyObject *, PyObject *, void *, PyObject *);
struct wrapperbase;
inline constexpr int PyWrapperFlag_KEYWORDS = 1;
struct PyDescrObject;
struct PyMethodDescrObject;
struct PyMemberDescrObject;
struct PyGetSetDescrObject;
struct PyWrapperDescrObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED
PyObject *PyDescr_NewWrapper(PyTypeObject *, wrapperbase *, void *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10)
int PyDescr_IsData(PyObject *);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
