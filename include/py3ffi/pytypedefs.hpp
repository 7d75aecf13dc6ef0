// SPDX-License-Identifier: MIT
// Mirrors CPython's pytypedefs.h (3.11+; earlier versions declare the same names in their
// object headers): forward declarations of the core structs, by their C API names.
#ifndef PY3FFI_PYTYPEDEFS_HPP
#define PY3FFI_PYTYPEDEFS_HPP
#include "py3ffi/pyport.hpp"
namespace py3ffi {
// The object structs, which the hand-written layouts define; the rest are generated below,
// each where the real headers declare it.
struct PyObject;
struct PyVarObject;
struct PyTypeObject;
// <py3ffi:generated>
struct PyModuleDef;
struct PyModuleDef_Slot;
struct PyMethodDef;
struct PyGetSetDef;
struct PyMemberDef;
#if PY3FFI_TARGET_SINCE(3, 15)
struct PySlot;
#endif
struct PyLongObject;
#if (!PY3FFI_LIMITED || PY3FFI_TARGET_SINCE(3, 9))
struct PyCodeObject;
struct PyFrameObject;
#endif
struct PyThreadState;
struct PyInterpreterState;
// </py3ffi:generated>
}  // namespace py3ffi
#endif  // PY3FFI_PYTYPEDEFS_HPP
