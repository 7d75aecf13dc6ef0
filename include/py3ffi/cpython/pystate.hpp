// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pystate.h.
#ifndef PY3FFI_CPYTHON_PYSTATE_HPP
#define PY3FFI_CPYTHON_PYSTATE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/code.hpp"
#include "py3ffi/pystate.hpp"
#include "py3ffi/pythread.hpp"
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
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)
struct _PyCoreConfig {
    int install_signal_handlers;
    int ignore_environment;
    int use_hash_seed;
    unsigned long hash_seed;
    const char *allocator;
    int dev_mode;
    int faulthandler;
    int tracemalloc;
    int import_time;
    int show_ref_count;
    int show_alloc_count;
    int dump_refs;
    int malloc_stats;
    int coerce_c_locale;
    int coerce_c_locale_warn;
    int utf8_mode;
    wchar_t *program_name;
    int argc;
    wchar_t **argv;
    wchar_t *program;
    int nxoption;
    wchar_t **xoptions;
    int nwarnoption;
    wchar_t **warnoptions;
    wchar_t *module_search_path_env;
    wchar_t *home;
    int nmodule_search_path;
    wchar_t **module_search_paths;
    wchar_t *executable;
    wchar_t *prefix;
    wchar_t *base_prefix;
    wchar_t *exec_prefix;
    wchar_t *base_exec_prefix;
    int _disable_importlib;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_BEFORE(3, 11)
struct CFrame {
    int use_tracing;
    struct CFrame *previous;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12) && PY3FFI_NOT_PYPY
struct PyTraceInfo {
    PyCodeObject *code;
    PyCodeAddressRange bounds;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
inline constexpr unsigned long Py_RTFLAGS_EXEC = (1UL << 16);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
struct _PyRemoteDebuggerSupport {
    int32_t debugger_pending_call;
    char debugger_script_path[512];
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct _PyErr_StackItem {
#if PY3FFI_BEFORE(3, 11)
    PyObject *exc_type;
#endif
    PyObject *exc_value;
#if PY3FFI_BEFORE(3, 11)
    PyObject *exc_traceback;
#endif
    struct _PyErr_StackItem *previous_item;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
struct _PyStackChunk {
    struct _PyStackChunk *previous;
    size_t size;
    size_t top;
    PyObject * data[1];
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
struct _PyCFrame {
#if PY3FFI_BEFORE(3, 12)
    uint8_t use_tracing;
#endif
    struct _PyInterpreterFrame *current_frame;
    struct _PyCFrame *previous;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8)
struct _PyMainInterpreterConfig {
    int install_signal_handlers;
    PyObject *argv;
    PyObject *executable;
    PyObject *prefix;
    PyObject *base_prefix;
    PyObject *exec_prefix;
    PyObject *base_exec_prefix;
    PyObject *warnoptions;
    PyObject *xoptions;
    PyObject *module_search_path;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
struct _py_trashcan {
    int delete_nesting;
    PyObject *delete_later;
};
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
struct PyThreadState {
    PyThreadState *prev;
    PyThreadState *next;
    PyInterpreterState *interp;
    struct {
        unsigned int initialized : 1;
        unsigned int bound : 1;
        unsigned int unbound : 1;
        unsigned int bound_gilstate : 1;
        unsigned int active : 1;
        unsigned int finalizing : 1;
        unsigned int cleared : 1;
        unsigned int finalized : 1;
        unsigned int  : 24;
    } _status;
    int py_recursion_remaining;
    int py_recursion_limit;
    int c_recursion_remaining;
    int recursion_headroom;
    int tracing;
    int what_event;
    _PyCFrame *cframe;
    Py_tracefunc c_profilefunc;
    Py_tracefunc c_tracefunc;
    PyObject *c_profileobj;
    PyObject *c_traceobj;
    PyObject *current_exception;
    _PyErr_StackItem *exc_info;
    PyObject *dict;
    int gilstate_counter;
    PyObject *async_exc;
    unsigned long thread_id;
    unsigned long native_thread_id;
    _py_trashcan trash;
    void (*on_delete)(void *);
    void *on_delete_data;
    int coroutine_origin_tracking_depth;
    PyObject *async_gen_firstiter;
    PyObject *async_gen_finalizer;
    PyObject *context;
    uint64_t context_ver;
    uint64_t id;
    _PyStackChunk *datastack_chunk;
    PyObject **datastack_top;
    PyObject **datastack_limit;
    _PyErr_StackItem exc_state;
    _PyCFrame root_cframe;
    PyObject **small_ints;
    struct _gc_runtime_state *gc;
};
#elif PY3FFI_IS_GRAALPY
struct PyThreadState {
    PyThreadState *prev;
    PyThreadState *next;
    PyInterpreterState *interp;
    int _initialized;
    int _static;
    int recursion_remaining;
    int recursion_limit;
    int recursion_headroom;
    int tracing;
    int tracing_what;
    _PyCFrame *cframe;
    Py_tracefunc c_profilefunc;
    Py_tracefunc c_tracefunc;
    PyObject *c_profileobj;
    PyObject *c_traceobj;
    PyObject *curexc_type;
    PyObject *curexc_value;
    PyObject *curexc_traceback;
    _PyErr_StackItem *exc_info;
    PyObject *dict;
    int gilstate_counter;
    PyObject *async_exc;
    unsigned long thread_id;
    unsigned long native_thread_id;
    int trash_delete_nesting;
    PyObject *trash_delete_later;
    void (*on_delete)(void *);
    void *on_delete_data;
    int coroutine_origin_tracking_depth;
    PyObject *async_gen_firstiter;
    PyObject *async_gen_finalizer;
    PyObject *context;
    uint64_t context_ver;
    uint64_t id;
    PyTraceInfo trace_info;
    _PyStackChunk *datastack_chunk;
    PyObject **datastack_top;
    PyObject **datastack_limit;
    _PyErr_StackItem exc_state;
    _PyCFrame root_cframe;
    PyObject **small_ints;
    struct _gc_runtime_state *gc;
};
#elif PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
struct PyThreadState {
    PyInterpreterState *interp;
    PyObject *dict;
    uint64_t id;
};
#elif PY3FFI_IS_PYPY
struct PyThreadState {
    PyInterpreterState *interp;
    PyObject *dict;
};
#elif !PY3FFI_LIMITED
struct PyThreadState {
#if PY3FFI_BEFORE(3, 11)
    struct PyThreadState *prev;
    struct PyThreadState *next;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    PyThreadState *prev;
    PyThreadState *next;
#endif
    PyInterpreterState *interp;
#if PY3FFI_BEFORE(3, 11)
    PyFrameObject *frame;
    int recursion_depth;
#endif
#if PY3FFI_BEFORE(3, 10)
    char overflowed;
    char recursion_critical;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12)
    int _initialized;
    int _static;
    int recursion_remaining;
    int recursion_limit;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    uintptr_t eval_breaker;
#endif
#if ((PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)) || PY3FFI_TARGET_SINCE(3, 14))
    struct {
        unsigned int initialized : 1;
        unsigned int bound : 1;
        unsigned int unbound : 1;
        unsigned int bound_gilstate : 1;
        unsigned int active : 1;
        unsigned int finalizing : 1;
        unsigned int cleared : 1;
        unsigned int finalized : 1;
        unsigned int  : 24;
    } _status;
#endif
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_BEFORE(3, 14)
    uintptr_t eval_breaker;
    struct {
        unsigned int initialized : 1;
        unsigned int bound : 1;
        unsigned int unbound : 1;
        unsigned int bound_gilstate : 1;
        unsigned int active : 1;
        unsigned int holds_gil : 1;
        unsigned int finalizing : 1;
        unsigned int cleared : 1;
        unsigned int finalized : 1;
        unsigned int  : 23;
    } _status;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    int holds_gil;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
    int gil_requested;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    int _whence;
    int state;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    int py_recursion_remaining;
    int py_recursion_limit;
#endif
#if PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 14)
    int c_recursion_remaining;
#endif
#if PY3FFI_TARGET_SINCE(3, 10)
    int recursion_headroom;
#endif
#if PY3FFI_BEFORE(3, 11)
    int stackcheck_counter;
#endif
    int tracing;
#if PY3FFI_BEFORE(3, 10)
    int use_tracing;
#endif
#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_BEFORE(3, 11)
    CFrame *cframe;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12)
    int tracing_what;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    int what_event;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 13)
    _PyCFrame *cframe;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    struct _PyInterpreterFrame *current_frame;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
    struct _PyInterpreterFrame *base_frame;
    struct _PyInterpreterFrame *last_profiled_frame;
    uintptr_t last_profiled_frame_seq;
#endif
    Py_tracefunc c_profilefunc;
    Py_tracefunc c_tracefunc;
    PyObject *c_profileobj;
    PyObject *c_traceobj;
#if PY3FFI_BEFORE(3, 12)
    PyObject *curexc_type;
    PyObject *curexc_value;
    PyObject *curexc_traceback;
#endif
#if PY3FFI_BEFORE(3, 11)
    _PyErr_StackItem exc_state;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    PyObject *current_exception;
#endif
    _PyErr_StackItem *exc_info;
    PyObject *dict;
    int gilstate_counter;
    PyObject *async_exc;
    unsigned long thread_id;
#if PY3FFI_TARGET_SINCE(3, 11)
    unsigned long native_thread_id;
#endif
#if PY3FFI_BEFORE(3, 12)
    int trash_delete_nesting;
    PyObject *trash_delete_later;
#endif
#if PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
    _py_trashcan trash;
#endif
#if PY3FFI_BEFORE(3, 13)
    void (*on_delete)(void *);
    void *on_delete_data;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    PyObject *delete_later;
    uintptr_t critical_section;
#endif
    int coroutine_origin_tracking_depth;
#if PY3FFI_BEFORE(3, 8)
    PyObject *coroutine_wrapper;
    int in_coroutine_wrapper;
#endif
    PyObject *async_gen_firstiter;
    PyObject *async_gen_finalizer;
    PyObject *context;
    uint64_t context_ver;
    uint64_t id;
#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_BEFORE(3, 11)
    CFrame root_cframe;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12)
    PyTraceInfo trace_info;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    _PyStackChunk *datastack_chunk;
    PyObject **datastack_top;
    PyObject **datastack_limit;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
    _PyStackChunk *datastack_cached_chunk;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    _PyErr_StackItem exc_state;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 13)
    _PyCFrame root_cframe;
#endif
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_BEFORE(3, 14)
    PyObject *previous_executor;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    PyObject *current_executor;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
    struct _PyExitData *jit_exit;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    uint64_t dict_global_version;
    PyObject *threading_local_key;
    PyObject *threading_local_sentinel;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    _PyRemoteDebuggerSupport remote_debugger_support;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
    struct {
        Py_ssize_t counter;
        int delete_on_release;
        PyInterpreterGuard *owned_guard;
    } ensure;
#endif
};
#else
struct PyThreadState;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9)
using PyThreadFrameGetter = PyFrameObject *(*)(PyThreadState *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_BEFORE(3, 14)
inline constexpr int Py_C_RECURSION_LIMIT = PY3FFI_C_RECURSION_LIMIT;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
inline constexpr int C_RECURSION_LIMIT = 10000;
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
inline constexpr int C_RECURSION_LIMIT = 1500;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_TARGET_SINCE(3, 11)
using _PyFrameEvalFunction = PyObject *(*)(PyThreadState *, struct _PyInterpreterFrame *, int);
#elif !PY3FFI_LIMITED && PY3FFI_NOT_PYPY && PY3FFI_TARGET_SINCE(3, 9)
using _PyFrameEvalFunction = PyObject *(*)(PyThreadState *, PyFrameObject *, int);
#elif !PY3FFI_LIMITED && (PY3FFI_BEFORE(3, 8) || PY3FFI_TARGET_SINCE(3, 9)) && PY3FFI_NOT_PYPY
using _PyFrameEvalFunction = PyObject *(*)(PyFrameObject *, int);
#endif
#if PY3FFI_IS_GRAALPY
struct PyInterpreterState;
#elif PY3FFI_IS_PYPY
struct PyInterpreterState {
    PyInterpreterState *next;
    PyObject *modules_by_index;
};
#elif PY3FFI_TARGET_SINCE(3, 8)
struct PyInterpreterState;
#elif !PY3FFI_LIMITED
struct PyInterpreterState {
    struct PyInterpreterState *next;
    PyThreadState *tstate_head;
    int64_t id;
    int64_t id_refcount;
    PyThread_type_lock id_mutex;
    PyObject *modules;
    PyObject *modules_by_index;
    PyObject *sysdict;
    PyObject *builtins;
    PyObject *importlib;
    int check_interval;
    long num_threads;
    size_t pythread_stacksize;
    PyObject *codec_search_path;
    PyObject *codec_search_cache;
    PyObject *codec_error_registry;
    int codecs_initialized;
    int fscodec_initialized;
    _PyCoreConfig core_config;
    _PyMainInterpreterConfig config;
    int dlopenflags;
    PyObject *builtins_copy;
    PyObject *import_func;
    _PyFrameEvalFunction eval_frame;
    Py_ssize_t co_extra_user_count;
    freefunc co_extra_freefuncs[255];
    PyObject *before_forkers;
    PyObject *after_forkers_parent;
    PyObject *after_forkers_child;
    void (*pyexitfunc)(PyObject *);
    PyObject *pyexitmodule;
    uint64_t tstate_next_unique_id;
};
#else
struct PyInterpreterState;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
using xid_freefunc = void (*)(void *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
struct _PyCrossInterpreterData;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 13)
using xid_newobjectfunc = PyObject *(*)(_PyCrossInterpreterData *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
struct _PyCrossInterpreterData {
    void *data;
    PyObject *obj;
    int64_t interp;
#if PY3FFI_BEFORE(3, 11)
    PyObject *(*new_object)(struct _PyCrossInterpreterData *);
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 12)
    PyObject *(*new_object)(_PyCrossInterpreterData *);
#endif
#if PY3FFI_BEFORE(3, 12)
    void (*free)(void *);
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    xid_newobjectfunc new_object;
    xid_freefunc free;
#endif
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 13) && PY3FFI_TARGET_SINCE(3, 12)
using crossinterpdatafunc = int (*)(PyThreadState *, PyObject *, _PyCrossInterpreterData *);
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
using crossinterpdatafunc = int (*)(PyObject *, _PyCrossInterpreterData *);
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_BEFORE(3, 14)
PY3FFI_API PyObject *PyUnstable_InterpreterState_GetMainModule(PyInterpreterState *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API PyThreadState *PyThreadState_GetUnchecked() noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API void PyThreadState_EnterTracing(PyThreadState *tstate) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_EnterTracing);
PY3FFI_API void PyThreadState_LeaveTracing(PyThreadState *tstate) noexcept PY3FFI_PYPY_NAME(PyPyThreadState_LeaveTracing);
#endif
#if !PY3FFI_LIMITED
PY3FFI_API int PyGILState_Check() noexcept PY3FFI_PYPY_NAME(PyPyGILState_Check);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API int PyUnstable_ThreadState_SetStackProtection(PyThreadState *tstate, void *stack_start_addr, size_t stack_size) noexcept;
PY3FFI_API void PyUnstable_ThreadState_ResetStackProtection(PyThreadState *tstate) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyInterpreterState *PyInterpreterState_Main() noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyInterpreterState *PyInterpreterState_Head() noexcept PY3FFI_PYPY_NAME(PyPyInterpreterState_Head);
PY3FFI_API PyInterpreterState *PyInterpreterState_Next(PyInterpreterState *) noexcept PY3FFI_PYPY_NAME(PyPyInterpreterState_Next);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API PyThreadState *PyInterpreterState_ThreadHead(PyInterpreterState *) noexcept;
PY3FFI_API PyThreadState *PyThreadState_Next(PyThreadState *) noexcept;
#endif
#if (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 9))
PY3FFI_API void PyThreadState_DeleteCurrent() noexcept PY3FFI_PYPY_NAME(PyPyThreadState_DeleteCurrent);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
