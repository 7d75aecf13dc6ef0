// SPDX-License-Identifier: MIT
// What assert() does in CPython's inline functions, without defining the assert macro (no
// macro of ours may leak): unless NDEBUG, a false condition prints where and aborts.
#ifndef PY3FFI_DETAIL_ASSERT_HPP
#define PY3FFI_DETAIL_ASSERT_HPP
#include <cstdio>

namespace py3ffi {
namespace detail {
inline void debug_assert([[maybe_unused]] bool ok, [[maybe_unused]] const char *what,
                         [[maybe_unused]] const char *function) noexcept {
#ifndef NDEBUG
    if (!ok) {
        std::fprintf(stderr, "py3ffi: %s: Assertion `%s' failed.\n", function, what);
        __builtin_abort();
    }
#endif
}
}  // namespace detail
}  // namespace py3ffi
// PY3FFI_ASSERT(ok, "what", __func__): the assert() in CPython's macros. Under NDEBUG nothing at
// all, the condition not evaluated either, as assert()'s: on GraalPy a type check is a call,
// which the compiler cannot drop.
#ifdef NDEBUG
#define PY3FFI_ASSERT(...) static_cast<void>(0)
#else
#define PY3FFI_ASSERT(...) ::py3ffi::detail::debug_assert(__VA_ARGS__)
#endif
#endif
