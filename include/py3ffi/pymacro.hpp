// SPDX-License-Identifier: MIT
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
PY3FFI_API uint32_t Py_PACK_FULL_VERSION(int x, int y, int z, int level, int serial) noexcept;
PY3FFI_API uint32_t Py_PACK_VERSION(int x, int y) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// ---- the utility macros ------------------------------------------------------------------
// Py_MIN, Py_MAX, Py_ABS: the macros' conditional expressions, with their type (the usual
// arithmetic conversions); each argument is evaluated once, where the macros may do it twice.
template <class X, class Y>
constexpr auto Py_MIN(X x, Y y) noexcept {
    return x > y ? y : x;
}
template <class X, class Y>
constexpr auto Py_MAX(X x, Y y) noexcept {
    return x > y ? x : y;
}
template <class X>
constexpr auto Py_ABS(X x) noexcept {
    return x < 0 ? -x : x;
}
// the number of elements of an array (a pointer does not compile, as GCC's form of the macro)
template <class T, size_t N>
constexpr size_t Py_ARRAY_LENGTH(T (&)[N]) noexcept {
    return N;
}
// the low 8 bits of a character, as an unsigned char
template <class C>
constexpr unsigned char Py_CHARMASK(C c) noexcept {
    return static_cast<unsigned char>(c & 0xff);
}
// a docstring (builds without docstrings are not a target)
constexpr const char *PyDoc_STR(const char *str) noexcept { return str; }

namespace detail {
template <bool Condition>
struct build_assert {
    static_assert(Condition, "Py_BUILD_ASSERT_EXPR: the condition is false");
    static constexpr size_t value = 0;
};
}  // namespace detail

#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
// Py_UNREACHABLE(), as each version's headers define it for GCC and Clang
[[noreturn]] inline void Py_UNREACHABLE() noexcept {
#if PY3FFI_TARGET_SINCE(3, 9) && !PY3FFI_DEBUG
    __builtin_unreachable();
#elif PY3FFI_TARGET_SINCE(3, 9)
    Py_FatalError(
        "We've reached an unreachable state. Anything is possible.\n"
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

// Those that take a name, a type or a declaration stay macros, under our prefix:
// PY3FFI_STRINGIFY(x) is "x" after x's expansion
#define PY3FFI_STRINGIFY(x) PY3FFI_STRINGIFY_(x)
#define PY3FFI_STRINGIFY_(x) #x
// PY3FFI_MEMBER_SIZE(type, member): sizeof the member
#define PY3FFI_MEMBER_SIZE(type, member) sizeof(static_cast<type *>(nullptr)->member)
// PY3FFI_BUILD_ASSERT(cond); fails to compile unless cond holds; PY3FFI_BUILD_ASSERT_EXPR(cond)
// is the same as an expression (of value 0)
#define PY3FFI_BUILD_ASSERT(cond) static_assert(cond, #cond)
#define PY3FFI_BUILD_ASSERT_EXPR(cond) (::py3ffi::detail::build_assert<static_cast<bool>(cond)>::value)
// a parameter that may go unused: `PyObject *PY3FFI_UNUSED(arg)` (named _unused_arg, as in C)
#define PY3FFI_UNUSED(name) _unused_##name [[maybe_unused]]
// PY3FFI_DOC_VAR(name) declares a docstring; PY3FFI_DOC_STRVAR(name, str) defines one
#define PY3FFI_DOC_VAR(name) static const char name[]
#define PY3FFI_DOC_STRVAR(name, str) PY3FFI_DOC_VAR(name) = str
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
