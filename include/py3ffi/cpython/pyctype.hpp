// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pyctype.h.
#ifndef PY3FFI_CPYTHON_PYCTYPE_HPP
#define PY3FFI_CPYTHON_PYCTYPE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int PY_CTF_LOWER = 0x01;
inline constexpr int PY_CTF_UPPER = 0x02;
inline constexpr int PY_CTF_ALPHA = (PY_CTF_LOWER | PY_CTF_UPPER);
inline constexpr int PY_CTF_DIGIT = 0x04;
inline constexpr int PY_CTF_ALNUM = (PY_CTF_ALPHA | PY_CTF_DIGIT);
inline constexpr int PY_CTF_SPACE = 0x08;
inline constexpr int PY_CTF_XDIGIT = 0x10;
#endif
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY  // (PyPy's headers have no pyctype.h)
extern "C" {
// not API: the locale-independent tables the macros below read
PY3FFI_DATA const unsigned int _Py_ctype_table[256];
PY3FFI_DATA const unsigned char _Py_ctype_tolower[256];
PY3FFI_DATA const unsigned char _Py_ctype_toupper[256];
}  // extern "C"
namespace detail {
inline unsigned char charmask(int c) noexcept { return static_cast<unsigned char>(c & 0xff); }  // Py_CHARMASK
}  // namespace detail
#if PY3FFI_NOT_PYPY
inline int Py_ISLOWER(int c) noexcept { return static_cast<int>(_Py_ctype_table[detail::charmask(c)] & PY_CTF_LOWER); }
inline int Py_ISUPPER(int c) noexcept { return static_cast<int>(_Py_ctype_table[detail::charmask(c)] & PY_CTF_UPPER); }
inline int Py_ISALPHA(int c) noexcept { return static_cast<int>(_Py_ctype_table[detail::charmask(c)] & PY_CTF_ALPHA); }
inline int Py_ISDIGIT(int c) noexcept { return static_cast<int>(_Py_ctype_table[detail::charmask(c)] & PY_CTF_DIGIT); }
inline int Py_ISXDIGIT(int c) noexcept {
    return static_cast<int>(_Py_ctype_table[detail::charmask(c)] & PY_CTF_XDIGIT);
}
inline int Py_ISALNUM(int c) noexcept { return static_cast<int>(_Py_ctype_table[detail::charmask(c)] & PY_CTF_ALNUM); }
inline int Py_ISSPACE(int c) noexcept { return static_cast<int>(_Py_ctype_table[detail::charmask(c)] & PY_CTF_SPACE); }
inline int Py_TOLOWER(int c) noexcept { return _Py_ctype_tolower[detail::charmask(c)]; }
inline int Py_TOUPPER(int c) noexcept { return _Py_ctype_toupper[detail::charmask(c)]; }
#endif
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
