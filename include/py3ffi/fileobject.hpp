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
PY3FFI_DATA const char *Py_FileSystemDefaultEncoding;
PY3FFI_DATA const char *Py_FileSystemDefaultEncodeErrors;
PY3FFI_DATA int Py_HasFileSystemDefaultEncoding;
PY3FFI_DATA int Py_UTF8Mode;
PyObject *PyFile_FromFd(int, const char *, const char *, int, const char *, const char *, const char *, int) noexcept;
PyObject *PyFile_GetLine(PyObject *, int) noexcept;
int PyFile_WriteObject(PyObject *, PyObject *, int) noexcept;
int PyFile_WriteString(const char *, PyObject *) noexcept;
int PyObject_AsFileDescriptor(PyObject *) noexcept;
}  // extern "C"
// </py3ffi:generated>

inline constexpr char PY_STDIOTEXTMODE[] = "b";
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
