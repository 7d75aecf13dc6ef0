// SPDX-License-Identifier: MIT
// Mirrors CPython's cpython/object.h: the full PyTypeObject layout of each version, and the
// other CPython-only object API. Included by object.hpp for full-API builds only.
// (object.hpp first: it includes this header where its own declarations are complete)
#include "py3ffi/object.hpp"
#ifndef PY3FFI_CPYTHON_OBJECT_HPP
#define PY3FFI_CPYTHON_OBJECT_HPP
#include "py3ffi/pybuffer.hpp"  // getbufferproc & co., for PyBufferProcs
#include <cstdio>
#include "py3ffi/detail/macro_guard_begin.hpp"
#if !PY3FFI_LIMITED  // (all of it is the full API)
namespace py3ffi {

#if PY3FFI_NOT_PYPY  // (PyPy's PyHeapTypeObject has none)
struct PyDictKeysObject;  // (PyHeapTypeObject's ht_cached_keys; cpython/dictobject.h names it)
#endif
struct PyNumberMethods;
struct PySequenceMethods;
struct PyMappingMethods;
struct PyAsyncMethods;
struct PyBufferProcs;

#if PY3FFI_BEFORE(3, 8)
using printfunc = int (*)(PyObject *, std::FILE *, int);
#endif

#if PY3FFI_TARGET_SINCE(3, 15)
struct _PyObjectIndexPair {
    PyObject *object;
    Py_ssize_t index;
};
using _Py_iteritemfunc = _PyObjectIndexPair (*)(PyObject *, Py_ssize_t index);
#endif

struct PyTypeObject {
    PyVarObject ob_base;
    const char *tp_name;
    Py_ssize_t tp_basicsize, tp_itemsize;
    destructor tp_dealloc;
#if PY3FFI_BEFORE(3, 8)
    printfunc tp_print;
#else
    Py_ssize_t tp_vectorcall_offset;  // 3.8 reused tp_print's slot
#endif
    getattrfunc tp_getattr;
    setattrfunc tp_setattr;
    PyAsyncMethods *tp_as_async;
    reprfunc tp_repr;
    PyNumberMethods *tp_as_number;
    PySequenceMethods *tp_as_sequence;
    PyMappingMethods *tp_as_mapping;
    hashfunc tp_hash;
    ternaryfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;
    PyBufferProcs *tp_as_buffer;
    unsigned long tp_flags;
    const char *tp_doc;
    traverseproc tp_traverse;
    inquiry tp_clear;
    richcmpfunc tp_richcompare;
    Py_ssize_t tp_weaklistoffset;
    getiterfunc tp_iter;
    iternextfunc tp_iternext;
    struct PyMethodDef *tp_methods;  // (elaborated: declared in passing, as in C)
    struct PyMemberDef *tp_members;
    struct PyGetSetDef *tp_getset;
    PyTypeObject *tp_base;
    PyObject *tp_dict;
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    Py_ssize_t tp_dictoffset;
    initproc tp_init;
    allocfunc tp_alloc;
    newfunc tp_new;
    freefunc tp_free;
    inquiry tp_is_gc;
    PyObject *tp_bases;
    PyObject *tp_mro;
    PyObject *tp_cache;
#if PY3FFI_TARGET_SINCE(3, 12)
    void *tp_subclasses;  // an index for static builtin types since 3.12
#else
    PyObject *tp_subclasses;
#endif
    PyObject *tp_weaklist;
    destructor tp_del;
    unsigned int tp_version_tag;
    destructor tp_finalize;
#if PY3FFI_TARGET_SINCE(3, 8)
    vectorcallfunc tp_vectorcall;
#endif
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_BEFORE(3, 9)
    int (*tp_print)(PyObject *, std::FILE *, int);  // 3.8 only, for old binaries
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    unsigned char tp_watched;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    std::uint16_t tp_versions_used;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
    _Py_iteritemfunc _tp_iteritem;
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
    // PyPy 7.3's (3.9) own fields, after CPython's
    Py_ssize_t tp_print;
    long tp_pypy_flags;
#endif
};

// <py3ffi:generated>
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
struct bufferinfo {
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
#elif !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)
struct bufferinfo {
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
#if !PY3FFI_LIMITED
struct PyNumberMethods {
    binaryfunc nb_add;
    binaryfunc nb_subtract;
    binaryfunc nb_multiply;
    binaryfunc nb_remainder;
    binaryfunc nb_divmod;
    ternaryfunc nb_power;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    unaryfunc nb_absolute;
    inquiry nb_bool;
    unaryfunc nb_invert;
    binaryfunc nb_lshift;
    binaryfunc nb_rshift;
    binaryfunc nb_and;
    binaryfunc nb_xor;
    binaryfunc nb_or;
    unaryfunc nb_int;
    void *nb_reserved;
    unaryfunc nb_float;
    binaryfunc nb_inplace_add;
    binaryfunc nb_inplace_subtract;
    binaryfunc nb_inplace_multiply;
    binaryfunc nb_inplace_remainder;
    ternaryfunc nb_inplace_power;
    binaryfunc nb_inplace_lshift;
    binaryfunc nb_inplace_rshift;
    binaryfunc nb_inplace_and;
    binaryfunc nb_inplace_xor;
    binaryfunc nb_inplace_or;
    binaryfunc nb_floor_divide;
    binaryfunc nb_true_divide;
    binaryfunc nb_inplace_floor_divide;
    binaryfunc nb_inplace_true_divide;
    unaryfunc nb_index;
    binaryfunc nb_matrix_multiply;
    binaryfunc nb_inplace_matrix_multiply;
};
struct PySequenceMethods {
    lenfunc sq_length;
    binaryfunc sq_concat;
    ssizeargfunc sq_repeat;
    ssizeargfunc sq_item;
    void *was_sq_slice;
    ssizeobjargproc sq_ass_item;
    void *was_sq_ass_slice;
    objobjproc sq_contains;
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;
};
struct PyMappingMethods {
    lenfunc mp_length;
    binaryfunc mp_subscript;
    objobjargproc mp_ass_subscript;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10)
using sendfunc = PySendResult (*)(PyObject *, PyObject *, PyObject **);
#endif
#if !PY3FFI_LIMITED
struct PyAsyncMethods {
    unaryfunc am_await;
    unaryfunc am_aiter;
    unaryfunc am_anext;
#if PY3FFI_TARGET_SINCE(3, 10)
    sendfunc am_send;
#endif
};
struct PyBufferProcs {
    getbufferproc bf_getbuffer;
    releasebufferproc bf_releasebuffer;
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8)
using printfunc = Py_ssize_t;
#elif !PY3FFI_LIMITED
using printfunc = int (*)(PyObject *, FILE *, int);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_NOT_PYPY
struct _specialization_cache {
    PyObject *getitem;
#if PY3FFI_TARGET_SINCE(3, 12)
    uint32_t getitem_version;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    PyObject *init;
#endif
};
#endif
#if PY3FFI_IS_PYPY
struct PyHeapTypeObject {
    PyTypeObject ht_type;
    PyAsyncMethods as_async;
    PyNumberMethods as_number;
    PyMappingMethods as_mapping;
    PySequenceMethods as_sequence;
    PyBufferProcs as_buffer;
    PyObject *ht_name;
    PyObject *ht_slots;
    PyObject *ht_qualname;
    PyObject *ht_module;
};
#elif !PY3FFI_LIMITED
struct PyHeapTypeObject {
    PyTypeObject ht_type;
    PyAsyncMethods as_async;
    PyNumberMethods as_number;
    PyMappingMethods as_mapping;
    PySequenceMethods as_sequence;
    PyBufferProcs as_buffer;
    PyObject *ht_name;
    PyObject *ht_slots;
    PyObject *ht_qualname;
    PyDictKeysObject *ht_cached_keys;
#if PY3FFI_TARGET_SINCE(3, 9)
    PyObject *ht_module;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    char *_ht_tpname;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    void *ht_token;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    _specialization_cache _spec_cache;
#endif
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_GIL_DISABLED
    Py_ssize_t unique_id;
#endif
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
using PyType_WatchCallback = int (*)(PyTypeObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_BEFORE(3, 14)
inline constexpr int Py_TRASHCAN_HEADROOM = 50;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
enum PyRefTracerEvent : unsigned int { PyRefTracer_CREATE = 0, PyRefTracer_DESTROY = 1, PyRefTracer_TRACKER_REMOVED = 2 };
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
enum PyRefTracerEvent : unsigned int { PyRefTracer_CREATE = 0, PyRefTracer_DESTROY = 1 };
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
using PyRefTracer = int (*)(PyObject *, PyRefTracerEvent, void *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_BEFORE(3, 14)
inline constexpr int TYPE_MAX_WATCHERS = 8;
#endif
#if PY3FFI_BEFORE(3, 11) && (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 9)) && PY3FFI_NOT_PYPY
inline constexpr int PyTrash_UNWIND_LEVEL = 50;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 13)
using UsingDeprecatedTrashcanMacro = int;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyObject *PyType_GetDict(PyTypeObject *) noexcept;
#endif
#if !PY3FFI_LIMITED
PY3FFI_API int PyObject_Print(PyObject *, FILE *, int) noexcept PY3FFI_PYPY_NAME(PyPyObject_Print);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API void PyObject_Dump(PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
PY3FFI_API void PyObject_CallFinalizer(PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API void PyUnstable_Object_ClearWeakRefsNoCallbacks(PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API void *PyObject_GetItemData(PyObject *obj) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API void *PyObject_GetItemData_DuringGC(PyObject *obj) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyObject_VisitManagedDict(PyObject *obj, visitproc visit, void *arg) noexcept;
PY3FFI_API void PyObject_ClearManagedDict(PyObject *obj) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API int PyType_AddWatcher(PyType_WatchCallback callback) noexcept;
PY3FFI_API int PyType_ClearWatcher(int watcher_id) noexcept;
PY3FFI_API int PyType_Watch(int watcher_id, PyObject *type) noexcept;
PY3FFI_API int PyType_Unwatch(int watcher_id, PyObject *type) noexcept;
PY3FFI_API int PyUnstable_Type_AssignVersionTag(PyTypeObject *type) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
PY3FFI_API int PyRefTracer_SetTracer(PyRefTracer tracer, void *data) noexcept;
PY3FFI_API PyRefTracer PyRefTracer_GetTracer(void **) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API int PyUnstable_Object_EnableDeferredRefcount(PyObject *) noexcept;
PY3FFI_API int PyUnstable_Object_IsUniqueReferencedTemporary(PyObject *) noexcept;
PY3FFI_API int PyUnstable_IsImmortal(PyObject *) noexcept;
PY3FFI_API int PyUnstable_TryIncRef(PyObject *) noexcept;
PY3FFI_API void PyUnstable_EnableTryIncRef(PyObject *) noexcept;
PY3FFI_API int PyUnstable_Object_IsUniquelyReferenced(PyObject *) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
PY3FFI_API int PyUnstable_SetImmortal(PyObject *op) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

#if PY3FFI_BEFORE(3, 11) && PY3FFI_NOT_PYPY
// The members of a heap type's instances, stored right after its PyHeapTypeObject.
inline PyMemberDef *PyHeapType_GET_MEMBERS(PyHeapTypeObject *etype) noexcept {
    PyTypeObject *metatype = etype->ht_type.ob_base.ob_base.ob_type;  // Py_TYPE(etype), not declared yet here
    return reinterpret_cast<PyMemberDef *>(reinterpret_cast<char *>(etype) + metatype->tp_basicsize);
}
#endif
// Py_TRASHCAN_BEGIN(op, dealloc) ... Py_TRASHCAN_END around a tp_dealloc's body: a deep chain
// of deallocations is cut into pieces the C stack can hold. Py_TRASHCAN_BEGIN_CONDITION(op, cond)
// (3.8-3.12) and Py_TRASHCAN_SAFE_BEGIN(op) ... Py_TRASHCAN_SAFE_END(op) (to 3.12; deprecated
// from 3.11) are the older spellings. Where the real macros read PyThreadState's members (3.7,
// 3.8, 3.13), py3ffi's helpers do the same: they are templates, so that the layout need only be
// complete (cpython/pystate.hpp, which includes this header) where a macro is used.
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
// Nothing from 3.14 on (the interpreter limits deallocation depth itself); kept so that code
// written for older versions compiles.
#define PY3FFI_TRASHCAN_BEGIN(op, dealloc)
#define PY3FFI_TRASHCAN_END
#elif PY3FFI_IS_PYPY
// PyPy's: a block, and nothing more (the SAFE pair in 7.3 and 8.0, the other in 8.0)
#if PY3FFI_TARGET_SINCE(3, 11)
#define PY3FFI_TRASHCAN_BEGIN(op, dealloc) do {
#define PY3FFI_TRASHCAN_END ; } while (0);
#endif
#define PY3FFI_TRASHCAN_SAFE_BEGIN(op) do {
#define PY3FFI_TRASHCAN_SAFE_END(op) ; } while (0);
#elif !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
// 3.13: over the thread state's C recursion budget
extern "C" {
// not API: what the macros call
PY3FFI_API void _PyTrash_thread_deposit_object(PyThreadState *tstate, PyObject *op) noexcept;
PY3FFI_API void _PyTrash_thread_destroy_chain(PyThreadState *tstate) noexcept;
}  // extern "C"
namespace detail {
// 1: op is put aside for later and the deallocator's body skipped (as the macro's `break`)
template <class TS>
inline int trash_begin(TS *tstate, PyObject *op, destructor dealloc) noexcept {
    if (tstate->c_recursion_remaining <= Py_TRASHCAN_HEADROOM && op->ob_type->tp_dealloc == dealloc) {
        _PyTrash_thread_deposit_object(tstate, op);
        return 1;
    }
    tstate->c_recursion_remaining--;
    return 0;
}
template <class TS>
inline void trash_end(TS *tstate) noexcept {
    tstate->c_recursion_remaining++;
    if (tstate->delete_later && tstate->c_recursion_remaining > (Py_TRASHCAN_HEADROOM * 2))
        _PyTrash_thread_destroy_chain(tstate);
}
}  // namespace detail
#define PY3FFI_TRASHCAN_BEGIN(op, dealloc)                                                        \
    do {                                                                                            \
        ::py3ffi::PyThreadState *py3ffi_trash_tstate_ = ::py3ffi::PyThreadState_Get();              \
        if (::py3ffi::detail::trash_begin(py3ffi_trash_tstate_, reinterpret_cast<::py3ffi::PyObject *>(op), \
                                          reinterpret_cast<::py3ffi::destructor>(dealloc)))         \
            break;
#define PY3FFI_TRASHCAN_END                               \
        ::py3ffi::detail::trash_end(py3ffi_trash_tstate_); \
    } while (0);
#elif !PY3FFI_LIMITED && PY3FFI_NOT_PYPY
extern "C" {
// not API: what the macros call
#if PY3FFI_TARGET_SINCE(3, 9)
PY3FFI_API int _PyTrash_begin(PyThreadState *tstate, PyObject *op) noexcept;
PY3FFI_API void _PyTrash_end(PyThreadState *tstate) noexcept;
#else
PY3FFI_API void _PyTrash_thread_deposit_object(PyObject *op) noexcept;
PY3FFI_API void _PyTrash_thread_destroy_chain() noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 10)
PY3FFI_API int _PyTrash_cond(PyObject *op, destructor dealloc) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API PyThreadState *_PyThreadState_UncheckedGet() noexcept;
#else
PY3FFI_API PyThreadState *PyThreadState_Get() noexcept;  // (pystate.hpp's: this header comes first)
#endif
}  // extern "C"
namespace detail {
// the thread state the macros read (3.12's without PyThreadState_Get's check for none)
inline PyThreadState *trash_tstate() noexcept {
#if PY3FFI_TARGET_SINCE(3, 12)
    return _PyThreadState_UncheckedGet();
#else
    return PyThreadState_Get();
#endif
}
// 1: op is put aside for later and the deallocator's body skipped (as the macro's `break`)
template <class TS>
inline int trash_begin(TS *tstate, PyObject *op) noexcept {
#if PY3FFI_TARGET_SINCE(3, 9)
    return _PyTrash_begin(tstate, op);
#else
    // 3.7 and 3.8 count the nesting in the thread state, inline
    if (tstate->trash_delete_nesting >= PyTrash_UNWIND_LEVEL) {
        _PyTrash_thread_deposit_object(op);
        return 1;
    }
    ++tstate->trash_delete_nesting;
    return 0;
#endif
}
template <class TS>
inline void trash_end(TS *tstate) noexcept {
#if PY3FFI_TARGET_SINCE(3, 9)
    _PyTrash_end(tstate);
#else
    --tstate->trash_delete_nesting;
    if (tstate->trash_delete_later && tstate->trash_delete_nesting <= 0) _PyTrash_thread_destroy_chain();
#endif
}
// whether op is deallocated by `dealloc` itself (a subclass's deallocator calls its base's)
inline int trash_cond(PyObject *op, destructor dealloc) noexcept {
#if PY3FFI_TARGET_SINCE(3, 10)
    return _PyTrash_cond(op, dealloc);
#else
    return op->ob_type->tp_dealloc == dealloc;
#endif
}
#if PY3FFI_TARGET_SINCE(3, 11)
using UsingDeprecatedTrashcanMacro
    [[deprecated("Py_TRASHCAN_SAFE_BEGIN/END are deprecated since "
                 "3.11: use Py_TRASHCAN_BEGIN/END")]] = int;
#endif
}  // namespace detail
#if PY3FFI_TARGET_SINCE(3, 8)
#define PY3FFI_TRASHCAN_BEGIN_CONDITION(op, cond)                                                \
    do {                                                                                            \
        ::py3ffi::PyThreadState *py3ffi_trash_tstate_ = nullptr;                                    \
        if (cond) {                                                                                 \
            py3ffi_trash_tstate_ = ::py3ffi::detail::trash_tstate();                                \
            if (::py3ffi::detail::trash_begin(py3ffi_trash_tstate_, reinterpret_cast<::py3ffi::PyObject *>(op))) \
                break;                                                                              \
        }
#define PY3FFI_TRASHCAN_END                                                        \
        if (py3ffi_trash_tstate_) ::py3ffi::detail::trash_end(py3ffi_trash_tstate_); \
    } while (0);
#define PY3FFI_TRASHCAN_BEGIN(op, dealloc)                                                    \
    PY3FFI_TRASHCAN_BEGIN_CONDITION(op, ::py3ffi::detail::trash_cond(                            \
        reinterpret_cast<::py3ffi::PyObject *>(op), reinterpret_cast<::py3ffi::destructor>(dealloc)))
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
#define PY3FFI_TRASHCAN_SAFE_BEGIN(op)                              \
    do {                                                               \
        ::py3ffi::detail::UsingDeprecatedTrashcanMacro py3ffi_cond_ = 1; \
        PY3FFI_TRASHCAN_BEGIN_CONDITION(op, py3ffi_cond_)
#define PY3FFI_TRASHCAN_SAFE_END(op) \
        PY3FFI_TRASHCAN_END          \
    } while (0);
#elif PY3FFI_TARGET_SINCE(3, 8)
#define PY3FFI_TRASHCAN_SAFE_BEGIN(op) PY3FFI_TRASHCAN_BEGIN_CONDITION(op, 1)
#define PY3FFI_TRASHCAN_SAFE_END(op) PY3FFI_TRASHCAN_END
#else
// (3.7 puts the object aside in SAFE_END's else branch; here it is before the body is
// skipped: the same calls in the same cases)
#define PY3FFI_TRASHCAN_SAFE_BEGIN(op)                                                        \
    do {                                                                                            \
        ::py3ffi::PyThreadState *py3ffi_trash_tstate_ = ::py3ffi::PyThreadState_Get();              \
        if (!::py3ffi::detail::trash_begin(py3ffi_trash_tstate_, reinterpret_cast<::py3ffi::PyObject *>(op))) {
#define PY3FFI_TRASHCAN_SAFE_END(op)                    \
            ::py3ffi::detail::trash_end(py3ffi_trash_tstate_); \
        }                                                   \
    } while (0);
#endif
#endif
}  // namespace py3ffi
#endif  // !PY3FFI_LIMITED
#include "py3ffi/detail/macro_guard_end.hpp"
#endif  // PY3FFI_CPYTHON_OBJECT_HPP
