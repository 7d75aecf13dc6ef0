// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/ceval.h.
#ifndef PY3FFI_CPYTHON_CEVAL_HPP
#define PY3FFI_CPYTHON_CEVAL_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/compile.hpp"
#include "py3ffi/cpython/pystate.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
struct PerfMapState;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API void PyEval_SetProfile(Py_tracefunc, PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API void PyEval_SetProfileAllThreads(Py_tracefunc, PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API void PyEval_SetTrace(Py_tracefunc, PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API void PyEval_SetTraceAllThreads(Py_tracefunc, PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API int PyEval_MergeCompilerFlags(PyCompilerFlags *cf) noexcept PY3FFI_PYPY_NAME(PyPyEval_MergeCompilerFlags);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API Py_ssize_t PyUnstable_Eval_RequestCodeExtraIndex(freefunc) noexcept;
PY3FFI_API int PyUnstable_PerfMapState_Init() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API int PyUnstable_WritePerfMapEntry(const void *code_addr, size_t code_size, const char *entry_name) noexcept;
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int PyUnstable_WritePerfMapEntry(const void *code_addr, unsigned int code_size, const char *entry_name) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API void PyUnstable_PerfMapState_Fini() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyUnstable_CopyPerfMapFile(const char *parent_filename) noexcept;
PY3FFI_API int PyUnstable_PerfTrampoline_CompileCode(PyCodeObject *) noexcept;
PY3FFI_API int PyUnstable_PerfTrampoline_SetPersistAfterFork(int enable) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
