// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/picklebufobject.h.
#ifndef PY3FFI_CPYTHON_PICKLEBUFOBJECT_HPP
#define PY3FFI_CPYTHON_PICKLEBUFOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/pybuffer.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_DATA PyTypeObject PyPickleBuffer_Type;
PY3FFI_API PyObject *PyPickleBuffer_FromObject(PyObject *) noexcept;
PY3FFI_API const Py_buffer *PyPickleBuffer_GetBuffer(PyObject *) noexcept;
PY3FFI_API int PyPickleBuffer_Release(PyObject *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
inline int PyPickleBuffer_Check(PyObject *op) noexcept { return detail::is_type(op, &PyPickleBuffer_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
