// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/codecs.h.
#ifndef PY3FFI_CODECS_HPP
#define PY3FFI_CODECS_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_DATA const char *Py_hexdigits;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API int PyCodec_Register(PyObject *search_function) noexcept;
#endif
#if PY3FFI_SINCE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API int PyCodec_Unregister(PyObject *search_function) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API int PyCodec_KnownEncoding(const char *encoding) noexcept;
#endif
PY3FFI_API PyObject *PyCodec_Encode(PyObject *object, const char *encoding, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyCodec_Encode);
PY3FFI_API PyObject *PyCodec_Decode(PyObject *object, const char *encoding, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyCodec_Decode);
PY3FFI_API PyObject *PyCodec_Encoder(const char *encoding) noexcept PY3FFI_PYPY_NAME(PyPyCodec_Encoder);
PY3FFI_API PyObject *PyCodec_Decoder(const char *encoding) noexcept PY3FFI_PYPY_NAME(PyPyCodec_Decoder);
PY3FFI_API PyObject *PyCodec_IncrementalEncoder(const char *encoding, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyCodec_IncrementalEncoder);
PY3FFI_API PyObject *PyCodec_IncrementalDecoder(const char *encoding, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyCodec_IncrementalDecoder);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyCodec_StreamReader(const char *encoding, PyObject *stream, const char *errors) noexcept;
PY3FFI_API PyObject *PyCodec_StreamWriter(const char *encoding, PyObject *stream, const char *errors) noexcept;
PY3FFI_API int PyCodec_RegisterError(const char *name, PyObject *error) noexcept;
PY3FFI_API PyObject *PyCodec_LookupError(const char *name) noexcept;
PY3FFI_API PyObject *PyCodec_StrictErrors(PyObject *exc) noexcept;
PY3FFI_API PyObject *PyCodec_IgnoreErrors(PyObject *exc) noexcept;
PY3FFI_API PyObject *PyCodec_ReplaceErrors(PyObject *exc) noexcept;
PY3FFI_API PyObject *PyCodec_XMLCharRefReplaceErrors(PyObject *exc) noexcept;
PY3FFI_API PyObject *PyCodec_BackslashReplaceErrors(PyObject *exc) noexcept;
PY3FFI_API PyObject *PyCodec_NameReplaceErrors(PyObject *exc) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
