// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pylifecycle.h.
#ifndef PY3FFI_CPYTHON_PYLIFECYCLE_HPP
#define PY3FFI_CPYTHON_PYLIFECYCLE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/initconfig.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
inline constexpr int PyInterpreterConfig_DEFAULT_GIL = (0);
inline constexpr int PyInterpreterConfig_SHARED_GIL = (1);
inline constexpr int PyInterpreterConfig_OWN_GIL = (2);
struct PyInterpreterConfig;
using atexit_datacallbackfunc = void (*)(void *);
#endif
extern "C" {
#if PY3FFI_TARGET_SINCE(3, 9) && (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 10)) && !PY3FFI_WINDOWS && PY3FFI_NOT_PYPY
PY3FFI_API int Py_FrozenMain(int argc, char **argv) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API PyStatus Py_PreInitialize(const PyPreConfig *src_config) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
PY3FFI_API int Py_SetStandardStreamEncoding(const char *encoding, const char *errors) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API PyStatus Py_PreInitializeFromBytesArgs(const PyPreConfig *src_config, Py_ssize_t argc, char **argv) noexcept;
PY3FFI_API PyStatus Py_PreInitializeFromArgs(const PyPreConfig *src_config, Py_ssize_t argc, wchar_t **argv) noexcept;
PY3FFI_API PyStatus Py_InitializeFromConfig(const PyConfig *config) noexcept;
PY3FFI_API int Py_RunMain() noexcept;
[[noreturn]] PY3FFI_API void Py_ExitStatusException(PyStatus err) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API int Py_FdIsInteractive(FILE *, const char *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyStatus Py_NewInterpreterFromConfig(PyThreadState **tstate_p, const PyInterpreterConfig *config) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyUnstable_AtExit(PyInterpreterState *, atexit_datacallbackfunc, void *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)
PY3FFI_API int PyByteArray_Init() noexcept;
PY3FFI_API void PyMethod_Fini() noexcept;
PY3FFI_API void PyFrame_Fini() noexcept;
PY3FFI_API void PyCFunction_Fini() noexcept;
PY3FFI_API void PyDict_Fini() noexcept;
PY3FFI_API void PyTuple_Fini() noexcept;
PY3FFI_API void PyList_Fini() noexcept;
PY3FFI_API void PySet_Fini() noexcept;
PY3FFI_API void PyBytes_Fini() noexcept;
PY3FFI_API void PyByteArray_Fini() noexcept;
PY3FFI_API void PyFloat_Fini() noexcept;
PY3FFI_API void PyOS_FiniInterrupts() noexcept;
PY3FFI_API void PySlice_Fini() noexcept;
PY3FFI_API void PyAsyncGen_Fini() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
