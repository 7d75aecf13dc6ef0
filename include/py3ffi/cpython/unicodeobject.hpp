// Mirrors CPython's Include/cpython/unicodeobject.h.
#ifndef PY3FFI_CPYTHON_UNICODEOBJECT_HPP
#define PY3FFI_CPYTHON_UNICODEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/unicodeobject.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
using PY_UNICODE_TYPE = wchar_t;
#endif
#if !PY3FFI_LIMITED
using Py_UNICODE = wchar_t;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_BEFORE(3, 12)
inline constexpr int USE_UNICODE_WCHAR_CACHE = 1;
#endif
#if !PY3FFI_LIMITED
struct PyASCIIObject;
struct PyCompactUnicodeObject;
struct PyUnicodeObject;
inline constexpr int SSTATE_NOT_INTERNED = 0;
inline constexpr int SSTATE_INTERNED_MORTAL = 1;
inline constexpr int SSTATE_INTERNED_IMMORTAL = 2;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
inline constexpr int SSTATE_INTERNED_IMMORTAL_STATIC = 3;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
enum PyUnicode_Kind : unsigned int { PyUnicode_1BYTE_KIND = 1, PyUnicode_2BYTE_KIND = 2, PyUnicode_4BYTE_KIND = 4 };
#elif !PY3FFI_LIMITED
enum PyUnicode_Kind : unsigned int { PyUnicode_WCHAR_KIND = 0, PyUnicode_1BYTE_KIND = 1, PyUnicode_2BYTE_KIND = 2, PyUnicode_4BYTE_KIND = 4 };
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
struct PyUnicodeWriter;
#endif
#if !PY3FFI_LIMITED
struct _PyUnicodeWriter;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
int PyUnicode_KIND(PyObject *op);
void *PyUnicode_DATA(PyObject *op);
#endif
#if !PY3FFI_LIMITED
PyObject *PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar);
Py_ssize_t PyUnicode_CopyCharacters(PyObject *to, Py_ssize_t to_start, PyObject *from, Py_ssize_t from_start, Py_ssize_t how_many);
Py_ssize_t PyUnicode_Fill(PyObject *unicode, Py_ssize_t start, Py_ssize_t length, Py_UCS4 fill_char);
PyObject *PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PyUnicodeWriter *PyUnicodeWriter_Create(Py_ssize_t length);
void PyUnicodeWriter_Discard(PyUnicodeWriter *writer);
PyObject *PyUnicodeWriter_Finish(PyUnicodeWriter *writer);
int PyUnicodeWriter_WriteChar(PyUnicodeWriter *writer, Py_UCS4 ch);
int PyUnicodeWriter_WriteUTF8(PyUnicodeWriter *writer, const char *str, Py_ssize_t size);
int PyUnicodeWriter_WriteASCII(PyUnicodeWriter *writer, const char *str, Py_ssize_t size);
int PyUnicodeWriter_WriteWideChar(PyUnicodeWriter *writer, const wchar_t *str, Py_ssize_t size);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
int PyUnicodeWriter_WriteUCS4(PyUnicodeWriter *writer, const Py_UCS4 *str, Py_ssize_t size);
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
int PyUnicodeWriter_WriteUCS4(PyUnicodeWriter *writer, Py_UCS4 *str, Py_ssize_t size);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
int PyUnicodeWriter_WriteStr(PyUnicodeWriter *writer, PyObject *obj);
int PyUnicodeWriter_WriteRepr(PyUnicodeWriter *writer, PyObject *obj);
int PyUnicodeWriter_WriteSubstring(PyUnicodeWriter *writer, PyObject *str, Py_ssize_t start, Py_ssize_t end);
int PyUnicodeWriter_Format(PyUnicodeWriter *writer, const char *format, ...);
int PyUnicodeWriter_DecodeUTF8Stateful(PyUnicodeWriter *writer, const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12)
PyObject *PyUnicode_FromUnicode(const Py_UNICODE *u, Py_ssize_t size);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10)
Py_UNICODE PyUnicode_GetMax();
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12)
Py_UNICODE *PyUnicode_AsUnicode(PyObject *unicode);
Py_UNICODE *PyUnicode_AsUnicodeAndSize(PyObject *unicode, Py_ssize_t *size);
#endif
#if !PY3FFI_LIMITED
const char *PyUnicode_AsUTF8(PyObject *unicode);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)
PyObject *PyUnicode_Encode(const Py_UNICODE *s, Py_ssize_t size, const char *encoding, const char *errors);
PyObject *PyUnicode_EncodeUTF7(const Py_UNICODE *data, Py_ssize_t length, int base64SetO, int base64WhiteSpace, const char *errors);
PyObject *PyUnicode_EncodeUTF8(const Py_UNICODE *data, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_EncodeUTF32(const Py_UNICODE *data, Py_ssize_t length, const char *errors, int byteorder);
PyObject *PyUnicode_EncodeUTF16(const Py_UNICODE *data, Py_ssize_t length, const char *errors, int byteorder);
PyObject *PyUnicode_EncodeUnicodeEscape(const Py_UNICODE *data, Py_ssize_t length);
PyObject *PyUnicode_EncodeRawUnicodeEscape(const Py_UNICODE *data, Py_ssize_t length);
PyObject *PyUnicode_EncodeLatin1(const Py_UNICODE *data, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_EncodeASCII(const Py_UNICODE *data, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_EncodeCharmap(const Py_UNICODE *data, Py_ssize_t length, PyObject *mapping, const char *errors);
PyObject *PyUnicode_TranslateCharmap(const Py_UNICODE *data, Py_ssize_t length, PyObject *table, const char *errors);
int PyUnicode_EncodeDecimal(Py_UNICODE *s, Py_ssize_t length, char *output, const char *errors);
PyObject *PyUnicode_TransformDecimalToASCII(Py_UNICODE *s, Py_ssize_t length);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10)
size_t Py_UNICODE_strlen(const Py_UNICODE *u);
Py_UNICODE *Py_UNICODE_strcpy(Py_UNICODE *s1, const Py_UNICODE *s2);
Py_UNICODE *Py_UNICODE_strcat(Py_UNICODE *s1, const Py_UNICODE *s2);
Py_UNICODE *Py_UNICODE_strncpy(Py_UNICODE *s1, const Py_UNICODE *s2, size_t n);
int Py_UNICODE_strcmp(const Py_UNICODE *s1, const Py_UNICODE *s2);
int Py_UNICODE_strncmp(const Py_UNICODE *s1, const Py_UNICODE *s2, size_t n);
Py_UNICODE *Py_UNICODE_strchr(const Py_UNICODE *s, Py_UNICODE c);
Py_UNICODE *Py_UNICODE_strrchr(const Py_UNICODE *s, Py_UNICODE c);
Py_UNICODE *PyUnicode_AsUnicodeCopy(PyObject *unicode);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
