// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/unicodeobject.h.
#ifndef PY3FFI_CPYTHON_UNICODEOBJECT_HPP
#define PY3FFI_CPYTHON_UNICODEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/unicodeobject.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/assert.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
using PY_UNICODE_TYPE = wchar_t;
#endif
#if !PY3FFI_LIMITED
using Py_UNICODE = wchar_t;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
inline constexpr int USE_UNICODE_WCHAR_CACHE = 0;
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_BEFORE(3, 12)
inline constexpr int USE_UNICODE_WCHAR_CACHE = 1;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
struct _PyUnicodeObject_state {
#if PY3FFI_GIL_DISABLED
    unsigned char interned;
#endif
#if !PY3FFI_GIL_DISABLED
    unsigned int interned : 2;
#endif
    unsigned int kind : 3;
    unsigned int compact : 1;
    unsigned int ascii : 1;
    unsigned int statically_allocated : 1;
#if !PY3FFI_GIL_DISABLED
    unsigned int  : 24;
#endif
};
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
struct _PyASCIIObject_state_t {
    unsigned char interned;
    unsigned char kind;
    unsigned char compact;
    unsigned char ascii;
    unsigned char ready;
};
struct PyASCIIObject {
    PyObject ob_base;
    Py_ssize_t length;
    Py_hash_t hash;
    _PyASCIIObject_state_t state;
    wchar_t *wstr;
};
#elif PY3FFI_IS_PYPY
struct _PyASCIIObject_state_t {
    unsigned char interned;
    unsigned char kind;
    unsigned char compact;
    unsigned char ascii;
    unsigned char ready;
};
struct PyASCIIObject {
    PyObject ob_base;
    Py_ssize_t length;
    _PyASCIIObject_state_t state;
    wchar_t *wstr;
};
#elif !PY3FFI_LIMITED
struct PyASCIIObject {
    PyObject ob_base;
    Py_ssize_t length;
    Py_hash_t hash;
#if PY3FFI_BEFORE(3, 12)
    struct {
        unsigned int interned : 2;
        unsigned int kind : 3;
        unsigned int compact : 1;
        unsigned int ascii : 1;
        unsigned int ready : 1;
        unsigned int  : 24;
    } state;
    wchar_t *wstr;
#endif
#if PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 14)
    struct {
        unsigned int interned : 2;
        unsigned int kind : 3;
        unsigned int compact : 1;
        unsigned int ascii : 1;
        unsigned int statically_allocated : 1;
        unsigned int  : 24;
    } state;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    _PyUnicodeObject_state state;
#endif
};
#endif
#if !PY3FFI_LIMITED
struct PyCompactUnicodeObject {
    PyASCIIObject _base;
    Py_ssize_t utf8_length;
    char *utf8;
#if PY3FFI_BEFORE(3, 12)
    Py_ssize_t wstr_length;
#endif
};
#endif
#if PY3FFI_IS_PYPY
struct PyUnicodeObject {
    PyCompactUnicodeObject _base;
    void *data;
};
#elif !PY3FFI_LIMITED
struct PyUnicodeObject {
    PyCompactUnicodeObject _base;
    union {
        void *any;
        Py_UCS1 *latin1;
        Py_UCS2 *ucs2;
        Py_UCS4 *ucs4;
    } data;
};
#endif
#if !PY3FFI_LIMITED
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
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
struct _PyUnicodeWriter {
    PyObject *buffer;
    void *data;
#if PY3FFI_BEFORE(3, 12)
    PyUnicode_Kind kind;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    int kind;
#endif
    Py_UCS4 maxchar;
    Py_ssize_t size;
    Py_ssize_t pos;
    Py_ssize_t min_length;
    Py_UCS4 min_char;
    unsigned char overallocate;
    unsigned char readonly;
};
#endif
extern "C" {
#if PY3FFI_IS_PYPY
PY3FFI_API void Py_UNICODE_COPY(wchar_t *, wchar_t *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_COPY);
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_New);
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API Py_ssize_t PyUnicode_CopyCharacters(PyObject *to, Py_ssize_t to_start, PyObject *from, Py_ssize_t from_start, Py_ssize_t how_many) noexcept;
PY3FFI_API Py_ssize_t PyUnicode_Fill(PyObject *unicode, Py_ssize_t start, Py_ssize_t length, Py_UCS4 fill_char) noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API PyObject *PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromKindAndData);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API PyUnicodeWriter *PyUnicodeWriter_Create(Py_ssize_t length) noexcept;
PY3FFI_API void PyUnicodeWriter_Discard(PyUnicodeWriter *writer) noexcept;
PY3FFI_API PyObject *PyUnicodeWriter_Finish(PyUnicodeWriter *writer) noexcept;
PY3FFI_API int PyUnicodeWriter_WriteChar(PyUnicodeWriter *writer, Py_UCS4 ch) noexcept;
PY3FFI_API int PyUnicodeWriter_WriteUTF8(PyUnicodeWriter *writer, const char *str, Py_ssize_t size) noexcept;
PY3FFI_API int PyUnicodeWriter_WriteASCII(PyUnicodeWriter *writer, const char *str, Py_ssize_t size) noexcept;
PY3FFI_API int PyUnicodeWriter_WriteWideChar(PyUnicodeWriter *writer, const wchar_t *str, Py_ssize_t size) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API int PyUnicodeWriter_WriteUCS4(PyUnicodeWriter *writer, const Py_UCS4 *str, Py_ssize_t size) noexcept;
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API int PyUnicodeWriter_WriteUCS4(PyUnicodeWriter *writer, Py_UCS4 *str, Py_ssize_t size) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API int PyUnicodeWriter_WriteStr(PyUnicodeWriter *writer, PyObject *obj) noexcept;
PY3FFI_API int PyUnicodeWriter_WriteRepr(PyUnicodeWriter *writer, PyObject *obj) noexcept;
PY3FFI_API int PyUnicodeWriter_WriteSubstring(PyUnicodeWriter *writer, PyObject *str, Py_ssize_t start, Py_ssize_t end) noexcept;
PY3FFI_API int PyUnicodeWriter_Format(PyUnicodeWriter *writer, const char *format, ...) noexcept;
PY3FFI_API int PyUnicodeWriter_DecodeUTF8Stateful(PyUnicodeWriter *writer, const char *string, Py_ssize_t length, const char *errors, Py_ssize_t *consumed) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12)
PY3FFI_API PyObject *PyUnicode_FromUnicode(const Py_UNICODE *u, Py_ssize_t size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_FromUnicode);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API wchar_t PyUnicode_GetMax() noexcept PY3FFI_PYPY_NAME(PyPyUnicode_GetMax);
#elif (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10)))
PY3FFI_API Py_UNICODE PyUnicode_GetMax() noexcept PY3FFI_PYPY_NAME(PyPyUnicode_GetMax);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12)
PY3FFI_API Py_UNICODE *PyUnicode_AsUnicode(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUnicode);
PY3FFI_API Py_UNICODE *PyUnicode_AsUnicodeAndSize(PyObject *unicode, Py_ssize_t *size) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUnicodeAndSize);
#endif
#if !PY3FFI_LIMITED
PY3FFI_API const char *PyUnicode_AsUTF8(PyObject *unicode) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_AsUTF8);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
PY3FFI_API int Py_UNICODE_ISSPACE(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISSPACE);
PY3FFI_API int Py_UNICODE_ISLOWER(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISLOWER);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_Encode(const Py_UNICODE *s, Py_ssize_t size, const char *encoding, const char *errors) noexcept;
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
PY3FFI_API int Py_UNICODE_ISUPPER(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISUPPER);
PY3FFI_API int Py_UNICODE_ISTITLE(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISTITLE);
PY3FFI_API int Py_UNICODE_ISLINEBREAK(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISLINEBREAK);
PY3FFI_API wchar_t Py_UNICODE_TOLOWER(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_TOLOWER);
PY3FFI_API wchar_t Py_UNICODE_TOUPPER(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_TOUPPER);
PY3FFI_API wchar_t Py_UNICODE_TOTITLE(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_TOTITLE);
PY3FFI_API int Py_UNICODE_ISDECIMAL(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISDECIMAL);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_EncodeUTF7(const Py_UNICODE *data, Py_ssize_t length, int base64SetO, int base64WhiteSpace, const char *errors) noexcept;
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
PY3FFI_API int Py_UNICODE_ISDIGIT(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISDIGIT);
PY3FFI_API int Py_UNICODE_ISNUMERIC(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISNUMERIC);
PY3FFI_API int Py_UNICODE_TODECIMAL(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_TODECIMAL);
PY3FFI_API int Py_UNICODE_TODIGIT(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_TODIGIT);
PY3FFI_API double Py_UNICODE_TONUMERIC(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_TONUMERIC);
PY3FFI_API int Py_UNICODE_ISALPHA(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISALPHA);
PY3FFI_API int Py_UNICODE_ISALNUM(wchar_t) noexcept PY3FFI_PYPY_NAME(PyPy_UNICODE_ISALNUM);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyUnicode_EncodeUTF8(const wchar_t *, Py_ssize_t, const char *) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeUTF8);
#elif (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)))
PY3FFI_API PyObject *PyUnicode_EncodeUTF8(const Py_UNICODE *data, Py_ssize_t length, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeUTF8);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_EncodeUTF32(const Py_UNICODE *data, Py_ssize_t length, const char *errors, int byteorder) noexcept;
PY3FFI_API PyObject *PyUnicode_EncodeUTF16(const Py_UNICODE *data, Py_ssize_t length, const char *errors, int byteorder) noexcept;
PY3FFI_API PyObject *PyUnicode_EncodeUnicodeEscape(const Py_UNICODE *data, Py_ssize_t length) noexcept;
PY3FFI_API PyObject *PyUnicode_EncodeRawUnicodeEscape(const Py_UNICODE *data, Py_ssize_t length) noexcept;
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyUnicode_EncodeLatin1(const wchar_t *, Py_ssize_t, const char *) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeLatin1);
#elif (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)))
PY3FFI_API PyObject *PyUnicode_EncodeLatin1(const Py_UNICODE *data, Py_ssize_t length, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeLatin1);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyUnicode_EncodeASCII(const wchar_t *, Py_ssize_t, const char *) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeASCII);
#elif (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)))
PY3FFI_API PyObject *PyUnicode_EncodeASCII(const Py_UNICODE *data, Py_ssize_t length, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeASCII);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API PyObject *PyUnicode_EncodeCharmap(const Py_UNICODE *data, Py_ssize_t length, PyObject *mapping, const char *errors) noexcept;
PY3FFI_API PyObject *PyUnicode_TranslateCharmap(const Py_UNICODE *data, Py_ssize_t length, PyObject *table, const char *errors) noexcept;
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API int PyUnicode_EncodeDecimal(wchar_t *, Py_ssize_t, char *, const char *) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeDecimal);
#elif (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)))
PY3FFI_API int PyUnicode_EncodeDecimal(Py_UNICODE *s, Py_ssize_t length, char *output, const char *errors) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_EncodeDecimal);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API PyObject *PyUnicode_TransformDecimalToASCII(wchar_t *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_TransformDecimalToASCII);
#elif (PY3FFI_IS_PYPY || (!PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)))
PY3FFI_API PyObject *PyUnicode_TransformDecimalToASCII(Py_UNICODE *s, Py_ssize_t length) noexcept PY3FFI_PYPY_NAME(PyPyUnicode_TransformDecimalToASCII);
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 10) && PY3FFI_NOT_PYPY
PY3FFI_API size_t Py_UNICODE_strlen(const Py_UNICODE *u) noexcept;
PY3FFI_API Py_UNICODE *Py_UNICODE_strcpy(Py_UNICODE *s1, const Py_UNICODE *s2) noexcept;
PY3FFI_API Py_UNICODE *Py_UNICODE_strcat(Py_UNICODE *s1, const Py_UNICODE *s2) noexcept;
PY3FFI_API Py_UNICODE *Py_UNICODE_strncpy(Py_UNICODE *s1, const Py_UNICODE *s2, size_t n) noexcept;
PY3FFI_API int Py_UNICODE_strcmp(const Py_UNICODE *s1, const Py_UNICODE *s2) noexcept;
PY3FFI_API int Py_UNICODE_strncmp(const Py_UNICODE *s1, const Py_UNICODE *s2, size_t n) noexcept;
PY3FFI_API Py_UNICODE *Py_UNICODE_strchr(const Py_UNICODE *s, Py_UNICODE c) noexcept;
PY3FFI_API Py_UNICODE *Py_UNICODE_strrchr(const Py_UNICODE *s, Py_UNICODE c) noexcept;
PY3FFI_API Py_UNICODE *PyUnicode_AsUnicodeCopy(PyObject *unicode) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API unsigned int GraalPyUnicode_CHECK_INTERNED(PyObject *op) noexcept;
PY3FFI_API unsigned int GraalPyUnicode_IS_ASCII(PyObject *op) noexcept;
PY3FFI_API unsigned int GraalPyUnicode_IS_COMPACT(PyObject *op) noexcept;
PY3FFI_API int GraalPyUnicode_KIND(PyObject *) noexcept;
PY3FFI_API void *GraalPyUnicode_NONCOMPACT_DATA(PyObject *op) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API unsigned int PyTruffleUnicode_CHECK_INTERNED(PyObject *op) noexcept;
PY3FFI_API unsigned int PyTruffleUnicode_IS_READY(PyObject *op) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API Py_ssize_t GraalPyUnicode_GET_LENGTH(PyObject *op) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API unsigned int PyTruffleUnicode_IS_ASCII(PyObject *op) noexcept;
PY3FFI_API unsigned int PyTruffleUnicode_IS_COMPACT(PyObject *op) noexcept;
PY3FFI_API int _PyTruffleUnicode_KIND(PyObject *) noexcept;
PY3FFI_API void *_PyTruffleUnicode_NONCOMPACT_DATA(PyObject *op) noexcept;
PY3FFI_API Py_ssize_t PyTruffleUnicode_GET_LENGTH(PyObject *op) noexcept;
PY3FFI_API Py_ssize_t PyTruffleUnicode_WSTR_LENGTH(PyObject *op) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
// PyPy 3.9's headers define these two inline (CPython's library exports them): the same here
inline size_t Py_UNICODE_strlen(const Py_UNICODE *u) noexcept {
    size_t n = 0;
    while (u[n]) ++n;
    return n;
}
inline int Py_UNICODE_strcmp(const Py_UNICODE *s1, const Py_UNICODE *s2) noexcept {
    for (; *s1 && *s1 == *s2; ++s1, ++s2) {}
    if (*s1 == *s2) return 0;  // (both at their end)
    if (!*s2) return 1;
    if (!*s1) return -1;
    return *s1 < *s2 ? -1 : 1;
}
#endif

#if !PY3FFI_LIMITED
// ---- the str layout's accessors, as CPython's (no checks but assert()'s) ------------------
namespace detail {
inline PyASCIIObject *ascii_object(PyObject *op) noexcept {
    PY3FFI_ASSERT(PyUnicode_Check(op), "PyUnicode_Check(op)", __func__);
    return reinterpret_cast<PyASCIIObject *>(op);
}
}  // namespace detail
// GraalPy: its calls, as its headers make them (GraalPy 25's GraalPyUnicode_*, 24's
// PyTruffleUnicode_*): a str may be a handle there, and its data is never inline (not compact).
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
#define PY3FFI_GRAALPY_UNICODE(name) GraalPyUnicode_##name
#elif PY3FFI_IS_GRAALPY
#define PY3FFI_GRAALPY_UNICODE(name) PyTruffleUnicode_##name
#endif
inline unsigned int PyUnicode_CHECK_INTERNED(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY
    return PY3FFI_GRAALPY_UNICODE(CHECK_INTERNED)(op);
#elif PY3FFI_GIL_DISABLED && PY3FFI_TARGET_SINCE(3, 14)
    return detail::load_relaxed(&detail::ascii_object(op)->state.interned);  // a char there
#else
    return detail::ascii_object(op)->state.interned;
#endif
}
#if PY3FFI_IS_GRAALPY
inline unsigned int PyUnicode_IS_ASCII(PyObject *op) noexcept { return PY3FFI_GRAALPY_UNICODE(IS_ASCII)(op); }
inline unsigned int PyUnicode_IS_COMPACT(PyObject *op) noexcept { return PY3FFI_GRAALPY_UNICODE(IS_COMPACT)(op); }
inline int PyUnicode_IS_COMPACT_ASCII(PyObject *op) noexcept {
    return PyUnicode_IS_ASCII(op) && PyUnicode_IS_COMPACT(op);
}
#else
inline unsigned int PyUnicode_IS_ASCII(PyObject *op) noexcept { return detail::ascii_object(op)->state.ascii; }
inline unsigned int PyUnicode_IS_COMPACT(PyObject *op) noexcept { return detail::ascii_object(op)->state.compact; }
inline int PyUnicode_IS_COMPACT_ASCII(PyObject *op) noexcept {
    return detail::ascii_object(op)->state.ascii && PyUnicode_IS_COMPACT(op);
}
#endif
#if PY3FFI_BEFORE(3, 12)
// strings made from wchar_t data are "ready" (have their canonical form) only once asked for it
extern "C" PY3FFI_API int _PyUnicode_Ready(PyObject *unicode) noexcept
    PY3FFI_PYPY_NAME(_PyPyUnicode_Ready);  // not API: what PyUnicode_READY calls
#if PY3FFI_IS_GRAALPY
inline unsigned int PyUnicode_IS_READY(PyObject *op) noexcept { return PyTruffleUnicode_IS_READY(op); }
#else
inline unsigned int PyUnicode_IS_READY(PyObject *op) noexcept { return detail::ascii_object(op)->state.ready; }
#endif
inline int PyUnicode_READY(PyObject *op) noexcept { return PyUnicode_IS_READY(op) ? 0 : _PyUnicode_Ready(op); }
#else
inline unsigned int PyUnicode_IS_READY(PyObject *) noexcept { return 1; }
inline int PyUnicode_READY(PyObject *) noexcept { return 0; }
#endif
// (3.12+ also export a function of this name, returning int: inline here on every version)
inline int PyUnicode_KIND(PyObject *op) noexcept {
#if PY3FFI_BEFORE(3, 12)
    PY3FFI_ASSERT(PyUnicode_IS_READY(op), "PyUnicode_IS_READY(op)", __func__);
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return GraalPyUnicode_KIND(op);
#elif PY3FFI_IS_GRAALPY
    return _PyTruffleUnicode_KIND(op);
#else
    return static_cast<int>(detail::ascii_object(op)->state.kind);
#endif
}
// (an inline function on every version: 3.14+ also export one, whose call would cost more)
inline void *PyUnicode_DATA(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return PyUnicode_IS_COMPACT(op) ? nullptr : GraalPyUnicode_NONCOMPACT_DATA(op);
#elif PY3FFI_IS_GRAALPY
    return PyUnicode_IS_COMPACT(op) ? nullptr : _PyTruffleUnicode_NONCOMPACT_DATA(op);
#else
    if (PyUnicode_IS_COMPACT(op)) {
        if (PyUnicode_IS_ASCII(op)) return reinterpret_cast<PyASCIIObject *>(op) + 1;
        return reinterpret_cast<PyCompactUnicodeObject *>(op) + 1;
    }
#if PY3FFI_IS_PYPY
    void *data = reinterpret_cast<PyUnicodeObject *>(op)->data;  // (a plain pointer there)
#else
    void *data = reinterpret_cast<PyUnicodeObject *>(op)->data.any;
#endif
    PY3FFI_ASSERT(data != nullptr, "data != NULL", __func__);
    return data;
#endif
}
inline Py_UCS1 *PyUnicode_1BYTE_DATA(PyObject *op) noexcept { return static_cast<Py_UCS1 *>(PyUnicode_DATA(op)); }
inline Py_UCS2 *PyUnicode_2BYTE_DATA(PyObject *op) noexcept { return static_cast<Py_UCS2 *>(PyUnicode_DATA(op)); }
inline Py_UCS4 *PyUnicode_4BYTE_DATA(PyObject *op) noexcept { return static_cast<Py_UCS4 *>(PyUnicode_DATA(op)); }
inline Py_ssize_t PyUnicode_GET_LENGTH(PyObject *op) noexcept {
#if PY3FFI_BEFORE(3, 12)
    PY3FFI_ASSERT(PyUnicode_IS_READY(op), "PyUnicode_IS_READY(op)", __func__);
#endif
#if PY3FFI_IS_GRAALPY
    return PY3FFI_GRAALPY_UNICODE(GET_LENGTH)(op);
#else
    return detail::ascii_object(op)->length;
#endif
}
#if PY3FFI_TARGET_SINCE(3, 15)
// The hash the string has cached, or -1.
inline Py_hash_t PyUnstable_Unicode_GET_CACHED_HASH(PyObject *op) noexcept {
#if PY3FFI_GIL_DISABLED
    return detail::load_relaxed(&detail::ascii_object(op)->hash);
#else
    return detail::ascii_object(op)->hash;
#endif
}
#endif
inline void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value) noexcept {
    if (kind == PyUnicode_1BYTE_KIND) {
        static_cast<Py_UCS1 *>(data)[index] = static_cast<Py_UCS1>(value);
    } else if (kind == PyUnicode_2BYTE_KIND) {
        static_cast<Py_UCS2 *>(data)[index] = static_cast<Py_UCS2>(value);
    } else {
        PY3FFI_ASSERT(kind == PyUnicode_4BYTE_KIND, "kind == PyUnicode_4BYTE_KIND", __func__);
        static_cast<Py_UCS4 *>(data)[index] = value;
    }
}
inline Py_UCS4 PyUnicode_READ(int kind, const void *data, Py_ssize_t index) noexcept {
    if (kind == PyUnicode_1BYTE_KIND) return static_cast<const Py_UCS1 *>(data)[index];
    if (kind == PyUnicode_2BYTE_KIND) return static_cast<const Py_UCS2 *>(data)[index];
    PY3FFI_ASSERT(kind == PyUnicode_4BYTE_KIND, "kind == PyUnicode_4BYTE_KIND", __func__);
    return static_cast<const Py_UCS4 *>(data)[index];
}
inline Py_UCS4 PyUnicode_READ_CHAR(PyObject *unicode, Py_ssize_t index) noexcept {
    return PyUnicode_READ(PyUnicode_KIND(unicode), PyUnicode_DATA(unicode), index);
}
// the largest code point the string's storage can hold
inline Py_UCS4 PyUnicode_MAX_CHAR_VALUE(PyObject *op) noexcept {
    if (PyUnicode_IS_ASCII(op)) return 0x7fU;
    int kind = PyUnicode_KIND(op);
    if (kind == PyUnicode_1BYTE_KIND) return 0xffU;
    if (kind == PyUnicode_2BYTE_KIND) return 0xffffU;
    return 0x10ffffU;
}
#endif  // !PY3FFI_LIMITED

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY_BEFORE(3, 11)  // (not in PyPy 7.3's headers)
// UTF-16 surrogates
inline int Py_UNICODE_IS_SURROGATE(Py_UCS4 ch) noexcept { return 0xD800 <= ch && ch <= 0xDFFF; }
inline int Py_UNICODE_IS_HIGH_SURROGATE(Py_UCS4 ch) noexcept { return 0xD800 <= ch && ch <= 0xDBFF; }
inline int Py_UNICODE_IS_LOW_SURROGATE(Py_UCS4 ch) noexcept { return 0xDC00 <= ch && ch <= 0xDFFF; }
inline Py_UCS4 Py_UNICODE_JOIN_SURROGATES(Py_UCS4 high, Py_UCS4 low) noexcept {
    return 0x10000 + (((high & 0x03FF) << 10) | (low & 0x03FF));
}
inline Py_UCS4 Py_UNICODE_HIGH_SURROGATE(Py_UCS4 ch) noexcept { return 0xD800 - (0x10000 >> 10) + (ch >> 10); }
inline Py_UCS4 Py_UNICODE_LOW_SURROGATE(Py_UCS4 ch) noexcept { return 0xDC00 + (ch & 0x3FF); }
#endif

#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY_BEFORE(3, 10)  // (PyPy 7.3 exports the Py_UNICODE_* functions instead)
// ---- character properties (Unicode database) ---------------------------------------------
extern "C" {
// not API themselves: what the Py_UNICODE_IS*/TO* macros call
PY3FFI_DATA const unsigned char _Py_ascii_whitespace[];
PY3FFI_API int _PyUnicode_IsLowercase(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_IsLowercase);
PY3FFI_API int _PyUnicode_IsUppercase(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_IsUppercase);
PY3FFI_API int _PyUnicode_IsTitlecase(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_IsTitlecase);
PY3FFI_API int _PyUnicode_IsWhitespace(Py_UCS4 ch) noexcept;
PY3FFI_API int _PyUnicode_IsLinebreak(Py_UCS4 ch) noexcept;
PY3FFI_API Py_UCS4 _PyUnicode_ToLowercase(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_ToLowercase);
PY3FFI_API Py_UCS4 _PyUnicode_ToUppercase(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_ToUppercase);
PY3FFI_API Py_UCS4 _PyUnicode_ToTitlecase(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_ToTitlecase);
PY3FFI_API int _PyUnicode_ToDecimalDigit(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_ToDecimalDigit);
PY3FFI_API int _PyUnicode_ToDigit(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_ToDigit);
PY3FFI_API double _PyUnicode_ToNumeric(Py_UCS4 ch) noexcept;
PY3FFI_API int _PyUnicode_IsDecimalDigit(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_IsDecimalDigit);
PY3FFI_API int _PyUnicode_IsDigit(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_IsDigit);
PY3FFI_API int _PyUnicode_IsNumeric(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_IsNumeric);
PY3FFI_API int _PyUnicode_IsPrintable(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_IsPrintable);
PY3FFI_API int _PyUnicode_IsAlpha(Py_UCS4 ch) noexcept PY3FFI_PYPY_NAME(_PyPyUnicode_IsAlpha);
}  // extern "C"
inline int Py_UNICODE_ISSPACE(Py_UCS4 ch) noexcept {
    return ch < 128U ? _Py_ascii_whitespace[ch] : _PyUnicode_IsWhitespace(ch);
}
inline int Py_UNICODE_ISLOWER(Py_UCS4 ch) noexcept { return _PyUnicode_IsLowercase(ch); }
inline int Py_UNICODE_ISUPPER(Py_UCS4 ch) noexcept { return _PyUnicode_IsUppercase(ch); }
inline int Py_UNICODE_ISTITLE(Py_UCS4 ch) noexcept { return _PyUnicode_IsTitlecase(ch); }
inline int Py_UNICODE_ISLINEBREAK(Py_UCS4 ch) noexcept { return _PyUnicode_IsLinebreak(ch); }
inline Py_UCS4 Py_UNICODE_TOLOWER(Py_UCS4 ch) noexcept { return _PyUnicode_ToLowercase(ch); }
inline Py_UCS4 Py_UNICODE_TOUPPER(Py_UCS4 ch) noexcept { return _PyUnicode_ToUppercase(ch); }
inline Py_UCS4 Py_UNICODE_TOTITLE(Py_UCS4 ch) noexcept { return _PyUnicode_ToTitlecase(ch); }
inline int Py_UNICODE_ISDECIMAL(Py_UCS4 ch) noexcept { return _PyUnicode_IsDecimalDigit(ch); }
inline int Py_UNICODE_ISDIGIT(Py_UCS4 ch) noexcept { return _PyUnicode_IsDigit(ch); }
inline int Py_UNICODE_ISNUMERIC(Py_UCS4 ch) noexcept { return _PyUnicode_IsNumeric(ch); }
inline int Py_UNICODE_ISPRINTABLE(Py_UCS4 ch) noexcept { return _PyUnicode_IsPrintable(ch); }
inline int Py_UNICODE_TODECIMAL(Py_UCS4 ch) noexcept { return _PyUnicode_ToDecimalDigit(ch); }
inline int Py_UNICODE_TODIGIT(Py_UCS4 ch) noexcept { return _PyUnicode_ToDigit(ch); }
inline double Py_UNICODE_TONUMERIC(Py_UCS4 ch) noexcept { return _PyUnicode_ToNumeric(ch); }
inline int Py_UNICODE_ISALPHA(Py_UCS4 ch) noexcept { return _PyUnicode_IsAlpha(ch); }
inline int Py_UNICODE_ISALNUM(Py_UCS4 ch) noexcept {
    return Py_UNICODE_ISALPHA(ch) || Py_UNICODE_ISDECIMAL(ch) || Py_UNICODE_ISDIGIT(ch) || Py_UNICODE_ISNUMERIC(ch);
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
// Py_UNICODE buffers (gone in 3.12).
inline void Py_UNICODE_COPY(Py_UNICODE *target, const Py_UNICODE *source, Py_ssize_t length) noexcept {
    __builtin_memcpy(target, source, static_cast<std::size_t>(length) * sizeof(Py_UNICODE));
}
inline void Py_UNICODE_FILL(Py_UNICODE *target, Py_UNICODE value, Py_ssize_t length) noexcept {
    for (Py_ssize_t i = 0; i < length; i++) target[i] = value;
}
#endif
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 12)
// The deprecated (3.3) wchar_t representation, made on request by PyUnicode_AsUnicode.
// (GraalPy: its calls; it makes the wchar_t form on every request)
inline Py_ssize_t PyUnicode_WSTR_LENGTH(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY
    return PyTruffleUnicode_WSTR_LENGTH(op);
#else
    if (PyUnicode_IS_COMPACT_ASCII(op)) return detail::ascii_object(op)->length;
    return reinterpret_cast<PyCompactUnicodeObject *>(op)->wstr_length;
#endif
}
namespace detail {
inline wchar_t *wstr_of(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY
    (void)op;
    return nullptr;
#else
    return ascii_object(op)->wstr;
#endif
}
}  // namespace detail
[[deprecated("deprecated since 3.3: use PyUnicode_GET_LENGTH")]] inline Py_ssize_t PyUnicode_GET_SIZE(
    PyObject *op) noexcept {
    if (PY3FFI_NOT_GRAALPY && detail::wstr_of(op) == nullptr) (void)PyUnicode_AsUnicode(op);
    return PyUnicode_WSTR_LENGTH(op);
}
[[deprecated("deprecated since 3.3")]] inline Py_ssize_t PyUnicode_GET_DATA_SIZE(PyObject *op) noexcept {
    if (PY3FFI_NOT_GRAALPY && detail::wstr_of(op) == nullptr) (void)PyUnicode_AsUnicode(op);
    return PyUnicode_WSTR_LENGTH(op) * static_cast<Py_ssize_t>(sizeof(Py_UNICODE));
}
[[deprecated("deprecated since 3.3: use PyUnicode_DATA and PyUnicode_KIND")]] inline Py_UNICODE *PyUnicode_AS_UNICODE(
    PyObject *op) noexcept {
    wchar_t *wstr = detail::wstr_of(op);
    return wstr != nullptr ? wstr : PyUnicode_AsUnicode(op);
}
[[deprecated("deprecated since 3.3: use PyUnicode_DATA and PyUnicode_KIND")]] inline const char *PyUnicode_AS_DATA(
    PyObject *op) noexcept {
    wchar_t *wstr = detail::wstr_of(op);
    return static_cast<const char *>(static_cast<const void *>(wstr != nullptr ? wstr : PyUnicode_AsUnicode(op)));
}
#endif
#undef PY3FFI_GRAALPY_UNICODE
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
