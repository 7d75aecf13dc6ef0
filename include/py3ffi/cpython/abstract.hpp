// Mirrors CPython's Include/cpython/abstract.h.
#ifndef PY3FFI_CPYTHON_ABSTRACT_HPP
#define PY3FFI_CPYTHON_ABSTRACT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/abstract.hpp"  // PyObject_VectorcallMethod
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13)
inline constexpr int PY_ITERSEARCH_COUNT = 1;
inline constexpr int PY_ITERSEARCH_INDEX = 2;
inline constexpr int PY_ITERSEARCH_CONTAINS = 3;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
vectorcallfunc PyVectorcall_Function(PyObject *callable);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
PyObject *PyObject_VectorcallDict(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwargs);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
PyObject *PyObject_CallOneArg(PyObject *func, PyObject *arg);
#endif
#if !PY3FFI_LIMITED
Py_ssize_t PyObject_LengthHint(PyObject *o, Py_ssize_t);
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
// obj.name() and obj.name(arg) through the vectorcall protocol, as CPython's static inline ones
inline PyObject *PyObject_CallMethodNoArgs(PyObject *self, PyObject *name) noexcept {
    return PyObject_VectorcallMethod(name, &self, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, nullptr);
}
inline PyObject *PyObject_CallMethodOneArg(PyObject *self, PyObject *name, PyObject *arg) noexcept {
    PyObject *args[2] = {self, arg};
    detail::debug_assert(arg != nullptr, "arg != NULL", __func__);
    return PyObject_VectorcallMethod(name, args, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, nullptr);
}
#endif
#if !PY3FFI_LIMITED
// o[i] through the type's sq_item, no negative index fix-up and no checks (as the macro)
inline PyObject *PySequence_ITEM(PyObject *o, Py_ssize_t i) noexcept { return Py_TYPE(o)->tp_as_sequence->sq_item(o, i); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
