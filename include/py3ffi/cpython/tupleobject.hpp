// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/tupleobject.h: the tuple's layout and its fast accessors.
// (tupleobject.hpp first: it includes this header after its own declarations)
#include "py3ffi/tupleobject.hpp"
#ifndef PY3FFI_CPYTHON_TUPLEOBJECT_HPP
#define PY3FFI_CPYTHON_TUPLEOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/assert.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_GRAALPY
struct PyTupleObject {
    PyVarObject ob_base;
    PyObject **ob_item;
};
#elif !PY3FFI_LIMITED
struct PyTupleObject {
    PyVarObject ob_base;
#if PY3FFI_TARGET_SINCE(3, 14)
    Py_hash_t ob_hash;
#endif
    PyObject * ob_item[1];
};
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API PyObject *PyTuple_FromArray(PyObject *const *array, Py_ssize_t size) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyObject *_PyTuple_GET_ITEM(PyObject *, Py_ssize_t) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject **GraalPyTuple_ITEMS(PyObject *op) noexcept;
PY3FFI_API PyObject *GraalPyTuple_GET_ITEM(PyObject *, Py_ssize_t) noexcept;
PY3FFI_API void GraalPyTuple_SET_ITEM(PyObject *, Py_ssize_t, PyObject *) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyObject **PyTruffleTuple_GetItems(PyObject *op) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
// Like CPython's, these check their arguments only as assert() does (unless NDEBUG).
namespace detail {
inline PyTupleObject *as_tuple(PyObject *op) noexcept {
    PY3FFI_ASSERT(PyTuple_Check(op), "PyTuple_Check(op)", __func__);
    return reinterpret_cast<PyTupleObject *>(op);
}
}  // namespace detail
// (GraalPy: its calls, as its headers make them; a tuple may be a handle there)
inline Py_ssize_t PyTuple_GET_SIZE(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY
    return Py_SIZE(detail::as_tuple(op));
#else
    return detail::as_tuple(op)->ob_base.ob_size;
#endif
}
inline PyObject *PyTuple_GET_ITEM(PyObject *op, Py_ssize_t index) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return GraalPyTuple_GET_ITEM(op, index);
#elif PY3FFI_IS_GRAALPY
    return _PyTuple_GET_ITEM(op, index);
#else
    return detail::as_tuple(op)->ob_item[index];
#endif
}
// only to fill in a brand new tuple
inline void PyTuple_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    GraalPyTuple_SET_ITEM(op, index, value);
#elif PY3FFI_IS_GRAALPY
    PyTruffleTuple_GetItems(op)[index] = value;
#else
    PyTupleObject *tuple = detail::as_tuple(op);
#if PY3FFI_TARGET_SINCE(3, 11)
    PY3FFI_ASSERT(0 <= index, "0 <= index", __func__);
    PY3FFI_ASSERT(index < tuple->ob_base.ob_size, "index < Py_SIZE(tuple)", __func__);
#endif
    tuple->ob_item[index] = value;
#endif
}
#endif  // !PY3FFI_LIMITED

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
