// Mirrors CPython's pytypedefs.h (3.11+; earlier versions declare the same names in their
// object headers): forward declarations of the core structs, by their C API names.
#ifndef PY3FFI_PYTYPEDEFS_HPP
#define PY3FFI_PYTYPEDEFS_HPP
#include "py3ffi/pyport.hpp"
namespace py3ffi {
struct PyModuleDef;
struct PyModuleDef_Slot;
struct PyMethodDef;
struct PyGetSetDef;
struct PyMemberDef;
struct PyObject;
struct PyLongObject;
struct PyTypeObject;
struct PyCodeObject;
struct PyFrameObject;
struct PyThreadState;
struct PyInterpreterState;
}  // namespace py3ffi
#endif  // PY3FFI_PYTYPEDEFS_HPP
