// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/listobject.h: the list's layout and its fast accessors.
// (listobject.hpp first: it includes this header after its own declarations)
#include "py3ffi/listobject.hpp"
#ifndef PY3FFI_CPYTHON_LISTOBJECT_HPP
#define PY3FFI_CPYTHON_LISTOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/assert.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY
struct PyListObject {
    PyObject ob_base;
};
#elif !PY3FFI_LIMITED
struct PyListObject {
    PyVarObject ob_base;
    PyObject **ob_item;
    Py_ssize_t allocated;
};
#endif
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API Py_ssize_t PyList_GET_SIZE(void *) noexcept PY3FFI_PYPY_NAME(PyPyList_GET_SIZE);
PY3FFI_API PyObject *PyList_GET_ITEM(void *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyList_GET_ITEM);
PY3FFI_API void PyList_SET_ITEM(void *, Py_ssize_t, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyList_SET_ITEM);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyList_Extend(PyObject *self, PyObject *iterable) noexcept;
PY3FFI_API int PyList_Clear(PyObject *self) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject **GraalPyList_ITEMS(PyObject *op) noexcept;
PY3FFI_API void GraalPyList_SET_ITEM(PyObject *a, Py_ssize_t b, PyObject *c) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyObject **PyTruffleList_GetItems(PyObject *op) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
// Like CPython's, these check their arguments only as assert() does (unless NDEBUG).
namespace detail {
inline PyListObject *as_list(PyObject *op) noexcept {
    PY3FFI_ASSERT(PyList_Check(op), "PyList_Check(op)", __func__);
    return reinterpret_cast<PyListObject *>(op);
}
}  // namespace detail
#if PY3FFI_NOT_PYPY
// (GraalPy: its calls, as its headers make them; a list may be a handle there)
inline Py_ssize_t PyList_GET_SIZE(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY
    return Py_SIZE(detail::as_list(op));
#elif PY3FFI_GIL_DISABLED
    return detail::load_relaxed(&detail::as_list(op)->ob_base.ob_size);
#else
    return detail::as_list(op)->ob_base.ob_size;
#endif
}
inline PyObject *PyList_GET_ITEM(PyObject *op, Py_ssize_t index) noexcept {
#if PY3FFI_IS_GRAALPY
    return PyList_GetItem(op, index);
#else
    return detail::as_list(op)->ob_item[index];
#endif
}
inline void PyList_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    GraalPyList_SET_ITEM(op, index, value);
#elif PY3FFI_IS_GRAALPY
    PyTruffleList_GetItems(op)[index] = value;
#else
    PyListObject *list = detail::as_list(op);
#if PY3FFI_TARGET_SINCE(3, 11)
    PY3FFI_ASSERT(0 <= index, "0 <= index", __func__);
    PY3FFI_ASSERT(index < list->allocated, "index < allocated", __func__);
#endif
    list->ob_item[index] = value;
#endif
}
#endif
#endif  // !PY3FFI_LIMITED

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
