// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pymath.h: the mathematical constants and the floating-point tests,
// as each version's headers define them for GCC and Clang on IEEE 754 platforms.
#ifndef PY3FFI_PYMATH_HPP
#define PY3FFI_PYMATH_HPP
#include "py3ffi/object.hpp"
#if PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
#include <cerrno>  // errno and ERANGE, which Py_OVERFLOWED reads
#endif
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// pi and e as double literals, their long double spellings, and tau as the headers write it:
// a long double literal
inline constexpr double Py_MATH_PI = 3.14159265358979323846;
inline constexpr long double Py_MATH_PIl = 3.1415926535897932384626433832795029L;
inline constexpr double Py_MATH_E = 2.7182818284590452354;
inline constexpr long double Py_MATH_El = 2.7182818284590452353602874713526625L;
inline constexpr long double Py_MATH_TAU = 6.2831853071795864769252867665590057683943L;

// HUGE_VAL: double's positive infinity
inline constexpr double Py_HUGE_VAL = __builtin_huge_val();
#if PY3FFI_TARGET_SINCE(3, 12)
inline constexpr double Py_INFINITY = static_cast<double>(__builtin_inff());
#endif

#if PY3FFI_TARGET_SINCE(3, 11)
// a quiet NaN
inline constexpr double Py_NAN = __builtin_nan("");
#else
namespace detail {
// Before 3.11, Py_NAN is (Py_HUGE_VAL * 0.): computed where it is used (the compiler does not
// fold an invalid operation), giving the processor's default NaN (negative on x86). So here:
// an object that is that product wherever a double is wanted. (It cannot pass through `...`:
// write static_cast<double>(Py_NAN) there.)
struct huge_val_times_zero {
    operator double() const noexcept { return __builtin_huge_val() * 0.; }
};
}  // namespace detail
inline constexpr detail::huge_val_times_zero Py_NAN{};
#endif

// Py_IS_NAN, Py_IS_INFINITY, Py_IS_FINITE: C's isnan, isinf and isfinite as glibc defines them
// for GCC and Clang (an int, nonzero when true; isinf is -1 for -inf), for each floating type
template <class X, class = std::enable_if_t<std::is_floating_point<X>::value>>
constexpr int Py_IS_NAN(X x) noexcept {
    return __builtin_isnan(x);
}
template <class X, class = std::enable_if_t<std::is_floating_point<X>::value>>
constexpr int Py_IS_INFINITY(X x) noexcept {
    return __builtin_isinf_sign(x);
}
template <class X, class = std::enable_if_t<std::is_floating_point<X>::value>>
constexpr int Py_IS_FINITE(X x) noexcept {
    return __builtin_isfinite(x);
}

#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY && !(defined(__i386__) && !defined(__SSE2_MATH__))
// Py_FORCE_DOUBLE(X): X itself, where no x87 unit rounds to extended precision. (On x86-32
// without SSE2 math the macro calls the interpreter's _Py_force_double, which no interpreter
// here has to check a declaration against: not declared there.)
template <class X>
constexpr X Py_FORCE_DOUBLE(X x) noexcept {
    return x;
}
#endif

#if PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
// Py_OVERFLOWED(X): whether a nonzero result of a libm call overflowed (errno says ERANGE, or it
// is +-HUGE_VAL)
inline int Py_OVERFLOWED(double x) noexcept {
    return x != 0.0 && (errno == ERANGE || x == Py_HUGE_VAL || x == -Py_HUGE_VAL);
}
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif  // PY3FFI_PYMATH_HPP
