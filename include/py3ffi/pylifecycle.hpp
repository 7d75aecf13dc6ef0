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
#if PY3FFI_SINCE(3, 8)
int Py_BytesMain(int argc, char **argv);
#endif
void Py_SetProgramName(const wchar_t *);
#if PY3FFI_BEFORE(3, 15)
wchar_t *Py_GetProgramName();
#endif
void Py_SetPythonHome(const wchar_t *);
#if PY3FFI_BEFORE(3, 15)
wchar_t *Py_GetPythonHome();
wchar_t *Py_GetProgramFullPath();
wchar_t *Py_GetPrefix();
wchar_t *Py_GetExecPrefix();
#endif
const char *Py_GetVersion();
#if PY3FFI_BEFORE(3, 15)
wchar_t *Py_GetPath();
#endif
const char *Py_GetPlatform();
const char *Py_GetCopyright();
const char *Py_GetCompiler();
#if PY3FFI_BEFORE(3, 13)
void Py_SetPath(const wchar_t *);
#endif
const char *Py_GetBuildInfo();
PyOS_sighandler_t PyOS_getsig(int);
PyOS_sighandler_t PyOS_setsig(int, PyOS_sighandler_t);
#if PY3FFI_SINCE(3, 13)
int Py_IsFinalizing();
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)
int PyByteArray_Init();
void PyMethod_Fini();
void PyFrame_Fini();
void PyCFunction_Fini();
void PyDict_Fini();
void PyTuple_Fini();
void PyList_Fini();
void PySet_Fini();
void PyBytes_Fini();
void PyByteArray_Fini();
void PyFloat_Fini();
void PyOS_FiniInterrupts();
void PySlice_Fini();
void PyAsyncGen_Fini();
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
