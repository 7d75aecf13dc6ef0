// Mirrors CPython's Include/cpython/pylock.h.
#ifndef PY3FFI_CPYTHON_PYLOCK_HPP
#define PY3FFI_CPYTHON_PYLOCK_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
struct PyMutex;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
void PyMutex_Lock(PyMutex *m);
void PyMutex_Unlock(PyMutex *m);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
int PyMutex_IsLocked(PyMutex *m);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
