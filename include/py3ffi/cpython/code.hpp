// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/code.h.
#ifndef PY3FFI_CPYTHON_CODE_HPP
#define PY3FFI_CPYTHON_CODE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/tupleobject.hpp"  // PyTuple_GET_SIZE, for PyCode_GetNumFree before 3.11
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
struct _PyCoCached {
    PyObject *_co_code;
    PyObject *_co_varnames;
    PyObject *_co_cellvars;
    PyObject *_co_freevars;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
struct _PyOpcache;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
struct _PyExecutorArray {
    int size;
    int capacity;
    struct _PyExecutorObject * executors[1];
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 14)
struct _Py_LocalMonitors {
#if PY3FFI_BEFORE(3, 13)
    uint8_t tools[15];
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    uint8_t tools[10];
#endif
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
#if PY3FFI_GIL_DISABLED
struct _PyCodeArray;
#endif
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 14)
struct _PyCoLineInstrumentationData;
struct _PyCoMonitoringData {
    _Py_LocalMonitors local_monitors;
    _Py_LocalMonitors active_monitors;
    uint8_t *tools;
    _PyCoLineInstrumentationData *lines;
    uint8_t *line_tools;
    uint8_t *per_instruction_opcodes;
    uint8_t *per_instruction_tools;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
inline constexpr int CO_NOFREE = 0x0040;
inline constexpr int CO_CELL_NOT_AN_ARG = (- 1);
#endif
#if PY3FFI_IS_PYPY
struct PyCodeObject {
    PyObject ob_base;
    PyObject *co_name;
    PyObject *co_filename;
    int co_argcount;
    int co_flags;
};
#elif !PY3FFI_LIMITED
struct PyCodeObject {
#if PY3FFI_BEFORE(3, 11)
    PyObject ob_base;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    PyVarObject ob_base;
    PyObject *co_consts;
    PyObject *co_names;
    PyObject *co_exceptiontable;
    int co_flags;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12)
    short co_warmup;
    short _co_linearray_entry_size;
#endif
    int co_argcount;
#if PY3FFI_TARGET_SINCE(3, 8)
    int co_posonlyargcount;
#endif
    int co_kwonlyargcount;
#if PY3FFI_TARGET_SINCE(3, 11)
    int co_stacksize;
    int co_firstlineno;
    int co_nlocalsplus;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    int co_framesize;
#endif
    int co_nlocals;
#if PY3FFI_BEFORE(3, 11)
    int co_stacksize;
    int co_flags;
    int co_firstlineno;
    PyObject *co_code;
    PyObject *co_consts;
    PyObject *co_names;
    PyObject *co_varnames;
    PyObject *co_freevars;
    PyObject *co_cellvars;
    Py_ssize_t *co_cell2arg;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12)
    int co_nplaincellvars;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    int co_ncellvars;
    int co_nfreevars;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    uint32_t co_version;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *co_localsplusnames;
    PyObject *co_localspluskinds;
#endif
    PyObject *co_filename;
    PyObject *co_name;
#if PY3FFI_BEFORE(3, 10)
    PyObject *co_lnotab;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    PyObject *co_qualname;
#endif
#if PY3FFI_TARGET_SINCE(3, 10)
    PyObject *co_linetable;
#endif
#if PY3FFI_BEFORE(3, 11)
    void *co_zombieframe;
#endif
    PyObject *co_weakreflist;
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12)
    PyObject *_co_code;
    char *_co_linearray;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    _PyExecutorArray *co_executors;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    _PyCoCached *_co_cached;
#endif
#if PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
    uint64_t _co_instrumentation_version;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    uintptr_t _co_instrumentation_version;
#endif
#if PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 14)
    _PyCoMonitoringData *_co_monitoring;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    struct _PyCoMonitoringData *_co_monitoring;
    Py_ssize_t _co_unique_id;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    int _co_firsttraceable;
#endif
    void *co_extra;
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 11)
    unsigned char *co_opcache_map;
    _PyOpcache *co_opcache;
    int co_opcache_flag;
    unsigned char co_opcache_size;
#endif
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_GIL_DISABLED
    _PyCodeArray *co_tlbc;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    char co_code_adaptive[1];
#endif
};
#elif (!PY3FFI_LIMITED || PY3FFI_TARGET_SINCE(3, 9))
struct PyCodeObject;
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
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int CO_ASYNC_GENERATOR = 0x0200;
#endif
#if !PY3FFI_LIMITED
inline constexpr int CO_FUTURE_DIVISION = PY3FFI_TARGET_SINCE(3, 8) ? 131072 : 8192;
inline constexpr int CO_FUTURE_ABSOLUTE_IMPORT = PY3FFI_TARGET_SINCE(3, 8) ? 262144 : 16384;
inline constexpr int CO_FUTURE_WITH_STATEMENT = PY3FFI_TARGET_SINCE(3, 8) ? 524288 : 32768;
inline constexpr int CO_FUTURE_PRINT_FUNCTION = PY3FFI_TARGET_SINCE(3, 8) ? 1048576 : 65536;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
struct PyAddrPair {
    int ap_lower;
    int ap_upper;
};
#endif
#if !PY3FFI_LIMITED
inline constexpr int CO_FUTURE_UNICODE_LITERALS = PY3FFI_TARGET_SINCE(3, 8) ? 2097152 : 131072;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int CO_FUTURE_BARRY_AS_BDFL = PY3FFI_TARGET_SINCE(3, 8) ? 4194304 : 262144;
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
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
inline constexpr int CO_MAXBLOCKS = 21;
#elif !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline constexpr int CO_MAXBLOCKS = PY3FFI_TARGET_SINCE(3, 13) ? 21 : 20;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
enum PyCodeEvent : unsigned int { PY_CODE_EVENT_CREATE = 0, PY_CODE_EVENT_DESTROY = 1 };
using PyCode_WatchCallback = int (*)(PyCodeEvent, PyCodeObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY
struct _opaque {
    int computed_line;
#if PY3FFI_BEFORE(3, 11)
    const char *lo_next;
    const char *limit;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    const uint8_t *lo_next;
    const uint8_t *limit;
#endif
};
struct PyCodeAddressRange {
    int ar_start;
    int ar_end;
    int ar_line;
    _opaque opaque;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
inline constexpr int PY_CODE_LOCATION_INFO_SHORT0 = 0;
inline constexpr int PY_CODE_LOCATION_INFO_ONE_LINE0 = 10;
inline constexpr int PY_CODE_LOCATION_INFO_ONE_LINE1 = 11;
inline constexpr int PY_CODE_LOCATION_INFO_ONE_LINE2 = 12;
inline constexpr int PY_CODE_LOCATION_INFO_NO_COLUMNS = 13;
inline constexpr int PY_CODE_LOCATION_INFO_LONG = 14;
inline constexpr int PY_CODE_LOCATION_INFO_NONE = 15;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyCode_Type;
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyCode_New(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCode_New);
#elif !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12) && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyCodeObject *PyCode_New(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCode_New);
#elif !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyCodeObject *PyCode_New(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCode_New);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12) && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyCodeObject *PyCode_NewWithPosOnlyArgs(int, int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCode_NewWithPosOnlyArgs);
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 12) && PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyCodeObject *PyCode_NewWithPosOnlyArgs(int, int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCode_NewWithPosOnlyArgs);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyCode_Check(void *) noexcept PY3FFI_PYPY_NAME(PyPyCode_Check);
PY3FFI_API Py_ssize_t PyCode_GetNumFree(PyCodeObject *) noexcept PY3FFI_PYPY_NAME(PyPyCode_GetNumFree);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyCodeObject *PyUnstable_Code_New(int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *) noexcept;
PY3FFI_API PyCodeObject *PyUnstable_Code_NewWithPosOnlyArgs(int, int, int, int, int, int, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, PyObject *, int, PyObject *, PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyCodeObject *PyCode_NewEmpty(const char *filename, const char *funcname, int firstlineno) noexcept PY3FFI_PYPY_NAME(PyPyCode_NewEmpty);
PY3FFI_API int PyCode_Addr2Line(PyCodeObject *, int) noexcept PY3FFI_PYPY_NAME(PyPyCode_Addr2Line);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API int PyCode_Addr2Location(PyCodeObject *, int, int *, int *, int *, int *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int PyCode_AddWatcher(PyCode_WatchCallback callback) noexcept;
PY3FFI_API int PyCode_ClearWatcher(int watcher_id) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyCode_Optimize(PyObject *code, PyObject *consts, PyObject *names, PyObject *lnotab) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int PyUnstable_Code_GetExtra(PyObject *code, Py_ssize_t index, void **extra) noexcept;
PY3FFI_API int PyUnstable_Code_SetExtra(PyObject *code, Py_ssize_t index, void *extra) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyCode_GetCode(PyCodeObject *code) noexcept PY3FFI_PYPY_NAME(PyPyCode_GetCode);
PY3FFI_API PyObject *PyCode_GetVarnames(PyCodeObject *code) noexcept PY3FFI_PYPY_NAME(PyPyCode_GetVarnames);
PY3FFI_API PyObject *PyCode_GetCellvars(PyCodeObject *code) noexcept PY3FFI_PYPY_NAME(PyPyCode_GetCellvars);
PY3FFI_API PyObject *PyCode_GetFreevars(PyCodeObject *code) noexcept PY3FFI_PYPY_NAME(PyPyCode_GetFreevars);
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyObject *PyCode_GetFileName(PyCodeObject *code) noexcept;
PY3FFI_API PyObject *PyCode_GetName(PyCodeObject *code) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject *GraalPyCode_GetFileName(PyCodeObject *code) noexcept;
PY3FFI_API PyObject *GraalPyCode_GetName(PyCodeObject *code) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
inline int PyCode_Check(PyObject *op) noexcept { return detail::is_type(op, &PyCode_Type); }
// The number of free (closure) variables: the freevars tuple's size before 3.11, a field after.
inline Py_ssize_t PyCode_GetNumFree(PyCodeObject *op) noexcept {
#if PY3FFI_TARGET_SINCE(3, 11)
    return op->co_nfreevars;
#else
    return PyTuple_GET_SIZE(op->co_freevars);
#endif
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
// The index of the first free variable among the "fast locals".
#if PY3FFI_TARGET_SINCE(3, 13)
inline int PyUnstable_Code_GetFirstFree(PyCodeObject *op) noexcept { return op->co_nlocalsplus - op->co_nfreevars; }
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
[[deprecated("PyCode_GetFirstFree is deprecated since 3.13: use PyUnstable_Code_GetFirstFree")]]
#endif
inline int PyCode_GetFirstFree(PyCodeObject *op) noexcept {
    return op->co_nlocalsplus - op->co_nfreevars;
}
// 3.12 made these static inline forms of the PyUnstable_ functions, with the same arguments.
inline PyCodeObject *PyCode_New(int a, int b, int c, int d, int e, PyObject *f, PyObject *g, PyObject *h, PyObject *i,
                                PyObject *j, PyObject *k, PyObject *l, PyObject *m, PyObject *n, int o, PyObject *p,
                                PyObject *q) noexcept {
    return PyUnstable_Code_New(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q);
}
inline PyCodeObject *PyCode_NewWithPosOnlyArgs(int a, int poac, int b, int c, int d, int e, PyObject *f, PyObject *g,
                                               PyObject *h, PyObject *i, PyObject *j, PyObject *k, PyObject *l,
                                               PyObject *m, PyObject *n, int o, PyObject *p, PyObject *q) noexcept {
    return PyUnstable_Code_NewWithPosOnlyArgs(a, poac, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q);
}
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
