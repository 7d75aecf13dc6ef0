// SPDX-License-Identifier: MIT
// Mirrors CPython's methodobject.h: built-in functions and the method table.
#ifndef PY3FFI_METHODOBJECT_HPP
#define PY3FFI_METHODOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
using PyCFunction = PyObject *(*)(PyObject *, PyObject *);
#if PY3FFI_SINCE(3, 13)
using PyCFunctionFast = PyObject *(*)(PyObject *, PyObject *const *, Py_ssize_t);
#endif
using PyCFunctionWithKeywords = PyObject *(*)(PyObject *, PyObject *, PyObject *);
#if PY3FFI_SINCE(3, 13)
using PyCFunctionFastWithKeywords = PyObject *(*)(PyObject *, PyObject *const *, Py_ssize_t, PyObject *);
#endif
#if PY3FFI_BEFORE(3, 9)
using PyNoArgsFunction = PyObject *(*)(PyObject *);
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
using PyCMethod = PyObject *(*)(PyObject *, PyTypeObject *, PyObject *const *, Py_ssize_t, PyObject *);
#elif PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_NOT_PYPY_BEFORE(3, 11)
using PyCMethod = PyObject *(*)(PyObject *, PyTypeObject *, PyObject *const *, size_t, PyObject *);
#endif
#if PY3FFI_SINCE(3, 13)
using _PyCFunctionFast = PyCFunctionFast;
#else
using _PyCFunctionFast = PyObject *(*)(PyObject *, PyObject *const *, Py_ssize_t);
#endif
#if PY3FFI_SINCE(3, 13)
using _PyCFunctionFastWithKeywords = PyCFunctionFastWithKeywords;
#else
using _PyCFunctionFastWithKeywords = PyObject *(*)(PyObject *, PyObject *const *, Py_ssize_t, PyObject *);
#endif
struct PyMethodDef {
    const char *ml_name;
    PyCFunction ml_meth;
    int ml_flags;
    const char *ml_doc;
};
inline constexpr int METH_VARARGS = 0x0001;
inline constexpr int METH_KEYWORDS = 0x0002;
inline constexpr int METH_NOARGS = 0x0004;
inline constexpr int METH_O = 0x0008;
inline constexpr int METH_CLASS = 0x0010;
inline constexpr int METH_STATIC = 0x0020;
inline constexpr int METH_COEXIST = 0x0040;
#if PY3FFI_LIMITED_SINCE(3, 10)
inline constexpr int METH_FASTCALL = 0x0080;
#endif
#if PY3FFI_NOT_PYPY
inline constexpr int METH_STACKLESS = 0x0000;
#endif
#if PY3FFI_SINCE(3, 9)
inline constexpr int METH_METHOD = 0x0200;
#endif
extern "C" {
PY3FFI_DATA PyTypeObject PyCFunction_Type PY3FFI_PYPY_NAME(PyPyCFunction_Type);
#if PY3FFI_IS_PYPY
PY3FFI_API int PyCFunction_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCFunction_Check);
#endif
#if PY3FFI_BEFORE(3, 13)
PY3FFI_API PyObject *PyCFunction_Call(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCFunction_Call);
#endif
PY3FFI_API PyCFunction PyCFunction_GetFunction(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCFunction_GetFunction);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyCFunction_GetSelf(PyObject *) noexcept;
PY3FFI_API int PyCFunction_GetFlags(PyObject *) noexcept;
#endif
#if (PY3FFI_BEFORE(3, 9) || PY3FFI_TARGET_SINCE(3, 10)) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API PyObject *PyCFunction_New(PyMethodDef *, PyObject *) noexcept;
#endif
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_API PyObject *PyCFunction_NewEx(PyMethodDef *, PyObject *, PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 9)
PY3FFI_API PyObject *PyCMethod_New(PyMethodDef *, PyObject *, PyObject *, PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyCMethod_New);
#endif
#if PY3FFI_BEFORE(3, 9)
PY3FFI_API int PyCFunction_ClearFreeList() noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyTypeObject *PyCMethod_GetClass(PyObject *func) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// py3ffi's own (not a C API name): what C writes as (PyCFunction)(void (*)(void))f, to put a
// METH_FASTCALL, METH_KEYWORDS... implementation into a PyMethodDef table.
template <class F>
inline PyCFunction cfunction_cast(F *f) noexcept {
    return reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(f));
}

// Subclasses of builtin_function_or_method count from 3.9 (PyCMethod); before, only the type.
#if PY3FFI_TARGET_SINCE(3, 9)
#if PY3FFI_NOT_PYPY
inline int PyCFunction_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyCFunction_Type); }
inline int PyCFunction_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyCFunction_Type); }
#endif
#else
#if PY3FFI_NOT_PYPY
inline int PyCFunction_Check(PyObject *op) noexcept { return detail::is_type(op, &PyCFunction_Type); }
#endif
#endif
// 3.9's headers have only the macro (the exported function is declared again from 3.10)
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
inline PyObject *PyCFunction_New(PyMethodDef *ml, PyObject *self) noexcept {
    return PyCFunction_NewEx(ml, self, nullptr);
}
#endif
#if PY3FFI_IS_PYPY || PY3FFI_IS_GRAALPY
// PyPy's and GraalPy's macros, for every version: PyCFunction_NewEx is PyCMethod_New without a
// class (GraalPy reaches its functions of macro names only through the macros)
inline PyObject *PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module) noexcept {
    return PyCMethod_New(ml, self, module, nullptr);
}
inline PyObject *PyCFunction_New(PyMethodDef *ml, PyObject *self) noexcept {
    return PyCFunction_NewEx(ml, self, nullptr);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
