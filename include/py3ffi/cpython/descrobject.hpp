// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/descrobject.h.
#ifndef PY3FFI_CPYTHON_DESCROBJECT_HPP
#define PY3FFI_CPYTHON_DESCROBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/descrobject.hpp"  // the GraalPy accessors' calls
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
using wrapperfunc = PyObject *(*)(PyObject *, PyObject *, void *);
using wrapperfunc_kwds = PyObject *(*)(PyObject *, PyObject *, void *, PyObject *);
struct wrapperbase {
    const char *name;
    int offset;
    void *function;
    wrapperfunc wrapper;
    const char *doc;
    int flags;
    PyObject *name_strobj;
};
inline constexpr int PyWrapperFlag_KEYWORDS = 1;
struct PyDescrObject {
    PyObject ob_base;
    PyTypeObject *d_type;
    PyObject *d_name;
    PyObject *d_qualname;
};
#endif
#if PY3FFI_IS_PYPY
struct PyMethodDescrObject {
    PyDescrObject d_common;
    PyMethodDef *d_method;
};
#elif !PY3FFI_LIMITED
struct PyMethodDescrObject {
    PyDescrObject d_common;
    PyMethodDef *d_method;
#if PY3FFI_TARGET_SINCE(3, 8)
    vectorcallfunc vectorcall;
#endif
};
#endif
#if !PY3FFI_LIMITED
struct PyMemberDescrObject {
    PyDescrObject d_common;
    PyMemberDef *d_member;
};
struct PyGetSetDescrObject {
    PyDescrObject d_common;
    PyGetSetDef *d_getset;
};
struct PyWrapperDescrObject {
    PyDescrObject d_common;
    wrapperbase *d_base;
    void *d_wrapped;
};
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyDescr_NewWrapper(PyTypeObject *, wrapperbase *, void *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API int PyDescr_IsData(PyObject *) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyMethodDef *GraalPyMethodDescrObject_GetMethod(PyObject *) noexcept;
PY3FFI_API PyTypeObject *GraalPyDescrObject_GetType(PyObject *) noexcept;
PY3FFI_API PyObject *GraalPyDescrObject_GetName(PyObject *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
// (GraalPy: its calls, as its macros make them)
inline PyTypeObject *PyDescr_TYPE(PyObject *x) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return GraalPyDescrObject_GetType(x);
#elif PY3FFI_IS_GRAALPY
    return PyDescrObject_GetType(x);
#else
    return reinterpret_cast<PyDescrObject *>(x)->d_type;
#endif
}
inline PyObject *PyDescr_NAME(PyObject *x) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return GraalPyDescrObject_GetName(x);
#elif PY3FFI_IS_GRAALPY
    return PyDescrObject_GetName(x);
#else
    return reinterpret_cast<PyDescrObject *>(x)->d_name;
#endif
}
#endif
}  // namespace py3ffi
#if !PY3FFI_LIMITED
// PyDescr_COMMON: the first member of a descriptor struct (written `PY3FFI_DESCR_COMMON;`)
#define PY3FFI_DESCR_COMMON ::py3ffi::PyDescrObject d_common
#endif
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
