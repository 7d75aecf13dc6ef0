// Mirrors CPython's Include/pymacro.h.
#ifndef PY3FFI_PYMACRO_HPP
#define PY3FFI_PYMACRO_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/pyerrors.hpp"  // Py_FatalError
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_SINCE(3, 14)
uint32_t Py_PACK_FULL_VERSION(int x, int y, int z, int level, int serial) noexcept;
uint32_t Py_PACK_VERSION(int x, int y) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_PYPY_SINCE(3, 11)
// Py_UNREACHABLE(), as each version's headers define it for GCC and Clang
[[noreturn]] inline void Py_UNREACHABLE() noexcept {
#if PY3FFI_TARGET_SINCE(3, 9) && !PY3FFI_DEBUG
    __builtin_unreachable();
#elif PY3FFI_TARGET_SINCE(3, 9)
    Py_FatalError("We've reached an unreachable state. Anything is possible.\n"
                  "The limits were in our heads all along. Follow your dreams.\n"
                  "https://xkcd.com/2200");
#elif PY3FFI_TARGET_SINCE(3, 8)
    Py_FatalError("Unreachable C code path reached");
#else
    __builtin_abort();  // abort()
#endif
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
