// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/bltinmodule.h.
#ifndef PY3FFI_BLTINMODULE_HPP
#define PY3FFI_BLTINMODULE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_DATA PyTypeObject PyFilter_Type;
PY3FFI_DATA PyTypeObject PyMap_Type;
PY3FFI_DATA PyTypeObject PyZip_Type;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
