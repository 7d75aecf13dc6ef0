// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/sliceobject.h.
#ifndef PY3FFI_SLICEOBJECT_HPP
#define PY3FFI_SLICEOBJECT_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
#include "py3ffi/cpython/sliceobject.hpp"
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_DATA PyTypeObject PySlice_Type PY3FFI_PYPY_NAME(PyPySlice_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PyEllipsis_Type;
#endif
#if PY3FFI_IS_GRAALPY
PY3FFI_DATA PyObject *_Py_EllipsisObjectReference;
#endif
PY3FFI_API PyObject *PySlice_New(PyObject *start, PyObject *stop, PyObject *step) noexcept PY3FFI_PYPY_NAME(PyPySlice_New);
PY3FFI_API int PySlice_GetIndices(PyObject *r, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step) noexcept PY3FFI_PYPY_NAME(PyPySlice_GetIndices);
#if PY3FFI_NOT_GRAALPY
PY3FFI_API int PySlice_GetIndicesEx(PyObject *r, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step, Py_ssize_t *slicelength) noexcept PY3FFI_PYPY_NAME(PyPySlice_GetIndicesEx);
#endif
PY3FFI_API int PySlice_Unpack(PyObject *slice, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step) noexcept PY3FFI_PYPY_NAME(PyPySlice_Unpack);
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API Py_ssize_t PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step) noexcept PY3FFI_PYPY_NAME(PyPySlice_AdjustIndices);
#else
PY3FFI_API Py_ssize_t PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject *GraalPySlice_Start(PyObject *slice) noexcept;
PY3FFI_API PyObject *GraalPySlice_Stop(PyObject *slice) noexcept;
PY3FFI_API PyObject *GraalPySlice_Step(PyObject *slice) noexcept;
#endif
#if PY3FFI_IS_GRAALPY
PY3FFI_API PyObject *PySlice_Start(PySliceObject *slice) noexcept;
PY3FFI_API PyObject *PySlice_Stop(PySliceObject *slice) noexcept;
PY3FFI_API PyObject *PySlice_Step(PySliceObject *slice) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

inline int PySlice_Check(PyObject *op) noexcept { return detail::is_type(op, &PySlice_Type); }
#if PY3FFI_IS_GRAALPY
// GraalPy's (CPython's) macro: GraalPy's function of that name aborts
inline int PySlice_GetIndicesEx(PyObject *slice, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
                                Py_ssize_t *step, Py_ssize_t *slicelength) noexcept {
    if (PySlice_Unpack(slice, start, stop, step) < 0) {
        *slicelength = 0;
        return -1;
    }
    *slicelength = PySlice_AdjustIndices(length, start, stop, *step);
    return 0;
}
#endif

#if PY3FFI_NOT_GRAALPY  // (GraalPy: a pointer to it, _Py_EllipsisObjectReference, generated above)
extern "C" {
PY3FFI_DATA PyObject _Py_EllipsisObject
    PY3FFI_PYPY_NAME(_PyPy_EllipsisObject);  // not API: Py_Ellipsis is its address (below)
}
#endif
#if PY3FFI_LIMITED >= PY3FFI_HEX(3, 13)
inline constexpr detail::constant<Py_CONSTANT_ELLIPSIS> Py_Ellipsis{};
#elif PY3FFI_IS_GRAALPY
inline constexpr detail::value<&detail::referenced<PyObject, &_Py_EllipsisObjectReference>> Py_Ellipsis{};
#else
inline PyObject *const Py_Ellipsis = &_Py_EllipsisObject;
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
