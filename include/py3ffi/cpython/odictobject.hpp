// Mirrors CPython's Include/cpython/odictobject.h.
#ifndef PY3FFI_CPYTHON_ODICTOBJECT_HPP
#define PY3FFI_CPYTHON_ODICTOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PyODictObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_DATA PyTypeObject PyODict_Type;
PY3FFI_DATA PyTypeObject PyODictIter_Type;
PY3FFI_DATA PyTypeObject PyODictKeys_Type;
PY3FFI_DATA PyTypeObject PyODictItems_Type;
PY3FFI_DATA PyTypeObject PyODictValues_Type;
PyObject *PyODict_New();
int PyODict_SetItem(PyObject *od, PyObject *key, PyObject *item);
int PyODict_DelItem(PyObject *od, PyObject *key);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
