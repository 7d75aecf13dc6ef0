// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/pybuffer.h.
// (object.hpp first: it includes this header where its own declarations are complete)
#include "py3ffi/object.hpp"
#ifndef PY3FFI_PYBUFFER_HPP
#define PY3FFI_PYBUFFER_HPP
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
struct Py_buffer {
    void *buf;
    PyObject *obj;
    Py_ssize_t len;
    Py_ssize_t itemsize;
    int readonly;
    int ndim;
    char *format;
    Py_ssize_t *shape;
    Py_ssize_t *strides;
    Py_ssize_t *suboffsets;
    void *internal;
    int flags;
    Py_ssize_t _strides[64];
    Py_ssize_t _shape[64];
};
#elif PY3FFI_IS_PYPY
struct Py_buffer {
    void *buf;
    PyObject *obj;
    Py_ssize_t len;
    Py_ssize_t itemsize;
    int readonly;
    int ndim;
    char *format;
    Py_ssize_t *shape;
    Py_ssize_t *strides;
    Py_ssize_t *suboffsets;
    void *internal;
    int flags;
    Py_ssize_t _strides[36];
    Py_ssize_t _shape[36];
};
#elif PY3FFI_LIMITED_SINCE(3, 11)
struct Py_buffer {
    void *buf;
    PyObject *obj;
    Py_ssize_t len;
    Py_ssize_t itemsize;
    int readonly;
    int ndim;
    char *format;
    Py_ssize_t *shape;
    Py_ssize_t *strides;
    Py_ssize_t *suboffsets;
    void *internal;
};
#endif
#if PY3FFI_LIMITED_SINCE(3, 12)
using getbufferproc = int (*)(PyObject *, Py_buffer *, int);
using releasebufferproc = void (*)(PyObject *, Py_buffer *);
#endif
#if PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_NOT_PYPY_BEFORE(3, 11)
inline constexpr int PyBUF_MAX_NDIM = 64;
#endif
#if PY3FFI_LIMITED_SINCE(3, 11)
inline constexpr int PyBUF_SIMPLE = 0;
inline constexpr int PyBUF_WRITABLE = 0x0001;
#endif
#if !PY3FFI_LIMITED
inline constexpr int PyBUF_WRITEABLE = PyBUF_WRITABLE;
#endif
#if PY3FFI_LIMITED_SINCE(3, 11)
inline constexpr int PyBUF_FORMAT = 0x0004;
inline constexpr int PyBUF_ND = 0x0008;
inline constexpr int PyBUF_STRIDES = (0x0010 | PyBUF_ND);
inline constexpr int PyBUF_C_CONTIGUOUS = (0x0020 | PyBUF_STRIDES);
inline constexpr int PyBUF_F_CONTIGUOUS = (0x0040 | PyBUF_STRIDES);
inline constexpr int PyBUF_ANY_CONTIGUOUS = (0x0080 | PyBUF_STRIDES);
inline constexpr int PyBUF_INDIRECT = (0x0100 | PyBUF_STRIDES);
inline constexpr int PyBUF_CONTIG = (PyBUF_ND | PyBUF_WRITABLE);
inline constexpr int PyBUF_CONTIG_RO = (PyBUF_ND);
inline constexpr int PyBUF_STRIDED = (PyBUF_STRIDES | PyBUF_WRITABLE);
inline constexpr int PyBUF_STRIDED_RO = (PyBUF_STRIDES);
inline constexpr int PyBUF_RECORDS = (PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT);
inline constexpr int PyBUF_RECORDS_RO = (PyBUF_STRIDES | PyBUF_FORMAT);
inline constexpr int PyBUF_FULL = (PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT);
inline constexpr int PyBUF_FULL_RO = (PyBUF_INDIRECT | PyBUF_FORMAT);
inline constexpr int PyBUF_READ = 0x100;
inline constexpr int PyBUF_WRITE = 0x200;
#endif
extern "C" {
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API int PyObject_CheckBuffer(PyObject *obj) noexcept;
#endif
#if PY3FFI_LIMITED_SINCE(3, 11)
PY3FFI_API int PyObject_GetBuffer(PyObject *obj, Py_buffer *view, int flags) noexcept PY3FFI_PYPY_NAME(PyPyObject_GetBuffer);
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API void *PyBuffer_GetPointer(Py_buffer *view, Py_ssize_t *indices) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_GetPointer);
#elif PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API void *PyBuffer_GetPointer(const Py_buffer *view, const Py_ssize_t *indices) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_GetPointer);
#elif PY3FFI_LIMITED_SINCE(3, 11)
PY3FFI_API void *PyBuffer_GetPointer(Py_buffer *view, Py_ssize_t *indices) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_GetPointer);
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API Py_ssize_t PyBuffer_SizeFromFormat(const char *format) noexcept;
#endif
#if PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API int PyBuffer_ToContiguous(void *buf, const Py_buffer *view, Py_ssize_t len, char order) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_ToContiguous);
#elif PY3FFI_LIMITED_SINCE(3, 11)
PY3FFI_API int PyBuffer_ToContiguous(void *buf, Py_buffer *view, Py_ssize_t len, char order) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_ToContiguous);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API int PyBuffer_FromContiguous(Py_buffer *view, void *buf, Py_ssize_t len, char fort) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_FromContiguous);
#elif PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API int PyBuffer_FromContiguous(const Py_buffer *view, const void *buf, Py_ssize_t len, char order) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_FromContiguous);
#elif PY3FFI_LIMITED_SINCE(3, 11)
PY3FFI_API int PyBuffer_FromContiguous(Py_buffer *view, void *buf, Py_ssize_t len, char order) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_FromContiguous);
#endif
#if PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API int PyObject_CopyData(PyObject *dest, PyObject *src) noexcept;
#endif
#if PY3FFI_IS_PYPY
PY3FFI_API int PyBuffer_IsContiguous(Py_buffer *, char) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_IsContiguous);
#elif PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API int PyBuffer_IsContiguous(const Py_buffer *view, char order) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_IsContiguous);
#elif PY3FFI_LIMITED_SINCE(3, 11)
PY3FFI_API int PyBuffer_IsContiguous(const Py_buffer *view, char fort) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_IsContiguous);
#endif
#if PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API void PyBuffer_FillContiguousStrides(int ndims, Py_ssize_t *shape, Py_ssize_t *strides, int itemsize, char order) noexcept;
#elif PY3FFI_LIMITED_SINCE(3, 11) && PY3FFI_NOT_PYPY
PY3FFI_API void PyBuffer_FillContiguousStrides(int ndims, Py_ssize_t *shape, Py_ssize_t *strides, int itemsize, char fort) noexcept;
#endif
#if PY3FFI_LIMITED_SINCE(3, 11)
PY3FFI_API int PyBuffer_FillInfo(Py_buffer *view, PyObject *o, void *buf, Py_ssize_t len, int readonly, int flags) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_FillInfo);
PY3FFI_API void PyBuffer_Release(Py_buffer *view) noexcept PY3FFI_PYPY_NAME(PyPyBuffer_Release);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
