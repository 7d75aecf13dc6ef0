// Mirrors CPython's Include/sysmodule.h.
#ifndef PY3FFI_SYSMODULE_HPP
#define PY3FFI_SYSMODULE_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_SINCE(3, 15)
PyObject *PySys_GetAttr(PyObject *);
PyObject *PySys_GetAttrString(const char *);
int PySys_GetOptionalAttr(PyObject *, PyObject **);
int PySys_GetOptionalAttrString(const char *, PyObject **);
#endif
PyObject *PySys_GetObject(const char *);
int PySys_SetObject(const char *, PyObject *);
#if PY3FFI_BEFORE(3, 13)
void PySys_SetPath(const wchar_t *);
#endif
void PySys_SetArgv(int, wchar_t **);
void PySys_SetArgvEx(int, wchar_t **, int);
void PySys_WriteStdout(const char *format, ...);
#if PY3FFI_BEFORE(3, 15)
void PySys_ResetWarnOptions();
#endif
void PySys_WriteStderr(const char *format, ...);
void PySys_FormatStdout(const char *format, ...);
void PySys_FormatStderr(const char *format, ...);
#if PY3FFI_BEFORE(3, 13)
void PySys_AddWarnOption(const wchar_t *);
void PySys_AddWarnOptionUnicode(PyObject *);
#endif
PyObject *PySys_GetXOptions();
#if PY3FFI_BEFORE(3, 13)
int PySys_HasWarnOptions();
void PySys_AddXOption(const wchar_t *);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
