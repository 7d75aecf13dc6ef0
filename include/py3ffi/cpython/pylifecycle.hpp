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
#if PY3FFI_TARGET_SINCE(3, 9) && (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 10)) && PY3FFI_NOT_PYPY
int Py_FrozenMain(int argc, char **argv) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
PyStatus Py_PreInitialize(const PyPreConfig *src_config) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
int Py_SetStandardStreamEncoding(const char *encoding, const char *errors) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
PyStatus Py_PreInitializeFromBytesArgs(const PyPreConfig *src_config, Py_ssize_t argc, char **argv) noexcept;
PyStatus Py_PreInitializeFromArgs(const PyPreConfig *src_config, Py_ssize_t argc, wchar_t **argv) noexcept;
PyStatus Py_InitializeFromConfig(const PyConfig *config) noexcept;
int Py_RunMain() noexcept;
[[noreturn]] void Py_ExitStatusException(PyStatus err) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
int Py_FdIsInteractive(FILE *, const char *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PyStatus Py_NewInterpreterFromConfig(PyThreadState **tstate_p, const PyInterpreterConfig *config) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
int PyUnstable_AtExit(PyInterpreterState *, atexit_datacallbackfunc, void *) noexcept;
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
