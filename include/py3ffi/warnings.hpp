// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/warnings.h.
#ifndef PY3FFI_WARNINGS_HPP
#define PY3FFI_WARNINGS_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API int PyErr_WarnEx(PyObject *, const char *, int) noexcept PY3FFI_PYPY_NAME(PyPyErr_WarnEx);
#else
PY3FFI_API int PyErr_WarnEx(PyObject *category, const char *message, Py_ssize_t stack_level) noexcept PY3FFI_PYPY_NAME(PyPyErr_WarnEx);
#endif
PY3FFI_API int PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyErr_WarnFormat);
#if PY3FFI_NOT_PYPY
PY3FFI_API int PyErr_ResourceWarning(PyObject *source, Py_ssize_t stack_level, const char *format, ...) noexcept;
#endif
PY3FFI_API int PyErr_WarnExplicit(PyObject *category, const char *message, const char *filename, int lineno, const char *module, PyObject *registry) noexcept PY3FFI_PYPY_NAME(PyPyErr_WarnExplicit);
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
