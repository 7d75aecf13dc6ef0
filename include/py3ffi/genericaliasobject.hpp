// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/genericaliasobject.h.
#ifndef PY3FFI_GENERICALIASOBJECT_HPP
#define PY3FFI_GENERICALIASOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_SINCE(3, 9) && PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_DATA PyTypeObject Py_GenericAliasType PY3FFI_PYPY_NAME(PyPy_GenericAliasType);
#endif
#if PY3FFI_SINCE(3, 9)
PY3FFI_API PyObject *Py_GenericAlias(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPy_GenericAlias);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
