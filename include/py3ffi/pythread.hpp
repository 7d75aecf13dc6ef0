// Mirrors CPython's Include/pythread.h.
#ifndef PY3FFI_PYTHREAD_HPP
#define PY3FFI_PYTHREAD_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/pythread.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
using PyThread_type_lock = void *;
#if PY3FFI_BEFORE(3, 9)
using PyThread_type_sema = void *;
#endif
enum PyLockStatus : unsigned int { PY_LOCK_FAILURE = 0, PY_LOCK_ACQUIRED = 1, PY_LOCK_INTR = 2 };
inline constexpr int WAIT_LOCK = 1;
inline constexpr int NOWAIT_LOCK = 0;
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
struct Py_tss_t;
#endif
extern "C" {
void PyThread_init_thread();
unsigned long PyThread_start_new_thread(void (*)(void *), void *);
#if PY3FFI_TARGET_SINCE(3, 8)
[[noreturn]] void PyThread_exit_thread();
#else
void PyThread_exit_thread();
#endif
unsigned long PyThread_get_thread_ident();
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_HAVE_THREAD_NATIVE_ID
unsigned long PyThread_get_thread_native_id();
#endif
PyThread_type_lock PyThread_allocate_lock();
void PyThread_free_lock(PyThread_type_lock);
int PyThread_acquire_lock(PyThread_type_lock, int);
PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock, long long microseconds, int intr_flag);
void PyThread_release_lock(PyThread_type_lock);
size_t PyThread_get_stacksize();
int PyThread_set_stacksize(size_t);
PyObject *PyThread_GetInfo();
int PyThread_create_key();
void PyThread_delete_key(int key);
int PyThread_set_key_value(int key, void *value);
void *PyThread_get_key_value(int key);
void PyThread_delete_key_value(int key);
void PyThread_ReInitTLS();
Py_tss_t *PyThread_tss_alloc();
void PyThread_tss_free(Py_tss_t *key);
int PyThread_tss_is_created(Py_tss_t *key);
int PyThread_tss_create(Py_tss_t *key);
void PyThread_tss_delete(Py_tss_t *key);
int PyThread_tss_set(Py_tss_t *key, void *value);
void *PyThread_tss_get(Py_tss_t *key);
}  // extern "C"
// </py3ffi:generated>

using PY_TIMEOUT_T = long long;
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
