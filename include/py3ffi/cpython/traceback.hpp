// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/traceback.h.
#ifndef PY3FFI_CPYTHON_TRACEBACK_HPP
#define PY3FFI_CPYTHON_TRACEBACK_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PyTracebackObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API const char *PyUnstable_DumpTraceback(int fd, PyThreadState *tstate) noexcept;
PY3FFI_API const char *PyUnstable_DumpTracebackThreads(int fd, PyInterpreterState *interp, PyThreadState *current_tstate, Py_ssize_t max_threads) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
