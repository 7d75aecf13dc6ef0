// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/fileobject.h.
#ifndef PY3FFI_CPYTHON_FILEOBJECT_HPP
#define PY3FFI_CPYTHON_FILEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
using Py_OpenCodeHookFunction = PyObject *(*)(PyObject *, void *);
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyStdPrinter_Type;
PY3FFI_API char *Py_UniversalNewlineFgets(char *, int, FILE *, PyObject *) noexcept;
PY3FFI_API PyObject *PyFile_NewStdPrinter(int) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyFile_OpenCode(const char *utf8path) noexcept;
PY3FFI_API PyObject *PyFile_OpenCodeObject(PyObject *path) noexcept;
PY3FFI_API int PyFile_SetOpenCodeHook(Py_OpenCodeHookFunction hook, void *userData) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
