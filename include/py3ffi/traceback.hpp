// Mirrors CPython's Include/traceback.h.
#ifndef PY3FFI_TRACEBACK_HPP
#define PY3FFI_TRACEBACK_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PyTraceBack_Type;
#if !PY3FFI_LIMITED
int PyTraceBack_Here(PyFrameObject *) noexcept;
#elif PY3FFI_TARGET_SINCE(3, 9)
int PyTraceBack_Here(PyFrameObject *) noexcept;
#else
int PyTraceBack_Here(struct PyFrameObject *) noexcept;
#endif
int PyTraceBack_Print(PyObject *, PyObject *) noexcept;
}  // extern "C"
// </py3ffi:generated>

inline int PyTraceBack_Check(PyObject *v) noexcept { return detail::is_type(v, &PyTraceBack_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
