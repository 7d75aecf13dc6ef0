// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pylifecycle.h.
#ifndef PY3FFI_PYLIFECYCLE_HPP
#define PY3FFI_PYLIFECYCLE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
using PyOS_sighandler_t = void (*)(int);
extern "C" {
#if PY3FFI_SINCE(3, 11)
PY3FFI_DATA const unsigned long Py_Version PY3FFI_PYPY_NAME(PyPy_Version);
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API void Py_Initialize() noexcept;
PY3FFI_API void Py_InitializeEx(int) noexcept;
PY3FFI_API void Py_Finalize() noexcept;
PY3FFI_API int Py_FinalizeEx() noexcept;
#endif
PY3FFI_API int Py_IsInitialized() noexcept PY3FFI_PYPY_NAME(PyPy_IsInitialized);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyThreadState *Py_NewInterpreter() noexcept;
PY3FFI_API void Py_EndInterpreter(PyThreadState *) noexcept;
#endif
PY3FFI_API int Py_AtExit(void (*)(void)) noexcept PY3FFI_PYPY_NAME(PyPy_AtExit);
#if PY3FFI_NOT_PYPY
[[noreturn]] PY3FFI_API void Py_Exit(int) noexcept;
PY3FFI_API int Py_Main(int argc, wchar_t **argv) noexcept;
#endif
#if PY3FFI_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API int Py_BytesMain(int argc, char **argv) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API void Py_SetProgramName(const wchar_t *) noexcept;
#endif
#if PY3FFI_BEFORE(3, 15)
PY3FFI_API wchar_t *Py_GetProgramName() noexcept PY3FFI_PYPY_NAME(PyPy_GetProgramName);
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API void Py_SetPythonHome(const wchar_t *) noexcept;
#endif
#if PY3FFI_BEFORE(3, 15) && PY3FFI_NOT_PYPY
PY3FFI_API wchar_t *Py_GetPythonHome() noexcept;
PY3FFI_API wchar_t *Py_GetProgramFullPath() noexcept;
PY3FFI_API wchar_t *Py_GetPrefix() noexcept;
PY3FFI_API wchar_t *Py_GetExecPrefix() noexcept;
#endif
PY3FFI_API const char *Py_GetVersion() noexcept PY3FFI_PYPY_NAME(PyPy_GetVersion);
#if PY3FFI_BEFORE(3, 15) && PY3FFI_NOT_PYPY
PY3FFI_API wchar_t *Py_GetPath() noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API const char *Py_GetPlatform() noexcept;
PY3FFI_API const char *Py_GetCopyright() noexcept;
PY3FFI_API const char *Py_GetCompiler() noexcept;
#endif
#if PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
PY3FFI_API void Py_SetPath(const wchar_t *) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API const char *Py_GetBuildInfo() noexcept;
#endif
PY3FFI_API PyOS_sighandler_t PyOS_getsig(int) noexcept PY3FFI_PYPY_NAME(PyPyOS_getsig);
PY3FFI_API PyOS_sighandler_t PyOS_setsig(int, PyOS_sighandler_t) noexcept PY3FFI_PYPY_NAME(PyPyOS_setsig);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int Py_IsFinalizing() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
