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
#if PY3FFI_SINCE(3, 11)
extern "C" {
PY3FFI_DATA const unsigned long Py_Version;
}  // extern "C"
#endif
extern "C" {
void Py_Initialize();
void Py_InitializeEx(int);
void Py_Finalize();
int Py_FinalizeEx();
int Py_IsInitialized();
PyThreadState *Py_NewInterpreter();
void Py_EndInterpreter(PyThreadState *);
int Py_AtExit(void (*)(void));
[[noreturn]] void Py_Exit(int);
int Py_Main(int argc, wchar_t **argv);
}  // extern "C"
#if PY3FFI_SINCE(3, 8)
extern "C" {
int Py_BytesMain(int argc, char **argv);
}  // extern "C"
#endif
extern "C" {
void Py_SetProgramName(const wchar_t *);
}  // extern "C"
#if PY3FFI_BEFORE(3, 15)
extern "C" {
wchar_t *Py_GetProgramName();
}  // extern "C"
#endif
extern "C" {
void Py_SetPythonHome(const wchar_t *);
}  // extern "C"
#if PY3FFI_BEFORE(3, 15)
extern "C" {
wchar_t *Py_GetPythonHome();
wchar_t *Py_GetProgramFullPath();
wchar_t *Py_GetPrefix();
wchar_t *Py_GetExecPrefix();
}  // extern "C"
#endif
extern "C" {
const char *Py_GetVersion();
}  // extern "C"
#if PY3FFI_BEFORE(3, 15)
extern "C" {
wchar_t *Py_GetPath();
}  // extern "C"
#endif
extern "C" {
const char *Py_GetPlatform();
const char *Py_GetCopyright();
const char *Py_GetCompiler();
}  // extern "C"
#if PY3FFI_BEFORE(3, 13)
extern "C" {
void Py_SetPath(const wchar_t *);
}  // extern "C"
#endif
extern "C" {
const char *Py_GetBuildInfo();
PyOS_sighandler_t PyOS_getsig(int);
PyOS_sighandler_t PyOS_setsig(int, PyOS_sighandler_t);
}  // extern "C"
#if PY3FFI_SINCE(3, 13)
extern "C" {
int Py_IsFinalizing();
}  // extern "C"
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
