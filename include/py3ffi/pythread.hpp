// SPDX-License-Identifier: MIT
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
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
enum PyLockStatus : unsigned int { PY_LOCK_FAILURE = 0, PY_LOCK_ACQUIRED = 1, PY_LOCK_INTR = 2 };
#endif
inline constexpr int WAIT_LOCK = 1;
inline constexpr int NOWAIT_LOCK = 0;
struct Py_tss_t;
extern "C" {
PY3FFI_API void PyThread_init_thread() noexcept PY3FFI_PYPY_NAME(PyPyThread_init_thread);
PY3FFI_API unsigned long PyThread_start_new_thread(void (*)(void *), void *) noexcept PY3FFI_PYPY_NAME(PyPyThread_start_new_thread);
#if PY3FFI_IS_PYPY
PY3FFI_API PyObject *PyThread_exit_thread() noexcept PY3FFI_PYPY_NAME(PyPyThread_exit_thread);
#elif PY3FFI_TARGET_SINCE(3, 8)
[[noreturn]] PY3FFI_API void PyThread_exit_thread() noexcept PY3FFI_PYPY_NAME(PyPyThread_exit_thread);
#else
PY3FFI_API void PyThread_exit_thread() noexcept PY3FFI_PYPY_NAME(PyPyThread_exit_thread);
#endif
PY3FFI_API unsigned long PyThread_get_thread_ident() noexcept PY3FFI_PYPY_NAME(PyPyThread_get_thread_ident);
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_HAVE_THREAD_NATIVE_ID && PY3FFI_NOT_PYPY
PY3FFI_API unsigned long PyThread_get_thread_native_id() noexcept;
#endif
PY3FFI_API PyThread_type_lock PyThread_allocate_lock() noexcept PY3FFI_PYPY_NAME(PyPyThread_allocate_lock);
PY3FFI_API void PyThread_free_lock(PyThread_type_lock) noexcept PY3FFI_PYPY_NAME(PyPyThread_free_lock);
PY3FFI_API int PyThread_acquire_lock(PyThread_type_lock, int) noexcept PY3FFI_PYPY_NAME(PyPyThread_acquire_lock);
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock, long long microseconds, int intr_flag) noexcept PY3FFI_PYPY_NAME(PyPyThread_acquire_lock_timed);
#endif
PY3FFI_API void PyThread_release_lock(PyThread_type_lock) noexcept PY3FFI_PYPY_NAME(PyPyThread_release_lock);
#if PY3FFI_NOT_PYPY
PY3FFI_API size_t PyThread_get_stacksize() noexcept;
PY3FFI_API int PyThread_set_stacksize(size_t) noexcept;
PY3FFI_API PyObject *PyThread_GetInfo() noexcept;
#endif
PY3FFI_API int PyThread_create_key() noexcept PY3FFI_PYPY_NAME(PyPyThread_create_key);
PY3FFI_API void PyThread_delete_key(int key) noexcept PY3FFI_PYPY_NAME(PyPyThread_delete_key);
PY3FFI_API int PyThread_set_key_value(int key, void *value) noexcept PY3FFI_PYPY_NAME(PyPyThread_set_key_value);
PY3FFI_API void *PyThread_get_key_value(int key) noexcept PY3FFI_PYPY_NAME(PyPyThread_get_key_value);
PY3FFI_API void PyThread_delete_key_value(int key) noexcept PY3FFI_PYPY_NAME(PyPyThread_delete_key_value);
PY3FFI_API void PyThread_ReInitTLS() noexcept PY3FFI_PYPY_NAME(PyPyThread_ReInitTLS);
PY3FFI_API Py_tss_t *PyThread_tss_alloc() noexcept;
PY3FFI_API void PyThread_tss_free(Py_tss_t *key) noexcept;
PY3FFI_API int PyThread_tss_is_created(Py_tss_t *key) noexcept;
PY3FFI_API int PyThread_tss_create(Py_tss_t *key) noexcept;
PY3FFI_API void PyThread_tss_delete(Py_tss_t *key) noexcept;
PY3FFI_API int PyThread_tss_set(Py_tss_t *key, void *value) noexcept;
PY3FFI_API void *PyThread_tss_get(Py_tss_t *key) noexcept;
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
using PY_TIMEOUT_T = long long;
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
