// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/slots.h.
#ifndef PY3FFI_SLOTS_HPP
#define PY3FFI_SLOTS_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_TARGET_SINCE(3, 15)
using _Py_funcptr_t = void (*)(void);
#endif
#if PY3FFI_SINCE(3, 15)
struct PySlot {
    uint16_t sl_id;
    uint16_t sl_flags;
    union {
        uint32_t sl_reserved;
    };
    union {
        void *sl_ptr;
        _Py_funcptr_t sl_func;
        Py_ssize_t sl_size;
        int64_t sl_int64;
        uint64_t sl_uint64;
    };
};
inline constexpr int PySlot_OPTIONAL = 0x0001;
inline constexpr int PySlot_STATIC = 0x0002;
inline constexpr int PySlot_INTPTR = 0x0004;
inline constexpr int Py_slot_invalid = 0xffff;
#endif
// </py3ffi:generated>

#if PY3FFI_SINCE(3, 15)
// slots.h's initializer macros, as functions that build the same PySlot. (The macros cast their
// value to void *, so a string or a const table is taken as it is.)
inline constexpr PySlot PySlot_END{0, 0, {0}, {nullptr}};
inline constexpr PySlot PySlot_PTR(std::uint16_t name, const void *value) noexcept {
    return PySlot{name, PySlot_INTPTR, {0}, {const_cast<void *>(value)}};
}
inline constexpr PySlot PySlot_PTR_STATIC(std::uint16_t name, const void *value) noexcept {
    return PySlot{name, PySlot_INTPTR | PySlot_STATIC, {0}, {const_cast<void *>(value)}};
}
inline constexpr PySlot PySlot_DATA(std::uint16_t name, const void *value) noexcept { return PySlot_PTR(name, value); }
inline constexpr PySlot PySlot_STATIC_DATA(std::uint16_t name, const void *value) noexcept {
    return PySlot{name, PySlot_STATIC, {0}, {const_cast<void *>(value)}};
}
template <class F>
inline PySlot PySlot_FUNC(std::uint16_t name, F *value) noexcept {
    PySlot s{name, 0, {0}, {nullptr}};
    s.sl_func = reinterpret_cast<_Py_funcptr_t>(value);
    return s;
}
inline PySlot PySlot_SIZE(std::uint16_t name, Py_ssize_t value) noexcept {
    PySlot s{name, 0, {0}, {nullptr}};
    s.sl_size = value;
    return s;
}
inline PySlot PySlot_INT64(std::uint16_t name, std::int64_t value) noexcept {
    PySlot s{name, 0, {0}, {nullptr}};
    s.sl_int64 = value;
    return s;
}
inline PySlot PySlot_UINT64(std::uint16_t name, std::uint64_t value) noexcept {
    PySlot s{name, 0, {0}, {nullptr}};
    s.sl_uint64 = value;
    return s;
}
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
