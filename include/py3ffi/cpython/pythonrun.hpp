// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pythonrun.h.
#ifndef PY3FFI_CPYTHON_PYTHONRUN_HPP
#define PY3FFI_CPYTHON_PYTHONRUN_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/compile.hpp"
// </py3ffi:includes>
#include "py3ffi/cpython/compile.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 10)) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_DATA char *(*PyOS_ReadlineFunctionPointer)(FILE *, FILE *, const char *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API int PyRun_SimpleStringFlags(const char *, PyCompilerFlags *) noexcept;
PY3FFI_API int PyRun_AnyFileExFlags(FILE *fp, const char *filename, int closeit, PyCompilerFlags *flags) noexcept;
PY3FFI_API int PyRun_SimpleFileExFlags(FILE *fp, const char *filename, int closeit, PyCompilerFlags *flags) noexcept;
PY3FFI_API int PyRun_InteractiveOneFlags(FILE *fp, const char *filename, PyCompilerFlags *flags) noexcept;
PY3FFI_API int PyRun_InteractiveOneObject(FILE *fp, PyObject *filename, PyCompilerFlags *flags) noexcept;
PY3FFI_API int PyRun_InteractiveLoopFlags(FILE *fp, const char *filename, PyCompilerFlags *flags) noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyRun_StringFlags(const char *, int, PyObject *, PyObject *, PyCompilerFlags *) noexcept PY3FFI_PYPY_NAME(PyPyRun_StringFlags);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyRun_FileExFlags(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals, int closeit, PyCompilerFlags *flags) noexcept;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject *Py_CompileStringFlags(const char *, const char *, int, PyCompilerFlags *) noexcept PY3FFI_PYPY_NAME(PyPy_CompileStringFlags);
#elif (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)))
PY3FFI_API PyObject *Py_CompileStringFlags(const char *str, const char *filename, int start, PyCompilerFlags *flags) noexcept PY3FFI_PYPY_NAME(PyPy_CompileStringFlags);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *Py_CompileStringExFlags(const char *str, const char *filename, int start, PyCompilerFlags *flags, int optimize) noexcept;
PY3FFI_API PyObject *Py_CompileStringObject(const char *str, PyObject *filename, int start, PyCompilerFlags *flags, int optimize) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_GRAALPY
PY3FFI_API PyObject *PyRun_String(const char *str, int s, PyObject *g, PyObject *l) noexcept PY3FFI_PYPY_NAME(PyPyRun_String);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API int PyRun_AnyFile(FILE *fp, const char *name) noexcept;
PY3FFI_API int PyRun_AnyFileEx(FILE *fp, const char *name, int closeit) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API int PyRun_AnyFileFlags(FILE *, const char *, PyCompilerFlags *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_GRAALPY
PY3FFI_API int PyRun_SimpleString(const char *s) noexcept PY3FFI_PYPY_NAME(PyPyRun_SimpleString);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API int PyRun_SimpleFile(FILE *f, const char *p) noexcept;
PY3FFI_API int PyRun_SimpleFileEx(FILE *f, const char *p, int c) noexcept;
PY3FFI_API int PyRun_InteractiveOne(FILE *f, const char *p) noexcept;
PY3FFI_API int PyRun_InteractiveLoop(FILE *f, const char *p) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_GRAALPY
PY3FFI_API PyObject *PyRun_File(FILE *fp, const char *p, int s, PyObject *g, PyObject *l) noexcept PY3FFI_PYPY_NAME(PyPyRun_File);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API PyObject *PyRun_FileEx(FILE *fp, const char *p, int s, PyObject *g, PyObject *l, int c) noexcept;
PY3FFI_API PyObject *PyRun_FileFlags(FILE *fp, const char *p, int s, PyObject *g, PyObject *l, PyCompilerFlags *flags) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API char *PyOS_Readline(FILE *, FILE *, const char *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && (PY3FFI_BEFORE(3, 8) || PY3FFI_IS_GRAALPY)
// macros over the *Flags functions until 3.8 exported functions of these names (GraalPy's
// functions of these names abort: its headers keep the macros, and so does py3ffi there)
inline PyObject *PyRun_String(const char *str, int s, PyObject *g, PyObject *l) noexcept {
    return PyRun_StringFlags(str, s, g, l, nullptr);
}
inline int PyRun_AnyFile(FILE *fp, const char *name) noexcept { return PyRun_AnyFileExFlags(fp, name, 0, nullptr); }
inline int PyRun_AnyFileEx(FILE *fp, const char *name, int closeit) noexcept {
    return PyRun_AnyFileExFlags(fp, name, closeit, nullptr);
}
#if PY3FFI_IS_GRAALPY  // (CPython exports it on every version)
inline int PyRun_AnyFileFlags(FILE *fp, const char *name, PyCompilerFlags *flags) noexcept {
    return PyRun_AnyFileExFlags(fp, name, 0, flags);
}
#endif
inline int PyRun_SimpleString(const char *s) noexcept { return PyRun_SimpleStringFlags(s, nullptr); }
inline int PyRun_SimpleFile(FILE *f, const char *p) noexcept { return PyRun_SimpleFileExFlags(f, p, 0, nullptr); }
inline int PyRun_SimpleFileEx(FILE *f, const char *p, int c) noexcept {
    return PyRun_SimpleFileExFlags(f, p, c, nullptr);
}
inline int PyRun_InteractiveOne(FILE *f, const char *p) noexcept { return PyRun_InteractiveOneFlags(f, p, nullptr); }
inline int PyRun_InteractiveLoop(FILE *f, const char *p) noexcept { return PyRun_InteractiveLoopFlags(f, p, nullptr); }
inline PyObject *PyRun_File(FILE *fp, const char *p, int s, PyObject *g, PyObject *l) noexcept {
    return PyRun_FileExFlags(fp, p, s, g, l, 0, nullptr);
}
inline PyObject *PyRun_FileEx(FILE *fp, const char *p, int s, PyObject *g, PyObject *l, int c) noexcept {
    return PyRun_FileExFlags(fp, p, s, g, l, c, nullptr);
}
inline PyObject *PyRun_FileFlags(FILE *fp, const char *p, int s, PyObject *g, PyObject *l,
                                 PyCompilerFlags *flags) noexcept {
    return PyRun_FileExFlags(fp, p, s, g, l, 0, flags);
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
inline PyObject *Py_CompileStringFlags(const char *str, const char *p, int s, PyCompilerFlags *f) noexcept {
    return Py_CompileStringExFlags(str, p, s, f, -1);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
