// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/audit.h.
#ifndef PY3FFI_AUDIT_HPP
#define PY3FFI_AUDIT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_LIMITED_SINCE(3, 13) && PY3FFI_NOT_PYPY && PY3FFI_TARGET_SINCE(3, 9)
PY3FFI_API int PySys_Audit(const char *event, const char *argFormat, ...) noexcept;
#elif PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_LIMITED_SINCE(3, 13) && PY3FFI_NOT_PYPY
PY3FFI_API int PySys_Audit(const char *, const char *, ...) noexcept;
#endif
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PySys_AuditTuple(const char *event, PyObject *args) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
