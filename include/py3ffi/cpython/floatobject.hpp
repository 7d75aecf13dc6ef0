// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/floatobject.h.
#ifndef PY3FFI_CPYTHON_FLOATOBJECT_HPP
#define PY3FFI_CPYTHON_FLOATOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/floatobject.hpp"  // PyFloat_AsDouble, GraalPy 24's PyFloat_AS_DOUBLE
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PyFloatObject {
    PyObject ob_base;
    double ob_fval;
};
#endif
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API double PyFloat_AS_DOUBLE(void *) noexcept PY3FFI_PYPY_NAME(PyPyFloat_AS_DOUBLE);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API int PyFloat_Pack2(double x, char *p, int le) noexcept PY3FFI_PYPY_NAME(PyPyFloat_Pack2);
PY3FFI_API int PyFloat_Pack4(double x, char *p, int le) noexcept PY3FFI_PYPY_NAME(PyPyFloat_Pack4);
PY3FFI_API int PyFloat_Pack8(double x, char *p, int le) noexcept PY3FFI_PYPY_NAME(PyPyFloat_Pack8);
PY3FFI_API double PyFloat_Unpack2(const char *p, int le) noexcept PY3FFI_PYPY_NAME(PyPyFloat_Unpack2);
PY3FFI_API double PyFloat_Unpack4(const char *p, int le) noexcept PY3FFI_PYPY_NAME(PyPyFloat_Unpack4);
PY3FFI_API double PyFloat_Unpack8(const char *p, int le) noexcept PY3FFI_PYPY_NAME(PyPyFloat_Unpack8);
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API double GraalPyFloat_AS_DOUBLE(PyObject *op) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline double PyFloat_AS_DOUBLE(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return GraalPyFloat_AS_DOUBLE(op);  // GraalPy's macros
#elif PY3FFI_IS_GRAALPY
    return PyFloat_AsDouble(op);
#else
    return reinterpret_cast<PyFloatObject *>(op)->ob_fval;
#endif
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
