// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/odictobject.h.
#ifndef PY3FFI_CPYTHON_ODICTOBJECT_HPP
#define PY3FFI_CPYTHON_ODICTOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/cpython/dictobject.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
struct PyODictObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_DATA PyTypeObject PyODict_Type;
PY3FFI_DATA PyTypeObject PyODictIter_Type;
PY3FFI_DATA PyTypeObject PyODictKeys_Type;
PY3FFI_DATA PyTypeObject PyODictItems_Type;
PY3FFI_DATA PyTypeObject PyODictValues_Type;
PY3FFI_API PyObject *PyODict_New() noexcept;
PY3FFI_API int PyODict_SetItem(PyObject *od, PyObject *key, PyObject *item) noexcept;
PY3FFI_API int PyODict_DelItem(PyObject *od, PyObject *key) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY  // (in neither: no OrderedDict C API)
inline int PyODict_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyODict_Type); }
inline int PyODict_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyODict_Type); }
#endif

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY  // (in neither: no OrderedDict C API)
// an OrderedDict is a dict: these read it as one
inline Py_ssize_t PyODict_SIZE(PyObject *op) noexcept { return PyDict_GET_SIZE(op); }
inline PyObject *PyODict_GetItem(PyObject *od, PyObject *key) noexcept { return PyDict_GetItem(od, key); }
inline PyObject *PyODict_GetItemWithError(PyObject *od, PyObject *key) noexcept {
    return PyDict_GetItemWithError(od, key);
}
inline int PyODict_Contains(PyObject *od, PyObject *key) noexcept { return PyDict_Contains(od, key); }
inline Py_ssize_t PyODict_Size(PyObject *od) noexcept { return PyDict_Size(od); }
inline PyObject *PyODict_GetItemString(PyObject *od, const char *key) noexcept { return PyDict_GetItemString(od, key); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
