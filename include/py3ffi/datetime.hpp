// Mirrors CPython's Include/datetime.h.
#ifndef PY3FFI_DATETIME_HPP
#define PY3FFI_DATETIME_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PyDateTime_Delta;
struct PyDateTime_TZInfo;
struct PyDateTime_Time;
struct PyDateTime_Date;
struct PyDateTime_DateTime;
struct PyDateTime_CAPI;
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
