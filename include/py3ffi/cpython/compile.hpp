// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/compile.h.
#ifndef PY3FFI_CPYTHON_COMPILE_HPP
#define PY3FFI_CPYTHON_COMPILE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/code.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY
inline constexpr int PyCF_MASK = 4063232;
#elif !PY3FFI_LIMITED
inline constexpr int PyCF_MASK = (CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS);
#endif
#if !PY3FFI_LIMITED
inline constexpr int PyCF_MASK_OBSOLETE = (CO_NESTED);
inline constexpr int PyCF_SOURCE_IS_UTF8 = 0x0100;
inline constexpr int PyCF_DONT_IMPLY_DEDENT = 0x0200;
inline constexpr int PyCF_ONLY_AST = 0x0400;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int PyCF_IGNORE_COOKIE = 0x0800;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
inline constexpr int PyCF_TYPE_COMMENTS = 0x1000;
inline constexpr int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
inline constexpr int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
inline constexpr int PyCF_OPTIMIZED_AST = (0x8000 | PyCF_ONLY_AST);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
inline constexpr int PyCF_COMPILE_MASK = PY3FFI_TARGET_SINCE(3, 13) ? 62976 : PY3FFI_TARGET_SINCE(3, 10) ? 30208 : 13824;
#endif
#if !PY3FFI_LIMITED
struct PyCompilerFlags;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int PY_INVALID_STACK_EFFECT = 2147483647;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
struct PyFutureFeatures;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API int PyCompile_OpcodeStackEffect(int opcode, int oparg) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API int PyCompile_OpcodeStackEffectWithJump(int opcode, int oparg, int jump) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
// The names of the __future__ features, as the compiler spells them.
inline constexpr char FUTURE_NESTED_SCOPES[] = "nested_scopes";
inline constexpr char FUTURE_GENERATORS[] = "generators";
inline constexpr char FUTURE_DIVISION[] = "division";
inline constexpr char FUTURE_ABSOLUTE_IMPORT[] = "absolute_import";
inline constexpr char FUTURE_WITH_STATEMENT[] = "with_statement";
inline constexpr char FUTURE_PRINT_FUNCTION[] = "print_function";
inline constexpr char FUTURE_UNICODE_LITERALS[] = "unicode_literals";
inline constexpr char FUTURE_BARRY_AS_BDFL[] = "barry_as_FLUFL";
inline constexpr char FUTURE_GENERATOR_STOP[] = "generator_stop";
inline constexpr char FUTURE_ANNOTATIONS[] = "annotations";
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
