// SPDX-License-Identifier: MIT
// Mirrors CPython's unicodeobject.h: str objects.
#ifndef PY3FFI_UNICODEOBJECT_HPP
#define PY3FFI_UNICODEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
inline constexpr int Py_UNICODE_SIZE = static_cast<int>(sizeof(wchar_t));
using Py_UCS4 = uint32_t;
using Py_UCS2 = uint16_t;
using Py_UCS1 = uint8_t;
inline constexpr unsigned int Py_UNICODE_REPLACEMENT_CHARACTER = 65533U;
extern "C" {
PY3FFI_DATA PyTypeObject PyUnicode_Type PY3FFI_PYPY_NAME(PyPyUnicode_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyUnicodeIter_Type;
#endif
PY3FFI_API PyObject *PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromStringAndSize);
PY3FFI_API PyObject *PyUnicode_FromString(const char *u) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromString);
PY3FFI_API PyObject *PyUnicode_Substring(PyObject *str, Py_ssize_t start, Py_ssize_t end) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Substring);
PY3FFI_API Py_UCS4 *PyUnicode_AsUCS4(PyObject *unicode, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUCS4);
PY3FFI_API Py_UCS4 *PyUnicode_AsUCS4Copy(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUCS4Copy);
PY3FFI_API Py_ssize_t PyUnicode_GetLength(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_GetLength);
PY3FFI_API Py_UCS4 PyUnicode_ReadChar(PyObject *unicode, Py_ssize_t index) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_ReadChar);
PY3FFI_API int PyUnicode_WriteChar(PyObject *unicode, Py_ssize_t index, Py_UCS4 character) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_WriteChar);
#if PY3FFI_BEFORE(3, 12)
PY3FFI_API Py_ssize_t PyUnicode_GetSize(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_GetSize);
#endif
PY3FFI_API int PyUnicode_Resize(PyObject **unicode, Py_ssize_t length) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Resize);
PY3FFI_API PyObject *PyUnicode_FromEncodedObject(PyObject *obj, const char *encoding, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromEncodedObject);
PY3FFI_API PyObject *PyUnicode_FromObject(PyObject *obj) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromObject);
PY3FFI_API PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromFormatV);
PY3FFI_API PyObject *PyUnicode_FromFormat(const char *format, ...) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromFormat);
PY3FFI_API void PyUnicode_InternInPlace(PyObject **) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_InternInPlace);
PY3FFI_API PyObject *PyUnicode_InternFromString(const char *u) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_InternFromString);
PY3FFI_API PyObject *PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromWideChar);
#if PY3FFI_BEFORE(3, 12) && PY3FFI_NOT_PYPY
PY3FFI_API void PyUnicode_InternImmortal(PyObject **) noexcept;
#endif
PY3FFI_API Py_ssize_t PyUnicode_AsWideChar(PyObject *unicode, wchar_t *w, Py_ssize_t size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsWideChar);
PY3FFI_API wchar_t *PyUnicode_AsWideCharString(PyObject *unicode, Py_ssize_t *size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsWideCharString);
PY3FFI_API PyObject *PyUnicode_FromOrdinal(int ordinal) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromOrdinal);
PY3FFI_API const char *PyUnicode_GetDefaultEncoding() noexcept PY3FFI_PYPY_NAME(PyPyUnicode_GetDefaultEncoding);
PY3FFI_API PyObject *PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Decode);
#if PY3FFI_BEFORE(3, 9)
PY3FFI_API int PyUnicode_ClearFreeList() noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_AsEncodedString(PyObject *unicode, const char *encoding, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsEncodedString);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_BuildEncodingMap(PyObject *string) noexcept;
#endif
#if PY3FFI_BEFORE(3, 15) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_AsDecodedObject(PyObject *unicode, const char *encoding, const char *errors) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_DecodeUTF7(const char *string, Py_ssize_t length, const char *errors) noexcept;
PY3FFI_API PyObject *PyUnicode_DecodeUTF7Stateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
#endif
#if PY3FFI_BEFORE(3, 15) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_AsDecodedUnicode(PyObject *unicode, const char *encoding, const char *errors) noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_DecodeUTF8(const char *string, Py_ssize_t length, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeUTF8);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_DecodeUTF8Stateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
#endif
#if PY3FFI_BEFORE(3, 15)
PY3FFI_API PyObject *PyUnicode_AsEncodedObject(PyObject *unicode, const char *encoding, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsEncodedObject);
#endif
PY3FFI_API PyObject *PyUnicode_AsUTF8String(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUTF8String);
#if PY3FFI_LIMITED_SINCE(3, 10)
PY3FFI_API const char *PyUnicode_AsUTF8AndSize(PyObject *unicode, Py_ssize_t *size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUTF8AndSize);
#endif
#if PY3FFI_BEFORE(3, 15) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_AsEncodedUnicode(PyObject *unicode, const char *encoding, const char *errors) noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_DecodeUTF32(const char *string, Py_ssize_t length, const char *errors, int *byteorder) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeUTF32);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_DecodeUTF32Stateful(const char *string, Py_ssize_t length, const char *errors, int *byteorder, Py_ssize_t *consumed) noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_AsUTF32String(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUTF32String);
PY3FFI_API PyObject *PyUnicode_DecodeUTF16(const char *string, Py_ssize_t length, const char *errors, int *byteorder) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeUTF16);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_DecodeUTF16Stateful(const char *string, Py_ssize_t length, const char *errors, int *byteorder, Py_ssize_t *consumed) noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_AsUTF16String(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUTF16String);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_DecodeUnicodeEscape(const char *string, Py_ssize_t length, const char *errors) noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_AsUnicodeEscapeString(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUnicodeEscapeString);
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
PY3FFI_API PyObject *PyUnicode_DecodeRawUnicodeEscape(const char *string, Py_ssize_t length, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeRawUnicodeEscape);
PY3FFI_API PyObject *PyUnicode_AsRawUnicodeEscapeString(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsRawUnicodeEscapeString);
#endif
PY3FFI_API PyObject *PyUnicode_DecodeLatin1(const char *string, Py_ssize_t length, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeLatin1);
PY3FFI_API PyObject *PyUnicode_AsLatin1String(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsLatin1String);
PY3FFI_API PyObject *PyUnicode_DecodeASCII(const char *string, Py_ssize_t length, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeASCII);
PY3FFI_API PyObject *PyUnicode_AsASCIIString(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsASCIIString);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_DecodeCharmap(const char *string, Py_ssize_t length, PyObject *mapping, const char *errors) noexcept;
PY3FFI_API PyObject *PyUnicode_AsCharmapString(PyObject *unicode, PyObject *mapping) noexcept;
#endif
#if PY3FFI_WINDOWS
PY3FFI_API PyObject *PyUnicode_DecodeMBCS(const char *string, Py_ssize_t length, const char *errors) noexcept;
PY3FFI_API PyObject *PyUnicode_DecodeMBCSStateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
PY3FFI_API PyObject *PyUnicode_DecodeCodePageStateful(int code_page, const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
PY3FFI_API PyObject *PyUnicode_AsMBCSString(PyObject *unicode) noexcept;
PY3FFI_API PyObject *PyUnicode_EncodeCodePage(int code_page, PyObject *unicode, const char *errors) noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_DecodeLocaleAndSize(const char *str, Py_ssize_t len, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeLocaleAndSize);
PY3FFI_API PyObject *PyUnicode_DecodeLocale(const char *str, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeLocale);
PY3FFI_API PyObject *PyUnicode_EncodeLocale(PyObject *unicode, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeLocale);
PY3FFI_API int PyUnicode_FSConverter(PyObject *, void *) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FSConverter);
PY3FFI_API int PyUnicode_FSDecoder(PyObject *, void *) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FSDecoder);
PY3FFI_API PyObject *PyUnicode_DecodeFSDefault(const char *s) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeFSDefault);
PY3FFI_API PyObject *PyUnicode_DecodeFSDefaultAndSize(const char *s, Py_ssize_t size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_DecodeFSDefaultAndSize);
PY3FFI_API PyObject *PyUnicode_EncodeFSDefault(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeFSDefault);
PY3FFI_API PyObject *PyUnicode_Concat(PyObject *left, PyObject *right) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Concat);
PY3FFI_API void PyUnicode_Append(PyObject **pleft, PyObject *right) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Append);
PY3FFI_API void PyUnicode_AppendAndDel(PyObject **pleft, PyObject *right) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AppendAndDel);
PY3FFI_API PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Split);
PY3FFI_API PyObject *PyUnicode_Splitlines(PyObject *s, int keepends) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Splitlines);
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_Partition(PyObject *s, PyObject *sep) noexcept;
PY3FFI_API PyObject *PyUnicode_RPartition(PyObject *s, PyObject *sep) noexcept;
PY3FFI_API PyObject *PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit) noexcept;
PY3FFI_API PyObject *PyUnicode_Translate(PyObject *str, PyObject *table, const char *errors) noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_Join(PyObject *separator, PyObject *seq) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Join);
#if PY3FFI_IS_PYPY
PY3FFI_API int PyUnicode_Tailmatch(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Tailmatch);
#else
PY3FFI_API Py_ssize_t PyUnicode_Tailmatch(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Tailmatch);
#endif
PY3FFI_API Py_ssize_t PyUnicode_Find(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Find);
PY3FFI_API Py_ssize_t PyUnicode_FindChar(PyObject *str, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FindChar);
PY3FFI_API Py_ssize_t PyUnicode_Count(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Count);
PY3FFI_API PyObject *PyUnicode_Replace(PyObject *str, PyObject *substr, PyObject *replstr, Py_ssize_t maxcount) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Replace);
PY3FFI_API int PyUnicode_Compare(PyObject *left, PyObject *right) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Compare);
PY3FFI_API int PyUnicode_CompareWithASCIIString(PyObject *left, const char *right) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_CompareWithASCIIString);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyUnicode_EqualToUTF8(PyObject *, const char *) noexcept;
PY3FFI_API int PyUnicode_EqualToUTF8AndSize(PyObject *, const char *, Py_ssize_t) noexcept;
#endif
#if PY3FFI_SINCE(3, 14)
PY3FFI_API int PyUnicode_Equal(PyObject *str1, PyObject *str2) noexcept;
#endif
#if PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_RichCompare(PyObject *left, PyObject *right, int op) noexcept;
#endif
PY3FFI_API PyObject *PyUnicode_Format(PyObject *format, PyObject *args) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Format);
PY3FFI_API int PyUnicode_Contains(PyObject *container, PyObject *element) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_Contains);
#if PY3FFI_NOT_PYPY
PY3FFI_API int PyUnicode_IsIdentifier(PyObject *s) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

inline int PyUnicode_Check(PyObject *op) noexcept {
    return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS);
}
inline int PyUnicode_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyUnicode_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
