// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/fileobject.h.
#ifndef PY3FFI_FILEOBJECT_HPP
#define PY3FFI_FILEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_DATA const char *Py_FileSystemDefaultEncoding PY3FFI_PYPY_NAME(_PyPy_FileSystemDefaultEncoding);
#else
PY3FFI_DATA const char *Py_FileSystemDefaultEncoding;
#endif
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY
PY3FFI_DATA const char *Py_FileSystemDefaultEncodeErrors;
PY3FFI_DATA int Py_HasFileSystemDefaultEncoding;
#endif
#if PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY_BEFORE(3, 12)
PY3FFI_DATA int Py_UTF8Mode;
#endif
PY3FFI_API PyObject *PyFile_FromFd(int, const char *, const char *, int, const char *, const char *, const char *, int) noexcept PY3FFI_PYPY_NAME(PyPyFile_FromFd);
PY3FFI_API PyObject *PyFile_GetLine(PyObject *, int) noexcept PY3FFI_PYPY_NAME(PyPyFile_GetLine);
PY3FFI_API int PyFile_WriteObject(PyObject *, PyObject *, int) noexcept PY3FFI_PYPY_NAME(PyPyFile_WriteObject);
PY3FFI_API int PyFile_WriteString(const char *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyFile_WriteString);
PY3FFI_API int PyObject_AsFileDescriptor(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_AsFileDescriptor);
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_NOT_PYPY
inline constexpr char PY_STDIOTEXTMODE[] = "b";
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
