// Mirrors CPython's object.h: the object header, types' generic operations, type flags, and
// the object macros (Py_TYPE, Py_Is, type checks) as inline functions.
#ifndef PY3FFI_OBJECT_HPP
#define PY3FFI_OBJECT_HPP
#include "py3ffi/pytypedefs.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// ---- the object header -----------------------------------------------------------------
// The limited API exposes ob_refcnt and ob_type only, but the real layout is what the
// interpreter reads, so both APIs get the target's full header.
struct PyObject {
#if PY3FFI_TRACE_REFS && PY3FFI_BEFORE(3, 13)
    PyObject *_ob_next;  // the list of all live objects (3.13 moved it out of the header)
    PyObject *_ob_prev;
#endif
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_SIZEOF_VOID_P > 4
    // 3.14: a 32-bit refcount (immortal from 2**31) beside per-object flags.
    union {
        std::int64_t ob_refcnt_full;
        struct {
#  if PY3FFI_BIG_ENDIAN
            std::uint16_t ob_flags;
            std::uint16_t ob_overflow;
            std::uint32_t ob_refcnt;
#  else
            std::uint32_t ob_refcnt;
            std::uint16_t ob_overflow;
            std::uint16_t ob_flags;
#  endif
        };
    };
#elif PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_SIZEOF_VOID_P > 4
    // 3.12: immortal objects; the low 32 bits are updated with saturation.
    union {
        Py_ssize_t ob_refcnt;
        std::uint32_t ob_refcnt_split[2];
    };
#else
    Py_ssize_t ob_refcnt;
#endif
    PyTypeObject *ob_type;
};

struct PyVarObject {
    PyObject ob_base;
    Py_ssize_t ob_size;
};

namespace detail {
// C's _PyObject_CAST: the macros accept any object struct that starts with a PyObject.
template <class T>
constexpr bool is_object_struct = std::is_class<T>::value && !std::is_same<T, PyObject>::value;
template <class T>
inline PyObject *as_object(T *op) noexcept { return reinterpret_cast<PyObject *>(op); }
}  // namespace detail

// <py3ffi:generated>
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#if !PY3FFI_LIMITED
#  include "py3ffi/cpython/object.hpp"  // PyTypeObject and the other CPython-only parts
#endif
#include "py3ffi/refcount.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// ---- Py_TYPE, Py_SIZE and friends ------------------------------------------------------
// Inline field accesses, except in the limited API of 3.14+ (Py_TYPE) and 3.15+ (Py_SIZE,
// Py_IS_TYPE, Py_SET_SIZE), where the stable ABI makes them function calls (declared above).
#if !PY3FFI_LIMITED || PY3FFI_LIMITED < PY3FFI_HEX(3, 14)
inline PyTypeObject *Py_TYPE(PyObject *ob) noexcept { return ob->ob_type; }
#endif
#if !PY3FFI_LIMITED || PY3FFI_LIMITED < PY3FFI_HEX(3, 15)
inline Py_ssize_t Py_SIZE(PyObject *ob) noexcept { return reinterpret_cast<PyVarObject *>(ob)->ob_size; }
inline int Py_IS_TYPE(PyObject *ob, PyTypeObject *type) noexcept { return Py_TYPE(ob) == type; }
inline void Py_SET_SIZE(PyVarObject *ob, Py_ssize_t size) noexcept { ob->ob_size = size; }
#endif
inline void Py_SET_TYPE(PyObject *ob, PyTypeObject *type) noexcept { ob->ob_type = type; }

template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline PyTypeObject *Py_TYPE(T *ob) noexcept { return Py_TYPE(detail::as_object(ob)); }
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline Py_ssize_t Py_SIZE(T *ob) noexcept { return Py_SIZE(detail::as_object(ob)); }
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline int Py_IS_TYPE(T *ob, PyTypeObject *type) noexcept { return Py_IS_TYPE(detail::as_object(ob), type); }
template <class T, class = std::enable_if_t<detail::is_object_struct<T> && !std::is_same<T, PyVarObject>::value>>
inline void Py_SET_SIZE(T *ob, Py_ssize_t size) noexcept { Py_SET_SIZE(reinterpret_cast<PyVarObject *>(ob), size); }
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_SET_TYPE(T *ob, PyTypeObject *type) noexcept { Py_SET_TYPE(detail::as_object(ob), type); }

// "x is y"
inline int Py_Is(PyObject *x, PyObject *y) noexcept { return x == y; }

// ---- the singletons --------------------------------------------------------------------
namespace detail {
// Py_None and friends are expressions in C. Here they are constants that convert to
// PyObject*: the address of the interpreter's static object, or, in the limited API of 3.13+,
// Py_GetConstantBorrowed() — a function call that may not run before the interpreter starts,
// which is why these are not plain variables initialized at load time.
template <PyObject *(*Get)() noexcept>
struct singleton {
    operator PyObject *() const noexcept { return Get(); }
};
#if PY3FFI_LIMITED >= PY3FFI_HEX(3, 13)
inline PyObject *get_none() noexcept { return Py_GetConstantBorrowed(Py_CONSTANT_NONE); }
inline PyObject *get_not_implemented() noexcept { return Py_GetConstantBorrowed(Py_CONSTANT_NOT_IMPLEMENTED); }
#else
inline PyObject *get_none() noexcept { return &_Py_NoneStruct; }
inline PyObject *get_not_implemented() noexcept { return &_Py_NotImplementedStruct; }
#endif
}  // namespace detail

constexpr detail::singleton<detail::get_none> Py_None{};
constexpr detail::singleton<detail::get_not_implemented> Py_NotImplemented{};

#if PY3FFI_SINCE(3, 10)
inline int Py_IsNone(PyObject *x) noexcept { return Py_Is(x, Py_None); }
#endif

// ---- type flags and checks -------------------------------------------------------------
inline int PyType_HasFeature(PyTypeObject *type, unsigned long feature) noexcept {
#if PY3FFI_LIMITED
    unsigned long flags = PyType_GetFlags(type);  // PyTypeObject is opaque here
#else
    unsigned long flags = type->tp_flags;
#endif
    return (flags & feature) != 0;
}
inline int PyType_FastSubclass(PyTypeObject *type, unsigned long flag) noexcept {
    return PyType_HasFeature(type, flag);
}
inline int PyObject_TypeCheck(PyObject *ob, PyTypeObject *type) noexcept {
    return Py_IS_TYPE(ob, type) || PyType_IsSubtype(Py_TYPE(ob), type);
}
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline int PyObject_TypeCheck(T *ob, PyTypeObject *type) noexcept {
    return PyObject_TypeCheck(detail::as_object(ob), type);
}
inline int PyType_Check(PyObject *op) noexcept {
    return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TYPE_SUBCLASS);
}
inline int PyType_CheckExact(PyObject *op) noexcept { return Py_IS_TYPE(op, &PyType_Type); }

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif  // PY3FFI_OBJECT_HPP
