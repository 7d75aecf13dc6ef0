// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/traceback.h.
#ifndef PY3FFI_TRACEBACK_HPP
#define PY3FFI_TRACEBACK_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyTraceBack_Type PY3FFI_PYPY_NAME(PyPyTraceBack_Type);
#if !PY3FFI_LIMITED
PY3FFI_API int PyTraceBack_Here(PyFrameObject *) noexcept PY3FFI_PYPY_NAME(PyPyTraceBack_Here);
#elif PY3FFI_TARGET_SINCE(3, 9)
PY3FFI_API int PyTraceBack_Here(PyFrameObject *) noexcept PY3FFI_PYPY_NAME(PyPyTraceBack_Here);
#else
PY3FFI_API int PyTraceBack_Here(struct PyFrameObject *) noexcept PY3FFI_PYPY_NAME(PyPyTraceBack_Here);
#endif
PY3FFI_API int PyTraceBack_Print(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyTraceBack_Print);
#if PY3FFI_IS_PYPY
PY3FFI_API int PyTraceBack_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyTraceBack_Check);
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY
inline int PyTraceBack_Check(PyObject *v) noexcept { return detail::is_type(v, &PyTraceBack_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
