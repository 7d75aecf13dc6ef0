// Mirrors CPython's unicodeobject.h: str objects.
#ifndef PY3FFI_UNICODEOBJECT_HPP
#define PY3FFI_UNICODEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int Py_UNICODE_SIZE = 4;
using Py_UCS4 = uint32_t;
using Py_UCS2 = uint16_t;
using Py_UCS1 = uint8_t;
inline constexpr unsigned int Py_UNICODE_REPLACEMENT_CHARACTER = 65533U;
extern "C" {
PY3FFI_DATA PyTypeObject PyUnicode_Type;
PY3FFI_DATA PyTypeObject PyUnicodeIter_Type;
PyObject *PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size) noexcept;
PyObject *PyUnicode_FromString(const char *u) noexcept;
PyObject *PyUnicode_Substring(PyObject *str, Py_ssize_t start, Py_ssize_t end) noexcept;
Py_UCS4 *PyUnicode_AsUCS4(PyObject *unicode, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null) noexcept;
Py_UCS4 *PyUnicode_AsUCS4Copy(PyObject *unicode) noexcept;
Py_ssize_t PyUnicode_GetLength(PyObject *unicode) noexcept;
Py_UCS4 PyUnicode_ReadChar(PyObject *unicode, Py_ssize_t index) noexcept;
int PyUnicode_WriteChar(PyObject *unicode, Py_ssize_t index, Py_UCS4 character) noexcept;
#if PY3FFI_BEFORE(3, 12)
Py_ssize_t PyUnicode_GetSize(PyObject *unicode) noexcept;
#endif
int PyUnicode_Resize(PyObject **unicode, Py_ssize_t length) noexcept;
PyObject *PyUnicode_FromEncodedObject(PyObject *obj, const char *encoding, const char *errors) noexcept;
PyObject *PyUnicode_FromObject(PyObject *obj) noexcept;
PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs) noexcept;
PyObject *PyUnicode_FromFormat(const char *format, ...) noexcept;
void PyUnicode_InternInPlace(PyObject **) noexcept;
PyObject *PyUnicode_InternFromString(const char *u) noexcept;
PyObject *PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size) noexcept;
#if PY3FFI_BEFORE(3, 12)
void PyUnicode_InternImmortal(PyObject **) noexcept;
#endif
Py_ssize_t PyUnicode_AsWideChar(PyObject *unicode, wchar_t *w, Py_ssize_t size) noexcept;
wchar_t *PyUnicode_AsWideCharString(PyObject *unicode, Py_ssize_t *size) noexcept;
PyObject *PyUnicode_FromOrdinal(int ordinal) noexcept;
const char *PyUnicode_GetDefaultEncoding() noexcept;
PyObject *PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors) noexcept;
#if PY3FFI_BEFORE(3, 9)
int PyUnicode_ClearFreeList() noexcept;
#endif
PyObject *PyUnicode_AsEncodedString(PyObject *unicode, const char *encoding, const char *errors) noexcept;
PyObject *PyUnicode_BuildEncodingMap(PyObject *string) noexcept;
#if PY3FFI_BEFORE(3, 15)
PyObject *PyUnicode_AsDecodedObject(PyObject *unicode, const char *encoding, const char *errors) noexcept;
#endif
PyObject *PyUnicode_DecodeUTF7(const char *string, Py_ssize_t length, const char *errors) noexcept;
PyObject *PyUnicode_DecodeUTF7Stateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
#if PY3FFI_BEFORE(3, 15)
PyObject *PyUnicode_AsDecodedUnicode(PyObject *unicode, const char *encoding, const char *errors) noexcept;
#endif
PyObject *PyUnicode_DecodeUTF8(const char *string, Py_ssize_t length, const char *errors) noexcept;
PyObject *PyUnicode_DecodeUTF8Stateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
#if PY3FFI_BEFORE(3, 15)
PyObject *PyUnicode_AsEncodedObject(PyObject *unicode, const char *encoding, const char *errors) noexcept;
#endif
PyObject *PyUnicode_AsUTF8String(PyObject *unicode) noexcept;
#if PY3FFI_LIMITED_SINCE(3, 10)
const char *PyUnicode_AsUTF8AndSize(PyObject *unicode, Py_ssize_t *size) noexcept;
#endif
#if PY3FFI_BEFORE(3, 15)
PyObject *PyUnicode_AsEncodedUnicode(PyObject *unicode, const char *encoding, const char *errors) noexcept;
#endif
PyObject *PyUnicode_DecodeUTF32(const char *string, Py_ssize_t length, const char *errors, int *byteorder) noexcept;
PyObject *PyUnicode_DecodeUTF32Stateful(const char *string, Py_ssize_t length, const char *errors, int *byteorder, Py_ssize_t *consumed) noexcept;
PyObject *PyUnicode_AsUTF32String(PyObject *unicode) noexcept;
PyObject *PyUnicode_DecodeUTF16(const char *string, Py_ssize_t length, const char *errors, int *byteorder) noexcept;
PyObject *PyUnicode_DecodeUTF16Stateful(const char *string, Py_ssize_t length, const char *errors, int *byteorder, Py_ssize_t *consumed) noexcept;
PyObject *PyUnicode_AsUTF16String(PyObject *unicode) noexcept;
PyObject *PyUnicode_DecodeUnicodeEscape(const char *string, Py_ssize_t length, const char *errors) noexcept;
PyObject *PyUnicode_AsUnicodeEscapeString(PyObject *unicode) noexcept;
PyObject *PyUnicode_DecodeRawUnicodeEscape(const char *string, Py_ssize_t length, const char *errors) noexcept;
PyObject *PyUnicode_AsRawUnicodeEscapeString(PyObject *unicode) noexcept;
PyObject *PyUnicode_DecodeLatin1(const char *string, Py_ssize_t length, const char *errors) noexcept;
PyObject *PyUnicode_AsLatin1String(PyObject *unicode) noexcept;
PyObject *PyUnicode_DecodeASCII(const char *string, Py_ssize_t length, const char *errors) noexcept;
PyObject *PyUnicode_AsASCIIString(PyObject *unicode) noexcept;
PyObject *PyUnicode_DecodeCharmap(const char *string, Py_ssize_t length, PyObject *mapping, const char *errors) noexcept;
PyObject *PyUnicode_AsCharmapString(PyObject *unicode, PyObject *mapping) noexcept;
#if PY3FFI_WINDOWS
PyObject *PyUnicode_DecodeMBCS(const char *string, Py_ssize_t length, const char *errors) noexcept;
PyObject *PyUnicode_DecodeMBCSStateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
PyObject *PyUnicode_DecodeCodePageStateful(int code_page, const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
PyObject *PyUnicode_AsMBCSString(PyObject *unicode) noexcept;
PyObject *PyUnicode_EncodeCodePage(int code_page, PyObject *unicode, const char *errors) noexcept;
#endif
PyObject *PyUnicode_DecodeLocaleAndSize(const char *str, Py_ssize_t len, const char *errors) noexcept;
PyObject *PyUnicode_DecodeLocale(const char *str, const char *errors) noexcept;
PyObject *PyUnicode_EncodeLocale(PyObject *unicode, const char *errors) noexcept;
int PyUnicode_FSConverter(PyObject *, void *) noexcept;
int PyUnicode_FSDecoder(PyObject *, void *) noexcept;
PyObject *PyUnicode_DecodeFSDefault(const char *s) noexcept;
PyObject *PyUnicode_DecodeFSDefaultAndSize(const char *s, Py_ssize_t size) noexcept;
PyObject *PyUnicode_EncodeFSDefault(PyObject *unicode) noexcept;
PyObject *PyUnicode_Concat(PyObject *left, PyObject *right) noexcept;
void PyUnicode_Append(PyObject **pleft, PyObject *right) noexcept;
void PyUnicode_AppendAndDel(PyObject **pleft, PyObject *right) noexcept;
PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit) noexcept;
PyObject *PyUnicode_Splitlines(PyObject *s, int keepends) noexcept;
PyObject *PyUnicode_Partition(PyObject *s, PyObject *sep) noexcept;
PyObject *PyUnicode_RPartition(PyObject *s, PyObject *sep) noexcept;
PyObject *PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit) noexcept;
PyObject *PyUnicode_Translate(PyObject *str, PyObject *table, const char *errors) noexcept;
PyObject *PyUnicode_Join(PyObject *separator, PyObject *seq) noexcept;
Py_ssize_t PyUnicode_Tailmatch(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction) noexcept;
Py_ssize_t PyUnicode_Find(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction) noexcept;
Py_ssize_t PyUnicode_FindChar(PyObject *str, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction) noexcept;
Py_ssize_t PyUnicode_Count(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end) noexcept;
PyObject *PyUnicode_Replace(PyObject *str, PyObject *substr, PyObject *replstr, Py_ssize_t maxcount) noexcept;
int PyUnicode_Compare(PyObject *left, PyObject *right) noexcept;
int PyUnicode_CompareWithASCIIString(PyObject *left, const char *right) noexcept;
#if PY3FFI_SINCE(3, 13)
int PyUnicode_EqualToUTF8(PyObject *, const char *) noexcept;
int PyUnicode_EqualToUTF8AndSize(PyObject *, const char *, Py_ssize_t) noexcept;
#endif
#if PY3FFI_SINCE(3, 14)
int PyUnicode_Equal(PyObject *str1, PyObject *str2) noexcept;
#endif
PyObject *PyUnicode_RichCompare(PyObject *left, PyObject *right, int op) noexcept;
PyObject *PyUnicode_Format(PyObject *format, PyObject *args) noexcept;
int PyUnicode_Contains(PyObject *container, PyObject *element) noexcept;
int PyUnicode_IsIdentifier(PyObject *s) noexcept;
}  // extern "C"
// </py3ffi:generated>

inline int PyUnicode_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS); }
inline int PyUnicode_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyUnicode_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
