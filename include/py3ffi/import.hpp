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
long PyImport_GetMagicNumber();
const char *PyImport_GetMagicTag();
PyObject *PyImport_ExecCodeModule(const char *name, PyObject *co);
PyObject *PyImport_ExecCodeModuleEx(const char *name, PyObject *co, const char *pathname);
PyObject *PyImport_ExecCodeModuleWithPathnames(const char *name, PyObject *co, const char *pathname, const char *cpathname);
PyObject *PyImport_ExecCodeModuleObject(PyObject *name, PyObject *co, PyObject *pathname, PyObject *cpathname);
PyObject *PyImport_GetModuleDict();
#if PY3FFI_LIMITED_SINCE(3, 8)
PyObject *PyImport_GetModule(PyObject *name);
#endif
PyObject *PyImport_AddModuleObject(PyObject *name);
PyObject *PyImport_AddModule(const char *name);
#if PY3FFI_SINCE(3, 13)
PyObject *PyImport_AddModuleRef(const char *name);
#endif
PyObject *PyImport_ImportModule(const char *name);
PyObject *PyImport_ImportModuleLevel(const char *name, PyObject *globals, PyObject *locals, PyObject *fromlist, int level);
#if PY3FFI_BEFORE(3, 15)
PyObject *PyImport_ImportModuleNoBlock(const char *name);
#endif
PyObject *PyImport_ImportModuleLevelObject(PyObject *name, PyObject *globals, PyObject *locals, PyObject *fromlist, int level);
PyObject *PyImport_GetImporter(PyObject *path);
PyObject *PyImport_Import(PyObject *name);
PyObject *PyImport_ReloadModule(PyObject *m);
int PyImport_ImportFrozenModuleObject(PyObject *name);
int PyImport_ImportFrozenModule(const char *name);
int PyImport_AppendInittab(const char *name, PyObject *(*)(void));
#if PY3FFI_BEFORE(3, 9)
void PyImport_Cleanup();
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
int PyImport_SetLazyImportsMode(PyImport_LazyImportsMode mode);
int PyImport_SetLazyImportsFilter(PyObject *filter);
PyImport_LazyImportsMode PyImport_GetLazyImportsMode();
PyObject *PyImport_GetLazyImportsFilter();
#endif
}  // extern "C"
// </py3ffi:generated>

inline PyObject *PyImport_ImportModuleEx(const char *name, PyObject *globals, PyObject *locals,
                                         PyObject *fromlist) noexcept {
    return PyImport_ImportModuleLevel(name, globals, locals, fromlist, 0);
}
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
