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
PY3FFI_DATA const unsigned long Py_Version;
#endif
void Py_Initialize() noexcept;
void Py_InitializeEx(int) noexcept;
void Py_Finalize() noexcept;
int Py_FinalizeEx() noexcept;
int Py_IsInitialized() noexcept;
PyThreadState *Py_NewInterpreter() noexcept;
void Py_EndInterpreter(PyThreadState *) noexcept;
int Py_AtExit(void (*)(void)) noexcept;
[[noreturn]] void Py_Exit(int) noexcept;
int Py_Main(int argc, wchar_t **argv) noexcept;
#if PY3FFI_SINCE(3, 8)
int Py_BytesMain(int argc, char **argv) noexcept;
#endif
void Py_SetProgramName(const wchar_t *) noexcept;
#if PY3FFI_BEFORE(3, 15)
wchar_t *Py_GetProgramName() noexcept;
#endif
void Py_SetPythonHome(const wchar_t *) noexcept;
#if PY3FFI_BEFORE(3, 15)
wchar_t *Py_GetPythonHome() noexcept;
wchar_t *Py_GetProgramFullPath() noexcept;
wchar_t *Py_GetPrefix() noexcept;
wchar_t *Py_GetExecPrefix() noexcept;
#endif
const char *Py_GetVersion() noexcept;
#if PY3FFI_BEFORE(3, 15)
wchar_t *Py_GetPath() noexcept;
#endif
const char *Py_GetPlatform() noexcept;
const char *Py_GetCopyright() noexcept;
const char *Py_GetCompiler() noexcept;
#if PY3FFI_BEFORE(3, 13)
void Py_SetPath(const wchar_t *) noexcept;
#endif
const char *Py_GetBuildInfo() noexcept;
PyOS_sighandler_t PyOS_getsig(int) noexcept;
PyOS_sighandler_t PyOS_setsig(int, PyOS_sighandler_t) noexcept;
#if PY3FFI_SINCE(3, 13)
int Py_IsFinalizing() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)
int PyByteArray_Init() noexcept;
void PyMethod_Fini() noexcept;
void PyFrame_Fini() noexcept;
void PyCFunction_Fini() noexcept;
void PyDict_Fini() noexcept;
void PyTuple_Fini() noexcept;
void PyList_Fini() noexcept;
void PySet_Fini() noexcept;
void PyBytes_Fini() noexcept;
void PyByteArray_Fini() noexcept;
void PyFloat_Fini() noexcept;
void PyOS_FiniInterrupts() noexcept;
void PySlice_Fini() noexcept;
void PyAsyncGen_Fini() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
