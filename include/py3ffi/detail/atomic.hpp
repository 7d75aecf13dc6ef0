// SPDX-License-Identifier: MIT
// What CPython's pyatomic_gcc.h and object.h's _Py_ThreadId do for the free-threaded build's
// inline functions, with the same compiler builtins (so the same instructions), kept out of
// the API's names.
#ifndef PY3FFI_DETAIL_ATOMIC_HPP
#define PY3FFI_DETAIL_ATOMIC_HPP
#include "py3ffi/pyport.hpp"
namespace py3ffi {
extern "C" {
#if PY3FFI_GIL_DISABLED && !PY3FFI_LIMITED
// The interpreter's own thread id where no register holds the thread pointer.
PY3FFI_API std::uintptr_t _Py_GetThreadLocal_Addr(void) noexcept;
#endif
}  // extern "C"

namespace detail {
template <class T>
inline T load_relaxed(const T *p) noexcept {
    return __atomic_load_n(p, __ATOMIC_RELAXED);
}
template <class T>
inline T load_seq_cst(const T *p) noexcept {
    return __atomic_load_n(p, __ATOMIC_SEQ_CST);
}
template <class T>
inline void store_relaxed(T *p, T v) noexcept {
    __atomic_store_n(p, v, __ATOMIC_RELAXED);
}
template <class T>
inline T fetch_add(T *p, T v) noexcept {
    return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
}
template <class T>
inline bool compare_exchange(T *p, T *expected, T desired) noexcept {
    return __atomic_compare_exchange_n(p, expected, desired, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

#if PY3FFI_GIL_DISABLED && !PY3FFI_LIMITED
// _Py_ThreadId(): the thread pointer, which the interpreter stores in ob_tid of the objects a
// thread owns. Must read the same register CPython's header reads on each platform.
inline std::uintptr_t thread_id() noexcept {
    std::uintptr_t tid;
#if (defined(_MSC_VER) || defined(__MINGW32__)) && (defined(_M_X64) || defined(__x86_64__))
    // Windows: the address of the thread's TEB (its NT_TIB.Self), what __readgsqword(48),
    // __readfsdword(24) and __getReg(18) read there
    __asm__("movq %%gs:48, %0" : "=r"(tid));
#elif (defined(_MSC_VER) || defined(__MINGW32__)) && (defined(_M_IX86) || defined(__i386__))
    __asm__("movl %%fs:24, %0" : "=r"(tid));
#elif (defined(_MSC_VER) || defined(__MINGW32__)) && (defined(_M_ARM64) || defined(__aarch64__))
    __asm__("mov %0, x18" : "=r"(tid));
#elif defined(__i386__)
    __asm__("movl %%gs:0, %0" : "=r"(tid));
#elif defined(__MACH__) && defined(__x86_64__)
    __asm__("movq %%gs:0, %0" : "=r"(tid));
#elif defined(__x86_64__)
    __asm__("movq %%fs:0, %0" : "=r"(tid));
#elif defined(__arm__) && __ARM_ARCH >= 7
    __asm__("mrc p15, 0, %0, c13, c0, 3\nbic %0, %0, #3" : "=r"(tid));
#elif defined(__aarch64__) && defined(__APPLE__)
    __asm__("mrs %0, tpidrro_el0" : "=r"(tid));
#elif defined(__aarch64__)
    __asm__("mrs %0, tpidr_el0" : "=r"(tid));
#elif defined(__powerpc64__) || defined(__powerpc__) || defined(__s390__) || defined(__riscv)
    tid = reinterpret_cast<std::uintptr_t>(__builtin_thread_pointer());
#else
    tid = _Py_GetThreadLocal_Addr();
#endif
    return tid;
}
#endif
}  // namespace detail
}  // namespace py3ffi
#endif  // PY3FFI_DETAIL_ATOMIC_HPP
