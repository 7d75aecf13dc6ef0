// SPDX-License-Identifier: MIT
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
struct PyMonitoringState {
    uint8_t active;
    uint8_t opaque;
};
extern "C" PY3FFI_API int _PyMonitoring_FirePyStartEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept;
inline int PyMonitoring_FirePyStartEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept {
    return state->active ? _PyMonitoring_FirePyStartEvent(state, codelike, offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FirePyResumeEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept;
inline int PyMonitoring_FirePyResumeEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept {
    return state->active ? _PyMonitoring_FirePyResumeEvent(state, codelike, offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FirePyReturnEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *retval) noexcept;
inline int PyMonitoring_FirePyReturnEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *retval) noexcept {
    return state->active ? _PyMonitoring_FirePyReturnEvent(state, codelike, offset, retval) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FirePyYieldEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *retval) noexcept;
inline int PyMonitoring_FirePyYieldEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *retval) noexcept {
    return state->active ? _PyMonitoring_FirePyYieldEvent(state, codelike, offset, retval) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FireCallEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *callable, PyObject *arg0) noexcept;
inline int PyMonitoring_FireCallEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *callable, PyObject *arg0) noexcept {
    return state->active ? _PyMonitoring_FireCallEvent(state, codelike, offset, callable, arg0) : 0;
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_BEFORE(3, 14)
extern "C" PY3FFI_API int _PyMonitoring_FireBranchEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *target_offset) noexcept;
inline int PyMonitoring_FireBranchEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *target_offset) noexcept {
    return state->active ? _PyMonitoring_FireBranchEvent(state, codelike, offset, target_offset) : 0;
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
extern "C" PY3FFI_API int _PyMonitoring_FireLineEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, int lineno) noexcept;
inline int PyMonitoring_FireLineEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, int lineno) noexcept {
    return state->active ? _PyMonitoring_FireLineEvent(state, codelike, offset, lineno) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FireJumpEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *target_offset) noexcept;
inline int PyMonitoring_FireJumpEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *target_offset) noexcept {
    return state->active ? _PyMonitoring_FireJumpEvent(state, codelike, offset, target_offset) : 0;
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
extern "C" PY3FFI_API int _PyMonitoring_FireBranchRightEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *target_offset) noexcept;
inline int PyMonitoring_FireBranchRightEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *target_offset) noexcept {
    return state->active ? _PyMonitoring_FireBranchRightEvent(state, codelike, offset, target_offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FireBranchLeftEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *target_offset) noexcept;
inline int PyMonitoring_FireBranchLeftEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *target_offset) noexcept {
    return state->active ? _PyMonitoring_FireBranchLeftEvent(state, codelike, offset, target_offset) : 0;
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
extern "C" PY3FFI_API int _PyMonitoring_FireCReturnEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *retval) noexcept;
inline int PyMonitoring_FireCReturnEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *retval) noexcept {
    return state->active ? _PyMonitoring_FireCReturnEvent(state, codelike, offset, retval) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FirePyThrowEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept;
inline int PyMonitoring_FirePyThrowEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept {
    return state->active ? _PyMonitoring_FirePyThrowEvent(state, codelike, offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FireRaiseEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept;
inline int PyMonitoring_FireRaiseEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept {
    return state->active ? _PyMonitoring_FireRaiseEvent(state, codelike, offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FireReraiseEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept;
inline int PyMonitoring_FireReraiseEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept {
    return state->active ? _PyMonitoring_FireReraiseEvent(state, codelike, offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FireExceptionHandledEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept;
inline int PyMonitoring_FireExceptionHandledEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept {
    return state->active ? _PyMonitoring_FireExceptionHandledEvent(state, codelike, offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FireCRaiseEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept;
inline int PyMonitoring_FireCRaiseEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept {
    return state->active ? _PyMonitoring_FireCRaiseEvent(state, codelike, offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FirePyUnwindEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept;
inline int PyMonitoring_FirePyUnwindEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset) noexcept {
    return state->active ? _PyMonitoring_FirePyUnwindEvent(state, codelike, offset) : 0;
}
extern "C" PY3FFI_API int _PyMonitoring_FireStopIterationEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *value) noexcept;
inline int PyMonitoring_FireStopIterationEvent(PyMonitoringState *state, PyObject *codelike, int32_t offset, PyObject *value) noexcept {
    return state->active ? _PyMonitoring_FireStopIterationEvent(state, codelike, offset, value) : 0;
}
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyMonitoring_EnterScope(PyMonitoringState *state_array, uint64_t *version, const uint8_t *event_types, Py_ssize_t length) noexcept;
PY3FFI_API int PyMonitoring_ExitScope() noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
// Whether an event is one sys.monitoring can instrument per code location.
constexpr int PY_MONITORING_IS_INSTRUMENTED_EVENT(int ev) noexcept { return ev <= PY_MONITORING_EVENT_STOP_ITERATION; }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
