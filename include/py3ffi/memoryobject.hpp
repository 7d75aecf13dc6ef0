// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/memoryobject.h.
#ifndef PY3FFI_MEMORYOBJECT_HPP
#define PY3FFI_MEMORYOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/pybuffer.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyMemoryView_Type PY3FFI_PYPY_NAME(PyPyMemoryView_Type);
#if PY3FFI_IS_PYPY
PY3FFI_API int PyMemoryView_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyMemoryView_Check);
#endif
PY3FFI_API PyObject *PyMemoryView_FromObject(PyObject *base) noexcept PY3FFI_PYPY_NAME(PyPyMemoryView_FromObject);
PY3FFI_API PyObject *PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags) noexcept PY3FFI_PYPY_NAME(PyPyMemoryView_FromMemory);
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyMemoryView_FromBuffer(Py_buffer *) noexcept PY3FFI_PYPY_NAME(PyPyMemoryView_FromBuffer);
#elif PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyMemoryView_FromBuffer(const Py_buffer *info) noexcept PY3FFI_PYPY_NAME(PyPyMemoryView_FromBuffer);
#elif PY3FFI_LIMITED_SINCE(3, 11)
PY3FFI_API PyObject *PyMemoryView_FromBuffer(Py_buffer *info) noexcept PY3FFI_PYPY_NAME(PyPyMemoryView_FromBuffer);
#endif
PY3FFI_API PyObject *PyMemoryView_GetContiguous(PyObject *base, int buffertype, char order) noexcept PY3FFI_PYPY_NAME(PyPyMemoryView_GetContiguous);
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY
inline int PyMemoryView_Check(PyObject *op) noexcept { return detail::is_type(op, &PyMemoryView_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
