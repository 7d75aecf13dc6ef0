// SPDX-License-Identifier: MIT
// Mirrors CPython's refcount.h (3.14+; object.h before): reference counting, exactly as the
// target version's headers do it for GIL builds — plain counts up to 3.11, immortal objects
// from 3.12 (saturating 32-bit counts on 64-bit platforms), the 32-bit count field of 3.14,
// debug builds' total and negative-count checks, and the stable ABI's function calls where
// the limited API uses them (3.10+ debug builds, 3.12+ floors).
// (object.hpp first: it includes this header where its own declarations are complete)
#include "py3ffi/object.hpp"
#ifndef PY3FFI_REFCOUNT_HPP
#define PY3FFI_REFCOUNT_HPP
#include "py3ffi/detail/atomic.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
extern "C" {
PY3FFI_API void Py_IncRef(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPy_IncRef);
PY3FFI_API void Py_DecRef(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPy_DecRef);
}  // extern "C"
// </py3ffi:generated>

extern "C" {
PY3FFI_API void Py_IncRef(PyObject *) noexcept;
PY3FFI_API void Py_DecRef(PyObject *) noexcept;
#if PY3FFI_SINCE(3, 10) && PY3FFI_NOT_PYPY  // (PyPy 8.0 exports neither)
PY3FFI_API void _Py_IncRef(PyObject *) noexcept;
PY3FFI_API void _Py_DecRef(PyObject *) noexcept;
#endif
PY3FFI_API void _Py_Dealloc(PyObject *) noexcept PY3FFI_PYPY_NAME(_PyPy_Dealloc);
#if PY3FFI_REF_DEBUG
PY3FFI_API void _Py_NegativeRefcount(const char *filename, int lineno, PyObject *op) noexcept;
#endif
#if PY3FFI_REF_DEBUG && PY3FFI_BEFORE(3, 12)
PY3FFI_DATA Py_ssize_t _Py_RefTotal;
#endif
#if PY3FFI_REF_DEBUG && PY3FFI_TARGET_SINCE(3, 12) && !PY3FFI_LIMITED
PY3FFI_API void _Py_INCREF_IncRefTotal(void) noexcept;
PY3FFI_API void _Py_DECREF_DecRefTotal(void) noexcept;
#endif
#if PY3FFI_SINCE(3, 13) && PY3FFI_LIMITED || PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API void _Py_SetRefcnt(PyObject *ob, Py_ssize_t refcnt) noexcept;  // (GraalPy 25 has 3.13's)
#endif
#if PY3FFI_SINCE(3, 14) && PY3FFI_LIMITED || PY3FFI_OPAQUE_OBJECT  // (GraalPy 25's: generated, object.hpp)
PY3FFI_API Py_ssize_t Py_REFCNT(PyObject *ob) noexcept;
#endif
#if PY3FFI_GIL_DISABLED && !PY3FFI_LIMITED
// Free-threaded builds: the other threads' decrements, and the owner's last local reference.
PY3FFI_API void _Py_DecRefShared(PyObject *) noexcept;
PY3FFI_API void _Py_DecRefSharedDebug(PyObject *, const char *, int) noexcept;
PY3FFI_API void _Py_MergeZeroLocalRefcount(PyObject *) noexcept;
#endif
}  // extern "C"

// Where the limited API makes Py_INCREF/Py_DECREF calls into the interpreter: 3.12+ floors
// (3.12+ headers), and debug builds with a 3.10+ floor (3.10+ headers); always on GraalPy, whose
// objects count their references in the JVM. A preprocessor choice, so that such builds never
// compile (nor reference) the inline path's internal symbols.
#define PY3FFI_REFCOUNT_CALLS                                                                  \
    (PY3FFI_ABI3T || PY3FFI_IS_GRAALPY ||                                                      \
     (PY3FFI_LIMITED && ((PY3FFI_TARGET_SINCE(3, 12) &&                                         \
                         (PY3FFI_LIMITED >= PY3FFI_HEX(3, 12) || PY3FFI_REF_DEBUG)) ||        \
                        (PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_LIMITED >= PY3FFI_HEX(3, 10) && \
                         PY3FFI_REF_DEBUG))))

namespace detail {

#if PY3FFI_DEBUG || PY3FFI_REF_DEBUG
// Debug builds report the caller's file and line for a negative refcount, as C's __FILE__ does.
#define PY3FFI_CALLER_LOCATION \
    , [[maybe_unused]] const char *filename = __builtin_FILE(), [[maybe_unused]] int lineno = __builtin_LINE()
#define PY3FFI_CALLER_ARGS , filename, lineno
#else
#define PY3FFI_CALLER_LOCATION
#define PY3FFI_CALLER_ARGS
#endif

inline void dealloc(PyObject *op) noexcept {
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 8) && !PY3FFI_TRACE_REFS
    // 3.7 calls the type's tp_dealloc inline. (3.8's inline form is defined after the Py_DECREF
    // that would use it: there, as later, the call is to the exported function.)
    (*op->ob_type->tp_dealloc)(op);
#else
    _Py_Dealloc(op);
#endif
}
}  // namespace detail

#if PY3FFI_GIL_DISABLED && !PY3FFI_LIMITED
namespace detail {
// The local count that marks an immortal object, and how the shared count is stored.
constexpr std::uint32_t immortal_local = UINT32_MAX;
constexpr int ref_shared_shift = 2;
constexpr Py_ssize_t ref_shared_flag_mask = 0x3;
constexpr Py_ssize_t ref_merged = 0x3;
// What Py_REFCNT reads for an immortal object (_Py_IMMORTAL_INITIAL_REFCNT, 3.13's
// _Py_IMMORTAL_REFCNT).
constexpr Py_ssize_t immortal_refcnt = PY3FFI_TARGET_SINCE(3, 14)
                                           ? (PY3FFI_SIZEOF_VOID_P > 4 ? Py_ssize_t(3LL << 30) : Py_ssize_t(5L << 28))
                                           : Py_ssize_t(PY3FFI_SIZEOF_VOID_P > 4 ? UINT_MAX : UINT_MAX >> 2);
// _Py_IsOwnedByCurrentThread
inline bool owned_by_current_thread(PyObject *ob) noexcept { return ob->ob_tid == thread_id(); }
}  // namespace detail
#endif

#if !PY3FFI_OPAQUE_OBJECT && PY3FFI_NOT_PYPY && PY3FFI_NOT_GRAALPY_BEFORE(3, 12)
inline int _Py_IsImmortal(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY
    // (its count is the interpreter's to tell; _Py_IMMORTAL_REFCNT, 3.12's value)
    return Py_REFCNT(op) == static_cast<Py_ssize_t>(PY3FFI_SIZEOF_VOID_P > 4 ? UINT_MAX : UINT_MAX >> 2);
#elif PY3FFI_GIL_DISABLED
    return detail::load_relaxed(&op->ob_ref_local) == detail::immortal_local;
#elif PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_SIZEOF_VOID_P > 4
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
#endif

// PyTruffle_REFCNT and the other PyTruffle_* calls: GraalPy 24's (generated from its headers)
#if !(PY3FFI_LIMITED >= PY3FFI_HEX(3, 14)) && !PY3FFI_OPAQUE_OBJECT && PY3FFI_NOT_GRAALPY_SINCE(3, 12)
inline Py_ssize_t Py_REFCNT(PyObject *ob) noexcept {
#if PY3FFI_IS_GRAALPY
    return PyTruffle_REFCNT(ob);
#elif PY3FFI_GIL_DISABLED
    std::uint32_t local = detail::load_relaxed(&ob->ob_ref_local);
    if (local == detail::immortal_local)  // what an immortal object's count reads as
        return detail::immortal_refcnt;
    Py_ssize_t shared = detail::load_relaxed(&ob->ob_ref_shared);
    return static_cast<Py_ssize_t>(local) + (shared >> detail::ref_shared_shift);  // arithmetic shift
#else
    return ob->ob_refcnt;
#endif
}
#endif
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline Py_ssize_t Py_REFCNT(T *ob) noexcept {
    return Py_REFCNT(detail::as_object(ob));
}

#if PY3FFI_TARGET_SINCE(3, 9)
inline void Py_SET_REFCNT(PyObject *ob, Py_ssize_t refcnt) noexcept {
#if PY3FFI_LIMITED >= PY3FFI_HEX(3, 13) || PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    _Py_SetRefcnt(ob, refcnt);
#elif PY3FFI_IS_GRAALPY
    PyTruffle_SET_REFCNT(ob, refcnt);
#elif PY3FFI_GIL_DISABLED
    if (_Py_IsImmortal(ob)) return;
    if (detail::owned_by_current_thread(ob)) {
        if (static_cast<std::size_t>(refcnt) > static_cast<std::size_t>(UINT32_MAX)) {
            ob->ob_tid = 0;  // overflow: the object becomes immortal
            ob->ob_ref_local = detail::immortal_local;
            ob->ob_ref_shared = 0;
        } else {
            // the local count takes it all; the shared count keeps its flags only
            ob->ob_ref_local = static_cast<std::uint32_t>(refcnt);
            ob->ob_ref_shared &= detail::ref_shared_flag_mask;
        }
    } else {
        // another thread's object: all of it shared, and the fields marked merged
        ob->ob_tid = 0;
        ob->ob_ref_local = 0;
        ob->ob_ref_shared = (refcnt << detail::ref_shared_shift) + detail::ref_merged;
    }
#else
#if PY3FFI_TARGET_SINCE(3, 12)
    if (_Py_IsImmortal(ob)) return;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    ob->ob_refcnt = static_cast<decltype(ob->ob_refcnt)>(refcnt);
#else
    ob->ob_refcnt = refcnt;
#endif
#endif
}
#endif

inline void Py_INCREF(PyObject *op) noexcept {
#if PY3FFI_IS_GRAALPY
#if PY3FFI_TARGET_SINCE(3, 12)
    if (_Py_IsImmortal(op)) return;  // (GraalPy 25 checks first)
#endif
    _Py_IncRef(op);
#elif PY3FFI_REFCOUNT_CALLS && PY3FFI_LIMITED >= 0x030A00A7
    _Py_IncRef(op);  // added in 3.10.0a7; older floors must use the NULL-tolerant one
#elif PY3FFI_REFCOUNT_CALLS
    Py_IncRef(op);
#elif PY3FFI_GIL_DISABLED
    std::uint32_t local = detail::load_relaxed(&op->ob_ref_local);
    std::uint32_t next = local + 1;
    if (next == 0) return;  // immortal
    if (detail::owned_by_current_thread(op)) detail::store_relaxed(&op->ob_ref_local, next);
    else detail::fetch_add(&op->ob_ref_shared, Py_ssize_t{1} << detail::ref_shared_shift);
#if PY3FFI_REF_DEBUG
    _Py_INCREF_IncRefTotal();
#endif
#elif PY3FFI_TARGET_SINCE(3, 14)
#if PY3FFI_SIZEOF_VOID_P > 4
    std::uint32_t cur = op->ob_refcnt;
    if (cur >= (3u << 30)) return;  // immortal: leave it
    op->ob_refcnt = cur + 1;
#else
    if (_Py_IsImmortal(op)) return;
    op->ob_refcnt++;
#endif
#if PY3FFI_REF_DEBUG
    if (!_Py_IsImmortal(op)) _Py_INCREF_IncRefTotal();
#endif
#elif PY3FFI_TARGET_SINCE(3, 12)
#if PY3FFI_SIZEOF_VOID_P > 4
    std::uint32_t next = op->ob_refcnt_split[PY3FFI_BIG_ENDIAN] + 1;
    if (next == 0) return;  // saturated: immortal
    op->ob_refcnt_split[PY3FFI_BIG_ENDIAN] = next;
#else
    if (_Py_IsImmortal(op)) return;
    op->ob_refcnt++;
#endif
#if PY3FFI_REF_DEBUG
    _Py_INCREF_IncRefTotal();
#endif
#else
#if PY3FFI_REF_DEBUG
    _Py_RefTotal++;
#endif
    op->ob_refcnt++;
#endif
}

inline void Py_DECREF(PyObject *op PY3FFI_CALLER_LOCATION) noexcept {
#if PY3FFI_IS_GRAALPY
#if PY3FFI_TARGET_SINCE(3, 12)
    if (_Py_IsImmortal(op)) return;
#endif
    _Py_DecRef(op);
#elif PY3FFI_REFCOUNT_CALLS && PY3FFI_LIMITED >= 0x030A00A7
    _Py_DecRef(op);
#elif PY3FFI_REFCOUNT_CALLS
    Py_DecRef(op);
#elif PY3FFI_GIL_DISABLED
    std::uint32_t local = detail::load_relaxed(&op->ob_ref_local);
    if (local == detail::immortal_local) return;
#if PY3FFI_REF_DEBUG
    _Py_DECREF_DecRefTotal();
#endif
    if (detail::owned_by_current_thread(op)) {
#if PY3FFI_REF_DEBUG
        if (local == 0) _Py_NegativeRefcount(filename, lineno, op);
#endif
        --local;
        detail::store_relaxed(&op->ob_ref_local, local);
        if (local == 0) _Py_MergeZeroLocalRefcount(op);  // frees it if the shared count is 0 too
    } else {
#if PY3FFI_REF_DEBUG
        _Py_DecRefSharedDebug(op, filename, lineno);
#else
        _Py_DecRefShared(op);
#endif
    }
#elif PY3FFI_TARGET_SINCE(3, 12)
#if PY3FFI_REF_DEBUG
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_SIZEOF_VOID_P > 4
    // A freed object has a negative full count; a live one never comes near 2**32.
    if (op->ob_refcnt_full <= 0 || op->ob_refcnt > (std::uint32_t(-1) - (1u << 20)))
#else
    if (op->ob_refcnt <= 0)
#endif
        _Py_NegativeRefcount(filename, lineno, op);
#endif
    if (_Py_IsImmortal(op)) return;
#if PY3FFI_REF_DEBUG
    _Py_DECREF_DecRefTotal();
#endif
    if (--op->ob_refcnt == 0) detail::dealloc(op);
#else
#if PY3FFI_REF_DEBUG
    _Py_RefTotal--;
    if (--op->ob_refcnt != 0) {
        if (op->ob_refcnt < 0) _Py_NegativeRefcount(filename, lineno, op);
    } else {
        detail::dealloc(op);
    }
#else
    if (--op->ob_refcnt != 0) {
        // (the shape of CPython's: the compiler lays the branches out the same way)
    } else {
        detail::dealloc(op);
    }
#endif
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
inline void Py_INCREF(T *op) noexcept {
    Py_INCREF(detail::as_object(op));
}
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_DECREF(T *op PY3FFI_CALLER_LOCATION) noexcept {
    Py_DECREF(detail::as_object(op) PY3FFI_CALLER_ARGS);
}
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_XINCREF(T *op) noexcept {
    Py_XINCREF(detail::as_object(op));
}
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_XDECREF(T *op PY3FFI_CALLER_LOCATION) noexcept {
    Py_XDECREF(detail::as_object(op) PY3FFI_CALLER_ARGS);
}

// Py_CLEAR(op): set op to NULL first, then drop the reference it held.
template <class T>
inline void Py_CLEAR(T *&op PY3FFI_CALLER_LOCATION) noexcept {
    T *old = op;
    if (old != nullptr) {
        op = nullptr;
        Py_DECREF(detail::as_object(old) PY3FFI_CALLER_ARGS);
    }
}

#if !PY3FFI_LIMITED
// Py_SETREF(dst, src) and Py_XSETREF (cpython/object.h's; here, beside Py_CLEAR): dst holds
// src first, and only then is the reference it held dropped (the old object's deallocator may
// look at dst). src is an object struct of any type, as C's macros cast it, or nullptr.
namespace detail {
template <class S>
constexpr bool is_object_pointer =
    std::is_null_pointer<S>::value || (std::is_pointer<S>::value && std::is_class<std::remove_pointer_t<S>>::value);
template <class T>
inline T *object_cast(decltype(nullptr)) noexcept {
    return nullptr;
}
template <class T, class U>
inline T *object_cast(U *src) noexcept {
    return reinterpret_cast<T *>(src);
}
}  // namespace detail
template <class T, class S, class = std::enable_if_t<std::is_class<T>::value && detail::is_object_pointer<S>>>
inline void Py_SETREF(T *&dst, S src PY3FFI_CALLER_LOCATION) noexcept {
    T *old = dst;
    dst = detail::object_cast<T>(src);
    Py_DECREF(detail::as_object(old) PY3FFI_CALLER_ARGS);
}
template <class T, class S, class = std::enable_if_t<std::is_class<T>::value && detail::is_object_pointer<S>>>
inline void Py_XSETREF(T *&dst, S src PY3FFI_CALLER_LOCATION) noexcept {
    T *old = dst;
    dst = detail::object_cast<T>(src);
    Py_XDECREF(detail::as_object(old) PY3FFI_CALLER_ARGS);
}
#endif

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
inline PyObject *Py_NewRef(T *obj) noexcept {
    return Py_NewRef(detail::as_object(obj));
}
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline PyObject *Py_XNewRef(T *obj) noexcept {
    return Py_XNewRef(detail::as_object(obj));
}
#endif

#undef PY3FFI_CALLER_LOCATION
#undef PY3FFI_CALLER_ARGS
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif  // PY3FFI_REFCOUNT_HPP
