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
PyObject *PyObject_CallNoArgs(PyObject *func) noexcept;
#endif
PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs) noexcept;
PyObject *PyObject_CallObject(PyObject *callable, PyObject *args) noexcept;
#if PY3FFI_TARGET_SINCE(3, 13)
PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) noexcept;
#else
PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) noexcept PY3FFI_SYMBOL(_PyObject_CallFunction_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) noexcept;
#else
PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) noexcept PY3FFI_SYMBOL(_PyObject_CallMethod_SizeT);
#endif
PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...) noexcept;
PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...) noexcept;
#if PY3FFI_SINCE(3, 12)
Py_ssize_t PyVectorcall_NARGS(size_t nargsf) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_LIMITED_SINCE(3, 12)
PyObject *PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *dict) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_LIMITED_SINCE(3, 12)
PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 12)
PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf, PyObject *kwnames) noexcept;
#endif
PyObject *PyObject_Type(PyObject *o) noexcept;
Py_ssize_t PyObject_Size(PyObject *o) noexcept;
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsCharBuffer(PyObject *obj, const char **buffer, Py_ssize_t *buffer_len) noexcept;
#endif
Py_ssize_t PyObject_Length(PyObject *o) noexcept;
PyObject *PyObject_GetItem(PyObject *o, PyObject *key) noexcept;
#if PY3FFI_BEFORE(3, 13)
int PyObject_CheckReadBuffer(PyObject *obj) noexcept;
#endif
int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v) noexcept;
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsReadBuffer(PyObject *obj, const void **buffer, Py_ssize_t *buffer_len) noexcept;
#endif
int PyObject_DelItemString(PyObject *o, const char *key) noexcept;
int PyObject_DelItem(PyObject *o, PyObject *key) noexcept;
#if PY3FFI_BEFORE(3, 13)
int PyObject_AsWriteBuffer(PyObject *obj, void **buffer, Py_ssize_t *buffer_len) noexcept;
#endif
PyObject *PyObject_Format(PyObject *obj, PyObject *format_spec) noexcept;
PyObject *PyObject_GetIter(PyObject *) noexcept;
#if PY3FFI_SINCE(3, 10)
PyObject *PyObject_GetAIter(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 8)
int PyIter_Check(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 10)
int PyAIter_Check(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 14)
int PyIter_NextItem(PyObject *iter, PyObject **item) noexcept;
#endif
PyObject *PyIter_Next(PyObject *) noexcept;
#if PY3FFI_SINCE(3, 10)
PySendResult PyIter_Send(PyObject *, PyObject *, PyObject **) noexcept;
#endif
int PyNumber_Check(PyObject *o) noexcept;
PyObject *PyNumber_Add(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_Subtract(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_Multiply(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_MatrixMultiply(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_FloorDivide(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_TrueDivide(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_Remainder(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_Divmod(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_Power(PyObject *o1, PyObject *o2, PyObject *o3) noexcept;
PyObject *PyNumber_Negative(PyObject *o) noexcept;
PyObject *PyNumber_Positive(PyObject *o) noexcept;
PyObject *PyNumber_Absolute(PyObject *o) noexcept;
PyObject *PyNumber_Invert(PyObject *o) noexcept;
PyObject *PyNumber_Lshift(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_Rshift(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_And(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_Xor(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_Or(PyObject *o1, PyObject *o2) noexcept;
#if PY3FFI_SINCE(3, 8)
int PyIndex_Check(PyObject *) noexcept;
#endif
PyObject *PyNumber_Index(PyObject *o) noexcept;
Py_ssize_t PyNumber_AsSsize_t(PyObject *o, PyObject *exc) noexcept;
PyObject *PyNumber_Long(PyObject *o) noexcept;
PyObject *PyNumber_Float(PyObject *o) noexcept;
PyObject *PyNumber_InPlaceAdd(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceSubtract(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceMultiply(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceMatrixMultiply(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceFloorDivide(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceTrueDivide(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceRemainder(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlacePower(PyObject *o1, PyObject *o2, PyObject *o3) noexcept;
PyObject *PyNumber_InPlaceLshift(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceRshift(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceAnd(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceXor(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_InPlaceOr(PyObject *o1, PyObject *o2) noexcept;
PyObject *PyNumber_ToBase(PyObject *n, int base) noexcept;
int PySequence_Check(PyObject *o) noexcept;
Py_ssize_t PySequence_Size(PyObject *o) noexcept;
Py_ssize_t PySequence_Length(PyObject *o) noexcept;
PyObject *PySequence_Concat(PyObject *o1, PyObject *o2) noexcept;
PyObject *PySequence_Repeat(PyObject *o, Py_ssize_t count) noexcept;
PyObject *PySequence_GetItem(PyObject *o, Py_ssize_t i) noexcept;
PyObject *PySequence_GetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2) noexcept;
int PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v) noexcept;
int PySequence_DelItem(PyObject *o, Py_ssize_t i) noexcept;
int PySequence_SetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2, PyObject *v) noexcept;
int PySequence_DelSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2) noexcept;
PyObject *PySequence_Tuple(PyObject *o) noexcept;
PyObject *PySequence_List(PyObject *o) noexcept;
PyObject *PySequence_Fast(PyObject *o, const char *m) noexcept;
Py_ssize_t PySequence_Count(PyObject *o, PyObject *value) noexcept;
int PySequence_Contains(PyObject *seq, PyObject *ob) noexcept;
int PySequence_In(PyObject *o, PyObject *value) noexcept;
Py_ssize_t PySequence_Index(PyObject *o, PyObject *value) noexcept;
PyObject *PySequence_InPlaceConcat(PyObject *o1, PyObject *o2) noexcept;
PyObject *PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t count) noexcept;
int PyMapping_Check(PyObject *o) noexcept;
Py_ssize_t PyMapping_Size(PyObject *o) noexcept;
Py_ssize_t PyMapping_Length(PyObject *o) noexcept;
int PyMapping_HasKeyString(PyObject *o, const char *key) noexcept;
int PyMapping_HasKey(PyObject *o, PyObject *key) noexcept;
#if PY3FFI_SINCE(3, 13)
int PyMapping_HasKeyWithError(PyObject *o, PyObject *key) noexcept;
int PyMapping_HasKeyStringWithError(PyObject *o, const char *key) noexcept;
#endif
PyObject *PyMapping_Keys(PyObject *o) noexcept;
PyObject *PyMapping_Values(PyObject *o) noexcept;
PyObject *PyMapping_Items(PyObject *o) noexcept;
PyObject *PyMapping_GetItemString(PyObject *o, const char *key) noexcept;
#if PY3FFI_SINCE(3, 13)
int PyMapping_GetOptionalItem(PyObject *, PyObject *, PyObject **) noexcept;
int PyMapping_GetOptionalItemString(PyObject *, const char *, PyObject **) noexcept;
#endif
int PyMapping_SetItemString(PyObject *o, const char *key, PyObject *value) noexcept;
int PyObject_IsInstance(PyObject *object, PyObject *typeorclass) noexcept;
int PyObject_IsSubclass(PyObject *object, PyObject *typeorclass) noexcept;
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
