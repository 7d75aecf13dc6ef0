// SPDX-License-Identifier: MIT
// py3ffi::compat: the newer convenience functions on every supported target. Each name is
// py3ffi's own declaration where the target has it (a using-declaration), and an inline backport
// where it does not, written with older API only and ABI-safe (the stable ABI's functions in a
// limited build). So code written against 3.13's API runs on 3.7:
//
//     using namespace py3ffi::compat;   // or py3ffi::compat::PyDict_GetItemRef(...)
//
// The gate of each backport is the exact negation of the real one's (tests/test_compat.py proves
// that for every configuration the two never both exist and one always does).
#ifndef PY3FFI_COMPAT_HPP
#define PY3FFI_COMPAT_HPP
#include "py3ffi/py3ffi.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {
namespace compat {

// ---- 3.10 -----------------------------------------------------------------------------
#if PY3FFI_TARGET_SINCE(3, 10)
using ::py3ffi::Py_NewRef;
using ::py3ffi::Py_XNewRef;
using ::py3ffi::Py_Is;
using ::py3ffi::Py_IsNone;
#else
inline PyObject *Py_NewRef(PyObject *obj) noexcept {
    Py_INCREF(obj);
    return obj;
}
inline PyObject *Py_XNewRef(PyObject *obj) noexcept {
    Py_XINCREF(obj);
    return obj;
}
inline int Py_Is(PyObject *x, PyObject *y) noexcept { return x == y; }
inline int Py_IsNone(PyObject *x) noexcept { return x == static_cast<PyObject *>(Py_None); }
#endif
#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY  // (PyPy's headers lack these two)
using ::py3ffi::Py_IsTrue;
using ::py3ffi::Py_IsFalse;
#else
inline int Py_IsTrue(PyObject *x) noexcept { return x == static_cast<PyObject *>(Py_True); }
inline int Py_IsFalse(PyObject *x) noexcept { return x == static_cast<PyObject *>(Py_False); }
#endif

#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
using ::py3ffi::PyObject_CallNoArgs;
#else
inline PyObject *PyObject_CallNoArgs(PyObject *func) noexcept { return PyObject_CallObject(func, nullptr); }
#endif

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)  // (3.9 and 3.10: py3ffi's inline form)
using ::py3ffi::PyObject_CallOneArg;
#else
inline PyObject *PyObject_CallOneArg(PyObject *func, PyObject *arg) noexcept {
    return PyObject_CallFunctionObjArgs(func, arg, nullptr);
}
#endif

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
using ::py3ffi::PyObject_CallMethodNoArgs;
using ::py3ffi::PyObject_CallMethodOneArg;
#else
inline PyObject *PyObject_CallMethodNoArgs(PyObject *obj, PyObject *name) noexcept {
    return PyObject_CallMethodObjArgs(obj, name, nullptr);
}
inline PyObject *PyObject_CallMethodOneArg(PyObject *obj, PyObject *name, PyObject *arg) noexcept {
    return PyObject_CallMethodObjArgs(obj, name, arg, nullptr);
}
#endif

#if PY3FFI_SINCE(3, 10)
using ::py3ffi::PyModule_AddObjectRef;
#else
inline int PyModule_AddObjectRef(PyObject *mod, const char *name, PyObject *value) noexcept {
    if (!value && !PyErr_Occurred()) {
        PyErr_SetString(PyExc_SystemError,
                        "PyModule_AddObjectRef() must be called with an exception raised if value is NULL");
        return -1;
    }
    Py_XINCREF(value);
    int res = PyModule_AddObject(mod, name, value);  // steals value on success only
    if (res < 0) Py_XDECREF(value);
    return res;
}
#endif

// ---- 3.13 -----------------------------------------------------------------------------
#if PY3FFI_SINCE(3, 13)
using ::py3ffi::PyModule_Add;
#else
inline int PyModule_Add(PyObject *mod, const char *name, PyObject *value) noexcept {
    int res = compat::PyModule_AddObjectRef(mod, name, value);
    Py_XDECREF(value);
    return res;
}
#endif

#if PY3FFI_SINCE(3, 13)
using ::py3ffi::PyDict_GetItemRef;
using ::py3ffi::PyDict_GetItemStringRef;
#else
inline int PyDict_GetItemRef(PyObject *mp, PyObject *key, PyObject **result) noexcept {
    PyObject *item = PyDict_GetItemWithError(mp, key);  // borrowed
    if (item) {
        *result = compat::Py_NewRef(item);
        return 1;
    }
    *result = nullptr;
    return PyErr_Occurred() ? -1 : 0;
}
inline int PyDict_GetItemStringRef(PyObject *mp, const char *key, PyObject **result) noexcept {
    PyObject *k = PyUnicode_FromString(key);
    if (!k) {
        *result = nullptr;
        return -1;
    }
    int res = compat::PyDict_GetItemRef(mp, k, result);
    Py_DECREF(k);
    return res;
}
#endif

#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
using ::py3ffi::PyDict_SetDefaultRef;
#elif !PY3FFI_LIMITED
// (full API only: the limited API below 3.15 has no PyDict_SetDefault to build it on)
inline int PyDict_SetDefaultRef(PyObject *d, PyObject *key, PyObject *default_value, PyObject **result) noexcept {
    PyObject *value;
    int present = compat::PyDict_GetItemRef(d, key, &value);
    if (present < 0) {
        if (result) *result = nullptr;
        return -1;
    }
    if (present) {
        if (result) *result = value;
        else Py_DECREF(value);
        return 1;
    }
    value = PyDict_SetDefault(d, key, default_value);  // borrowed
    if (!value) {
        if (result) *result = nullptr;
        return -1;
    }
    if (result) *result = compat::Py_NewRef(value);
    return 0;
}
#endif

#if PY3FFI_SINCE(3, 13)
using ::py3ffi::PyList_GetItemRef;
#else
inline PyObject *PyList_GetItemRef(PyObject *op, Py_ssize_t index) noexcept {
    return compat::Py_XNewRef(PyList_GetItem(op, index));
}
#endif

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
using ::py3ffi::PyList_Extend;
using ::py3ffi::PyList_Clear;
#else
inline int PyList_Extend(PyObject *list, PyObject *iterable) noexcept {
    return PyList_SetSlice(list, PY_SSIZE_T_MAX, PY_SSIZE_T_MAX, iterable);
}
inline int PyList_Clear(PyObject *list) noexcept { return PyList_SetSlice(list, 0, PY_SSIZE_T_MAX, nullptr); }
#endif

#if PY3FFI_SINCE(3, 13)
using ::py3ffi::PyImport_AddModuleRef;
#else
inline PyObject *PyImport_AddModuleRef(const char *name) noexcept {
    return compat::Py_XNewRef(PyImport_AddModule(name));
}
#endif

#if PY3FFI_SINCE(3, 13)
using ::py3ffi::PyWeakref_GetRef;
#else
namespace detail {
// The stable ABI keeps exporting it where newer headers no longer declare it (3.15).
extern "C" PY3FFI_API PyObject *PyWeakref_GetObject(PyObject *ref) noexcept;
}  // namespace detail
inline int PyWeakref_GetRef(PyObject *ref, PyObject **pobj) noexcept {
    if (!ref || !PyWeakref_Check(ref)) {
        *pobj = nullptr;
        PyErr_SetString(PyExc_TypeError, "expected a weakref");
        return -1;
    }
    PyObject *obj = detail::PyWeakref_GetObject(ref);  // borrowed; None once the referent is gone
    if (!obj) {
        *pobj = nullptr;
        return -1;
    }
    if (obj == static_cast<PyObject *>(Py_None)) {
        *pobj = nullptr;
        return 0;
    }
    *pobj = compat::Py_NewRef(obj);
    return 1;
}
#endif

#if PY3FFI_SINCE(3, 13)
using ::py3ffi::PyObject_GetOptionalAttr;
using ::py3ffi::PyObject_GetOptionalAttrString;
using ::py3ffi::PyObject_HasAttrWithError;
#else
inline int PyObject_GetOptionalAttr(PyObject *obj, PyObject *name, PyObject **result) noexcept {
    *result = PyObject_GetAttr(obj, name);
    if (*result) return 1;
    if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return -1;
    PyErr_Clear();
    return 0;
}
inline int PyObject_GetOptionalAttrString(PyObject *obj, const char *name, PyObject **result) noexcept {
    PyObject *n = PyUnicode_FromString(name);
    if (!n) {
        *result = nullptr;
        return -1;
    }
    int res = compat::PyObject_GetOptionalAttr(obj, n, result);
    Py_DECREF(n);
    return res;
}
inline int PyObject_HasAttrWithError(PyObject *obj, PyObject *name) noexcept {
    PyObject *res;
    int rc = compat::PyObject_GetOptionalAttr(obj, name, &res);
    Py_XDECREF(res);
    return rc;
}
#endif

#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 13)
using ::py3ffi::PyLong_AsInt;
#else
inline int PyLong_AsInt(PyObject *obj) noexcept { return ::py3ffi::detail::long_as_int(obj); }
#endif

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
using ::py3ffi::PyThreadState_GetUnchecked;
#elif !PY3FFI_LIMITED
namespace detail {
// not API: what 3.13's function was (PyPy's headers name it _PyPyThreadState_UncheckedGet)
extern "C" PY3FFI_API PyThreadState *_PyThreadState_UncheckedGet() noexcept
    PY3FFI_PYPY_NAME(_PyPyThreadState_UncheckedGet);
}  // namespace detail
inline PyThreadState *PyThreadState_GetUnchecked() noexcept { return detail::_PyThreadState_UncheckedGet(); }
#endif

#if PY3FFI_SINCE(3, 13)
using ::py3ffi::PyUnicode_EqualToUTF8AndSize;
using ::py3ffi::PyUnicode_EqualToUTF8;
#else
inline int PyUnicode_EqualToUTF8AndSize(PyObject *unicode, const char *str, Py_ssize_t size) noexcept {
    // (the function never fails: what cannot be encoded is not equal)
#if PY3FFI_LIMITED_SINCE(3, 10)
    Py_ssize_t len;
    const char *utf8 = PyUnicode_AsUTF8AndSize(unicode, &len);
    PyObject *holder = nullptr;
#else
    char *utf8 = nullptr;
    Py_ssize_t len = 0;
    PyObject *holder = PyUnicode_AsUTF8String(unicode);
    if (holder && PyBytes_AsStringAndSize(holder, &utf8, &len) < 0) utf8 = nullptr;
#endif
    int equal = 0;
    if (!utf8) {
        PyErr_Clear();
    } else if (len == size) {
        equal = 1;
        for (Py_ssize_t i = 0; i < len && equal; ++i) equal = utf8[i] == str[i];
    }
    Py_XDECREF(holder);
    return equal;
}
inline int PyUnicode_EqualToUTF8(PyObject *unicode, const char *str) noexcept {
    Py_ssize_t n = 0;
    while (str[n]) ++n;
    return compat::PyUnicode_EqualToUTF8AndSize(unicode, str, n);
}
#endif

// ---- 3.14 -----------------------------------------------------------------------------
#if PY3FFI_SINCE(3, 14)
using ::py3ffi::PyIter_NextItem;
#else
inline int PyIter_NextItem(PyObject *iter, PyObject **item) noexcept {
    // (not every target has PyIter_Check: an iterator is what has __next__)
    if (!PyObject_HasAttrString(iter, "__next__")) {
        *item = nullptr;
        PyObject *type = PyObject_Type(iter);
        PyObject *name = type ? PyObject_GetAttrString(type, "__name__") : nullptr;
        if (name) PyErr_Format(PyExc_TypeError, "expected an iterator, got '%U'", name);
        Py_XDECREF(name);
        Py_XDECREF(type);
        return -1;
    }
    *item = PyIter_Next(iter);
    if (*item) return 1;
    return PyErr_Occurred() ? -1 : 0;
}
#endif

}  // namespace compat
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
