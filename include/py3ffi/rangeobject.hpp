// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/rangeobject.h.
#ifndef PY3FFI_RANGEOBJECT_HPP
#define PY3FFI_RANGEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyRange_Type PY3FFI_PYPY_NAME(PyPyRange_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyRangeIter_Type;
PY3FFI_DATA PyTypeObject PyLongRangeIter_Type;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
inline int PyRange_Check(PyObject *op) noexcept { return detail::is_type(op, &PyRange_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
