// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/modsupport.h.
#ifndef PY3FFI_MODSUPPORT_HPP
#define PY3FFI_MODSUPPORT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/patchlevel.hpp"  // PYTHON_API_VERSION (there since 3.15), for PyModule_Create
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int Py_CLEANUP_SUPPORTED = 0x20000;
#if PY3FFI_SINCE(3, 15)
struct PyABIInfo {
    uint8_t abiinfo_major_version;
    uint8_t abiinfo_minor_version;
    uint16_t flags;
    uint32_t build_version;
    uint32_t abi_version;
};
inline constexpr int PyABIInfo_STABLE = 0x0001;
inline constexpr int PyABIInfo_GIL = 0x0002;
inline constexpr int PyABIInfo_FREETHREADED = 0x0004;
inline constexpr int PyABIInfo_INTERNAL = 0x0008;
inline constexpr int PyABIInfo_FREETHREADING_AGNOSTIC = (PyABIInfo_GIL | PyABIInfo_FREETHREADED);
#endif
extern "C" {
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyArg_Parse(PyObject *, const char *, ...) noexcept PY3FFI_PYPY_NAME(PyPyArg_Parse);
#else
PY3FFI_API int PyArg_Parse(PyObject *, const char *, ...) noexcept PY3FFI_SYMBOLS(_PyArg_Parse_SizeT, _PyPyArg_Parse_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyArg_ParseTuple(PyObject *, const char *, ...) noexcept PY3FFI_PYPY_NAME(PyPyArg_ParseTuple);
#else
PY3FFI_API int PyArg_ParseTuple(PyObject *, const char *, ...) noexcept PY3FFI_SYMBOLS(_PyArg_ParseTuple_SizeT, _PyPyArg_ParseTuple_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyArg_ParseTupleAndKeywords(PyObject *, PyObject *, const char *, char *const *, ...) noexcept PY3FFI_PYPY_NAME(PyPyArg_ParseTupleAndKeywords);
#else
PY3FFI_API int PyArg_ParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, ...) noexcept PY3FFI_SYMBOLS(_PyArg_ParseTupleAndKeywords_SizeT, _PyPyArg_ParseTupleAndKeywords_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyArg_VaParse(PyObject *, const char *, va_list) noexcept PY3FFI_PYPY_NAME(PyPyArg_VaParse);
#else
PY3FFI_API int PyArg_VaParse(PyObject *, const char *, va_list) noexcept PY3FFI_SYMBOLS(_PyArg_VaParse_SizeT, _PyPyArg_VaParse_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyArg_VaParseTupleAndKeywords(PyObject *, PyObject *, const char *, char *const *, va_list) noexcept PY3FFI_PYPY_NAME(PyPyArg_VaParseTupleAndKeywords);
#else
PY3FFI_API int PyArg_VaParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, va_list) noexcept PY3FFI_SYMBOLS(_PyArg_VaParseTupleAndKeywords_SizeT, _PyPyArg_VaParseTupleAndKeywords_SizeT);
#endif
PY3FFI_API int PyArg_ValidateKeywordArguments(PyObject *) noexcept;
PY3FFI_API int PyArg_UnpackTuple(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...) noexcept PY3FFI_PYPY_NAME(PyPyArg_UnpackTuple);
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API PyObject *Py_BuildValue(const char *, ...) noexcept PY3FFI_PYPY_NAME(PyPy_BuildValue);
#else
PY3FFI_API PyObject *Py_BuildValue(const char *, ...) noexcept PY3FFI_SYMBOLS(_Py_BuildValue_SizeT, _PyPy_BuildValue_SizeT);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API PyObject *Py_VaBuildValue(const char *, va_list) noexcept PY3FFI_PYPY_NAME(PyPy_VaBuildValue);
#else
PY3FFI_API PyObject *Py_VaBuildValue(const char *, va_list) noexcept PY3FFI_SYMBOLS(_Py_VaBuildValue_SizeT, _PyPy_VaBuildValue_SizeT);
#endif
#if PY3FFI_SINCE(3, 10)
PY3FFI_API int PyModule_AddObjectRef(PyObject *mod, const char *name, PyObject *value) noexcept PY3FFI_PYPY_NAME(PyPyModule_AddObjectRef);
#endif
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyModule_Add(PyObject *mod, const char *name, PyObject *value) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 10)
PY3FFI_API int PyModule_AddObject(PyObject *mod, const char *, PyObject *value) noexcept PY3FFI_PYPY_NAME(PyPyModule_AddObject);
#else
PY3FFI_API int PyModule_AddObject(PyObject *, const char *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyModule_AddObject);
#endif
PY3FFI_API int PyModule_AddIntConstant(PyObject *, const char *, long) noexcept PY3FFI_PYPY_NAME(PyPyModule_AddIntConstant);
PY3FFI_API int PyModule_AddStringConstant(PyObject *, const char *, const char *) noexcept PY3FFI_PYPY_NAME(PyPyModule_AddStringConstant);
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
PY3FFI_API int PyModule_AddType(PyObject *module, PyTypeObject *type) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API int PyModule_SetDocString(PyObject *, const char *) noexcept;
#endif
PY3FFI_API int PyModule_AddFunctions(PyObject *, PyMethodDef *) noexcept PY3FFI_PYPY_NAME(PyPyModule_AddFunctions);
PY3FFI_API int PyModule_ExecDef(PyObject *module, PyModuleDef *def) noexcept PY3FFI_PYPY_NAME(PyPyModule_ExecDef);
PY3FFI_API PyObject *PyModule_Create2(PyModuleDef *, int apiver) noexcept PY3FFI_PYPY_NAME(PyPyModule_Create2);
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyObject *PyModule_FromDefAndSpec2(PyModuleDef *def, PyObject *spec, int module_api_version) noexcept PY3FFI_PYPY_NAME(PyPyModule_FromDefAndSpec2);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyModule_FromDefAndSpec(PyModuleDef *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyModule_FromDefAndSpec);
#endif
#if PY3FFI_SINCE(3, 15)
PY3FFI_API int PyABIInfo_Check(PyABIInfo *info, const char *module_name) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

// The limited API passes the ABI version, the full API the API version.
inline PyObject *PyModule_Create(PyModuleDef *module) noexcept {
    return PyModule_Create2(module, PY3FFI_LIMITED ? PYTHON_ABI_VERSION : PYTHON_API_VERSION);
}

#if PY3FFI_SINCE(3, 15)
// The ABI this build targets, as modsupport.h derives it from the configuration.
// (PY_VERSION_HEX for a full-API build: exact when PY3FFI_PYTHON_VERSION carries the patch level)
inline constexpr int PyABIInfo_DEFAULT_ABI_VERSION = PY3FFI_LIMITED ? PY3FFI_LIMITED : PY3FFI_VERSION_HEX;
inline constexpr int PyABIInfo_DEFAULT_FLAGS =
    (PY3FFI_LIMITED ? PyABIInfo_STABLE : 0) | (PY3FFI_ABI3T          ? PyABIInfo_FREETHREADING_AGNOSTIC
                                               : PY3FFI_GIL_DISABLED ? PyABIInfo_FREETHREADED
                                                                     : PyABIInfo_GIL);
// PyABIInfo_VAR(NAME) defines a static PyABIInfo describing this build (a declaration, so a
// macro, under our prefix).
#define PY3FFI_ABIINFO_VAR(NAME)                                                          \
    static ::py3ffi::PyABIInfo NAME = {1, 0, ::py3ffi::PyABIInfo_DEFAULT_FLAGS,              \
                                       ::py3ffi::PY_VERSION_HEX,                            \
                                       ::py3ffi::PyABIInfo_DEFAULT_ABI_VERSION}
#endif

#if PY3FFI_NOT_PYPY
// PyModule_FromDefAndSpec: the build's own module API version, as PyModule_Create.
inline PyObject *PyModule_FromDefAndSpec(PyModuleDef *def, PyObject *spec) noexcept {
#if PY3FFI_LIMITED
    return PyModule_FromDefAndSpec2(def, spec, PYTHON_ABI_VERSION);
#else
    return PyModule_FromDefAndSpec2(def, spec, PYTHON_API_VERSION);
#endif
}
#endif
// PyModule_AddIntMacro(m, c) and PyModule_AddStringMacro(m, c) name the constant by its
// spelling: macros.
#define PY3FFI_MODULE_ADD_INT_MACRO(m, c) ::py3ffi::PyModule_AddIntConstant((m), #c, (c))
#define PY3FFI_MODULE_ADD_STRING_MACRO(m, c) ::py3ffi::PyModule_AddStringConstant((m), #c, (c))
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
