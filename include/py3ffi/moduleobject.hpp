// Mirrors CPython's moduleobject.h: module objects and module definitions.
#ifndef PY3FFI_MODULEOBJECT_HPP
#define PY3FFI_MODULEOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
struct PyModuleDef_Base {
    PyObject ob_base;
    PyObject *(*m_init)(void);
    Py_ssize_t m_index;
    PyObject *m_copy;
};

struct PyModuleDef_Slot {
    int slot;
    void *value;
};

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

extern "C" {
PY3FFI_DATA PyTypeObject PyModule_Type;
PY3FFI_DATA PyTypeObject PyModuleDef_Type;
PyObject *PyModuleDef_Init(PyModuleDef *);
PyObject *PyModule_GetDict(PyObject *);
const char *PyModule_GetName(PyObject *);
void *PyModule_GetState(PyObject *);
PyModuleDef *PyModule_GetDef(PyObject *);
}  // extern "C"

// Slot ids: 3.15 renumbered them; older floors keep the old numbers for compatibility.
#if PY3FFI_TARGET_SINCE(3, 15) && (!PY3FFI_LIMITED || PY3FFI_LIMITED >= PY3FFI_HEX(3, 15))
constexpr int Py_mod_create = 84;
constexpr int Py_mod_exec = 85;
#  define PY3FFI_MOD_SLOT(old, renumbered) renumbered
#else
constexpr int Py_mod_create = 1;
constexpr int Py_mod_exec = 2;
#  define PY3FFI_MOD_SLOT(old, renumbered) old
#endif
#if PY3FFI_SINCE(3, 12)
constexpr int Py_mod_multiple_interpreters = PY3FFI_MOD_SLOT(3, 86);
inline void *const Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED = reinterpret_cast<void *>(0);
inline void *const Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED = reinterpret_cast<void *>(1);
inline void *const Py_MOD_PER_INTERPRETER_GIL_SUPPORTED = reinterpret_cast<void *>(2);
#endif
#if PY3FFI_SINCE(3, 13)
constexpr int Py_mod_gil = PY3FFI_MOD_SLOT(4, 87);
inline void *const Py_MOD_GIL_USED = reinterpret_cast<void *>(0);
inline void *const Py_MOD_GIL_NOT_USED = reinterpret_cast<void *>(1);
#endif
#undef PY3FFI_MOD_SLOT
// </py3ffi:generated>

// The m_base every PyModuleDef starts with.
constexpr PyModuleDef_Base PyModuleDef_HEAD_INIT{PyObject_HEAD_INIT(nullptr), nullptr, 0, nullptr};
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
