// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/methodobject.h.
#ifndef PY3FFI_CPYTHON_METHODOBJECT_HPP
#define PY3FFI_CPYTHON_METHODOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/methodobject.hpp"  // PyCFunction, PyMethodDef and the METH_* flags
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY
struct PyCFunctionObject {
    PyObject ob_base;
    PyMethodDef *m_ml;
    PyObject *m_self;
    PyObject *m_module;
    PyObject *m_weakreflist;
};
#elif !PY3FFI_LIMITED
struct PyCFunctionObject {
    PyObject ob_base;
    PyMethodDef *m_ml;
    PyObject *m_self;
    PyObject *m_module;
    PyObject *m_weakreflist;
#if PY3FFI_TARGET_SINCE(3, 8)
    vectorcallfunc vectorcall;
#endif
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
struct PyCMethodObject {
    PyCFunctionObject func;
    PyTypeObject *mm_class;
};
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyCMethod_Type;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyTypeObject *GraalPyCMethod_GetClass(PyObject *func) noexcept;
#endif
#if PY3FFI_IS_GRAALPY
PY3FFI_API const char *GraalPyCFunction_GetDoc(PyObject *func) noexcept;
PY3FFI_API void GraalPyCFunction_SetDoc(PyObject *func, const char *doc) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject *GraalPyCFunction_GetModule(PyObject *a) noexcept;
PY3FFI_API PyMethodDef *GraalPyCFunction_GetMethodDef(PyObject *a) noexcept;
PY3FFI_API void GraalPyCFunction_SetModule(PyObject *a, PyObject *b) noexcept;
PY3FFI_API void GraalPyCFunction_SetMethodDef(PyObject *a, PyMethodDef *b) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_IS_GRAALPY
// GraalPy's macros: its calls (a function object may be a handle there)
inline PyCFunction PyCFunction_GET_FUNCTION(PyObject *func) noexcept { return PyCFunction_GetFunction(func); }
inline PyObject *PyCFunction_GET_SELF(PyObject *func) noexcept { return PyCFunction_GetSelf(func); }
inline int PyCFunction_GET_FLAGS(PyObject *func) noexcept { return PyCFunction_GetFlags(func); }
inline PyTypeObject *PyCFunction_GET_CLASS(PyObject *func) noexcept {
#if PY3FFI_TARGET_SINCE(3, 12)
    return GraalPyCMethod_GetClass(func);
#else
    return PyCMethod_GetClass(func);
#endif
}
#elif !PY3FFI_LIMITED
inline PyCFunction PyCFunction_GET_FUNCTION(PyObject *func) noexcept {
    return reinterpret_cast<PyCFunctionObject *>(func)->m_ml->ml_meth;
}
inline PyObject *PyCFunction_GET_SELF(PyObject *func) noexcept {
    PyCFunctionObject *f = reinterpret_cast<PyCFunctionObject *>(func);
    return f->m_ml->ml_flags & METH_STATIC ? nullptr : f->m_self;
}
inline int PyCFunction_GET_FLAGS(PyObject *func) noexcept {
    return reinterpret_cast<PyCFunctionObject *>(func)->m_ml->ml_flags;
}
#if PY3FFI_TARGET_SINCE(3, 9)
inline PyTypeObject *PyCFunction_GET_CLASS(PyObject *func) noexcept {
    PyCFunctionObject *f = reinterpret_cast<PyCFunctionObject *>(func);
    return f->m_ml->ml_flags & METH_METHOD ? reinterpret_cast<PyCMethodObject *>(func)->mm_class : nullptr;
}
#endif
#endif

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_NOT_PYPY
inline int PyCMethod_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyCMethod_Type); }
inline int PyCMethod_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyCMethod_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
