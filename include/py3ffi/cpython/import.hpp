// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/import.h.
#ifndef PY3FFI_CPYTHON_IMPORT_HPP
#define PY3FFI_CPYTHON_IMPORT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_DATA struct _inittab *PyImport_Inittab;
PY3FFI_DATA const struct _frozen *PyImport_FrozenModules;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 14) && !PY3FFI_WINDOWS && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API PyObject *PyInit__imp() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API int PyImport_ExtendInittab(struct _inittab *newtab) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API PyObject *PyImport_CreateModuleFromInitfunc(PyObject *spec, PyObject *(*)(void)) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API PyObject *PyImport_ImportModuleAttr(PyObject *mod_name, PyObject *attr_name) noexcept;
PY3FFI_API PyObject *PyImport_ImportModuleAttrString(const char *mod_name, const char *attr_name) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
