// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/dictobject.h.
#ifndef PY3FFI_CPYTHON_DICTOBJECT_HPP
#define PY3FFI_CPYTHON_DICTOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/abstract.hpp"  // PyObject_Size, PyPy's PyDict_GET_SIZE
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/dictobject.hpp"
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct PyDictKeysObject;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
struct PyDictValues;
#endif
#if PY3FFI_IS_PYPY
struct PyDictObject {
    PyObject ob_base;
    PyObject *_tmpkeys;
};
#elif !PY3FFI_LIMITED
struct PyDictObject {
    PyObject ob_base;
    Py_ssize_t ma_used;
#if PY3FFI_BEFORE(3, 14)
    uint64_t ma_version_tag;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    uint64_t _ma_watcher_tag;
#endif
    PyDictKeysObject *ma_keys;
#if PY3FFI_BEFORE(3, 11)
    PyObject **ma_values;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    PyDictValues *ma_values;
#endif
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
enum PyDict_WatchEvent : unsigned int { PyDict_EVENT_ADDED = 0, PyDict_EVENT_MODIFIED = 1, PyDict_EVENT_DELETED = 2, PyDict_EVENT_CLONED = 3, PyDict_EVENT_CLEARED = 4, PyDict_EVENT_DEALLOCATED = 5 };
using PyDict_WatchCallback = int (*)(PyDict_WatchEvent, PyObject *, PyObject *, PyObject *);
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_DATA PyTypeObject PyFrozenDict_Type;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyDict_SetDefault(PyObject *mp, PyObject *key, PyObject *defaultobj) noexcept PY3FFI_PYPY_NAME(PyPyDict_SetDefault);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
PY3FFI_API int PyDict_ClearFreeList() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyDict_ContainsString(PyObject *mp, const char *key) noexcept;
PY3FFI_API int PyDict_Pop(PyObject *dict, PyObject *key, PyObject **result) noexcept;
PY3FFI_API int PyDict_PopString(PyObject *dict, const char *key, PyObject **result) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int PyDict_AddWatcher(PyDict_WatchCallback callback) noexcept;
PY3FFI_API int PyDict_ClearWatcher(int watcher_id) noexcept;
PY3FFI_API int PyDict_Watch(int watcher_id, PyObject *dict) noexcept;
PY3FFI_API int PyDict_Unwatch(int watcher_id, PyObject *dict) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API PyObject *PyFrozenDict_New(PyObject *iterable) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
inline Py_ssize_t PyDict_GET_SIZE(PyObject *op) noexcept {
    PY3FFI_ASSERT(PyDict_Check(op), "PyDict_Check(op)", __func__);
#if PY3FFI_GIL_DISABLED
    return detail::load_relaxed(&reinterpret_cast<PyDictObject *>(op)->ma_used);
#elif PY3FFI_IS_PYPY || PY3FFI_IS_GRAALPY
    return PyObject_Size(op);  // PyPy's and GraalPy's macro (PyPy's dicts are no PyDictObject)
#else
    return reinterpret_cast<PyDictObject *>(op)->ma_used;
#endif
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
inline int PyFrozenDict_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyFrozenDict_Type); }
inline int PyFrozenDict_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyFrozenDict_Type); }
inline int PyAnyDict_CheckExact(PyObject *op) noexcept { return PyDict_CheckExact(op) || PyFrozenDict_CheckExact(op); }
inline int PyAnyDict_Check(PyObject *op) noexcept { return PyDict_Check(op) || PyFrozenDict_Check(op); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
