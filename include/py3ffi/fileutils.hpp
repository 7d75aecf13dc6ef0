// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/fileutils.h.
#ifndef PY3FFI_FILEUTILS_HPP
#define PY3FFI_FILEUTILS_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_NOT_PYPY
PY3FFI_API wchar_t *Py_DecodeLocale(const char *arg, size_t *size) noexcept;
PY3FFI_API char *Py_EncodeLocale(const wchar_t *text, size_t *error_pos) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
