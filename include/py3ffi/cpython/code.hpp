// Mirrors CPython's Include/cpython/code.h.
#ifndef PY3FFI_CPYTHON_CODE_HPP
#define PY3FFI_CPYTHON_CODE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)
inline constexpr int CO_NOFREE = 0x0040;
inline constexpr int CO_CELL_NOT_AN_ARG = (- 1);
#endif
#if !PY3FFI_LIMITED
inline constexpr int CO_OPTIMIZED = 0x0001;
inline constexpr int CO_NEWLOCALS = 0x0002;
inline constexpr int CO_VARARGS = 0x0004;
inline constexpr int CO_VARKEYWORDS = 0x0008;
inline constexpr int CO_NESTED = 0x0010;
inline constexpr int CO_GENERATOR = 0x0020;
inline constexpr int CO_COROUTINE = 0x0080;
inline constexpr int CO_ITERABLE_COROUTINE = 0x0100;
inline constexpr int CO_ASYNC_GENERATOR = 0x0200;
inline constexpr int CO_FUTURE_DIVISION = PY3FFI_TARGET_SINCE(3, 8) ? 131072 : 8192;
inline constexpr int CO_FUTURE_ABSOLUTE_IMPORT = PY3FFI_TARGET_SINCE(3, 8) ? 262144 : 16384;
inline constexpr int CO_FUTURE_WITH_STATEMENT = PY3FFI_TARGET_SINCE(3, 8) ? 524288 : 32768;
inline constexpr int CO_FUTURE_PRINT_FUNCTION = PY3FFI_TARGET_SINCE(3, 8) ? 1048576 : 65536;
inline constexpr int CO_FUTURE_UNICODE_LITERALS = PY3FFI_TARGET_SINCE(3, 8) ? 2097152 : 131072;
inline constexpr int CO_FUTURE_BARRY_AS_BDFL = PY3FFI_TARGET_SINCE(3, 8) ? 4194304 : 262144;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10)
struct PyAddrPair;
#endif
#if !PY3FFI_LIMITED
inline constexpr int CO_FUTURE_GENERATOR_STOP = PY3FFI_TARGET_SINCE(3, 8) ? 8388608 : 524288;
inline constexpr int CO_FUTURE_ANNOTATIONS = PY3FFI_TARGET_SINCE(3, 8) ? 16777216 : 1048576;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
inline constexpr int CO_NO_MONITORING_EVENTS = 0x2000000;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
inline constexpr int CO_HAS_DOCSTRING = 0x4000000;
inline constexpr int CO_METHOD = 0x8000000;
#endif
#if !PY3FFI_LIMITED
inline constexpr int CO_MAXBLOCKS = PY3FFI_TARGET_SINCE(3, 13) ? 21 : 20;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
enum PyCodeEvent : unsigned int { PY_CODE_EVENT_CREATE = 0, PY_CODE_EVENT_DESTROY = 1 };
using PyCode_WatchCallback = int (*)(PyCodeEvent, PyCodeObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10)
struct PyCodeAddressRange;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
inline constexpr int PY_CODE_LOCATION_INFO_SHORT0 = 0;
inline constexpr int PY_CODE_LOCATION_INFO_ONE_LINE0 = 10;
inline constexpr int PY_CODE_LOCATION_INFO_ONE_LINE1 = 11;
inline constexpr int PY_CODE_LOCATION_INFO_ONE_LINE2 = 12;
inline constexpr int PY_CODE_LOCATION_INFO_NO_COLUMNS = 13;
inline constexpr int PY_CODE_LOCATION_INFO_LONG = 14;
inline constexpr int PY_CODE_LOCATION_INFO_NONE = 15;
#endif
extern "C" {
#if !PY3FFI_LIMITED
PY3FFI_DATA PyTypeObject PyCode_Type;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12) && PY3FFI_TARGET_SINCE(3, 11)
PyCodeObject *PyCode_New(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *);
#elif !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12)
PyCodeObject *PyCode_New(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12) && PY3FFI_TARGET_SINCE(3, 11)
PyCodeObject *PyCode_NewWithPosOnlyArgs(int, int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *);
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 12)
PyCodeObject *PyCode_NewWithPosOnlyArgs(int, int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PyCodeObject *PyUnstable_Code_New(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *);
PyCodeObject *PyUnstable_Code_NewWithPosOnlyArgs(int, int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *);
#endif
#if !PY3FFI_LIMITED
PyCodeObject *PyCode_NewEmpty(const char *filename, const char *funcname, int firstlineno);
int PyCode_Addr2Line(PyCodeObject *, int);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
int PyCode_Addr2Location(PyCodeObject *, int, int *, int *, int *, int *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
int PyCode_AddWatcher(PyCode_WatchCallback callback);
int PyCode_ClearWatcher(int watcher_id);
#endif
#if !PY3FFI_LIMITED
PyObject *PyCode_Optimize(PyObject *code, PyObject *consts, PyObject *names, PyObject *lnotab);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
int PyUnstable_Code_GetExtra(PyObject *code, Py_ssize_t index, void **extra);
int PyUnstable_Code_SetExtra(PyObject *code, Py_ssize_t index, void *extra);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
PyObject *PyCode_GetCode(PyCodeObject *code);
PyObject *PyCode_GetVarnames(PyCodeObject *code);
PyObject *PyCode_GetCellvars(PyCodeObject *code);
PyObject *PyCode_GetFreevars(PyCodeObject *code);
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED
inline int PyCode_Check(PyObject *op) noexcept { return detail::is_type(op, &PyCode_Type); }
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
