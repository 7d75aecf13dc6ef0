// Mirrors CPython's Include/structmember.h.
#ifndef PY3FFI_STRUCTMEMBER_HPP
#define PY3FFI_STRUCTMEMBER_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/descrobject.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_SHORT = Py_T_SHORT;
#else
inline constexpr int T_SHORT = 0;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_INT = Py_T_INT;
#else
inline constexpr int T_INT = 1;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_LONG = Py_T_LONG;
#else
inline constexpr int T_LONG = 2;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_FLOAT = Py_T_FLOAT;
#else
inline constexpr int T_FLOAT = 3;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_DOUBLE = Py_T_DOUBLE;
#else
inline constexpr int T_DOUBLE = 4;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_STRING = Py_T_STRING;
#else
inline constexpr int T_STRING = 5;
#endif
inline constexpr int T_OBJECT = 6;
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_CHAR = Py_T_CHAR;
#else
inline constexpr int T_CHAR = 7;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_BYTE = Py_T_BYTE;
#else
inline constexpr int T_BYTE = 8;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_UBYTE = Py_T_UBYTE;
#else
inline constexpr int T_UBYTE = 9;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_USHORT = Py_T_USHORT;
#else
inline constexpr int T_USHORT = 10;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_UINT = Py_T_UINT;
#else
inline constexpr int T_UINT = 11;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_ULONG = Py_T_ULONG;
#else
inline constexpr int T_ULONG = 12;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_STRING_INPLACE = Py_T_STRING_INPLACE;
#else
inline constexpr int T_STRING_INPLACE = 13;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_BOOL = Py_T_BOOL;
#else
inline constexpr int T_BOOL = 14;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_OBJECT_EX = Py_T_OBJECT_EX;
#else
inline constexpr int T_OBJECT_EX = 16;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_LONGLONG = Py_T_LONGLONG;
#else
inline constexpr int T_LONGLONG = 17;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_ULONGLONG = Py_T_ULONGLONG;
#else
inline constexpr int T_ULONGLONG = 18;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int T_PYSSIZET = Py_T_PYSSIZET;
#else
inline constexpr int T_PYSSIZET = 19;
#endif
inline constexpr int T_NONE = 20;
#if PY3FFI_SINCE(3, 12)
inline constexpr int READONLY = Py_READONLY;
#else
inline constexpr int READONLY = 1;
#endif
#if PY3FFI_TARGET_SINCE(3, 10)
inline constexpr int PY_AUDIT_READ = 2;
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr int READ_RESTRICTED = Py_AUDIT_READ;
#else
inline constexpr int READ_RESTRICTED = 2;
#endif
inline constexpr int PY_WRITE_RESTRICTED = 4;
inline constexpr int RESTRICTED = (READ_RESTRICTED | PY_WRITE_RESTRICTED);
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
