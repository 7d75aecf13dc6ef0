// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/warnings.h.
#ifndef PY3FFI_CPYTHON_WARNINGS_HPP
#define PY3FFI_CPYTHON_WARNINGS_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/warnings.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API int PyErr_WarnExplicitObject(PyObject *category, PyObject *message, PyObject *filename, int lineno, PyObject *module, PyObject *registry) noexcept;
PY3FFI_API int PyErr_WarnExplicitFormat(PyObject *category, const char *filename, int lineno, const char *module, PyObject *registry, const char *format, ...) noexcept;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyErr_Warn(PyObject *, const char *) noexcept PY3FFI_PYPY_NAME(PyPyErr_Warn);
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline int PyErr_Warn(PyObject *category, const char *msg) noexcept { return PyErr_WarnEx(category, msg, 1); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
