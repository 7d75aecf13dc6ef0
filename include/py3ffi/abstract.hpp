// Mirrors CPython's Include/abstract.h.
#ifndef PY3FFI_ABSTRACT_HPP
#define PY3FFI_ABSTRACT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/listobject.hpp"   // PySequence_Fast_*
#include "py3ffi/tupleobject.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_LIMITED_SINCE(3, 12)
inline constexpr auto PY_VECTORCALL_ARGUMENTS_OFFSET = ((size_t) 1 << (8 * sizeof (size_t) - 1));
#endif
extern "C" {
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
PyObject *PyObject_CallNoArgs(PyObject *func) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallNoArgs);
#endif
PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs) noexcept PY3FFI_PYPY_NAME(PyPyObject_Call);
PyObject *PyObject_CallObject(PyObject *callable, PyObject *args) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallObject);
#if PY3FFI_TARGET_SINCE(3, 13)
PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallFunction);
#else
PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) noexcept PY3FFI_SYMBOLS(_PyObject_CallFunction_SizeT, _PyPyObject_CallFunction_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallMethod);
#else
PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) noexcept PY3FFI_SYMBOLS(_PyObject_CallMethod_SizeT, _PyPyObject_CallMethod_SizeT);
#endif
PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallFunctionObjArgs);
PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallMethodObjArgs);
#if PY3FFI_SINCE(3, 12) && PY3FFI_NOT_GRAALPY
Py_ssize_t PyVectorcall_NARGS(size_t nargsf) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_LIMITED_SINCE(3, 12)
PyObject *PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *dict) noexcept PY3FFI_PYPY_NAME(PyPyVectorcall_Call);
#endif
#if (PY3FFI_IS_PYPY ? 1 : PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_LIMITED_SINCE(3, 12))
PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames) noexcept PY3FFI_PYPY_NAME(PyPyObject_Vectorcall);
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 12)
PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf, PyObject *kwnames) noexcept PY3FFI_PYPY_NAME(PyPyObject_VectorcallMethod);
#endif
PyObject *PyObject_Type(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyObject_Type);
Py_ssize_t PyObject_Size(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyObject_Size);
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsCharBuffer(PyObject *obj, const char **buffer, Py_ssize_t *buffer_len) noexcept PY3FFI_PYPY_NAME(PyPyObject_AsCharBuffer);
#endif
#if PY3FFI_NOT_PYPY
Py_ssize_t PyObject_Length(PyObject *o) noexcept;
#endif
PyObject *PyObject_GetItem(PyObject *o, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyObject_GetItem);
#if PY3FFI_BEFORE(3, 13)
int PyObject_CheckReadBuffer(PyObject *obj) noexcept PY3FFI_PYPY_NAME(PyPyObject_CheckReadBuffer);
#endif
int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v) noexcept PY3FFI_PYPY_NAME(PyPyObject_SetItem);
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsReadBuffer(PyObject *obj, const void **buffer, Py_ssize_t *buffer_len) noexcept PY3FFI_PYPY_NAME(PyPyObject_AsReadBuffer);
#endif
int PyObject_DelItemString(PyObject *o, const char *key) noexcept PY3FFI_PYPY_NAME(PyPyObject_DelItemString);
int PyObject_DelItem(PyObject *o, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyObject_DelItem);
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsWriteBuffer(PyObject *obj, void **buffer, Py_ssize_t *buffer_len) noexcept PY3FFI_PYPY_NAME(PyPyObject_AsWriteBuffer);
#endif
PyObject *PyObject_Format(PyObject *obj, PyObject *format_spec) noexcept PY3FFI_PYPY_NAME(PyPyObject_Format);
PyObject *PyObject_GetIter(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GetIter);
#if PY3FFI_SINCE(3, 10) && PY3FFI_NOT_PYPY
PyObject *PyObject_GetAIter(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 8)
int PyIter_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyIter_Check);
#endif
#if PY3FFI_SINCE(3, 10) && PY3FFI_NOT_PYPY
int PyAIter_Check(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 14)
int PyIter_NextItem(PyObject *iter, PyObject **item) noexcept;
#endif
PyObject *PyIter_Next(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyIter_Next);
#if PY3FFI_SINCE(3, 10)
PySendResult PyIter_Send(PyObject *, PyObject *, PyObject **) noexcept PY3FFI_PYPY_NAME(PyPyIter_Send);
#endif
int PyNumber_Check(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Check);
PyObject *PyNumber_Add(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Add);
PyObject *PyNumber_Subtract(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Subtract);
PyObject *PyNumber_Multiply(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Multiply);
PyObject *PyNumber_MatrixMultiply(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_MatrixMultiply);
PyObject *PyNumber_FloorDivide(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_FloorDivide);
PyObject *PyNumber_TrueDivide(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_TrueDivide);
PyObject *PyNumber_Remainder(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Remainder);
PyObject *PyNumber_Divmod(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Divmod);
PyObject *PyNumber_Power(PyObject *o1, PyObject *o2, PyObject *o3) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Power);
PyObject *PyNumber_Negative(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Negative);
PyObject *PyNumber_Positive(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Positive);
PyObject *PyNumber_Absolute(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Absolute);
PyObject *PyNumber_Invert(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Invert);
PyObject *PyNumber_Lshift(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Lshift);
PyObject *PyNumber_Rshift(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Rshift);
PyObject *PyNumber_And(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_And);
PyObject *PyNumber_Xor(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Xor);
PyObject *PyNumber_Or(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Or);
#if PY3FFI_SINCE(3, 8)
int PyIndex_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyIndex_Check);
#endif
PyObject *PyNumber_Index(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Index);
Py_ssize_t PyNumber_AsSsize_t(PyObject *o, PyObject *exc) noexcept PY3FFI_PYPY_NAME(PyPyNumber_AsSsize_t);
PyObject *PyNumber_Long(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Long);
PyObject *PyNumber_Float(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyNumber_Float);
PyObject *PyNumber_InPlaceAdd(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceAdd);
PyObject *PyNumber_InPlaceSubtract(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceSubtract);
PyObject *PyNumber_InPlaceMultiply(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceMultiply);
PyObject *PyNumber_InPlaceMatrixMultiply(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceMatrixMultiply);
PyObject *PyNumber_InPlaceFloorDivide(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceFloorDivide);
PyObject *PyNumber_InPlaceTrueDivide(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceTrueDivide);
PyObject *PyNumber_InPlaceRemainder(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceRemainder);
PyObject *PyNumber_InPlacePower(PyObject *o1, PyObject *o2, PyObject *o3) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlacePower);
PyObject *PyNumber_InPlaceLshift(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceLshift);
PyObject *PyNumber_InPlaceRshift(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceRshift);
PyObject *PyNumber_InPlaceAnd(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceAnd);
PyObject *PyNumber_InPlaceXor(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceXor);
PyObject *PyNumber_InPlaceOr(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPyNumber_InPlaceOr);
PyObject *PyNumber_ToBase(PyObject *n, int base) noexcept PY3FFI_PYPY_NAME(PyPyNumber_ToBase);
int PySequence_Check(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_Check);
Py_ssize_t PySequence_Size(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_Size);
Py_ssize_t PySequence_Length(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_Length);
PyObject *PySequence_Concat(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPySequence_Concat);
PyObject *PySequence_Repeat(PyObject *o, Py_ssize_t count) noexcept PY3FFI_PYPY_NAME(PyPySequence_Repeat);
PyObject *PySequence_GetItem(PyObject *o, Py_ssize_t i) noexcept PY3FFI_PYPY_NAME(PyPySequence_GetItem);
PyObject *PySequence_GetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2) noexcept PY3FFI_PYPY_NAME(PyPySequence_GetSlice);
int PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v) noexcept PY3FFI_PYPY_NAME(PyPySequence_SetItem);
int PySequence_DelItem(PyObject *o, Py_ssize_t i) noexcept PY3FFI_PYPY_NAME(PyPySequence_DelItem);
int PySequence_SetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2, PyObject *v) noexcept PY3FFI_PYPY_NAME(PyPySequence_SetSlice);
int PySequence_DelSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2) noexcept PY3FFI_PYPY_NAME(PyPySequence_DelSlice);
PyObject *PySequence_Tuple(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_Tuple);
PyObject *PySequence_List(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPySequence_List);
#if PY3FFI_IS_PYPY
Py_ssize_t PySequence_Fast_GET_SIZE(void *) noexcept PY3FFI_PYPY_NAME(PyPySequence_Fast_GET_SIZE);
PyObject *PySequence_Fast_GET_ITEM(void *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPySequence_Fast_GET_ITEM);
#endif
PyObject *PySequence_Fast(PyObject *o, const char *m) noexcept PY3FFI_PYPY_NAME(PyPySequence_Fast);
#if PY3FFI_IS_PYPY
PyObject **PySequence_Fast_ITEMS(void *) noexcept PY3FFI_PYPY_NAME(PyPySequence_Fast_ITEMS);
#endif
#if PY3FFI_NOT_PYPY
Py_ssize_t PySequence_Count(PyObject *o, PyObject *value) noexcept;
#endif
int PySequence_Contains(PyObject *seq, PyObject *ob) noexcept PY3FFI_PYPY_NAME(PyPySequence_Contains);
#if PY3FFI_NOT_PYPY
int PySequence_In(PyObject *o, PyObject *value) noexcept;
#endif
Py_ssize_t PySequence_Index(PyObject *o, PyObject *value) noexcept PY3FFI_PYPY_NAME(PyPySequence_Index);
PyObject *PySequence_InPlaceConcat(PyObject *o1, PyObject *o2) noexcept PY3FFI_PYPY_NAME(PyPySequence_InPlaceConcat);
PyObject *PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t count) noexcept PY3FFI_PYPY_NAME(PyPySequence_InPlaceRepeat);
int PyMapping_Check(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Check);
Py_ssize_t PyMapping_Size(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Size);
Py_ssize_t PyMapping_Length(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Length);
int PyMapping_HasKeyString(PyObject *o, const char *key) noexcept PY3FFI_PYPY_NAME(PyPyMapping_HasKeyString);
int PyMapping_HasKey(PyObject *o, PyObject *key) noexcept PY3FFI_PYPY_NAME(PyPyMapping_HasKey);
#if PY3FFI_SINCE(3, 13)
int PyMapping_HasKeyWithError(PyObject *o, PyObject *key) noexcept;
int PyMapping_HasKeyStringWithError(PyObject *o, const char *key) noexcept;
#endif
PyObject *PyMapping_Keys(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Keys);
PyObject *PyMapping_Values(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Values);
PyObject *PyMapping_Items(PyObject *o) noexcept PY3FFI_PYPY_NAME(PyPyMapping_Items);
PyObject *PyMapping_GetItemString(PyObject *o, const char *key) noexcept PY3FFI_PYPY_NAME(PyPyMapping_GetItemString);
#if PY3FFI_SINCE(3, 13)
int PyMapping_GetOptionalItem(PyObject *, PyObject *, PyObject **) noexcept;
int PyMapping_GetOptionalItemString(PyObject *, const char *, PyObject **) noexcept;
#endif
int PyMapping_SetItemString(PyObject *o, const char *key, PyObject *value) noexcept PY3FFI_PYPY_NAME(PyPyMapping_SetItemString);
int PyObject_IsInstance(PyObject *object, PyObject *typeorclass) noexcept PY3FFI_PYPY_NAME(PyPyObject_IsInstance);
int PyObject_IsSubclass(PyObject *object, PyObject *typeorclass) noexcept PY3FFI_PYPY_NAME(PyPyObject_IsSubclass);
#if PY3FFI_IS_PYPY
PyObject *PySequence_ITEM(void *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPySequence_ITEM);
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PyObject **PyTruffleSequence_Fast_ITEMS(PyObject *o) noexcept;
#endif
#if PY3FFI_IS_GRAALPY
const char *PyObject_GetDoc(PyObject *object) noexcept;
int PyObject_SetDoc(PyObject *object, const char *doc) noexcept;
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
#if !PY3FFI_SINCE(3, 13) && PY3FFI_PYPY_SINCE(3, 10)
inline int PyObject_DelAttr(PyObject *o, PyObject *name) noexcept { return PyObject_SetAttr(o, name, nullptr); }
inline int PyObject_DelAttrString(PyObject *o, const char *name) noexcept { return PyObject_SetAttrString(o, name, nullptr); }
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
