// SPDX-License-Identifier: MIT
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
PY3FFI_API PyObject *PySys_GetAttr(PyObject *) noexcept;
PY3FFI_API PyObject *PySys_GetAttrString(const char *) noexcept;
PY3FFI_API int PySys_GetOptionalAttr(PyObject *, PyObject **) noexcept;
PY3FFI_API int PySys_GetOptionalAttrString(const char *, PyObject **) noexcept;
#endif
PY3FFI_API PyObject *PySys_GetObject(const char *) noexcept PY3FFI_PYPY_NAME(PyPySys_GetObject);
PY3FFI_API int PySys_SetObject(const char *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPySys_SetObject);
#if PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
PY3FFI_API void PySys_SetPath(const wchar_t *) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API void PySys_SetArgv(int, wchar_t **) noexcept;
PY3FFI_API void PySys_SetArgvEx(int, wchar_t **, int) noexcept;
#endif
PY3FFI_API void PySys_WriteStdout(const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPySys_WriteStdout);
#if PY3FFI_BEFORE(3, 15) && PY3FFI_NOT_PYPY
PY3FFI_API void PySys_ResetWarnOptions() noexcept;
#endif
PY3FFI_API void PySys_WriteStderr(const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPySys_WriteStderr);
#if PY3FFI_NOT_PYPY
PY3FFI_API void PySys_FormatStdout(const char *format, ...) noexcept;
PY3FFI_API void PySys_FormatStderr(const char *format, ...) noexcept;
#endif
#if PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
PY3FFI_API void PySys_AddWarnOption(const wchar_t *) noexcept;
PY3FFI_API void PySys_AddWarnOptionUnicode(PyObject *) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PySys_GetXOptions() noexcept;
#endif
#if PY3FFI_BEFORE(3, 13) && PY3FFI_NOT_PYPY
PY3FFI_API int PySys_HasWarnOptions() noexcept;
PY3FFI_API void PySys_AddXOption(const wchar_t *) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
