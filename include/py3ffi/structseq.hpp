// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/structseq.h.
#ifndef PY3FFI_STRUCTSEQ_HPP
#define PY3FFI_STRUCTSEQ_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/tupleobject.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
struct PyStructSequence_Field {
    const char *name;
    const char *doc;
};
struct PyStructSequence_Desc {
    const char *name;
    const char *doc;
    PyStructSequence_Field *fields;
    int n_in_sequence;
};
extern "C" {
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_LIMITED_SINCE(3, 11)
PY3FFI_DATA const char *const PyStructSequence_UnnamedField PY3FFI_PYPY_NAME(PyPyStructSequence_UnnamedField);
#elif (PY3FFI_IS_PYPY || ((PY3FFI_BEFORE(3, 9) || PY3FFI_TARGET_SINCE(3, 11)) && PY3FFI_LIMITED_SINCE(3, 11)))
PY3FFI_DATA char *PyStructSequence_UnnamedField PY3FFI_PYPY_NAME(PyPyStructSequence_UnnamedField);
#endif
PY3FFI_API PyTypeObject *PyStructSequence_NewType(PyStructSequence_Desc *desc) noexcept PY3FFI_PYPY_NAME(PyPyStructSequence_NewType);
PY3FFI_API PyObject *PyStructSequence_New(PyTypeObject *type) noexcept PY3FFI_PYPY_NAME(PyPyStructSequence_New);
PY3FFI_API void PyStructSequence_SetItem(PyObject *, Py_ssize_t, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyStructSequence_SetItem);
PY3FFI_API PyObject *PyStructSequence_GetItem(PyObject *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyStructSequence_GetItem);
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
inline PyObject *PyStructSequence_GET_ITEM(PyObject *op, Py_ssize_t i) noexcept { return PyTuple_GET_ITEM(op, i); }
inline void PyStructSequence_SET_ITEM(PyObject *op, Py_ssize_t i, PyObject *v) noexcept { PyTuple_SET_ITEM(op, i, v); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
