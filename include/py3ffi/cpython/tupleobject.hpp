// Mirrors CPython's Include/cpython/tupleobject.h: the tuple's layout and its fast accessors.
#ifndef PY3FFI_CPYTHON_TUPLEOBJECT_HPP
#define PY3FFI_CPYTHON_TUPLEOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/assert.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PyTupleObject {
    PyVarObject ob_base;
#if PY3FFI_TARGET_SINCE(3, 14)
    Py_hash_t ob_hash;
#endif
    PyObject * ob_item[1];
};
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15) && PY3FFI_NOT_PYPY
PyObject *PyTuple_FromArray(PyObject *const *array, Py_ssize_t size) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
// Like CPython's, these check their arguments only as assert() does (unless NDEBUG).
namespace detail {
inline PyTupleObject *as_tuple(PyObject *op) noexcept {
    debug_assert(PyTuple_Check(op), "PyTuple_Check(op)", __func__);
    return reinterpret_cast<PyTupleObject *>(op);
}
}  // namespace detail
inline Py_ssize_t PyTuple_GET_SIZE(PyObject *op) noexcept { return detail::as_tuple(op)->ob_base.ob_size; }
inline PyObject *PyTuple_GET_ITEM(PyObject *op, Py_ssize_t index) noexcept { return detail::as_tuple(op)->ob_item[index]; }
// only to fill in a brand new tuple
inline void PyTuple_SET_ITEM(PyObject *op, Py_ssize_t index, PyObject *value) noexcept {
    PyTupleObject *tuple = detail::as_tuple(op);
#if PY3FFI_TARGET_SINCE(3, 11)
    detail::debug_assert(0 <= index, "0 <= index", __func__);
    detail::debug_assert(index < tuple->ob_base.ob_size, "index < Py_SIZE(tuple)", __func__);
#endif
    tuple->ob_item[index] = value;
}
#endif  // !PY3FFI_LIMITED

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
