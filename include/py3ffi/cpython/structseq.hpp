// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/structseq.h.
#ifndef PY3FFI_CPYTHON_STRUCTSEQ_HPP
#define PY3FFI_CPYTHON_STRUCTSEQ_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/tupleobject.hpp"
#include "py3ffi/structseq.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
using PyStructSequence = PyTupleObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_API void PyStructSequence_InitType(PyTypeObject *type, PyStructSequence_Desc *desc) noexcept PY3FFI_PYPY_NAME(PyPyStructSequence_InitType);
PY3FFI_API int PyStructSequence_InitType2(PyTypeObject *type, PyStructSequence_Desc *desc) noexcept PY3FFI_PYPY_NAME(PyPyStructSequence_InitType2);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
