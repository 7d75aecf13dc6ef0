// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/funcobject.h.
#ifndef PY3FFI_CPYTHON_FUNCOBJECT_HPP
#define PY3FFI_CPYTHON_FUNCOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
struct PyFrameConstructor {
    PyObject *fc_globals;
    PyObject *fc_builtins;
    PyObject *fc_name;
    PyObject *fc_qualname;
    PyObject *fc_code;
    PyObject *fc_defaults;
    PyObject *fc_kwdefaults;
    PyObject *fc_closure;
};
#endif
#if PY3FFI_IS_PYPY
struct PyFunctionObject {
    PyObject ob_base;
    PyObject *func_name;
};
#elif !PY3FFI_LIMITED
struct PyFunctionObject {
    PyObject ob_base;
#if PY3FFI_TARGET_SINCE(3, 10)
    PyObject *func_globals;
    PyObject *func_builtins;
    PyObject *func_name;
    PyObject *func_qualname;
#endif
    PyObject *func_code;
#if PY3FFI_BEFORE(3, 10)
    PyObject *func_globals;
#endif
    PyObject *func_defaults;
    PyObject *func_kwdefaults;
    PyObject *func_closure;
    PyObject *func_doc;
#if PY3FFI_BEFORE(3, 10)
    PyObject *func_name;
#endif
    PyObject *func_dict;
    PyObject *func_weakreflist;
    PyObject *func_module;
    PyObject *func_annotations;
#if PY3FFI_BEFORE(3, 10)
    PyObject *func_qualname;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    PyObject *func_annotate;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    PyObject *func_typeparams;
#endif
#if PY3FFI_TARGET_SINCE(3, 8)
    vectorcallfunc vectorcall;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    uint32_t func_version;
#endif
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
enum PyFunction_WatchEvent : unsigned int { PyFunction_EVENT_CREATE = 0, PyFunction_EVENT_DESTROY = 1, PyFunction_EVENT_MODIFY_CODE = 2, PyFunction_EVENT_MODIFY_DEFAULTS = 3, PyFunction_EVENT_MODIFY_KWDEFAULTS = 4, PyFunction_EVENT_MODIFY_QUALNAME = 5 };
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
enum PyFunction_WatchEvent : unsigned int { PyFunction_EVENT_CREATE = 0, PyFunction_EVENT_DESTROY = 1, PyFunction_EVENT_MODIFY_CODE = 2, PyFunction_EVENT_MODIFY_DEFAULTS = 3, PyFunction_EVENT_MODIFY_KWDEFAULTS = 4 };
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
using PyFunction_WatchCallback = int (*)(PyFunction_WatchEvent, PyFunctionObject *, PyObject *);
#endif
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_DATA PyTypeObject PyFunction_Type PY3FFI_PYPY_NAME(PyPyFunction_Type);
PY3FFI_DATA PyTypeObject PyClassMethod_Type PY3FFI_PYPY_NAME(PyPyClassMethod_Type);
PY3FFI_DATA PyTypeObject PyStaticMethod_Type PY3FFI_PYPY_NAME(PyPyStaticMethod_Type);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyFunction_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyFunction_Check);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyFunction_New(PyObject *, PyObject *) noexcept;
PY3FFI_API PyObject *PyFunction_NewWithQualName(PyObject *, PyObject *, PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyFunction_GetCode(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyFunction_GetCode);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyObject *PyFunction_GetGlobals(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyFunction_GetGlobals);
PY3FFI_API PyObject *PyFunction_GetModule(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyFunction_GetModule);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyFunction_GetDefaults(PyObject *) noexcept;
PY3FFI_API int PyFunction_SetDefaults(PyObject *, PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API void PyFunction_SetVectorcall(PyFunctionObject *, vectorcallfunc) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyFunction_GetKwDefaults(PyObject *) noexcept;
PY3FFI_API int PyFunction_SetKwDefaults(PyObject *, PyObject *) noexcept;
PY3FFI_API PyObject *PyFunction_GetClosure(PyObject *) noexcept;
PY3FFI_API int PyFunction_SetClosure(PyObject *, PyObject *) noexcept;
PY3FFI_API PyObject *PyFunction_GetAnnotations(PyObject *) noexcept;
PY3FFI_API int PyFunction_SetAnnotations(PyObject *, PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyClassMethod_New(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyClassMethod_New);
PY3FFI_API PyObject *PyStaticMethod_New(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyStaticMethod_New);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int PyFunction_AddWatcher(PyFunction_WatchCallback callback) noexcept;
PY3FFI_API int PyFunction_ClearWatcher(int watcher_id) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
#if PY3FFI_IS_PYPY
inline PyObject *PyFunction_GET_CODE(PyObject *f) noexcept { return PyFunction_GetCode(f); }  // PyPy's macro
#else
inline PyObject *PyFunction_GET_CODE(PyObject *f) noexcept {
    return reinterpret_cast<PyFunctionObject *>(f)->func_code;
}
#endif
#if PY3FFI_NOT_PYPY
inline PyObject *PyFunction_GET_GLOBALS(PyObject *f) noexcept {
    return reinterpret_cast<PyFunctionObject *>(f)->func_globals;
}
inline PyObject *PyFunction_GET_MODULE(PyObject *f) noexcept {
    return reinterpret_cast<PyFunctionObject *>(f)->func_module;
}
inline PyObject *PyFunction_GET_DEFAULTS(PyObject *f) noexcept {
    return reinterpret_cast<PyFunctionObject *>(f)->func_defaults;
}
inline PyObject *PyFunction_GET_KW_DEFAULTS(PyObject *f) noexcept {
    return reinterpret_cast<PyFunctionObject *>(f)->func_kwdefaults;
}
inline PyObject *PyFunction_GET_CLOSURE(PyObject *f) noexcept {
    return reinterpret_cast<PyFunctionObject *>(f)->func_closure;
}
inline PyObject *PyFunction_GET_ANNOTATIONS(PyObject *f) noexcept {
    return reinterpret_cast<PyFunctionObject *>(f)->func_annotations;
}
#endif
#endif

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline int PyFunction_Check(PyObject *op) noexcept { return detail::is_type(op, &PyFunction_Type); }
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_BEFORE(3, 11)
// 3.10: the function's globals, builtins, name, qualname, code, defaults, kwdefaults and
// closure, in PyFrameConstructor's order, start at func_globals.
inline PyFrameConstructor *PyFunction_AS_FRAME_CONSTRUCTOR(PyObject *func) noexcept {
    return reinterpret_cast<PyFrameConstructor *>(&reinterpret_cast<PyFunctionObject *>(func)->func_globals);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
