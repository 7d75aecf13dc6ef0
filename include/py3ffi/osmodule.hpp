// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/osmodule.h.
#ifndef PY3FFI_OSMODULE_HPP
#define PY3FFI_OSMODULE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_API PyObject *PyOS_FSPath(PyObject *path) noexcept PY3FFI_PYPY_NAME(PyPyOS_FSPath);
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
