// Mirrors CPython's Include/cpython/monitoring.h.
#ifndef PY3FFI_CPYTHON_MONITORING_HPP
#define PY3FFI_CPYTHON_MONITORING_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
inline constexpr int PY_MONITORING_EVENT_PY_START = 0;
inline constexpr int PY_MONITORING_EVENT_PY_RESUME = 1;
inline constexpr int PY_MONITORING_EVENT_PY_RETURN = 2;
inline constexpr int PY_MONITORING_EVENT_PY_YIELD = 3;
inline constexpr int PY_MONITORING_EVENT_CALL = 4;
inline constexpr int PY_MONITORING_EVENT_LINE = 5;
inline constexpr int PY_MONITORING_EVENT_INSTRUCTION = 6;
inline constexpr int PY_MONITORING_EVENT_JUMP = 7;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
inline constexpr int PY_MONITORING_EVENT_BRANCH_LEFT = 8;
inline constexpr int PY_MONITORING_EVENT_BRANCH_RIGHT = 9;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
inline constexpr int PY_MONITORING_EVENT_STOP_ITERATION = PY3FFI_TARGET_SINCE(3, 14) ? 10 : 9;
inline constexpr int PY_MONITORING_EVENT_RAISE = PY3FFI_TARGET_SINCE(3, 14) ? 11 : 10;
inline constexpr int PY_MONITORING_EVENT_EXCEPTION_HANDLED = PY3FFI_TARGET_SINCE(3, 14) ? 12 : 11;
inline constexpr int PY_MONITORING_EVENT_PY_UNWIND = PY3FFI_TARGET_SINCE(3, 14) ? 13 : 12;
inline constexpr int PY_MONITORING_EVENT_PY_THROW = PY3FFI_TARGET_SINCE(3, 14) ? 14 : 13;
inline constexpr int PY_MONITORING_EVENT_RERAISE = PY3FFI_TARGET_SINCE(3, 14) ? 15 : 14;
inline constexpr int PY_MONITORING_EVENT_C_RETURN = PY3FFI_TARGET_SINCE(3, 14) ? 16 : 15;
inline constexpr int PY_MONITORING_EVENT_C_RAISE = PY3FFI_TARGET_SINCE(3, 14) ? 17 : 16;
inline constexpr int PY_MONITORING_EVENT_BRANCH = PY3FFI_TARGET_SINCE(3, 14) ? 18 : 8;
struct PyMonitoringState;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
int PyMonitoring_EnterScope(PyMonitoringState *state_array, uint64_t *version, const uint8_t *event_types, Py_ssize_t length);
int PyMonitoring_ExitScope();
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
