// SPDX-License-Identifier: MIT
// Mirrors CPython's moduleobject.h: module objects and module definitions.
#ifndef PY3FFI_MODULEOBJECT_HPP
#define PY3FFI_MODULEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_OPAQUE_OBJECT
struct PyModuleDef_Base {
    PyObject ob_base;
    PyObject *(*m_init)(void);
    Py_ssize_t m_index;
    PyObject *m_copy;
};
#endif
struct PyModuleDef_Slot {
    int slot;
    void *value;
};
#if PY3FFI_SINCE(3, 12)
inline void *const Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED = nullptr;
inline void *const Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED = reinterpret_cast<void *>(1);
inline void *const Py_MOD_PER_INTERPRETER_GIL_SUPPORTED = reinterpret_cast<void *>(2);
#endif
#if PY3FFI_SINCE(3, 13)
inline void *const Py_MOD_GIL_USED = nullptr;
inline void *const Py_MOD_GIL_NOT_USED = reinterpret_cast<void *>(1);
#endif
#if PY3FFI_OPAQUE_OBJECT
struct PyModuleDef;
#else
struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    Py_ssize_t m_size;
    PyMethodDef *m_methods;
    PyModuleDef_Slot *m_slots;
    traverseproc m_traverse;
    inquiry m_clear;
    freefunc m_free;
};
#endif
extern "C" {
PY3FFI_DATA PyTypeObject PyModule_Type PY3FFI_PYPY_NAME(PyPyModule_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyModuleDef_Type;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyModule_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyModule_Check);
PY3FFI_API int PyModule_CheckExact(void *) noexcept PY3FFI_PYPY_NAME(PyPyModule_CheckExact);
#endif
PY3FFI_API PyObject *PyModule_NewObject(PyObject *name) noexcept PY3FFI_PYPY_NAME(PyPyModule_NewObject);
PY3FFI_API PyObject *PyModule_New(const char *name) noexcept PY3FFI_PYPY_NAME(PyPyModule_New);
PY3FFI_API PyObject *PyModule_GetDict(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyModule_GetDict);
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyObject *PyModule_GetNameObject(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyModule_GetNameObject);
#endif
PY3FFI_API const char *PyModule_GetName(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyModule_GetName);
#if PY3FFI_NOT_PYPY
PY3FFI_API const char *PyModule_GetFilename(PyObject *) noexcept;
#endif
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyObject *PyModule_GetFilenameObject(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyModule_GetFilenameObject);
#endif
PY3FFI_API PyModuleDef *PyModule_GetDef(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyModule_GetDef);
PY3FFI_API void *PyModule_GetState(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyModule_GetState);
PY3FFI_API PyObject *PyModuleDef_Init(PyModuleDef *) noexcept PY3FFI_PYPY_NAME(PyPyModuleDef_Init);
#if PY3FFI_SINCE(3, 15)
PY3FFI_API PyObject *PyModule_FromSlotsAndSpec(const PySlot *slots, PyObject *spec) noexcept;
PY3FFI_API int PyModule_Exec(PyObject *module) noexcept;
PY3FFI_API int PyModule_GetStateSize(PyObject *module, Py_ssize_t *result) noexcept;
PY3FFI_API int PyModule_GetToken(PyObject *module, void **result) noexcept;
PY3FFI_API void *PyModule_GetState_DuringGC(PyObject *) noexcept;
PY3FFI_API int PyModule_GetToken_DuringGC(PyObject *module, void **result) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_GIL_DISABLED && !PY3FFI_LIMITED
extern "C" {
// Free-threaded builds only: a single-phase init module says whether it needs the GIL.
PY3FFI_API int PyUnstable_Module_SetGIL(PyObject *module, void *gil) noexcept;
}  // extern "C"
#endif

#if !PY3FFI_OPAQUE_OBJECT  // (abi3t modules have no PyModuleDef: they export their slots)
// The m_base every PyModuleDef starts with.
constexpr PyModuleDef_Base PyModuleDef_HEAD_INIT{PyObject_HEAD_INIT(nullptr), nullptr, 0, nullptr};
#endif

#if PY3FFI_NOT_PYPY
inline int PyModule_Check(PyObject *op) noexcept { return PyObject_TypeCheck(op, &PyModule_Type); }
inline int PyModule_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyModule_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
