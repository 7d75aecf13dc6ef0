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
PY3FFI_DATA PyTypeObject PyMemoryView_Type;
PyObject *PyMemoryView_FromObject(PyObject *base) noexcept;
PyObject *PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags) noexcept;
#if PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_TARGET_SINCE(3, 11)
PyObject *PyMemoryView_FromBuffer(const Py_buffer *info) noexcept;
#elif PY3FFI_LIMITED_SINCE(3, 11)
PyObject *PyMemoryView_FromBuffer(Py_buffer *info) noexcept;
#endif
PyObject *PyMemoryView_GetContiguous(PyObject *base, int buffertype, char order) noexcept;
}  // extern "C"
// </py3ffi:generated>

inline int PyMemoryView_Check(PyObject *op) noexcept { return detail::is_type(op, &PyMemoryView_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
