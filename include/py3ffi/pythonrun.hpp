// Mirrors CPython's Include/pythonrun.h.
#ifndef PY3FFI_PYTHONRUN_HPP
#define PY3FFI_PYTHONRUN_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_BEFORE(3, 14)
inline constexpr int PYOS_STACK_MARGIN = 2048;
#endif
struct symtable;
extern "C" {
PY3FFI_DATA int (*PyOS_InputHook)(void);
PyObject *Py_CompileString(const char *, const char *, int);
void PyErr_Print();
void PyErr_PrintEx(int);
void PyErr_Display(PyObject *, PyObject *, PyObject *);
}  // extern "C"
#if PY3FFI_SINCE(3, 12)
extern "C" {
void PyErr_DisplayException(PyObject *);
}  // extern "C"
#endif
#if PY3FFI_USE_STACKCHECK
extern "C" {
int PyOS_CheckStack();
}  // extern "C"
#endif
#if PY3FFI_BEFORE(3, 10)
extern "C" {
_node *PyParser_SimpleParseStringFlags(const char *, int, int);
_node *PyParser_SimpleParseStringFlagsFilename(const char *, const char *, int, int);
_node *PyParser_SimpleParseFileFlags(FILE *, const char *, int, int);
symtable *Py_SymtableString(const char *str, const char *filename, int start);
}  // extern "C"
#endif
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
