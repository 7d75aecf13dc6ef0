// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/intrcheck.h.
#ifndef PY3FFI_INTRCHECK_HPP
#define PY3FFI_INTRCHECK_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_NOT_GRAALPY
PY3FFI_API int PyOS_InterruptOccurred() noexcept PY3FFI_PYPY_NAME(PyPyOS_InterruptOccurred);
#endif
#if PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API void PyOS_InitInterrupts() noexcept;
#endif
#if PY3FFI_HAVE_FORK && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API void PyOS_BeforeFork() noexcept;
PY3FFI_API void PyOS_AfterFork_Parent() noexcept;
PY3FFI_API void PyOS_AfterFork_Child() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// Outside intrcheck.h's HAVE_FORK block, so declared on Windows too, where the interpreter's
// DLL exports it (python3.dll does not: the stable ABI lists it under HAVE_FORK).
#if (PY3FFI_HAVE_FORK || (PY3FFI_WINDOWS && !PY3FFI_LIMITED && PY3FFI_NOT_PYPY)) && PY3FFI_NOT_GRAALPY
extern "C" {
PY3FFI_API void PyOS_AfterFork() noexcept PY3FFI_PYPY_NAME(PyPyOS_AfterFork);
}  // extern "C"
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
