// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/modsupport.h.
#ifndef PY3FFI_CPYTHON_MODSUPPORT_HPP
#define PY3FFI_CPYTHON_MODSUPPORT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API int PyArg_ParseArray(PyObject *const *args, Py_ssize_t nargs, const char *format, ...) noexcept;
PY3FFI_API int PyArg_ParseArrayAndKeywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, const char *format, const char *const *kwlist, ...) noexcept;
#endif
#if PY3FFI_IS_GRAALPY
PY3FFI_API int _PyArg_NoKeywords(const char *funcname, PyObject *kwargs) noexcept;
PY3FFI_API int _PyArg_NoKwnames(const char *funcname, PyObject *kwnames) noexcept;
PY3FFI_API int _PyArg_NoPositional(const char *funcname, PyObject *args) noexcept;
PY3FFI_API int _PyArg_CheckPositional(const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t) noexcept;
PY3FFI_API PyObject *const *_PyArg_UnpackKeywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwargs, PyObject *kwnames, struct _PyArg_Parser *parser, int minpos, int maxpos, int minkw, PyObject **buf) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
