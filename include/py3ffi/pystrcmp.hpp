// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pystrcmp.h.
#ifndef PY3FFI_PYSTRCMP_HPP
#define PY3FFI_PYSTRCMP_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_NOT_PYPY
PY3FFI_API int PyOS_mystrnicmp(const char *, const char *, Py_ssize_t) noexcept;
PY3FFI_API int PyOS_mystricmp(const char *, const char *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_WINDOWS
// The C runtime's functions, which CPython's pystrcmp.h calls by their old names (stricmp,
// strnicmp), declared as the runtime's headers declare them (<cstring> would leak macros):
// imported from its DLL with mingw-w64 (its _CRTIMP), and with Microsoft's runtime when that
// is a DLL (/MD defines _DLL; clang-cl is not tested here).
namespace detail {
#if defined(__MINGW32__) || defined(_DLL)
extern "C" __declspec(dllimport) int _stricmp(const char *, const char *);
extern "C" __declspec(dllimport) int _strnicmp(const char *, const char *, size_t);
#else
extern "C" int _stricmp(const char *, const char *);
extern "C" int _strnicmp(const char *, const char *, size_t);
#endif
}  // namespace detail
#if PY3FFI_NOT_PYPY
inline int PyOS_stricmp(const char *a, const char *b) noexcept { return detail::_stricmp(a, b); }
inline int PyOS_strnicmp(const char *a, const char *b, Py_ssize_t n) noexcept {
    return detail::_strnicmp(a, b, static_cast<size_t>(n));
}
#endif
#else
#if PY3FFI_NOT_PYPY
inline int PyOS_stricmp(const char *a, const char *b) noexcept { return PyOS_mystricmp(a, b); }
inline int PyOS_strnicmp(const char *a, const char *b, Py_ssize_t n) noexcept { return PyOS_mystrnicmp(a, b, n); }
#endif
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
