// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/datetime.h.
#ifndef PY3FFI_DATETIME_HPP
#define PY3FFI_DATETIME_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/pycapsule.hpp"  // PyCapsule_Import
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY
struct PyDateTime_Delta {
    PyObject ob_base;
    int days;
    int seconds;
    int microseconds;
};
#elif !PY3FFI_LIMITED
struct PyDateTime_Delta {
    PyObject ob_base;
    Py_hash_t hashcode;
    int days;
    int seconds;
    int microseconds;
};
#endif
#if !PY3FFI_LIMITED
struct PyDateTime_TZInfo {
    PyObject ob_base;
};
#endif
#if PY3FFI_IS_PYPY
struct PyDateTime_Time {
    PyObject ob_base;
    unsigned char hastzinfo;
    PyObject *tzinfo;
};
#elif !PY3FFI_LIMITED
struct PyDateTime_Time {
    PyObject ob_base;
    Py_hash_t hashcode;
    char hastzinfo;
    unsigned char data[6];
    unsigned char fold;
    PyObject *tzinfo;
};
#endif
#if PY3FFI_IS_PYPY
struct PyDateTime_Date {
    PyObject ob_base;
};
#elif !PY3FFI_LIMITED
struct PyDateTime_Date {
    PyObject ob_base;
    Py_hash_t hashcode;
    char hastzinfo;
    unsigned char data[4];
};
#endif
#if PY3FFI_IS_PYPY
struct PyDateTime_DateTime {
    PyObject ob_base;
    unsigned char hastzinfo;
    PyObject *tzinfo;
};
#elif !PY3FFI_LIMITED
struct PyDateTime_DateTime {
    PyObject ob_base;
    Py_hash_t hashcode;
    char hastzinfo;
    unsigned char data[10];
    unsigned char fold;
    PyObject *tzinfo;
};
#endif
#if !PY3FFI_LIMITED
struct PyDateTime_CAPI {
    PyTypeObject *DateType;
    PyTypeObject *DateTimeType;
    PyTypeObject *TimeType;
    PyTypeObject *DeltaType;
    PyTypeObject *TZInfoType;
    PyObject *TimeZone_UTC;
    PyObject *(*Date_FromDate)(int, int, int, PyTypeObject *);
    PyObject *(*DateTime_FromDateAndTime)(int, int, int, int, int, int, int, PyObject *, PyTypeObject *);
    PyObject *(*Time_FromTime)(int, int, int, int, PyObject *, PyTypeObject *);
    PyObject *(*Delta_FromDelta)(int, int, int, int, PyTypeObject *);
    PyObject *(*TimeZone_FromTimeZone)(PyObject *, PyObject *);
    PyObject *(*DateTime_FromTimestamp)(PyObject *, PyObject *, PyObject *);
    PyObject *(*Date_FromTimestamp)(PyObject *, PyObject *);
    PyObject *(*DateTime_FromDateAndTimeAndFold)(int, int, int, int, int, int, int, PyObject *, int, PyTypeObject *);
    PyObject *(*Time_FromTimeAndFold)(int, int, int, int, PyObject *, int, PyTypeObject *);
};
#endif
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API int PyDateTime_GET_YEAR(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_GET_YEAR);
PY3FFI_API int PyDateTime_GET_MONTH(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_GET_MONTH);
PY3FFI_API int PyDateTime_GET_DAY(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_GET_DAY);
PY3FFI_API int PyDateTime_DATE_GET_HOUR(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_DATE_GET_HOUR);
PY3FFI_API int PyDateTime_DATE_GET_MINUTE(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_DATE_GET_MINUTE);
PY3FFI_API int PyDateTime_DATE_GET_SECOND(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_DATE_GET_SECOND);
PY3FFI_API int PyDateTime_DATE_GET_MICROSECOND(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_DATE_GET_MICROSECOND);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyDateTime_DATE_GET_TZINFO(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_DATE_GET_TZINFO);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyDateTime_TIME_GET_HOUR(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_TIME_GET_HOUR);
PY3FFI_API int PyDateTime_TIME_GET_MINUTE(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_TIME_GET_MINUTE);
PY3FFI_API int PyDateTime_TIME_GET_SECOND(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_TIME_GET_SECOND);
PY3FFI_API int PyDateTime_TIME_GET_MICROSECOND(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_TIME_GET_MICROSECOND);
PY3FFI_API int PyDateTime_TIME_GET_FOLD(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_TIME_GET_FOLD);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyDateTime_TIME_GET_TZINFO(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_TIME_GET_TZINFO);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyDateTime_DELTA_GET_DAYS(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_DELTA_GET_DAYS);
PY3FFI_API int PyDateTime_DELTA_GET_SECONDS(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_DELTA_GET_SECONDS);
PY3FFI_API int PyDateTime_DELTA_GET_MICROSECONDS(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_DELTA_GET_MICROSECONDS);
PY3FFI_API int PyDate_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDate_Check);
PY3FFI_API int PyDate_CheckExact(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDate_CheckExact);
PY3FFI_API int PyDateTime_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_Check);
PY3FFI_API int PyDateTime_CheckExact(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_CheckExact);
PY3FFI_API int PyTime_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyTime_Check);
PY3FFI_API int PyTime_CheckExact(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyTime_CheckExact);
PY3FFI_API int PyDelta_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDelta_Check);
PY3FFI_API int PyDelta_CheckExact(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDelta_CheckExact);
PY3FFI_API int PyTZInfo_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyTZInfo_Check);
PY3FFI_API int PyTZInfo_CheckExact(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyTZInfo_CheckExact);
PY3FFI_API PyObject *PyDateTime_FromTimestamp(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_FromTimestamp);
PY3FFI_API PyObject *PyDate_FromTimestamp(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyDate_FromTimestamp);
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyObject *PyTruffle_PyDateTime_GET_TZINFO(PyObject *) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int GraalPyDateTime_GET_YEAR(PyObject *) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API long PyTruffle_PyDateTime_GET_LONG_FIELD(PyObject *o, const char *field_name) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int GraalPyDateTime_GET_MONTH(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_GET_DAY(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_DATE_GET_HOUR(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_DATE_GET_MINUTE(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_DATE_GET_SECOND(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_DATE_GET_MICROSECOND(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_DATE_GET_FOLD(PyObject *) noexcept;
PY3FFI_API PyObject *GraalPyDateTime_DATE_GET_TZINFO(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_TIME_GET_HOUR(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_TIME_GET_MINUTE(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_TIME_GET_SECOND(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_TIME_GET_MICROSECOND(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_TIME_GET_FOLD(PyObject *) noexcept;
PY3FFI_API PyObject *GraalPyDateTime_TIME_GET_TZINFO(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_DELTA_GET_DAYS(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_DELTA_GET_SECONDS(PyObject *) noexcept;
PY3FFI_API int GraalPyDateTime_DELTA_GET_MICROSECONDS(PyObject *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
// ---- the datetime C API ---------------------------------------------------------------------
#if PY3FFI_IS_PYPY
// PyPy: the table is PyPy's own datum, which its _PyDateTime_Import returns (no capsule)
extern "C" {
PY3FFI_DATA PyDateTime_CAPI *PyDateTimeAPI PY3FFI_PYPY_NAME(PyPyDateTimeAPI);
PY3FFI_API PyDateTime_CAPI *_PyDateTime_Import() noexcept PY3FFI_PYPY_NAME(_PyPyDateTime_Import);
}
#else
inline constexpr char PyDateTime_CAPSULE_NAME[] = "datetime.datetime_CAPI";
// The capsule's table, once imported: one per module here (C has one per translation unit).
inline PyDateTime_CAPI *PyDateTimeAPI = nullptr;
#endif

namespace detail {
// PyDateTime_IMPORT: import the capsule once; safe from any thread, as 3.15's (a lost race
// keeps the pointer the winner stored: both are the same table).
inline PyDateTime_CAPI *datetime_import() noexcept {
#if PY3FFI_IS_PYPY
    return PyDateTimeAPI = _PyDateTime_Import();  // PyPy's PyDateTime_IMPORT
#else
    PyDateTime_CAPI *val = load_seq_cst(&PyDateTimeAPI);
    if (!val) {
        auto *capi = static_cast<PyDateTime_CAPI *>(PyCapsule_Import(PyDateTime_CAPSULE_NAME, 0));
        if (capi) {
            compare_exchange(&PyDateTimeAPI, &val, capi);
            return capi;
        }
    }
    return val;
#endif
}
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY  // (theirs have no hastzinfo)
inline PyObject *has_tzinfo_or_none(PyObject *o, PyObject *tzinfo) noexcept {
    // (every datetime object begins with the same head: PyDateTime_Date's will do)
    return reinterpret_cast<PyDateTime_Date *>(o)->hastzinfo ? tzinfo : static_cast<PyObject *>(Py_None);
}
#endif
}  // namespace detail
// PyDateTime_IMPORT is a statement in C; the table (NULL with an exception set on failure).
#define PY3FFI_DATETIME_IMPORT (::py3ffi::detail::datetime_import())

namespace detail {
inline PyObject *datetime_utc() noexcept { return PyDateTimeAPI->TimeZone_UTC; }
}  // namespace detail
// PyDateTime_TimeZone_UTC: an expression in C, read from the table when used
inline constexpr detail::value<&detail::datetime_utc> PyDateTime_TimeZone_UTC{};

#if PY3FFI_NOT_PYPY
inline int PyDate_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, PyDateTimeAPI->DateType); }
inline int PyDate_CheckExact(PyObject *op) noexcept { return detail::is_type(op, PyDateTimeAPI->DateType); }
inline int PyDateTime_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, PyDateTimeAPI->DateTimeType); }
inline int PyDateTime_CheckExact(PyObject *op) noexcept { return detail::is_type(op, PyDateTimeAPI->DateTimeType); }
inline int PyTime_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, PyDateTimeAPI->TimeType); }
inline int PyTime_CheckExact(PyObject *op) noexcept { return detail::is_type(op, PyDateTimeAPI->TimeType); }
inline int PyDelta_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, PyDateTimeAPI->DeltaType); }
inline int PyDelta_CheckExact(PyObject *op) noexcept { return detail::is_type(op, PyDateTimeAPI->DeltaType); }
inline int PyTZInfo_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, PyDateTimeAPI->TZInfoType); }
inline int PyTZInfo_CheckExact(PyObject *op) noexcept { return detail::is_type(op, PyDateTimeAPI->TZInfoType); }
#endif

#if PY3FFI_IS_GRAALPY
// GraalPy's macros: its calls (25's GraalPyDateTime_*; 24 reads a field by its name), with their
// casts
#if PY3FFI_TARGET_SINCE(3, 12)
#define PY3FFI_GRAALPY_FIELD(type, name, field) static_cast<type>(GraalPyDateTime_##name(o))
#else
#define PY3FFI_GRAALPY_FIELD(type, name, field) static_cast<type>(PyTruffle_PyDateTime_GET_LONG_FIELD(o, field))
#endif
inline int PyDateTime_GET_YEAR(PyObject *o) noexcept { return PY3FFI_GRAALPY_FIELD(int, GET_YEAR, "year"); }
inline int PyDateTime_GET_MONTH(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, GET_MONTH, "month");
}
inline int PyDateTime_GET_DAY(PyObject *o) noexcept { return PY3FFI_GRAALPY_FIELD(unsigned char, GET_DAY, "day"); }
inline int PyDateTime_DATE_GET_HOUR(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, DATE_GET_HOUR, "hour");
}
inline int PyDateTime_DATE_GET_MINUTE(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, DATE_GET_MINUTE, "minute");
}
inline int PyDateTime_DATE_GET_SECOND(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, DATE_GET_SECOND, "second");
}
inline int PyDateTime_DATE_GET_MICROSECOND(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(int, DATE_GET_MICROSECOND, "microsecond");
}
inline int PyDateTime_DATE_GET_FOLD(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, DATE_GET_FOLD, "fold");
}
inline int PyDateTime_TIME_GET_HOUR(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, TIME_GET_HOUR, "hour");
}
inline int PyDateTime_TIME_GET_MINUTE(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, TIME_GET_MINUTE, "minute");
}
inline int PyDateTime_TIME_GET_SECOND(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, TIME_GET_SECOND, "second");
}
inline int PyDateTime_TIME_GET_MICROSECOND(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(int, TIME_GET_MICROSECOND, "microsecond");
}
inline int PyDateTime_TIME_GET_FOLD(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(unsigned char, TIME_GET_FOLD, "fold");
}
inline int PyDateTime_DELTA_GET_DAYS(PyObject *o) noexcept { return PY3FFI_GRAALPY_FIELD(int, DELTA_GET_DAYS, "days"); }
inline int PyDateTime_DELTA_GET_SECONDS(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(int, DELTA_GET_SECONDS, "seconds");
}
inline int PyDateTime_DELTA_GET_MICROSECONDS(PyObject *o) noexcept {
    return PY3FFI_GRAALPY_FIELD(int, DELTA_GET_MICROSECONDS, "microseconds");
}
#undef PY3FFI_GRAALPY_FIELD
inline PyObject *PyDateTime_DATE_GET_TZINFO(PyObject *o) noexcept {
#if PY3FFI_TARGET_SINCE(3, 12)
    return GraalPyDateTime_DATE_GET_TZINFO(o);
#else
    return PyTruffle_PyDateTime_GET_TZINFO(o);
#endif
}
inline PyObject *PyDateTime_TIME_GET_TZINFO(PyObject *o) noexcept {
#if PY3FFI_TARGET_SINCE(3, 12)
    return GraalPyDateTime_TIME_GET_TZINFO(o);
#else
    return PyTruffle_PyDateTime_GET_TZINFO(o);
#endif
}
#elif PY3FFI_NOT_PYPY
// The fields, as the C macros read them (no checks)
inline int PyDateTime_GET_YEAR(PyObject *o) noexcept {
    const unsigned char *d = reinterpret_cast<PyDateTime_Date *>(o)->data;
    return d[0] << 8 | d[1];
}
inline int PyDateTime_GET_MONTH(PyObject *o) noexcept { return reinterpret_cast<PyDateTime_Date *>(o)->data[2]; }
inline int PyDateTime_GET_DAY(PyObject *o) noexcept { return reinterpret_cast<PyDateTime_Date *>(o)->data[3]; }
inline int PyDateTime_DATE_GET_HOUR(PyObject *o) noexcept {
    return reinterpret_cast<PyDateTime_DateTime *>(o)->data[4];
}
inline int PyDateTime_DATE_GET_MINUTE(PyObject *o) noexcept {
    return reinterpret_cast<PyDateTime_DateTime *>(o)->data[5];
}
inline int PyDateTime_DATE_GET_SECOND(PyObject *o) noexcept {
    return reinterpret_cast<PyDateTime_DateTime *>(o)->data[6];
}
inline int PyDateTime_DATE_GET_MICROSECOND(PyObject *o) noexcept {
    const unsigned char *d = reinterpret_cast<PyDateTime_DateTime *>(o)->data;
    return d[7] << 16 | d[8] << 8 | d[9];
}
inline int PyDateTime_DATE_GET_FOLD(PyObject *o) noexcept { return reinterpret_cast<PyDateTime_DateTime *>(o)->fold; }
inline int PyDateTime_TIME_GET_HOUR(PyObject *o) noexcept { return reinterpret_cast<PyDateTime_Time *>(o)->data[0]; }
inline int PyDateTime_TIME_GET_MINUTE(PyObject *o) noexcept { return reinterpret_cast<PyDateTime_Time *>(o)->data[1]; }
inline int PyDateTime_TIME_GET_SECOND(PyObject *o) noexcept { return reinterpret_cast<PyDateTime_Time *>(o)->data[2]; }
inline int PyDateTime_TIME_GET_MICROSECOND(PyObject *o) noexcept {
    const unsigned char *d = reinterpret_cast<PyDateTime_Time *>(o)->data;
    return d[3] << 16 | d[4] << 8 | d[5];
}
inline int PyDateTime_TIME_GET_FOLD(PyObject *o) noexcept { return reinterpret_cast<PyDateTime_Time *>(o)->fold; }
inline int PyDateTime_DELTA_GET_DAYS(PyObject *o) noexcept { return reinterpret_cast<PyDateTime_Delta *>(o)->days; }
inline int PyDateTime_DELTA_GET_SECONDS(PyObject *o) noexcept {
    return reinterpret_cast<PyDateTime_Delta *>(o)->seconds;
}
inline int PyDateTime_DELTA_GET_MICROSECONDS(PyObject *o) noexcept {
    return reinterpret_cast<PyDateTime_Delta *>(o)->microseconds;
}
#endif
#if PY3FFI_IS_PYPY
// PyPy's PyDateTime_DATE_GET_FOLD is a macro for its exported PyDateTime_GET_FOLD
extern "C" PY3FFI_API int PyDateTime_DATE_GET_FOLD(void *) noexcept PY3FFI_PYPY_NAME(PyPyDateTime_GET_FOLD);
#endif
#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
inline PyObject *PyDateTime_DATE_GET_TZINFO(PyObject *o) noexcept {
    return detail::has_tzinfo_or_none(o, reinterpret_cast<PyDateTime_DateTime *>(o)->tzinfo);
}
inline PyObject *PyDateTime_TIME_GET_TZINFO(PyObject *o) noexcept {
    return detail::has_tzinfo_or_none(o, reinterpret_cast<PyDateTime_Time *>(o)->tzinfo);
}
#endif

// The constructors, through the capsule's table
inline PyObject *PyDate_FromDate(int year, int month, int day) noexcept {
    return PyDateTimeAPI->Date_FromDate(year, month, day, PyDateTimeAPI->DateType);
}
inline PyObject *PyDateTime_FromDateAndTime(int year, int month, int day, int hour, int min, int sec,
                                            int usec) noexcept {
    return PyDateTimeAPI->DateTime_FromDateAndTime(year, month, day, hour, min, sec, usec, Py_None,
                                                   PyDateTimeAPI->DateTimeType);
}
inline PyObject *PyDateTime_FromDateAndTimeAndFold(int year, int month, int day, int hour, int min, int sec, int usec,
                                                   int fold) noexcept {
    return PyDateTimeAPI->DateTime_FromDateAndTimeAndFold(year, month, day, hour, min, sec, usec, Py_None, fold,
                                                          PyDateTimeAPI->DateTimeType);
}
inline PyObject *PyTime_FromTime(int hour, int minute, int second, int usecond) noexcept {
    return PyDateTimeAPI->Time_FromTime(hour, minute, second, usecond, Py_None, PyDateTimeAPI->TimeType);
}
inline PyObject *PyTime_FromTimeAndFold(int hour, int minute, int second, int usecond, int fold) noexcept {
    return PyDateTimeAPI->Time_FromTimeAndFold(hour, minute, second, usecond, Py_None, fold, PyDateTimeAPI->TimeType);
}
inline PyObject *PyDelta_FromDSU(int days, int seconds, int useconds) noexcept {
    return PyDateTimeAPI->Delta_FromDelta(days, seconds, useconds, 1, PyDateTimeAPI->DeltaType);
}
inline PyObject *PyTimeZone_FromOffset(PyObject *offset) noexcept {
    return PyDateTimeAPI->TimeZone_FromTimeZone(offset, nullptr);
}
inline PyObject *PyTimeZone_FromOffsetAndName(PyObject *offset, PyObject *name) noexcept {
    return PyDateTimeAPI->TimeZone_FromTimeZone(offset, name);
}
#if PY3FFI_NOT_PYPY
inline PyObject *PyDateTime_FromTimestamp(PyObject *args) noexcept {
    return PyDateTimeAPI->DateTime_FromTimestamp(reinterpret_cast<PyObject *>(PyDateTimeAPI->DateTimeType), args,
                                                 nullptr);
}
inline PyObject *PyDate_FromTimestamp(PyObject *args) noexcept {
    return PyDateTimeAPI->Date_FromTimestamp(reinterpret_cast<PyObject *>(PyDateTimeAPI->DateType), args);
}
#endif
#endif  // !PY3FFI_LIMITED
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
