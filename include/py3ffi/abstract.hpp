// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/abstract.h.
#ifndef PY3FFI_ABSTRACT_HPP
#define PY3FFI_ABSTRACT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/listobject.hpp"  // PySequence_Fast_*
#include "py3ffi/tupleobject.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_LIMITED_SINCE(3, 12)
inline constexpr auto PY_VECTORCALL_ARGUMENTS_OFFSET = ((size_t) 1 << (8 * sizeof (size_t) - 1));
#endif
extern "C" {
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
PY3FFI_API PyObject *PyObject_CallNoArgs(PyObject *func) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallNoArgs);
#endif
PY3FFI_API PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs) noexcept PY3FFI_PYPY_NAME(PyPyObject_Call);
PY3FFI_API PyObject *PyObject_CallObject(PyObject *callable, PyObject *args) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallObject);
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallFunction);
#else
PY3FFI_API PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) noexcept PY3FFI_SYMBOLS(_PyObject_CallFunction_SizeT, _PyPyObject_CallFunction_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallMethod);
#else
PY3FFI_API PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) noexcept PY3FFI_SYMBOLS(_PyObject_CallMethod_SizeT, _PyPyObject_CallMethod_SizeT);
#endif
PY3FFI_API PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallFunctionObjArgs);
PY3FFI_API PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallMethodObjArgs);
#if PY3FFI_SINCE(3, 12) && PY3FFI_NOT_GRAALPY
PY3FFI_API Py_ssize_t PyVectorcall_NARGS(size_t nargsf) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_LIMITED_SINCE(3, 12)
PY3FFI_API PyObject *PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *dict) noexcept PY3FFI_PYPY_NAME(PyPyVectorcall_Call);
#endif
#if (PY3FFI_IS_PYPY || (PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_LIMITED_SINCE(3, 12)))
PY3FFI_API PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames) noexcept PY3FFI_PYPY_NAME(PyPyObject_Vectorcall);
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 12)
PY3FFI_API PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf, PyObject *kwnames) noexcept PY3FFI_PYPY_NAME(PyPyObject_VectorcallMethod);
#endif
PY3FFI_API PyObject *PyObject_Type(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyObject_Type);
PY3FFI_API Py_ssize_t PyObject_Size(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyObject_Size);
#if PY3FFI_BEFORE(3, 13)
PY3FFI_API int PyObject_AsCharBuffer(PyObject *obj, const char **buffer, Py_ssize_t *buffer_len) noexcept PY3FFI_PYPY_NAME(PyPyObject_AsCharBuffer);
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API Py_ssize_t PyObject_Length(PyObject *o) noexcept;
#endif
PY3FFI_API PyObject *PyObject_GetItem(PyObject *o, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyObject_GetItem);
#if PY3FFI_BEFORE(3, 13)
PY3FFI_API int PyObject_CheckReadBuffer(PyObject *obj) noexcept PY3FFI_PYPY_NAME(PyPyObject_CheckReadBuffer);
#endif
PY3FFI_API int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v) noexcept PY3FFI_PYPY_NAME(PyPyObject_SetItem);
#if PY3FFI_BEFORE(3, 13)
PY3FFI_API int PyObject_AsReadBuffer(PyObject *obj, const void **buffer, Py_ssize_t *buffer_len) noexcept PY3FFI_PYPY_NAME(PyPyObject_AsReadBuffer);
#endif
PY3FFI_API int PyObject_DelItemString(PyObject *o, const char *key) noexcept PY3FFI_PYPY_NAME(PyPyObject_DelItemString);
PY3FFI_API int PyObject_DelItem(PyObject *o, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyObject_DelItem);
#if PY3FFI_BEFORE(3, 13)
PY3FFI_API int PyObject_AsWriteBuffer(PyObject *obj, void **buffer, Py_ssize_t *buffer_len) noexcept PY3FFI_PYPY_NAME(PyPyObject_AsWriteBuffer);
#endif
PY3FFI_API PyObject *PyObject_Format(PyObject *obj, PyObject *format_spec) noexcept PY3FFI_PYPY_NAME(PyPyObject_Format);
PY3FFI_API PyObject *PyObject_GetIter(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GetIter);
#if PY3FFI_SINCE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyObject_GetAIter(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 8)
PY3FFI_API int PyIter_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyIter_Check);
#endif
#if PY3FFI_SINCE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API int PyAIter_Check(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 14)
PY3FFI_API int PyIter_NextItem(PyObject *iter, PyObject **item) noexcept;
#endif
PY3FFI_API PyObject *PyIter_Next(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyIter_Next);
#if PY3FFI_SINCE(3, 10)
PY3FFI_API PySendResult PyIter_Send(PyObject *, PyObject *, PyObject **) noexcept PY3FFI_PYPY_NAME(PyPyIter_Send);
#endif
PY3FFI_API int PyNumber_Check(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Check);
PY3FFI_API PyObject *PyNumber_Add(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Add);
PY3FFI_API PyObject *PyNumber_Subtract(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Subtract);
PY3FFI_API PyObject *PyNumber_Multiply(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Multiply);
PY3FFI_API PyObject *PyNumber_MatrixMultiply(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_MatrixMultiply);
PY3FFI_API PyObject *PyNumber_FloorDivide(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_FloorDivide);
PY3FFI_API PyObject *PyNumber_TrueDivide(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_TrueDivide);
PY3FFI_API PyObject *PyNumber_Remainder(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Remainder);
PY3FFI_API PyObject *PyNumber_Divmod(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Divmod);
PY3FFI_API PyObject *PyNumber_Power(PyObject *o1, PyObject *o2, PyObject *o3) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Power);
PY3FFI_API PyObject *PyNumber_Negative(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Negative);
PY3FFI_API PyObject *PyNumber_Positive(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Positive);
PY3FFI_API PyObject *PyNumber_Absolute(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Absolute);
PY3FFI_API PyObject *PyNumber_Invert(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Invert);
PY3FFI_API PyObject *PyNumber_Lshift(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Lshift);
PY3FFI_API PyObject *PyNumber_Rshift(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Rshift);
PY3FFI_API PyObject *PyNumber_And(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_And);
PY3FFI_API PyObject *PyNumber_Xor(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Xor);
PY3FFI_API PyObject *PyNumber_Or(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Or);
#if PY3FFI_SINCE(3, 8)
PY3FFI_API int PyIndex_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyIndex_Check);
#endif
PY3FFI_API PyObject *PyNumber_Index(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Index);
PY3FFI_API Py_ssize_t PyNumber_AsSsize_t(PyObject *o, PyObject *exc) noexcept PY3FFI_PYPY_NAME(PyPyNumber_AsSsize_t);
PY3FFI_API PyObject *PyNumber_Long(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Long);
PY3FFI_API PyObject *PyNumber_Float(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Float);
PY3FFI_API PyObject *PyNumber_InPlaceAdd(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceAdd);
PY3FFI_API PyObject *PyNumber_InPlaceSubtract(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceSubtract);
PY3FFI_API PyObject *PyNumber_InPlaceMultiply(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceMultiply);
PY3FFI_API PyObject *PyNumber_InPlaceMatrixMultiply(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceMatrixMultiply);
PY3FFI_API PyObject *PyNumber_InPlaceFloorDivide(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceFloorDivide);
PY3FFI_API PyObject *PyNumber_InPlaceTrueDivide(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceTrueDivide);
PY3FFI_API PyObject *PyNumber_InPlaceRemainder(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceRemainder);
PY3FFI_API PyObject *PyNumber_InPlacePower(PyObject *o1, PyObject *o2, PyObject *o3) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlacePower);
PY3FFI_API PyObject *PyNumber_InPlaceLshift(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceLshift);
PY3FFI_API PyObject *PyNumber_InPlaceRshift(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceRshift);
PY3FFI_API PyObject *PyNumber_InPlaceAnd(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceAnd);
PY3FFI_API PyObject *PyNumber_InPlaceXor(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceXor);
PY3FFI_API PyObject *PyNumber_InPlaceOr(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceOr);
PY3FFI_API PyObject *PyNumber_ToBase(PyObject *n, int base) noexcept PY3FFI_PYPY_NAME(PyPyNumber_ToBase);
PY3FFI_API int PySequence_Check(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_Check);
PY3FFI_API Py_ssize_t PySequence_Size(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_Size);
PY3FFI_API Py_ssize_t PySequence_Length(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_Length);
PY3FFI_API PyObject *PySequence_Concat(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPySequence_Concat);
PY3FFI_API PyObject *PySequence_Repeat(PyObject *o, Py_ssize_t count) noexcept PY3FFI_PYPY_NAME(PyPySequence_Repeat);
PY3FFI_API PyObject *PySequence_GetItem(PyObject *o, Py_ssize_t i) noexcept PY3FFI_PYPY_NAME(PyPySequence_GetItem);
PY3FFI_API PyObject *PySequence_GetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2) noexcept PY3FFI_PYPY_NAME(PyPySequence_GetSlice);
PY3FFI_API int PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v) noexcept PY3FFI_PYPY_NAME(PyPySequence_SetItem);
PY3FFI_API int PySequence_DelItem(PyObject *o, Py_ssize_t i) noexcept PY3FFI_PYPY_NAME(PyPySequence_DelItem);
PY3FFI_API int PySequence_SetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2, PyObject *v) noexcept PY3FFI_PYPY_NAME(PyPySequence_SetSlice);
PY3FFI_API int PySequence_DelSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2) noexcept PY3FFI_PYPY_NAME(PyPySequence_DelSlice);
PY3FFI_API PyObject *PySequence_Tuple(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_Tuple);
PY3FFI_API PyObject *PySequence_List(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_List);
#if PY3FFI_IS_PYPY
PY3FFI_API Py_ssize_t PySequence_Fast_GET_SIZE(void *) noexcept PY3FFI_PYPY_NAME(PyPySequence_Fast_GET_SIZE);
PY3FFI_API PyObject *PySequence_Fast_GET_ITEM(void *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPySequence_Fast_GET_ITEM);
#endif
PY3FFI_API PyObject *PySequence_Fast(PyObject *o, const char *m) noexcept PY3FFI_PYPY_NAME(PyPySequence_Fast);
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject **PySequence_Fast_ITEMS(void *) noexcept PY3FFI_PYPY_NAME(PyPySequence_Fast_ITEMS);
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API Py_ssize_t PySequence_Count(PyObject *o, PyObject *value) noexcept;
#endif
PY3FFI_API int PySequence_Contains(PyObject *seq, PyObject *ob) noexcept PY3FFI_PYPY_NAME(PyPySequence_Contains);
#if PY3FFI_NOT_PYPY
PY3FFI_API int PySequence_In(PyObject *o, PyObject *value) noexcept;
#endif
PY3FFI_API Py_ssize_t PySequence_Index(PyObject *o, PyObject *value) noexcept PY3FFI_PYPY_NAME(PyPySequence_Index);
PY3FFI_API PyObject *PySequence_InPlaceConcat(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPySequence_InPlaceConcat);
PY3FFI_API PyObject *PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t count) noexcept PY3FFI_PYPY_NAME(PyPySequence_InPlaceRepeat);
PY3FFI_API int PyMapping_Check(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Check);
PY3FFI_API Py_ssize_t PyMapping_Size(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Size);
PY3FFI_API Py_ssize_t PyMapping_Length(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Length);
PY3FFI_API int PyMapping_HasKeyString(PyObject *o, const char *key) noexcept PY3FFI_PYPY_NAME(PyPyMapping_HasKeyString);
PY3FFI_API int PyMapping_HasKey(PyObject *o, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyMapping_HasKey);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyMapping_HasKeyWithError(PyObject *o, PyObject *key) noexcept;
PY3FFI_API int PyMapping_HasKeyStringWithError(PyObject *o, const char *key) noexcept;
#endif
PY3FFI_API PyObject *PyMapping_Keys(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Keys);
PY3FFI_API PyObject *PyMapping_Values(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Values);
PY3FFI_API PyObject *PyMapping_Items(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Items);
PY3FFI_API PyObject *PyMapping_GetItemString(PyObject *o, const char *key) noexcept PY3FFI_PYPY_NAME(PyPyMapping_GetItemString);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyMapping_GetOptionalItem(PyObject *, PyObject *, PyObject **) noexcept;
PY3FFI_API int PyMapping_GetOptionalItemString(PyObject *, const char *, PyObject **) noexcept;
#endif
PY3FFI_API int PyMapping_SetItemString(PyObject *o, const char *key, PyObject *value) noexcept PY3FFI_PYPY_NAME(PyPyMapping_SetItemString);
PY3FFI_API int PyObject_IsInstance(PyObject *object, PyObject *typeorclass) noexcept PY3FFI_PYPY_NAME(PyPyObject_IsInstance);
PY3FFI_API int PyObject_IsSubclass(PyObject *object, PyObject *typeorclass) noexcept PY3FFI_PYPY_NAME(PyPyObject_IsSubclass);
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject *PySequence_ITEM(void *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPySequence_ITEM);
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyObject **PyTruffleSequence_Fast_ITEMS(PyObject *o) noexcept;
#endif
#if PY3FFI_IS_GRAALPY
PY3FFI_API const char *PyObject_GetDoc(PyObject *object) noexcept;
PY3FFI_API int PyObject_SetDoc(PyObject *object, const char *doc) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_IS_PYPY
// PyPy's macros
inline Py_ssize_t PyObject_Length(PyObject *o) noexcept { return PyObject_Size(o); }
inline int PyObject_CheckBuffer(PyObject *obj) noexcept {
    return obj->ob_type->tp_as_buffer != nullptr && obj->ob_type->tp_as_buffer->bf_getbuffer != nullptr;
}
#endif

inline int PyMapping_DelItem(PyObject *o, PyObject *key) noexcept { return PyObject_DelItem(o, key); }
inline int PyMapping_DelItemString(PyObject *o, const char *key) noexcept {
#if PY3FFI_IS_PYPY
    return PyObject_DelItemString(o, const_cast<char *>(key));  // (PyPy's takes a char *)
#else
    return PyObject_DelItemString(o, key);
#endif
}

// Functions from 3.13 (object.hpp); before, these macros.
#if !PY3FFI_SINCE(3, 13) && PY3FFI_NOT_PYPY_BEFORE(3, 10)
inline int PyObject_DelAttr(PyObject *o, PyObject *name) noexcept { return PyObject_SetAttr(o, name, nullptr); }
inline int PyObject_DelAttrString(PyObject *o, const char *name) noexcept {
    return PyObject_SetAttrString(o, name, nullptr);
}
#endif

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
// For what PySequence_Fast() returned: a list or a tuple.
inline Py_ssize_t PySequence_Fast_GET_SIZE(PyObject *o) noexcept {
    return PyList_Check(o) ? PyList_GET_SIZE(o) : PyTuple_GET_SIZE(o);
}
inline PyObject *PySequence_Fast_GET_ITEM(PyObject *o, Py_ssize_t i) noexcept {
    return PyList_Check(o) ? PyList_GET_ITEM(o, i) : PyTuple_GET_ITEM(o, i);
}
inline PyObject **PySequence_Fast_ITEMS(PyObject *sf) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return PyList_Check(sf) ? GraalPyList_ITEMS(sf) : GraalPyTuple_ITEMS(sf);
#elif PY3FFI_IS_GRAALPY
    return PyTruffleSequence_Fast_ITEMS(sf);
#else
    return PyList_Check(sf) ? reinterpret_cast<PyListObject *>(sf)->ob_item
                            : reinterpret_cast<PyTupleObject *>(sf)->ob_item;
#endif
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
