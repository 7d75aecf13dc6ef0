// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pycapsule.h.
#ifndef PY3FFI_PYCAPSULE_HPP
#define PY3FFI_PYCAPSULE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
using PyCapsule_Destructor = void (*)(PyObject *);
extern "C" {
PY3FFI_DATA PyTypeObject PyCapsule_Type PY3FFI_PYPY_NAME(PyPyCapsule_Type);
PY3FFI_API PyObject *PyCapsule_New(void *pointer, const char *name, PyCapsule_Destructor destructor) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_New);
PY3FFI_API void *PyCapsule_GetPointer(PyObject *capsule, const char *name) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_GetPointer);
PY3FFI_API PyCapsule_Destructor PyCapsule_GetDestructor(PyObject *capsule) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_GetDestructor);
PY3FFI_API const char *PyCapsule_GetName(PyObject *capsule) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_GetName);
PY3FFI_API void *PyCapsule_GetContext(PyObject *capsule) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_GetContext);
PY3FFI_API int PyCapsule_IsValid(PyObject *capsule, const char *name) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_IsValid);
PY3FFI_API int PyCapsule_SetPointer(PyObject *capsule, void *pointer) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_SetPointer);
PY3FFI_API int PyCapsule_SetDestructor(PyObject *capsule, PyCapsule_Destructor destructor) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_SetDestructor);
PY3FFI_API int PyCapsule_SetName(PyObject *capsule, const char *name) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_SetName);
PY3FFI_API int PyCapsule_SetContext(PyObject *capsule, void *context) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_SetContext);
PY3FFI_API void *PyCapsule_Import(const char *name, int no_block) noexcept PY3FFI_PYPY_NAME(PyPyCapsule_Import);
}  // extern "C"
// </py3ffi:generated>

inline int PyCapsule_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyCapsule_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
