// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/compile.h.
#ifndef PY3FFI_COMPILE_HPP
#define PY3FFI_COMPILE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/compile.hpp"
#include "py3ffi/pyarena.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int Py_single_input = 256;
inline constexpr int Py_file_input = 257;
inline constexpr int Py_eval_input = 258;
#if PY3FFI_TARGET_SINCE(3, 8)
inline constexpr int Py_func_type_input = 345;
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_BEFORE(3, 12) && PY3FFI_NOT_PYPY
inline constexpr int Py_fstring_input = 800;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API PyCodeObject *PyNode_Compile(struct _node *, const char *) noexcept;
PY3FFI_API PyCodeObject *PyAST_CompileEx(struct _mod *mod, const char *filename, PyCompilerFlags *flags, int optimize, PyArena *arena) noexcept;
PY3FFI_API PyCodeObject *PyAST_CompileObject(struct _mod *mod, PyObject *filename, PyCompilerFlags *flags, int optimize, PyArena *arena) noexcept;
PY3FFI_API PyFutureFeatures *PyFuture_FromAST(struct _mod *mod, const char *filename) noexcept;
PY3FFI_API PyFutureFeatures *PyFuture_FromASTObject(struct _mod *mod, PyObject *filename) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
inline PyCodeObject *PyAST_Compile(struct _mod *mod, const char *filename, PyCompilerFlags *flags,
                                   PyArena *arena) noexcept {
    return PyAST_CompileEx(mod, filename, flags, -1, arena);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
