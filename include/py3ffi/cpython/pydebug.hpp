// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pydebug.h.
#ifndef PY3FFI_CPYTHON_PYDEBUG_HPP
#define PY3FFI_CPYTHON_PYDEBUG_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_DATA int Py_DebugFlag PY3FFI_PYPY_NAME(PyPy_DebugFlag);
PY3FFI_DATA int Py_VerboseFlag PY3FFI_PYPY_NAME(PyPy_VerboseFlag);
PY3FFI_DATA int Py_QuietFlag PY3FFI_PYPY_NAME(PyPy_QuietFlag);
PY3FFI_DATA int Py_InteractiveFlag PY3FFI_PYPY_NAME(PyPy_InteractiveFlag);
PY3FFI_DATA int Py_InspectFlag PY3FFI_PYPY_NAME(PyPy_InspectFlag);
PY3FFI_DATA int Py_OptimizeFlag PY3FFI_PYPY_NAME(PyPy_OptimizeFlag);
PY3FFI_DATA int Py_NoSiteFlag PY3FFI_PYPY_NAME(PyPy_NoSiteFlag);
PY3FFI_DATA int Py_BytesWarningFlag PY3FFI_PYPY_NAME(PyPy_BytesWarningFlag);
PY3FFI_DATA int Py_FrozenFlag PY3FFI_PYPY_NAME(PyPy_FrozenFlag);
PY3FFI_DATA int Py_IgnoreEnvironmentFlag PY3FFI_PYPY_NAME(PyPy_IgnoreEnvironmentFlag);
PY3FFI_DATA int Py_DontWriteBytecodeFlag PY3FFI_PYPY_NAME(PyPy_DontWriteBytecodeFlag);
PY3FFI_DATA int Py_NoUserSiteDirectory PY3FFI_PYPY_NAME(PyPy_NoUserSiteDirectory);
PY3FFI_DATA int Py_UnbufferedStdioFlag PY3FFI_PYPY_NAME(PyPy_UnbufferedStdioFlag);
PY3FFI_DATA int Py_HashRandomizationFlag PY3FFI_PYPY_NAME(PyPy_HashRandomizationFlag);
PY3FFI_DATA int Py_IsolatedFlag PY3FFI_PYPY_NAME(PyPy_IsolatedFlag);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API char *Py_GETENV(const char *name) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_WINDOWS && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
// pydebug.h's MS_WINDOWS block, which the generator's scans of Linux headers do not see
// (checked against the Windows interpreters' headers and DLLs)
extern "C" {
PY3FFI_DATA int Py_LegacyWindowsFSEncodingFlag;
PY3FFI_DATA int Py_LegacyWindowsStdioFlag;
}  // extern "C"
#endif

#if !PY3FFI_LIMITED && (PY3FFI_BEFORE(3, 11) || PY3FFI_IS_PYPY)  // (a macro of PyPy 8.0's too)
namespace detail {
// (the C library's: <cstdlib> would leak macros; declared as its headers declare it: noexcept
// in glibc's; in Windows' runtimes not, imported from the DLL of Microsoft's when the runtime
// is one (/MD defines _DLL; clang-cl is not tested here), not by mingw-w64's)
#if PY3FFI_WINDOWS && defined(_DLL) && !defined(__MINGW32__)
extern "C" __declspec(dllimport) char *getenv(const char *name);
#elif PY3FFI_WINDOWS
extern "C" char *getenv(const char *name);
#else
extern "C" char *getenv(const char *name) noexcept;
#endif
}  // namespace detail
// An environment variable, unless -E (Py_IgnoreEnvironmentFlag) says to ignore them.
inline char *Py_GETENV(const char *name) noexcept { return Py_IgnoreEnvironmentFlag ? nullptr : detail::getenv(name); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
