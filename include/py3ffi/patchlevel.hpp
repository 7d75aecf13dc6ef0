// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/patchlevel.h.
#ifndef PY3FFI_PATCHLEVEL_HPP
#define PY3FFI_PATCHLEVEL_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int PY_RELEASE_LEVEL_ALPHA = 0xA;
inline constexpr int PY_RELEASE_LEVEL_BETA = 0xB;
inline constexpr int PY_RELEASE_LEVEL_GAMMA = 0xC;
inline constexpr int PY_RELEASE_LEVEL_FINAL = 0xF;
inline constexpr int PYTHON_API_VERSION = 1013;
inline constexpr int PYTHON_ABI_VERSION = 3;
// </py3ffi:generated>

// The target's own version, which patchlevel.h states for the interpreter whose headers it is:
// exact to the patch level when PY3FFI_PYTHON_VERSION carries it (the config tool writes the
// full PY_VERSION_HEX); the limited API's floor when only Py_LIMITED_API is set.
inline constexpr int PY_VERSION_HEX = PY3FFI_VERSION_HEX;
inline constexpr int PY_MAJOR_VERSION = (PY3FFI_VERSION_HEX >> 24) & 0xFF;
inline constexpr int PY_MINOR_VERSION = (PY3FFI_VERSION_HEX >> 16) & 0xFF;
inline constexpr int PY_MICRO_VERSION = (PY3FFI_VERSION_HEX >> 8) & 0xFF;
inline constexpr int PY_RELEASE_LEVEL = (PY3FFI_VERSION_HEX >> 4) & 0xF;
inline constexpr int PY_RELEASE_SERIAL = PY3FFI_VERSION_HEX & 0xF;

// The same versions as strings (modsupport.h before 3.15)
inline constexpr char PYTHON_API_STRING[] = "1013";
inline constexpr char PYTHON_ABI_STRING[] = "3";
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
