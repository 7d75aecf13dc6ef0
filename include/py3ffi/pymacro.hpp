// Mirrors CPython's Include/pymacro.h.
#ifndef PY3FFI_PYMACRO_HPP
#define PY3FFI_PYMACRO_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_SINCE(3, 14)
uint32_t Py_PACK_FULL_VERSION(int x, int y, int z, int level, int serial);
uint32_t Py_PACK_VERSION(int x, int y);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
