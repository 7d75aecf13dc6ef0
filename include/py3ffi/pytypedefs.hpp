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
// the parser's node (3.7-3.9 PyParser_* functions take it; its header is not part of Python.h)
struct _node;
// 3.15's slot array (slots.h), which object.h's PyType_FromSlots takes
struct PySlot;
// <py3ffi:generated>
struct PyLongObject;
struct PyCodeObject;
struct PyFrameObject;
struct PyThreadState;
struct PyInterpreterState;
// </py3ffi:generated>
}  // namespace py3ffi
#endif  // PY3FFI_PYTYPEDEFS_HPP
