// Mirrors CPython's Include/cpython/pystate.h.
#ifndef PY3FFI_CPYTHON_PYSTATE_HPP
#define PY3FFI_CPYTHON_PYSTATE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
using Py_tracefunc = int (*)(PyObject *, PyFrameObject *, int, PyObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
inline constexpr unsigned long Py_RTFLAGS_USE_MAIN_OBMALLOC = (1UL << 5);
inline constexpr unsigned long Py_RTFLAGS_MULTI_INTERP_EXTENSIONS = (1UL << 8);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int PyTrace_CALL = 0;
inline constexpr int PyTrace_EXCEPTION = 1;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
inline constexpr unsigned long Py_RTFLAGS_THREADS = (1UL << 10);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int PyTrace_LINE = 2;
inline constexpr int PyTrace_RETURN = 3;
inline constexpr int PyTrace_C_CALL = 4;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
inline constexpr unsigned long Py_RTFLAGS_DAEMON_THREADS = (1UL << 11);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int PyTrace_C_EXCEPTION = 5;
inline constexpr int PyTrace_C_RETURN = 6;
inline constexpr int PyTrace_OPCODE = 7;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
inline constexpr unsigned long Py_RTFLAGS_FORK = (1UL << 15);
inline constexpr unsigned long Py_RTFLAGS_EXEC = (1UL << 16);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12) && PY3FFI_NOT_PYPY
struct PyTraceInfo;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_BEFORE(3, 11)
struct CFrame;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
using PyThreadFrameGetter = PyFrameObject *(*)(PyThreadState *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_BEFORE(3, 14)
inline constexpr int Py_C_RECURSION_LIMIT = PY3FFI_DEBUG ? 500 : 10000;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
inline constexpr int C_RECURSION_LIMIT = 10000;
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
inline constexpr int C_RECURSION_LIMIT = 1500;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
struct _PyCrossInterpreterData;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
using xid_newobjectfunc = PyObject *(*)(_PyCrossInterpreterData *);
using xid_freefunc = void (*)(void *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY && PY3FFI_TARGET_SINCE(3, 12)
using crossinterpdatafunc = int (*)(PyThreadState *, PyObject *, _PyCrossInterpreterData *);
#elif !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY && PY3FFI_TARGET_SINCE(3, 11)
using crossinterpdatafunc = int (*)(PyObject *, _PyCrossInterpreterData *);
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
using crossinterpdatafunc = int (*)(PyObject *, struct _xid *);
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_BEFORE(3, 14)
PyObject *PyUnstable_InterpreterState_GetMainModule(PyInterpreterState *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PyThreadState *PyThreadState_GetUnchecked() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
void PyThreadState_EnterTracing(PyThreadState *tstate) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_EnterTracing);
void PyThreadState_LeaveTracing(PyThreadState *tstate) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_LeaveTracing);
#endif
#if !PY3FFI_LIMITED
int PyGILState_Check() noexcept PY3FFI_PYPY_NAME(PyPyGILState_Check);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
int PyUnstable_ThreadState_SetStackProtection(PyThreadState *tstate, void *stack_start_addr, size_t stack_size) noexcept;
void PyUnstable_ThreadState_ResetStackProtection(PyThreadState *tstate) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PyInterpreterState *PyInterpreterState_Main() noexcept;
#endif
#if !PY3FFI_LIMITED
PyInterpreterState *PyInterpreterState_Head() noexcept PY3FFI_PYPY_NAME(PyPyInterpreterState_Head);
PyInterpreterState *PyInterpreterState_Next(PyInterpreterState *) noexcept PY3FFI_PYPY_NAME(PyPyInterpreterState_Next);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PyThreadState *PyInterpreterState_ThreadHead(PyInterpreterState *) noexcept;
PyThreadState *PyThreadState_Next(PyThreadState *) noexcept;
#endif
#if (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 9))
void PyThreadState_DeleteCurrent() noexcept PY3FFI_PYPY_NAME(PyPyThreadState_DeleteCurrent);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
