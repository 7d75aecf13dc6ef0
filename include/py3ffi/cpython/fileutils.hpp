// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/fileutils.h.
#ifndef PY3FFI_CPYTHON_FILEUTILS_HPP
#define PY3FFI_CPYTHON_FILEUTILS_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API FILE *Py_fopen(PyObject *path, const char *mode) noexcept;
PY3FFI_API int Py_fclose(FILE *file) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
