// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/audit.h.
#ifndef PY3FFI_CPYTHON_AUDIT_HPP
#define PY3FFI_CPYTHON_AUDIT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
using Py_AuditHookFunction = int (*)(const char *, PyObject *, void *);
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API int PySys_AddAuditHook(Py_AuditHookFunction, void *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
