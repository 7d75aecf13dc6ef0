// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/structmember.h.
#ifndef PY3FFI_STRUCTMEMBER_HPP
#define PY3FFI_STRUCTMEMBER_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int T_SHORT = 0;
inline constexpr int T_INT = 1;
inline constexpr int T_LONG = 2;
inline constexpr int T_FLOAT = 3;
inline constexpr int T_DOUBLE = 4;
inline constexpr int T_STRING = 5;
inline constexpr int T_OBJECT = 6;
inline constexpr int T_CHAR = 7;
inline constexpr int T_BYTE = 8;
inline constexpr int T_UBYTE = 9;
inline constexpr int T_USHORT = 10;
inline constexpr int T_UINT = 11;
inline constexpr int T_ULONG = 12;
inline constexpr int T_STRING_INPLACE = 13;
inline constexpr int T_BOOL = 14;
inline constexpr int T_OBJECT_EX = 16;
inline constexpr int T_LONGLONG = 17;
inline constexpr int T_ULONGLONG = 18;
inline constexpr int T_PYSSIZET = 19;
#if PY3FFI_NOT_PYPY
inline constexpr int T_NONE = 20;
#endif
inline constexpr int READONLY = 1;
#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
inline constexpr int PY_AUDIT_READ = 2;
#endif
inline constexpr int READ_RESTRICTED = 2;
inline constexpr int PY_WRITE_RESTRICTED = 4;
inline constexpr int RESTRICTED = (READ_RESTRICTED | PY_WRITE_RESTRICTED);
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
