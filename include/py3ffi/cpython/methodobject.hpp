// Mirrors CPython's Include/cpython/methodobject.h.
#ifndef PY3FFI_CPYTHON_METHODOBJECT_HPP
#define PY3FFI_CPYTHON_METHODOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED
struct PyCFunctionObject;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
struct PyCMethodObject;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9)
PY3FFI_DATA PyTypeObject PyCMethod_Type;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
