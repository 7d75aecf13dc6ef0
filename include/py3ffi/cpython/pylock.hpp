// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/pylock.h.
#ifndef PY3FFI_CPYTHON_PYLOCK_HPP
#define PY3FFI_CPYTHON_PYLOCK_HPP
#include "py3ffi/pytypedefs.hpp"  // not object.hpp: the free-threaded PyObject holds a PyMutex
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/atomic.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
struct PyMutex {
    uint8_t _bits;
};
#endif
// </py3ffi:generated>

// PyMutex_Lock/Unlock/IsLocked are macros for inline functions that try one compare-exchange
// (or load) before calling the exported function of the same name, which here has a C++ name
// of its own.
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
namespace detail {
PY3FFI_API void mutex_lock(PyMutex *m) noexcept PY3FFI_SYMBOL(PyMutex_Lock);
PY3FFI_API void mutex_unlock(PyMutex *m) noexcept PY3FFI_SYMBOL(PyMutex_Unlock);
}  // namespace detail
inline void PyMutex_Lock(PyMutex *m) noexcept {
    std::uint8_t expected = 0;  // _Py_UNLOCKED
    if (!detail::compare_exchange(&m->_bits, &expected, std::uint8_t{1})) detail::mutex_lock(m);
}
inline void PyMutex_Unlock(PyMutex *m) noexcept {
    std::uint8_t expected = 1;  // _Py_LOCKED
    if (!detail::compare_exchange(&m->_bits, &expected, std::uint8_t{0})) detail::mutex_unlock(m);
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
inline int PyMutex_IsLocked(PyMutex *m) noexcept { return (detail::load_seq_cst(&m->_bits) & 1) != 0; }
#endif

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
