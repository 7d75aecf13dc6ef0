// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/sentinelobject.h.
#ifndef PY3FFI_CPYTHON_SENTINELOBJECT_HPP
#define PY3FFI_CPYTHON_SENTINELOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_DATA PyTypeObject PySentinel_Type;
PY3FFI_API PyObject *PySentinel_New(const char *name, const char *module_name, const char *repr) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
inline int PySentinel_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PySentinel_Type); }
inline int PySentinel_Check(PyObject *op) noexcept { return PySentinel_CheckExact(op); }  // no subclasses
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
