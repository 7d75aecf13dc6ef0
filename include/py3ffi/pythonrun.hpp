// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pythonrun.h.
#ifndef PY3FFI_PYTHONRUN_HPP
#define PY3FFI_PYTHONRUN_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/cpython/pythonrun.hpp"  // Py_CompileStringFlags, PyPy's Py_CompileString
// <py3ffi:includes>
#include "py3ffi/cpython/compile.hpp"
#include "py3ffi/pyarena.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_BEFORE(3, 14) && PY3FFI_NOT_PYPY
inline constexpr int PYOS_STACK_MARGIN = 2048;
#endif
#if PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
struct symtable;
#endif
extern "C" {
PY3FFI_DATA int (*PyOS_InputHook)(void) PY3FFI_PYPY_NAME(PyPyOS_InputHook);
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API PyObject *Py_CompileString(const char *, const char *, int) noexcept;
#endif
PY3FFI_API void PyErr_Print() noexcept PY3FFI_PYPY_NAME(PyPyErr_Print);
PY3FFI_API void PyErr_PrintEx(int) noexcept PY3FFI_PYPY_NAME(PyPyErr_PrintEx);
PY3FFI_API void PyErr_Display(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyErr_Display);
#if PY3FFI_SINCE(3, 12)
PY3FFI_API void PyErr_DisplayException(PyObject *) noexcept;
#endif
#if PY3FFI_USE_STACKCHECK
PY3FFI_API int PyOS_CheckStack() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API struct _mod *PyParser_ASTFromString(const char *s, const char *filename, int start, PyCompilerFlags *flags, PyArena *arena) noexcept;
PY3FFI_API struct _mod *PyParser_ASTFromStringObject(const char *s, PyObject *filename, int start, PyCompilerFlags *flags, PyArena *arena) noexcept;
PY3FFI_API struct _mod *PyParser_ASTFromFile(FILE *fp, const char *filename, const char *enc, int start, const char *ps1, const char *ps2, PyCompilerFlags *flags, int *errcode, PyArena *arena) noexcept;
PY3FFI_API struct _mod *PyParser_ASTFromFileObject(FILE *fp, PyObject *filename, const char *enc, int start, const char *ps1, const char *ps2, PyCompilerFlags *flags, int *errcode, PyArena *arena) noexcept;
#endif
#if PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API struct _node *PyParser_SimpleParseStringFlags(const char *, int, int) noexcept;
PY3FFI_API struct _node *PyParser_SimpleParseStringFlagsFilename(const char *, const char *, int, int) noexcept;
PY3FFI_API struct _node *PyParser_SimpleParseFileFlags(FILE *, const char *, int, int) noexcept;
PY3FFI_API symtable *Py_SymtableString(const char *str, const char *filename, int start) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API symtable *Py_SymtableStringObject(const char *str, PyObject *filename, int start) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_IS_PYPY
// PyPy's macro
inline PyObject *Py_CompileString(const char *str, const char *filename, int start) noexcept {
    return Py_CompileStringFlags(str, filename, start, nullptr);
}
#elif PY3FFI_IS_GRAALPY
// GraalPy's (CPython's) macro: GraalPy reaches its functions of macro names only through them
inline PyObject *Py_CompileString(const char *str, const char *filename, int start) noexcept {
    return Py_CompileStringExFlags(str, filename, start, nullptr, -1);
}
#endif

#if PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
inline struct _node *PyParser_SimpleParseString(const char *s, int b) noexcept {
    return PyParser_SimpleParseStringFlags(s, b, 0);
}
inline struct _node *PyParser_SimpleParseFile(FILE *fp, const char *s, int b) noexcept {
    return PyParser_SimpleParseFileFlags(fp, s, b, 0);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
