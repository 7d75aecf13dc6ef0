// Mirrors CPython's Include/setobject.h.
#ifndef PY3FFI_SETOBJECT_HPP
#define PY3FFI_SETOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PySet_Type;
PY3FFI_DATA PyTypeObject PyFrozenSet_Type;
PY3FFI_DATA PyTypeObject PySetIter_Type;
PyObject *PySet_New(PyObject *);
PyObject *PyFrozenSet_New(PyObject *);
int PySet_Add(PyObject *set, PyObject *key);
int PySet_Clear(PyObject *set);
int PySet_Contains(PyObject *anyset, PyObject *key);
int PySet_Discard(PyObject *set, PyObject *key);
PyObject *PySet_Pop(PyObject *set);
Py_ssize_t PySet_Size(PyObject *anyset);
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
