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
extern "C" {
#if PY3FFI_TARGET_SINCE(3, 9) && (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 10))
int Py_FrozenMain(int argc, char **argv);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8)
PyStatus Py_PreInitialize(const PyPreConfig *src_config);
PyStatus Py_PreInitializeFromBytesArgs(const PyPreConfig *src_config, Py_ssize_t argc, char **argv);
PyStatus Py_PreInitializeFromArgs(const PyPreConfig *src_config, Py_ssize_t argc, wchar_t **argv);
PyStatus Py_InitializeFromConfig(const PyConfig *config);
int Py_RunMain();
[[noreturn]] void Py_ExitStatusException(PyStatus err);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
