// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/boolobject.h.
#ifndef PY3FFI_BOOLOBJECT_HPP
#define PY3FFI_BOOLOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_IS_GRAALPY
PY3FFI_DATA PyLongObject *_Py_FalseStructReference;
PY3FFI_DATA PyLongObject *_Py_TrueStructReference;
#endif
PY3FFI_API PyObject *PyBool_FromLong(long) noexcept PY3FFI_PYPY_NAME(PyPyBool_FromLong);
}  // extern "C"
// </py3ffi:generated>

extern "C" {
// Py_False and Py_True are the addresses of these (not API themselves).
#if PY3FFI_IS_PYPY
PY3FFI_DATA PyObject _Py_FalseStruct PY3FFI_PYPY_NAME(_PyPy_FalseStruct);
PY3FFI_DATA PyObject _Py_TrueStruct PY3FFI_PYPY_NAME(_PyPy_TrueStruct);
#elif PY3FFI_IS_GRAALPY
// (GraalPy: pointers to them instead, _Py_TrueStructReference, generated above)
#else
PY3FFI_DATA struct PyLongObject _Py_FalseStruct;
PY3FFI_DATA struct PyLongObject _Py_TrueStruct;
#endif
}  // extern "C"

#if PY3FFI_LIMITED >= PY3FFI_HEX(3, 13)
inline constexpr detail::constant<Py_CONSTANT_FALSE> Py_False{};
inline constexpr detail::constant<Py_CONSTANT_TRUE> Py_True{};
#elif PY3FFI_IS_GRAALPY
inline constexpr detail::value<&detail::referenced<PyLongObject, &_Py_FalseStructReference>> Py_False{};
inline constexpr detail::value<&detail::referenced<PyLongObject, &_Py_TrueStructReference>> Py_True{};
#else
inline PyObject *const Py_False = reinterpret_cast<PyObject *>(&_Py_FalseStruct);
inline PyObject *const Py_True = reinterpret_cast<PyObject *>(&_Py_TrueStruct);
#endif

inline int PyBool_Check(PyObject *x) noexcept { return detail::is_type(x, &PyBool_Type); }
#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
inline int Py_IsTrue(PyObject *x) noexcept { return Py_Is(x, Py_True); }
inline int Py_IsFalse(PyObject *x) noexcept { return Py_Is(x, Py_False); }
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
