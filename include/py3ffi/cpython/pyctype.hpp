// Mirrors CPython's Include/cpython/pyctype.h.
#ifndef PY3FFI_CPYTHON_PYCTYPE_HPP
#define PY3FFI_CPYTHON_PYCTYPE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
inline constexpr int PY_CTF_LOWER = 0x01;
inline constexpr int PY_CTF_UPPER = 0x02;
inline constexpr int PY_CTF_ALPHA = 3;
inline constexpr int PY_CTF_DIGIT = 0x04;
inline constexpr int PY_CTF_ALNUM = 7;
inline constexpr int PY_CTF_SPACE = 0x08;
inline constexpr int PY_CTF_XDIGIT = 0x10;
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
