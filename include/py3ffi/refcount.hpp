// Mirrors CPython's refcount.h (3.14+; object.h before): reference counting, exactly as the
// target version's headers do it for GIL builds — plain counts up to 3.11, immortal objects
// from 3.12 (saturating 32-bit counts on 64-bit platforms), the 32-bit count field of 3.14,
// debug builds' total and negative-count checks, and the stable ABI's function calls where
// the limited API uses them (3.10+ debug builds, 3.12+ floors).
#ifndef PY3FFI_REFCOUNT_HPP
#define PY3FFI_REFCOUNT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
void Py_IncRef(PyObject *);
void Py_DecRef(PyObject *);
}  // extern "C"
// </py3ffi:generated>

extern "C" {
void Py_IncRef(PyObject *);
void Py_DecRef(PyObject *);
#if PY3FFI_SINCE(3, 10)
void _Py_IncRef(PyObject *);
void _Py_DecRef(PyObject *);
#endif
void _Py_Dealloc(PyObject *);
#if PY3FFI_REF_DEBUG
void _Py_NegativeRefcount(const char *filename, int lineno, PyObject *op);
#endif
#if PY3FFI_TRACE_REFS && !PY3FFI_LIMITED
void _Py_ForgetReference(PyObject *);
#endif
#if PY3FFI_REF_DEBUG && PY3FFI_BEFORE(3, 12)
PY3FFI_DATA Py_ssize_t _Py_RefTotal;
#endif
#if PY3FFI_REF_DEBUG && PY3FFI_TARGET_SINCE(3, 12) && !PY3FFI_LIMITED
void _Py_INCREF_IncRefTotal(void);
void _Py_DECREF_DecRefTotal(void);
#endif
#if PY3FFI_SINCE(3, 13) && PY3FFI_LIMITED
void _Py_SetRefcnt(PyObject *ob, Py_ssize_t refcnt);
#endif
#if PY3FFI_SINCE(3, 14) && PY3FFI_LIMITED
Py_ssize_t Py_REFCNT(PyObject *ob);
#endif
}  // extern "C"

// Where the limited API makes Py_INCREF/Py_DECREF calls into the interpreter: 3.12+ floors
// (3.12+ headers), and debug builds with a 3.10+ floor (3.10+ headers). A preprocessor choice,
// so that such builds never compile (nor reference) the inline path's internal symbols.
#define PY3FFI_REFCOUNT_CALLS                                                                  \
    (PY3FFI_LIMITED && ((PY3FFI_TARGET_SINCE(3, 12) &&                                         \
                         (PY3FFI_LIMITED >= PY3FFI_HEX(3, 12) || PY3FFI_REF_DEBUG)) ||        \
                        (PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_LIMITED >= PY3FFI_HEX(3, 10) && \
                         PY3FFI_REF_DEBUG)))

namespace detail {

#if PY3FFI_DEBUG || PY3FFI_REF_DEBUG
// Debug builds report the caller's file and line for a negative refcount, as C's __FILE__ does.
#  define PY3FFI_CALLER_LOCATION \
    , [[maybe_unused]] const char *filename = __builtin_FILE(), [[maybe_unused]] int lineno = __builtin_LINE()
#  define PY3FFI_CALLER_ARGS , filename, lineno
#else
#  define PY3FFI_CALLER_LOCATION
#  define PY3FFI_CALLER_ARGS
#endif

inline void dealloc(PyObject *op) noexcept {
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 9) && !(PY3FFI_TRACE_REFS && PY3FFI_BEFORE(3, 8))
    // 3.7 and 3.8 call the type's tp_dealloc inline (3.8 forgets a traced object first).
#  if PY3FFI_TRACE_REFS
    destructor d = op->ob_type->tp_dealloc;
    _Py_ForgetReference(op);
    (*d)(op);
#  else
    (*op->ob_type->tp_dealloc)(op);
#  endif
#else
    _Py_Dealloc(op);
#endif
}
}  // namespace detail

inline int _Py_IsImmortal(PyObject *op) noexcept {
#if PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_SIZEOF_VOID_P > 4
    return static_cast<std::int32_t>(op->ob_refcnt) < 0;
#elif PY3FFI_TARGET_SINCE(3, 14)
    return op->ob_refcnt >= (Py_ssize_t{1} << 30);
#elif PY3FFI_TARGET_SINCE(3, 12)
    return op->ob_refcnt == static_cast<Py_ssize_t>(UINT_MAX >> 2);
#else
    (void)op;
    return 0;  // no immortal objects before 3.12
#endif
}

#if !(PY3FFI_LIMITED >= PY3FFI_HEX(3, 14))
inline Py_ssize_t Py_REFCNT(PyObject *ob) noexcept { return ob->ob_refcnt; }
#endif
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline Py_ssize_t Py_REFCNT(T *ob) noexcept { return Py_REFCNT(detail::as_object(ob)); }

#if PY3FFI_TARGET_SINCE(3, 9)
inline void Py_SET_REFCNT(PyObject *ob, Py_ssize_t refcnt) noexcept {
#  if PY3FFI_LIMITED >= PY3FFI_HEX(3, 13)
    _Py_SetRefcnt(ob, refcnt);
#  else
#    if PY3FFI_TARGET_SINCE(3, 12)
    if (_Py_IsImmortal(ob)) return;
#    endif
#    if PY3FFI_TARGET_SINCE(3, 14)
    ob->ob_refcnt = static_cast<decltype(ob->ob_refcnt)>(refcnt);
#    else
    ob->ob_refcnt = refcnt;
#    endif
#  endif
}
#endif

inline void Py_INCREF(PyObject *op) noexcept {
#if PY3FFI_REFCOUNT_CALLS && PY3FFI_LIMITED >= 0x030A00A7
    _Py_IncRef(op);  // added in 3.10.0a7; older floors must use the NULL-tolerant one
#elif PY3FFI_REFCOUNT_CALLS
    Py_IncRef(op);
#elif PY3FFI_TARGET_SINCE(3, 14)
#  if PY3FFI_SIZEOF_VOID_P > 4
    std::uint32_t cur = op->ob_refcnt;
    if (cur >= (3u << 30)) return;  // immortal: leave it
    op->ob_refcnt = cur + 1;
#  else
    if (_Py_IsImmortal(op)) return;
    op->ob_refcnt++;
#  endif
#  if PY3FFI_REF_DEBUG
    if (!_Py_IsImmortal(op)) _Py_INCREF_IncRefTotal();
#  endif
#elif PY3FFI_TARGET_SINCE(3, 12)
#  if PY3FFI_SIZEOF_VOID_P > 4
    std::uint32_t next = op->ob_refcnt_split[PY3FFI_BIG_ENDIAN] + 1;
    if (next == 0) return;  // saturated: immortal
    op->ob_refcnt_split[PY3FFI_BIG_ENDIAN] = next;
#  else
    if (_Py_IsImmortal(op)) return;
    op->ob_refcnt++;
#  endif
#  if PY3FFI_REF_DEBUG
    _Py_INCREF_IncRefTotal();
#  endif
#else
#  if PY3FFI_REF_DEBUG
    _Py_RefTotal++;
#  endif
    op->ob_refcnt++;
#endif
}

inline void Py_DECREF(PyObject *op PY3FFI_CALLER_LOCATION) noexcept {
#if PY3FFI_REFCOUNT_CALLS && PY3FFI_LIMITED >= 0x030A00A7
    _Py_DecRef(op);
#elif PY3FFI_REFCOUNT_CALLS
    Py_DecRef(op);
#elif PY3FFI_TARGET_SINCE(3, 12)
#  if PY3FFI_REF_DEBUG
#    if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_SIZEOF_VOID_P > 4
    // A freed object has a negative full count; a live one never comes near 2**32.
    if (op->ob_refcnt_full <= 0 || op->ob_refcnt > (std::uint32_t(-1) - (1u << 20)))
#    else
    if (op->ob_refcnt <= 0)
#    endif
        _Py_NegativeRefcount(filename, lineno, op);
#  endif
    if (_Py_IsImmortal(op)) return;
#  if PY3FFI_REF_DEBUG
    _Py_DECREF_DecRefTotal();
#  endif
    if (--op->ob_refcnt == 0) detail::dealloc(op);
#else
#  if PY3FFI_REF_DEBUG
    _Py_RefTotal--;
    if (--op->ob_refcnt != 0) {
        if (op->ob_refcnt < 0) _Py_NegativeRefcount(filename, lineno, op);
    } else {
        detail::dealloc(op);
    }
#  else
    if (--op->ob_refcnt == 0) detail::dealloc(op);
#  endif
#endif
}

inline void Py_XINCREF(PyObject *op) noexcept {
    if (op != nullptr) Py_INCREF(op);
}
inline void Py_XDECREF(PyObject *op PY3FFI_CALLER_LOCATION) noexcept {
    if (op != nullptr) Py_DECREF(op PY3FFI_CALLER_ARGS);
}

// Any struct that starts with a PyObject, as C's casting macros allow.
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_INCREF(T *op) noexcept { Py_INCREF(detail::as_object(op)); }
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_DECREF(T *op PY3FFI_CALLER_LOCATION) noexcept { Py_DECREF(detail::as_object(op) PY3FFI_CALLER_ARGS); }
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_XINCREF(T *op) noexcept { Py_XINCREF(detail::as_object(op)); }
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_XDECREF(T *op PY3FFI_CALLER_LOCATION) noexcept { Py_XDECREF(detail::as_object(op) PY3FFI_CALLER_ARGS); }

// Py_CLEAR(op): set op to NULL first, then drop the reference it held.
template <class T>
inline void Py_CLEAR(T *&op PY3FFI_CALLER_LOCATION) noexcept {
    T *old = op;
    if (old != nullptr) {
        op = nullptr;
        Py_DECREF(detail::as_object(old) PY3FFI_CALLER_ARGS);
    }
}

#if PY3FFI_TARGET_SINCE(3, 10)
inline PyObject *Py_NewRef(PyObject *obj) noexcept {
    Py_INCREF(obj);
    return obj;
}
inline PyObject *Py_XNewRef(PyObject *obj) noexcept {
    Py_XINCREF(obj);
    return obj;
}
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline PyObject *Py_NewRef(T *obj) noexcept { return Py_NewRef(detail::as_object(obj)); }
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline PyObject *Py_XNewRef(T *obj) noexcept { return Py_XNewRef(detail::as_object(obj)); }
#endif

#undef PY3FFI_CALLER_LOCATION
#undef PY3FFI_CALLER_ARGS
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif  // PY3FFI_REFCOUNT_HPP
