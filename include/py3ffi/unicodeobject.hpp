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
PyObject *PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size);
PyObject *PyUnicode_FromString(const char *u);
PyObject *PyUnicode_Substring(PyObject *str, Py_ssize_t start, Py_ssize_t end);
Py_UCS4 *PyUnicode_AsUCS4(PyObject *unicode, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null);
Py_UCS4 *PyUnicode_AsUCS4Copy(PyObject *unicode);
Py_ssize_t PyUnicode_GetLength(PyObject *unicode);
Py_UCS4 PyUnicode_ReadChar(PyObject *unicode, Py_ssize_t index);
int PyUnicode_WriteChar(PyObject *unicode, Py_ssize_t index, Py_UCS4 character);
#if PY3FFI_BEFORE(3, 12)
Py_ssize_t PyUnicode_GetSize(PyObject *unicode);
#endif
int PyUnicode_Resize(PyObject **unicode, Py_ssize_t length);
PyObject *PyUnicode_FromEncodedObject(PyObject *obj, const char *encoding, const char *errors);
PyObject *PyUnicode_FromObject(PyObject *obj);
PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs);
PyObject *PyUnicode_FromFormat(const char *format, ...);
void PyUnicode_InternInPlace(PyObject **);
PyObject *PyUnicode_InternFromString(const char *u);
PyObject *PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size);
#if PY3FFI_BEFORE(3, 12)
void PyUnicode_InternImmortal(PyObject **);
#endif
Py_ssize_t PyUnicode_AsWideChar(PyObject *unicode, wchar_t *w, Py_ssize_t size);
wchar_t *PyUnicode_AsWideCharString(PyObject *unicode, Py_ssize_t *size);
PyObject *PyUnicode_FromOrdinal(int ordinal);
const char *PyUnicode_GetDefaultEncoding();
PyObject *PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors);
#if PY3FFI_BEFORE(3, 9)
int PyUnicode_ClearFreeList();
#endif
PyObject *PyUnicode_AsEncodedString(PyObject *unicode, const char *encoding, const char *errors);
PyObject *PyUnicode_BuildEncodingMap(PyObject *string);
#if PY3FFI_BEFORE(3, 15)
PyObject *PyUnicode_AsDecodedObject(PyObject *unicode, const char *encoding, const char *errors);
#endif
PyObject *PyUnicode_DecodeUTF7(const char *string, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_DecodeUTF7Stateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed);
#if PY3FFI_BEFORE(3, 15)
PyObject *PyUnicode_AsDecodedUnicode(PyObject *unicode, const char *encoding, const char *errors);
#endif
PyObject *PyUnicode_DecodeUTF8(const char *string, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_DecodeUTF8Stateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed);
#if PY3FFI_BEFORE(3, 15)
PyObject *PyUnicode_AsEncodedObject(PyObject *unicode, const char *encoding, const char *errors);
#endif
PyObject *PyUnicode_AsUTF8String(PyObject *unicode);
#if PY3FFI_LIMITED_SINCE(3, 10)
const char *PyUnicode_AsUTF8AndSize(PyObject *unicode, Py_ssize_t *size);
#endif
#if PY3FFI_BEFORE(3, 15)
PyObject *PyUnicode_AsEncodedUnicode(PyObject *unicode, const char *encoding, const char *errors);
#endif
PyObject *PyUnicode_DecodeUTF32(const char *string, Py_ssize_t length, const char *errors, int *byteorder);
PyObject *PyUnicode_DecodeUTF32Stateful(const char *string, Py_ssize_t length, const char *errors, int *byteorder, Py_ssize_t *consumed);
PyObject *PyUnicode_AsUTF32String(PyObject *unicode);
PyObject *PyUnicode_DecodeUTF16(const char *string, Py_ssize_t length, const char *errors, int *byteorder);
PyObject *PyUnicode_DecodeUTF16Stateful(const char *string, Py_ssize_t length, const char *errors, int *byteorder, Py_ssize_t *consumed);
PyObject *PyUnicode_AsUTF16String(PyObject *unicode);
PyObject *PyUnicode_DecodeUnicodeEscape(const char *string, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_AsUnicodeEscapeString(PyObject *unicode);
PyObject *PyUnicode_DecodeRawUnicodeEscape(const char *string, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_AsRawUnicodeEscapeString(PyObject *unicode);
PyObject *PyUnicode_DecodeLatin1(const char *string, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_AsLatin1String(PyObject *unicode);
PyObject *PyUnicode_DecodeASCII(const char *string, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_AsASCIIString(PyObject *unicode);
PyObject *PyUnicode_DecodeCharmap(const char *string, Py_ssize_t length, PyObject *mapping, const char *errors);
PyObject *PyUnicode_AsCharmapString(PyObject *unicode, PyObject *mapping);
#if PY3FFI_WINDOWS
PyObject *PyUnicode_DecodeMBCS(const char *string, Py_ssize_t length, const char *errors);
PyObject *PyUnicode_DecodeMBCSStateful(const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed);
PyObject *PyUnicode_DecodeCodePageStateful(int code_page, const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed);
PyObject *PyUnicode_AsMBCSString(PyObject *unicode);
PyObject *PyUnicode_EncodeCodePage(int code_page, PyObject *unicode, const char *errors);
#endif
PyObject *PyUnicode_DecodeLocaleAndSize(const char *str, Py_ssize_t len, const char *errors);
PyObject *PyUnicode_DecodeLocale(const char *str, const char *errors);
PyObject *PyUnicode_EncodeLocale(PyObject *unicode, const char *errors);
int PyUnicode_FSConverter(PyObject *, void *);
int PyUnicode_FSDecoder(PyObject *, void *);
PyObject *PyUnicode_DecodeFSDefault(const char *s);
PyObject *PyUnicode_DecodeFSDefaultAndSize(const char *s, Py_ssize_t size);
PyObject *PyUnicode_EncodeFSDefault(PyObject *unicode);
PyObject *PyUnicode_Concat(PyObject *left, PyObject *right);
void PyUnicode_Append(PyObject **pleft, PyObject *right);
void PyUnicode_AppendAndDel(PyObject **pleft, PyObject *right);
PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit);
PyObject *PyUnicode_Splitlines(PyObject *s, int keepends);
PyObject *PyUnicode_Partition(PyObject *s, PyObject *sep);
PyObject *PyUnicode_RPartition(PyObject *s, PyObject *sep);
PyObject *PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit);
PyObject *PyUnicode_Translate(PyObject *str, PyObject *table, const char *errors);
PyObject *PyUnicode_Join(PyObject *separator, PyObject *seq);
Py_ssize_t PyUnicode_Tailmatch(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction);
Py_ssize_t PyUnicode_Find(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction);
Py_ssize_t PyUnicode_FindChar(PyObject *str, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction);
Py_ssize_t PyUnicode_Count(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end);
PyObject *PyUnicode_Replace(PyObject *str, PyObject *substr, PyObject *replstr, Py_ssize_t maxcount);
int PyUnicode_Compare(PyObject *left, PyObject *right);
int PyUnicode_CompareWithASCIIString(PyObject *left, const char *right);
#if PY3FFI_SINCE(3, 13)
int PyUnicode_EqualToUTF8(PyObject *, const char *);
int PyUnicode_EqualToUTF8AndSize(PyObject *, const char *, Py_ssize_t);
#endif
#if PY3FFI_SINCE(3, 14)
int PyUnicode_Equal(PyObject *str1, PyObject *str2);
#endif
PyObject *PyUnicode_RichCompare(PyObject *left, PyObject *right, int op);
PyObject *PyUnicode_Format(PyObject *format, PyObject *args);
int PyUnicode_Contains(PyObject *container, PyObject *element);
int PyUnicode_IsIdentifier(PyObject *s);
}  // extern "C"
// </py3ffi:generated>

inline int PyUnicode_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS); }
inline int PyUnicode_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyUnicode_Type); }
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
