// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pyarena.h.
#ifndef PY3FFI_PYARENA_HPP
#define PY3FFI_PYARENA_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
struct PyArena;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API PyArena *PyArena_New() noexcept;
PY3FFI_API void PyArena_Free(PyArena *) noexcept;
PY3FFI_API void *PyArena_Malloc(PyArena *, size_t size) noexcept;
PY3FFI_API int PyArena_AddPyObject(PyArena *, PyObject *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
