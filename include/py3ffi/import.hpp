// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/import.h.
#ifndef PY3FFI_IMPORT_HPP
#define PY3FFI_IMPORT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_TARGET_SINCE(3, 15)
enum PyImport_LazyImportsMode : unsigned int { PyImport_LAZY_NORMAL = 0, PyImport_LAZY_ALL = 1 };
#endif
extern "C" {
#if PY3FFI_NOT_PYPY
PY3FFI_API long PyImport_GetMagicNumber() noexcept;
PY3FFI_API const char *PyImport_GetMagicTag() noexcept;
#endif
PY3FFI_API PyObject *PyImport_ExecCodeModule(const char *name, PyObject *co) noexcept PY3FFI_PYPY_NAME(PyPyImport_ExecCodeModule);
PY3FFI_API PyObject *PyImport_ExecCodeModuleEx(const char *name, PyObject *co, const char *pathname) noexcept PY3FFI_PYPY_NAME(PyPyImport_ExecCodeModuleEx);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyImport_ExecCodeModuleWithPathnames(const char *name, PyObject *co, const char *pathname, const char *cpathname) noexcept;
PY3FFI_API PyObject *PyImport_ExecCodeModuleObject(PyObject *name, PyObject *co, PyObject *pathname, PyObject *cpathname) noexcept;
#endif
PY3FFI_API PyObject *PyImport_GetModuleDict() noexcept PY3FFI_PYPY_NAME(PyPyImport_GetModuleDict);
#if PY3FFI_LIMITED_SINCE(3, 8)
PY3FFI_API PyObject *PyImport_GetModule(PyObject *name) noexcept PY3FFI_PYPY_NAME(PyPyImport_GetModule);
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyImport_AddModuleObject(PyObject *name) noexcept;
#endif
PY3FFI_API PyObject *PyImport_AddModule(const char *name) noexcept PY3FFI_PYPY_NAME(PyPyImport_AddModule);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API PyObject *PyImport_AddModuleRef(const char *name) noexcept;
#endif
PY3FFI_API PyObject *PyImport_ImportModule(const char *name) noexcept PY3FFI_PYPY_NAME(PyPyImport_ImportModule);
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyObject *PyImport_ImportModuleLevel(const char *name, PyObject *globals, PyObject *locals, PyObject *fromlist, int level) noexcept PY3FFI_PYPY_NAME(PyPyImport_ImportModuleLevel);
#endif
#if PY3FFI_BEFORE(3, 15)
PY3FFI_API PyObject *PyImport_ImportModuleNoBlock(const char *name) noexcept PY3FFI_PYPY_NAME(PyPyImport_ImportModuleNoBlock);
#endif
PY3FFI_API PyObject *PyImport_ImportModuleLevelObject(PyObject *name, PyObject *globals, PyObject *locals, PyObject *fromlist, int level) noexcept PY3FFI_PYPY_NAME(PyPyImport_ImportModuleLevelObject);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyImport_GetImporter(PyObject *path) noexcept;
#endif
PY3FFI_API PyObject *PyImport_Import(PyObject *name) noexcept PY3FFI_PYPY_NAME(PyPyImport_Import);
PY3FFI_API PyObject *PyImport_ReloadModule(PyObject *m) noexcept PY3FFI_PYPY_NAME(PyPyImport_ReloadModule);
#if PY3FFI_NOT_PYPY
PY3FFI_API int PyImport_ImportFrozenModuleObject(PyObject *name) noexcept;
PY3FFI_API int PyImport_ImportFrozenModule(const char *name) noexcept;
PY3FFI_API int PyImport_AppendInittab(const char *name, PyObject *(*)(void)) noexcept;
#endif
#if PY3FFI_BEFORE(3, 9)
PY3FFI_API void PyImport_Cleanup() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API int PyImport_SetLazyImportsMode(PyImport_LazyImportsMode mode) noexcept;
PY3FFI_API int PyImport_SetLazyImportsFilter(PyObject *filter) noexcept;
PY3FFI_API PyImport_LazyImportsMode PyImport_GetLazyImportsMode() noexcept;
PY3FFI_API PyObject *PyImport_GetLazyImportsFilter() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY_BEFORE(3, 11)  // (PyPy 8.0's macro is the same; 7.3's headers lack it)
inline PyObject *PyImport_ImportModuleEx(const char *name, PyObject *globals, PyObject *locals,
                                         PyObject *fromlist) noexcept {
    return PyImport_ImportModuleLevel(name, globals, locals, fromlist, 0);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
