// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/abstract.h.
#ifndef PY3FFI_CPYTHON_ABSTRACT_HPP
#define PY3FFI_CPYTHON_ABSTRACT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/pystate.hpp"  // PyThreadState_Get, for 3.9/3.10's inline vectorcall
#include "py3ffi/abstract.hpp"  // PyObject_VectorcallMethod
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
inline constexpr int PY_ITERSEARCH_COUNT = 1;
inline constexpr int PY_ITERSEARCH_INDEX = 2;
inline constexpr int PY_ITERSEARCH_CONTAINS = 3;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API vectorcallfunc PyVectorcall_Function(PyObject *callable) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
PY3FFI_API PyObject *PyObject_VectorcallDict(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwargs) noexcept PY3FFI_PYPY_NAME(PyPyObject_VectorcallDict);
#endif
#if (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)))
PY3FFI_API PyObject *PyObject_CallOneArg(PyObject *func, PyObject *arg) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallOneArg);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject *PyObject_CallMethodNoArgs(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallMethodNoArgs);
PY3FFI_API PyObject *PyObject_CallMethodOneArg(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallMethodOneArg);
#endif
#if !PY3FFI_LIMITED
PY3FFI_API Py_ssize_t PyObject_LengthHint(PyObject *o, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyObject_LengthHint);
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyObject *PyTruffleSequence_ITEM(PyObject *obj, Py_ssize_t index) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && (PY3FFI_BEFORE(3, 12) || PY3FFI_IS_GRAALPY)  // (exported
// from 3.12; GraalPy keeps the macro)
inline Py_ssize_t PyVectorcall_NARGS(size_t n) noexcept {
    return static_cast<Py_ssize_t>(n & ~PY_VECTORCALL_ARGUMENTS_OFFSET);
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_BEFORE(3, 11)
// 3.9 and 3.10 call through vectorcall inline (3.11 exports these functions): the type's
// vectorcall slot when it has one, else tp_call through _PyObject_MakeTpCall. (PyPy exports
// neither, nor needs them: its PyObject_Vectorcall is a function.)
#if PY3FFI_NOT_PYPY
extern "C" {
PY3FFI_API PyObject *_PyObject_MakeTpCall(PyThreadState *tstate, PyObject *callable, PyObject *const *args,
                                          Py_ssize_t nargs, PyObject *keywords) noexcept;
PY3FFI_API PyObject *_Py_CheckFunctionResult(PyThreadState *tstate, PyObject *callable, PyObject *result,
                                             const char *where) noexcept;
}  // extern "C"
#endif
#if PY3FFI_NOT_PYPY
inline vectorcallfunc PyVectorcall_Function(PyObject *callable) noexcept {
    PyTypeObject *tp = Py_TYPE(callable);
    if (!PyType_HasFeature(tp, Py_TPFLAGS_HAVE_VECTORCALL)) return nullptr;
    vectorcallfunc ptr;
    __builtin_memcpy(&ptr, reinterpret_cast<char *>(callable) + tp->tp_vectorcall_offset, sizeof ptr);
    return ptr;
}
inline PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf,
                                     PyObject *kwnames) noexcept {
    PyThreadState *tstate = PyThreadState_Get();
    vectorcallfunc func = PyVectorcall_Function(callable);
    if (func == nullptr) return _PyObject_MakeTpCall(tstate, callable, args, PyVectorcall_NARGS(nargsf), kwnames);
    return _Py_CheckFunctionResult(tstate, callable, func(callable, args, nargsf, kwnames), nullptr);
}
inline PyObject *PyObject_CallOneArg(PyObject *func, PyObject *arg) noexcept {
    PY3FFI_ASSERT(arg != nullptr, "arg != NULL", __func__);
    PyObject *args[2] = {nullptr, arg};  // args[0] free for PY_VECTORCALL_ARGUMENTS_OFFSET
    return PyObject_Vectorcall(func, args + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, nullptr);
}
#endif
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_NOT_PYPY
// obj.name() and obj.name(arg) through the vectorcall protocol, as CPython's static inline ones
inline PyObject *PyObject_CallMethodNoArgs(PyObject *self, PyObject *name) noexcept {
    return PyObject_VectorcallMethod(name, &self, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, nullptr);
}
inline PyObject *PyObject_CallMethodOneArg(PyObject *self, PyObject *name, PyObject *arg) noexcept {
    PyObject *args[2] = {self, arg};
    PY3FFI_ASSERT(arg != nullptr, "arg != NULL", __func__);
    return PyObject_VectorcallMethod(name, args, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, nullptr);
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
// o[i] through the type's sq_item, no negative index fix-up and no checks (as the macro)
inline PyObject *PySequence_ITEM(PyObject *o, Py_ssize_t i) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
    return PyTruffleSequence_ITEM(o, i);  // (GraalPy 24's; 25's is CPython's)
#else
    return Py_TYPE(o)->tp_as_sequence->sq_item(o, i);
#endif
}
#endif
// Macros before they became functions (3.9; PyIter_Check and PyIndex_Check 3.8).
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
inline int PyObject_CheckBuffer(PyObject *obj) noexcept {
    return Py_TYPE(obj)->tp_as_buffer != nullptr && Py_TYPE(obj)->tp_as_buffer->bf_getbuffer != nullptr;
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)  // (3.8 and 3.9 export it too: declared as such)
extern "C" PY3FFI_API PyObject *_PyObject_NextNotImplemented(PyObject *) noexcept;  // (tp_iternext of non-iterators)
inline int PyIter_Check(PyObject *obj) noexcept {
    return Py_TYPE(obj)->tp_iternext != nullptr && Py_TYPE(obj)->tp_iternext != &_PyObject_NextNotImplemented;
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)
inline int PyIndex_Check(PyObject *obj) noexcept {
    return Py_TYPE(obj)->tp_as_number != nullptr && Py_TYPE(obj)->tp_as_number->nb_index != nullptr;
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
