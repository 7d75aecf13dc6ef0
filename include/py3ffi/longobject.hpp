// SPDX-License-Identifier: MIT
// Mirrors CPython's longobject.h: Python ints.
#ifndef PY3FFI_LONGOBJECT_HPP
#define PY3FFI_LONGOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/unicodeobject.hpp"
// </py3ffi:includes>
#include "py3ffi/pyerrors.hpp"  // PyLong_AsPid raises OverflowError
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 14)
inline constexpr int Py_ASNATIVEBYTES_DEFAULTS = - 1;
inline constexpr int Py_ASNATIVEBYTES_BIG_ENDIAN = 0;
inline constexpr int Py_ASNATIVEBYTES_LITTLE_ENDIAN = 1;
inline constexpr int Py_ASNATIVEBYTES_NATIVE_ENDIAN = 3;
inline constexpr int Py_ASNATIVEBYTES_UNSIGNED_BUFFER = 4;
inline constexpr int Py_ASNATIVEBYTES_REJECT_NEGATIVE = 8;
inline constexpr int Py_ASNATIVEBYTES_ALLOW_INDEX = 16;
#endif
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_LIMITED_SINCE(3, 15)
struct PyLongLayout {
    uint8_t bits_per_digit;
    uint8_t digit_size;
    int8_t digits_order;
    int8_t digit_endianness;
};
struct PyLongExport {
    int64_t value;
    uint8_t negative;
    Py_ssize_t ndigits;
    const void *digits;
    Py_uintptr_t _reserved;
};
struct PyLongWriter;
#endif
extern "C" {
PY3FFI_API PyObject *PyLong_FromLong(long) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromLong);
PY3FFI_API PyObject *PyLong_FromUnsignedLong(unsigned long) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromUnsignedLong);
PY3FFI_API PyObject *PyLong_FromSize_t(size_t) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromSize_t);
PY3FFI_API PyObject *PyLong_FromSsize_t(Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromSsize_t);
PY3FFI_API PyObject *PyLong_FromDouble(double) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromDouble);
PY3FFI_API long PyLong_AsLong(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsLong);
PY3FFI_API long PyLong_AsLongAndOverflow(PyObject *, int *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsLongAndOverflow);
PY3FFI_API Py_ssize_t PyLong_AsSsize_t(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsSsize_t);
PY3FFI_API size_t PyLong_AsSize_t(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsSize_t);
PY3FFI_API unsigned long PyLong_AsUnsignedLong(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsUnsignedLong);
PY3FFI_API unsigned long PyLong_AsUnsignedLongMask(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsUnsignedLongMask);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyLong_AsInt(PyObject *) noexcept;
#endif
#if PY3FFI_SINCE(3, 14)
PY3FFI_API PyObject *PyLong_FromInt32(int32_t value) noexcept;
PY3FFI_API PyObject *PyLong_FromUInt32(uint32_t value) noexcept;
PY3FFI_API PyObject *PyLong_FromInt64(int64_t value) noexcept;
PY3FFI_API PyObject *PyLong_FromUInt64(uint64_t value) noexcept;
PY3FFI_API int PyLong_AsInt32(PyObject *obj, int32_t *value) noexcept;
PY3FFI_API int PyLong_AsUInt32(PyObject *obj, uint32_t *value) noexcept;
PY3FFI_API int PyLong_AsInt64(PyObject *obj, int64_t *value) noexcept;
PY3FFI_API int PyLong_AsUInt64(PyObject *obj, uint64_t *value) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 14)
PY3FFI_API Py_ssize_t PyLong_AsNativeBytes(PyObject *v, void *buffer, Py_ssize_t n_bytes, int flags) noexcept;
PY3FFI_API PyObject *PyLong_FromNativeBytes(const void *buffer, size_t n_bytes, int flags) noexcept;
PY3FFI_API PyObject *PyLong_FromUnsignedNativeBytes(const void *buffer, size_t n_bytes, int flags) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyLong_GetInfo() noexcept;
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyLong_FromUnicode(wchar_t *, Py_ssize_t, int) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromUnicode);
#elif (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10)))
PY3FFI_API PyObject *PyLong_FromUnicode(Py_UNICODE *, Py_ssize_t, int) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromUnicode);
#endif
PY3FFI_API double PyLong_AsDouble(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsDouble);
PY3FFI_API PyObject *PyLong_FromVoidPtr(void *) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromVoidPtr);
PY3FFI_API void *PyLong_AsVoidPtr(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsVoidPtr);
PY3FFI_API PyObject *PyLong_FromLongLong(long long) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromLongLong);
PY3FFI_API PyObject *PyLong_FromUnsignedLongLong(unsigned long long) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromUnsignedLongLong);
PY3FFI_API long long PyLong_AsLongLong(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsLongLong);
PY3FFI_API unsigned long long PyLong_AsUnsignedLongLong(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsUnsignedLongLong);
PY3FFI_API unsigned long long PyLong_AsUnsignedLongLongMask(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsUnsignedLongLongMask);
PY3FFI_API long long PyLong_AsLongLongAndOverflow(PyObject *, int *) noexcept PY3FFI_PYPY_NAME(PyPyLong_AsLongLongAndOverflow);
PY3FFI_API PyObject *PyLong_FromString(const char *, char **, int) noexcept PY3FFI_PYPY_NAME(PyPyLong_FromString);
#if PY3FFI_NOT_PYPY
PY3FFI_API unsigned long PyOS_strtoul(const char *, char **, int) noexcept;
PY3FFI_API long PyOS_strtol(const char *, char **, int) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_LIMITED_SINCE(3, 15)
PY3FFI_API const PyLongLayout *PyLong_GetNativeLayout() noexcept;
PY3FFI_API int PyLong_Export(PyObject *obj, PyLongExport *export_long) noexcept;
PY3FFI_API void PyLong_FreeExport(PyLongExport *export_long) noexcept;
PY3FFI_API PyLongWriter *PyLongWriter_Create(int negative, Py_ssize_t ndigits, void **digits) noexcept;
PY3FFI_API PyObject *PyLongWriter_Finish(PyLongWriter *writer) noexcept;
PY3FFI_API void PyLongWriter_Discard(PyLongWriter *writer) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

inline int PyLong_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS); }
inline int PyLong_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyLong_Type); }

inline long PyLong_AS_LONG(PyObject *op) noexcept { return PyLong_AsLong(op); }
#if PY3FFI_NOT_PYPY
// pid_t is int on every platform CPython supports (SIZEOF_PID_T == SIZEOF_INT).
inline PyObject *PyLong_FromPid(long v) noexcept { return PyLong_FromLong(v); }
#endif
namespace detail {
// What PyLong_AsInt does, for where it is missing: long -> int, OverflowError past int.
inline int long_as_int(PyObject *obj) noexcept {
    int overflow;
    long result = PyLong_AsLongAndOverflow(obj, &overflow);
    if (overflow || result > __INT_MAX__ || result < -__INT_MAX__ - 1) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return static_cast<int>(result);
}
}  // namespace detail
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 13)
#if PY3FFI_NOT_PYPY
inline int PyLong_AsPid(PyObject *obj) noexcept { return PyLong_AsInt(obj); }
#endif
#elif PY3FFI_TARGET_SINCE(3, 13)
#if PY3FFI_NOT_PYPY
// 3.13+ headers below a 3.13 floor (PyLong_AsInt is not there)
inline int PyLong_AsPid(PyObject *obj) noexcept { return detail::long_as_int(obj); }
#endif
#elif PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
// GraalPy 25's headers are 3.12.8's, whose PyLong_AsPid raises OverflowError beyond an int
// (3.12.1's, py3ffi's 3.12 form below, does not)
extern "C" PY3FFI_API int _PyLong_AsInt(PyObject *) noexcept;  // not API: what that PyLong_AsPid calls
inline int PyLong_AsPid(PyObject *obj) noexcept { return _PyLong_AsInt(obj); }
#else
#if PY3FFI_NOT_PYPY
inline long PyLong_AsPid(PyObject *obj) noexcept { return PyLong_AsLong(obj); }
#endif
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
