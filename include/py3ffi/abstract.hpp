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
PyObject *PyObject_CallNoArgs(PyObject *func);
#endif
PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs);
PyObject *PyObject_CallObject(PyObject *callable, PyObject *args);
#if PY3FFI_TARGET_SINCE(3, 13)
PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...);
#else
PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) PY3FFI_SYMBOL(_PyObject_CallFunction_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...);
#else
PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) PY3FFI_SYMBOL(_PyObject_CallMethod_SizeT);
#endif
PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...);
PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...);
#if PY3FFI_SINCE(3, 12)
Py_ssize_t PyVectorcall_NARGS(size_t nargsf);
#endif
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_LIMITED_SINCE(3, 12)
PyObject *PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *dict);
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_LIMITED_SINCE(3, 12)
PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames);
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 12)
PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf, PyObject *kwnames);
#endif
PyObject *PyObject_Type(PyObject *o);
Py_ssize_t PyObject_Size(PyObject *o);
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsCharBuffer(PyObject *obj, const char **buffer, Py_ssize_t *buffer_len);
#endif
Py_ssize_t PyObject_Length(PyObject *o);
PyObject *PyObject_GetItem(PyObject *o, PyObject *key);
#if PY3FFI_BEFORE(3, 13)
int PyObject_CheckReadBuffer(PyObject *obj);
#endif
int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v);
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsReadBuffer(PyObject *obj, const void **buffer, Py_ssize_t *buffer_len);
#endif
int PyObject_DelItemString(PyObject *o, const char *key);
int PyObject_DelItem(PyObject *o, PyObject *key);
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsWriteBuffer(PyObject *obj, void **buffer, Py_ssize_t *buffer_len);
#endif
PyObject *PyObject_Format(PyObject *obj, PyObject *format_spec);
PyObject *PyObject_GetIter(PyObject *);
#if PY3FFI_SINCE(3, 10)
PyObject *PyObject_GetAIter(PyObject *);
#endif
#if PY3FFI_SINCE(3, 8)
int PyIter_Check(PyObject *);
#endif
#if PY3FFI_SINCE(3, 10)
int PyAIter_Check(PyObject *);
#endif
#if PY3FFI_SINCE(3, 14)
int PyIter_NextItem(PyObject *iter, PyObject **item);
#endif
PyObject *PyIter_Next(PyObject *);
#if PY3FFI_SINCE(3, 10)
PySendResult PyIter_Send(PyObject *, PyObject *, PyObject **);
#endif
int PyNumber_Check(PyObject *o);
PyObject *PyNumber_Add(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Subtract(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Multiply(PyObject *o1, PyObject *o2);
PyObject *PyNumber_MatrixMultiply(PyObject *o1, PyObject *o2);
PyObject *PyNumber_FloorDivide(PyObject *o1, PyObject *o2);
PyObject *PyNumber_TrueDivide(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Remainder(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Divmod(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Power(PyObject *o1, PyObject *o2, PyObject *o3);
PyObject *PyNumber_Negative(PyObject *o);
PyObject *PyNumber_Positive(PyObject *o);
PyObject *PyNumber_Absolute(PyObject *o);
PyObject *PyNumber_Invert(PyObject *o);
PyObject *PyNumber_Lshift(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Rshift(PyObject *o1, PyObject *o2);
PyObject *PyNumber_And(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Xor(PyObject *o1, PyObject *o2);
PyObject *PyNumber_Or(PyObject *o1, PyObject *o2);
#if PY3FFI_SINCE(3, 8)
int PyIndex_Check(PyObject *);
#endif
PyObject *PyNumber_Index(PyObject *o);
Py_ssize_t PyNumber_AsSsize_t(PyObject *o, PyObject *exc);
PyObject *PyNumber_Long(PyObject *o);
PyObject *PyNumber_Float(PyObject *o);
PyObject *PyNumber_InPlaceAdd(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceSubtract(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceMultiply(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceMatrixMultiply(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceFloorDivide(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceTrueDivide(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceRemainder(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlacePower(PyObject *o1, PyObject *o2, PyObject *o3);
PyObject *PyNumber_InPlaceLshift(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceRshift(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceAnd(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceXor(PyObject *o1, PyObject *o2);
PyObject *PyNumber_InPlaceOr(PyObject *o1, PyObject *o2);
PyObject *PyNumber_ToBase(PyObject *n, int base);
int PySequence_Check(PyObject *o);
Py_ssize_t PySequence_Size(PyObject *o);
Py_ssize_t PySequence_Length(PyObject *o);
PyObject *PySequence_Concat(PyObject *o1, PyObject *o2);
PyObject *PySequence_Repeat(PyObject *o, Py_ssize_t count);
PyObject *PySequence_GetItem(PyObject *o, Py_ssize_t i);
PyObject *PySequence_GetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2);
int PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v);
int PySequence_DelItem(PyObject *o, Py_ssize_t i);
int PySequence_SetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2, PyObject *v);
int PySequence_DelSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2);
PyObject *PySequence_Tuple(PyObject *o);
PyObject *PySequence_List(PyObject *o);
PyObject *PySequence_Fast(PyObject *o, const char *m);
Py_ssize_t PySequence_Count(PyObject *o, PyObject *value);
int PySequence_Contains(PyObject *seq, PyObject *ob);
int PySequence_In(PyObject *o, PyObject *value);
Py_ssize_t PySequence_Index(PyObject *o, PyObject *value);
PyObject *PySequence_InPlaceConcat(PyObject *o1, PyObject *o2);
PyObject *PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t count);
int PyMapping_Check(PyObject *o);
Py_ssize_t PyMapping_Size(PyObject *o);
Py_ssize_t PyMapping_Length(PyObject *o);
int PyMapping_HasKeyString(PyObject *o, const char *key);
int PyMapping_HasKey(PyObject *o, PyObject *key);
#if PY3FFI_SINCE(3, 13)
int PyMapping_HasKeyWithError(PyObject *o, PyObject *key);
int PyMapping_HasKeyStringWithError(PyObject *o, const char *key);
#endif
PyObject *PyMapping_Keys(PyObject *o);
PyObject *PyMapping_Values(PyObject *o);
PyObject *PyMapping_Items(PyObject *o);
PyObject *PyMapping_GetItemString(PyObject *o, const char *key);
#if PY3FFI_SINCE(3, 13)
int PyMapping_GetOptionalItem(PyObject *, PyObject *, PyObject **);
int PyMapping_GetOptionalItemString(PyObject *, const char *, PyObject **);
#endif
int PyMapping_SetItemString(PyObject *o, const char *key, PyObject *value);
int PyObject_IsInstance(PyObject *object, PyObject *typeorclass);
int PyObject_IsSubclass(PyObject *object, PyObject *typeorclass);
}  // extern "C"
// </py3ffi:generated>

inline int PyMapping_DelItem(PyObject *o, PyObject *key) noexcept { return PyObject_DelItem(o, key); }
inline int PyMapping_DelItemString(PyObject *o, const char *key) noexcept { return PyObject_DelItemString(o, key); }

// Functions from 3.13 (object.hpp); before, these macros.
#if !PY3FFI_SINCE(3, 13)
inline int PyObject_DelAttr(PyObject *o, PyObject *name) noexcept { return PyObject_SetAttr(o, name, nullptr); }
inline int PyObject_DelAttrString(PyObject *o, const char *name) noexcept { return PyObject_SetAttrString(o, name, nullptr); }
#endif

#if !PY3FFI_LIMITED
// For what PySequence_Fast() returned: a list or a tuple.
inline Py_ssize_t PySequence_Fast_GET_SIZE(PyObject *o) noexcept {
    return PyList_Check(o) ? PyList_GET_SIZE(o) : PyTuple_GET_SIZE(o);
}
inline PyObject *PySequence_Fast_GET_ITEM(PyObject *o, Py_ssize_t i) noexcept {
    return PyList_Check(o) ? PyList_GET_ITEM(o, i) : PyTuple_GET_ITEM(o, i);
}
inline PyObject **PySequence_Fast_ITEMS(PyObject *sf) noexcept {
    return PyList_Check(sf) ? reinterpret_cast<PyListObject *>(sf)->ob_item
                            : reinterpret_cast<PyTupleObject *>(sf)->ob_item;
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
