// SPDX-License-Identifier: MIT
// Mirrors CPython's object.h: the object header, types' generic operations, type flags, and
// the object macros (Py_TYPE, Py_Is, type checks) as inline functions.
#ifndef PY3FFI_OBJECT_HPP
#define PY3FFI_OBJECT_HPP
#include "py3ffi/pytypedefs.hpp"
#if PY3FFI_GIL_DISABLED && !PY3FFI_LIMITED
#include "py3ffi/cpython/pylock.hpp"  // PyMutex, in the free-threaded object header
#endif
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// ---- the object header -----------------------------------------------------------------
// The limited API exposes ob_refcnt and ob_type only, but the real layout is what the
// interpreter reads, so both APIs get the target's full header.
#if PY3FFI_GIL_DISABLED && !PY3FFI_OPAQUE_OBJECT
// Free-threaded builds: the owning thread counts in ob_ref_local without atomics, the others
// atomically in ob_ref_shared (shifted by 2: the low bits are flags). (3.14 aligns ob_tid to
// _PyObject_MIN_ALIGNMENT, 4, which a uintptr_t already has.)
struct PyObject {
    std::uintptr_t ob_tid;  // the owning thread's _Py_ThreadId(), 0 if none
#if PY3FFI_TARGET_SINCE(3, 14)
    std::uint16_t ob_flags;
#else
    std::uint16_t _padding;
#endif
    PyMutex ob_mutex;
    std::uint8_t ob_gc_bits;
    std::uint32_t ob_ref_local;
    Py_ssize_t ob_ref_shared;
    PyTypeObject *ob_type;
};
#elif PY3FFI_IS_PYPY
// PyPy: ob_pypy_link ties the C object to PyPy's own object.
struct PyObject {
    Py_ssize_t ob_refcnt;
    Py_ssize_t ob_pypy_link;
    PyTypeObject *ob_type;
};
#elif !PY3FFI_OPAQUE_OBJECT
struct PyObject {
#if PY3FFI_TRACE_REFS && PY3FFI_BEFORE(3, 13)
    PyObject *_ob_next;  // the list of all live objects (3.13 moved it out of the header)
    PyObject *_ob_prev;
#endif
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_SIZEOF_VOID_P > 4
    // 3.14: a 32-bit refcount (immortal from 2**31) beside per-object flags. The anonymous
    // struct is a GCC/Clang extension in C++, as it was in C before C11.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wnested-anon-types"
#pragma clang diagnostic ignored "-Wgnu-anonymous-struct"
#endif
    union {
        std::int64_t ob_refcnt_full;
        struct {
#if PY3FFI_BIG_ENDIAN
            std::uint16_t ob_flags;
            std::uint16_t ob_overflow;
            std::uint32_t ob_refcnt;
#else
            std::uint32_t ob_refcnt;
            std::uint16_t ob_overflow;
            std::uint16_t ob_flags;
#endif
        };
        alignas(4) char _aligner;  // _PyObject_MIN_ALIGNMENT
    };
#pragma GCC diagnostic pop
#elif PY3FFI_TARGET_SINCE(3, 14)
    // (32-bit platforms: the count alone, in the union that aligns it)
    union {
        Py_ssize_t ob_refcnt;
        alignas(4) char _aligner;
    };
#elif PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_SIZEOF_VOID_P > 4
    // 3.12: immortal objects; the low 32 bits are updated with saturation.
    union {
        Py_ssize_t ob_refcnt;
        std::uint32_t ob_refcnt_split[2];
    };
#elif PY3FFI_TARGET_SINCE(3, 12)
    union {
        Py_ssize_t ob_refcnt;  // (32-bit platforms: a union of one member, as in object.h)
    };
#else
    Py_ssize_t ob_refcnt;
#endif
    PyTypeObject *ob_type;
};
#endif

#if !PY3FFI_OPAQUE_OBJECT
struct PyVarObject {
    PyObject ob_base;
    Py_ssize_t ob_size;
};
#endif

// The header of a statically allocated object, as PyObject_HEAD_INIT sets it: a count of 1
// up to 3.12, immortal from 3.13 (3.14 also flags it static and immortal in ob_flags; the
// free-threaded build, by a local count of UINT32_MAX, and 3.14's flag "statically allocated").
#if PY3FFI_GIL_DISABLED && !PY3FFI_OPAQUE_OBJECT
constexpr PyObject PyObject_HEAD_INIT(PyTypeObject *type) noexcept {
    return PyObject{0, PY3FFI_TARGET_SINCE(3, 14) ? 4 : 0, {0}, 0, UINT32_MAX, 0, type};
}
#elif PY3FFI_IS_PYPY
constexpr PyObject PyObject_HEAD_INIT(PyTypeObject *type) noexcept { return PyObject{1, 0, type}; }
#elif !PY3FFI_OPAQUE_OBJECT
constexpr PyObject PyObject_HEAD_INIT(PyTypeObject *type) noexcept {
    return PyObject{
#if PY3FFI_TRACE_REFS && PY3FFI_BEFORE(3, 13)
        nullptr,
        nullptr,
#endif
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_SIZEOF_VOID_P > 4
        {static_cast<std::int64_t>((3ULL << 30) | ((4ULL | 1ULL) << 48))},
#elif PY3FFI_TARGET_SINCE(3, 14)
        {static_cast<Py_ssize_t>(7L << 28)},
#elif PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_SIZEOF_VOID_P > 4
        {static_cast<Py_ssize_t>(UINT_MAX)},
#elif PY3FFI_TARGET_SINCE(3, 13)
        {static_cast<Py_ssize_t>(UINT_MAX >> 2)},
#elif PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_SIZEOF_VOID_P > 4
        {1},  // the union's first member
#else
        1,
#endif
        type};
}
#endif
#if !PY3FFI_OPAQUE_OBJECT
constexpr PyVarObject PyVarObject_HEAD_INIT(PyTypeObject *type, Py_ssize_t size) noexcept {
    return PyVarObject{PyObject_HEAD_INIT(type), size};
}
#endif

namespace detail {
// C's _PyObject_CAST: the macros accept any object struct that starts with a PyObject.
template <class T>
constexpr bool is_object_struct = std::is_class<T>::value && !std::is_same<T, PyObject>::value;
template <class T>
inline PyObject *as_object(T *op) noexcept {
    return reinterpret_cast<PyObject *>(op);
}
}  // namespace detail

// <py3ffi:generated>
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)
inline constexpr auto Py_INVALID_SIZE = (Py_ssize_t) - 1;
#endif
using unaryfunc = PyObject *(*)(PyObject *);
using binaryfunc = PyObject *(*)(PyObject *, PyObject *);
using ternaryfunc = PyObject *(*)(PyObject *, PyObject *, PyObject *);
using inquiry = int (*)(PyObject *);
using lenfunc = Py_ssize_t (*)(PyObject *);
using ssizeargfunc = PyObject *(*)(PyObject *, Py_ssize_t);
using ssizessizeargfunc = PyObject *(*)(PyObject *, Py_ssize_t, Py_ssize_t);
using ssizeobjargproc = int (*)(PyObject *, Py_ssize_t, PyObject *);
using ssizessizeobjargproc = int (*)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
using objobjargproc = int (*)(PyObject *, PyObject *, PyObject *);
using objobjproc = int (*)(PyObject *, PyObject *);
using visitproc = int (*)(PyObject *, void *);
using traverseproc = int (*)(PyObject *, visitproc, void *);
using freefunc = void (*)(void *);
using destructor = void (*)(PyObject *);
using getattrfunc = PyObject *(*)(PyObject *, char *);
using getattrofunc = PyObject *(*)(PyObject *, PyObject *);
using setattrfunc = int (*)(PyObject *, char *, PyObject *);
using setattrofunc = int (*)(PyObject *, PyObject *, PyObject *);
using reprfunc = PyObject *(*)(PyObject *);
using hashfunc = Py_hash_t (*)(PyObject *);
using richcmpfunc = PyObject *(*)(PyObject *, PyObject *, int);
using getiterfunc = PyObject *(*)(PyObject *);
using iternextfunc = PyObject *(*)(PyObject *);
using descrgetfunc = PyObject *(*)(PyObject *, PyObject *, PyObject *);
using descrsetfunc = int (*)(PyObject *, PyObject *, PyObject *);
using initproc = int (*)(PyObject *, PyObject *, PyObject *);
using newfunc = PyObject *(*)(PyTypeObject *, PyObject *, PyObject *);
using allocfunc = PyObject *(*)(PyTypeObject *, Py_ssize_t);
#if PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_LIMITED_SINCE(3, 12)
using vectorcallfunc = PyObject *(*)(PyObject *, PyObject *const *, size_t, PyObject *);
#endif
struct PyType_Slot {
    int slot;
    void *pfunc;
};
struct PyType_Spec {
    const char *name;
    int basicsize;
    int itemsize;
    unsigned int flags;
    PyType_Slot *slots;
};
#if PY3FFI_SINCE(3, 14)
inline void *const Py_TP_USE_SPEC = nullptr;
#endif
inline constexpr int Py_PRINT_RAW = 1;
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
inline constexpr int Py_TPFLAGS_INLINE_VALUES = (1 << 2);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
inline constexpr int Py_TPFLAGS_MANAGED_WEAKREF = (1 << 3);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11)
inline constexpr int Py_TPFLAGS_MANAGED_DICT = (1 << 4);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
inline constexpr int Py_TPFLAGS_PREHEADER = (Py_TPFLAGS_MANAGED_WEAKREF | Py_TPFLAGS_MANAGED_DICT);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10)
inline constexpr int Py_TPFLAGS_SEQUENCE = (1 << 5);
inline constexpr int Py_TPFLAGS_MAPPING = (1 << 6);
#endif
#if PY3FFI_TARGET_SINCE(3, 10)
inline constexpr unsigned long Py_TPFLAGS_DISALLOW_INSTANTIATION = (1UL << 7);
inline constexpr unsigned long Py_TPFLAGS_IMMUTABLETYPE = (1UL << 8);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_HEAPTYPE = 512L;
#else
inline constexpr unsigned long Py_TPFLAGS_HEAPTYPE = (1UL << 9);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_BASETYPE = 1024L;
#else
inline constexpr unsigned long Py_TPFLAGS_BASETYPE = (1UL << 10);
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 12)
inline constexpr unsigned long Py_TPFLAGS_HAVE_VECTORCALL = (1UL << 11);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_READY = 4096L;
#else
inline constexpr unsigned long Py_TPFLAGS_READY = (1UL << 12);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_READYING = 8192L;
#else
inline constexpr unsigned long Py_TPFLAGS_READYING = (1UL << 13);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_HAVE_GC = 16384L;
#else
inline constexpr unsigned long Py_TPFLAGS_HAVE_GC = (1UL << 14);
#endif
inline constexpr int Py_TPFLAGS_HAVE_STACKLESS_EXTENSION = 0;
#if PY3FFI_SINCE(3, 8)
inline constexpr unsigned long Py_TPFLAGS_METHOD_DESCRIPTOR = (1UL << 17);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_VALID_VERSION_TAG = 524288L;
#else
inline constexpr unsigned long Py_TPFLAGS_VALID_VERSION_TAG = (1UL << 19);
#endif
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_IS_ABSTRACT = 1048576L;
#else
inline constexpr unsigned long Py_TPFLAGS_IS_ABSTRACT = (1UL << 20);
#endif
#if PY3FFI_SINCE(3, 12)
inline constexpr unsigned long Py_TPFLAGS_ITEMS_AT_END = (1UL << 23);
#endif
inline constexpr unsigned long Py_TPFLAGS_LONG_SUBCLASS = (1UL << 24);
inline constexpr unsigned long Py_TPFLAGS_LIST_SUBCLASS = (1UL << 25);
inline constexpr unsigned long Py_TPFLAGS_TUPLE_SUBCLASS = (1UL << 26);
inline constexpr unsigned long Py_TPFLAGS_BYTES_SUBCLASS = (1UL << 27);
inline constexpr unsigned long Py_TPFLAGS_UNICODE_SUBCLASS = (1UL << 28);
inline constexpr unsigned long Py_TPFLAGS_DICT_SUBCLASS = (1UL << 29);
inline constexpr unsigned long Py_TPFLAGS_BASE_EXC_SUBCLASS = (1UL << 30);
inline constexpr unsigned long Py_TPFLAGS_TYPE_SUBCLASS = (1UL << 31);
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_DEFAULT = 262144L;
#elif PY3FFI_TARGET_SINCE(3, 10)
inline constexpr int Py_TPFLAGS_DEFAULT = 0;
#else
inline constexpr unsigned long Py_TPFLAGS_DEFAULT = 262144UL;
#endif
inline constexpr unsigned long Py_TPFLAGS_HAVE_FINALIZE = (1UL << 0);
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
inline constexpr long Py_TPFLAGS_HAVE_VERSION_TAG = 262144L;
#else
inline constexpr unsigned long Py_TPFLAGS_HAVE_VERSION_TAG = (1UL << 18);
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
inline constexpr int Py_CONSTANT_NONE = 0;
inline constexpr int Py_CONSTANT_FALSE = 1;
inline constexpr int Py_CONSTANT_TRUE = 2;
inline constexpr int Py_CONSTANT_ELLIPSIS = 3;
inline constexpr int Py_CONSTANT_NOT_IMPLEMENTED = 4;
inline constexpr int Py_CONSTANT_ZERO = 5;
inline constexpr int Py_CONSTANT_ONE = 6;
inline constexpr int Py_CONSTANT_EMPTY_STR = 7;
inline constexpr int Py_CONSTANT_EMPTY_BYTES = 8;
inline constexpr int Py_CONSTANT_EMPTY_TUPLE = 9;
#endif
inline constexpr int Py_LT = 0;
inline constexpr int Py_LE = 1;
inline constexpr int Py_EQ = 2;
inline constexpr int Py_NE = 3;
inline constexpr int Py_GT = 4;
inline constexpr int Py_GE = 5;
#if PY3FFI_SINCE(3, 10)
enum PySendResult : int { PYGEN_RETURN = 0, PYGEN_ERROR = -1, PYGEN_NEXT = 1 };
#endif
extern "C" {
PY3FFI_DATA PyTypeObject PyLong_Type PY3FFI_PYPY_NAME(PyPyLong_Type);
PY3FFI_DATA PyTypeObject PyBool_Type PY3FFI_PYPY_NAME(PyPyBool_Type);
PY3FFI_DATA PyTypeObject PyType_Type PY3FFI_PYPY_NAME(PyPyType_Type);
PY3FFI_DATA PyTypeObject PyBaseObject_Type PY3FFI_PYPY_NAME(PyPyBaseObject_Type);
#if PY3FFI_NOT_PYPY
PY3FFI_DATA PyTypeObject PySuper_Type;
#endif
#if PY3FFI_IS_GRAALPY
PY3FFI_DATA PyObject *_Py_NoneStructReference;
PY3FFI_DATA PyObject *_Py_NotImplementedStructReference;
#endif
PY3FFI_API PyObject *PyType_FromSpec(PyType_Spec *) noexcept PY3FFI_PYPY_NAME(PyPyType_FromSpec);
PY3FFI_API PyObject *PyType_FromSpecWithBases(PyType_Spec *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_FromSpecWithBases);
PY3FFI_API void *PyType_GetSlot(PyTypeObject *, int) noexcept PY3FFI_PYPY_NAME(PyPyType_GetSlot);
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
PY3FFI_API PyObject *PyType_FromModuleAndSpec(PyObject *, PyType_Spec *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_FromModuleAndSpec);
PY3FFI_API PyObject *PyType_GetModule(PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_GetModule);
PY3FFI_API void *PyType_GetModuleState(PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_GetModuleState);
#endif
#if PY3FFI_SINCE(3, 11)
PY3FFI_API PyObject *PyType_GetName(PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_GetName);
PY3FFI_API PyObject *PyType_GetQualName(PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_GetQualName);
#endif
#if PY3FFI_SINCE(3, 13)
PY3FFI_API PyObject *PyType_GetFullyQualifiedName(PyTypeObject *type) noexcept;
PY3FFI_API PyObject *PyType_GetModuleName(PyTypeObject *type) noexcept;
#endif
#if PY3FFI_SINCE(3, 12)
PY3FFI_API PyObject *PyType_FromMetaclass(PyTypeObject *, PyObject *, PyType_Spec *, PyObject *) noexcept;
PY3FFI_API void *PyObject_GetTypeData(PyObject *obj, PyTypeObject *cls) noexcept;
PY3FFI_API Py_ssize_t PyType_GetTypeDataSize(PyTypeObject *cls) noexcept;
#endif
#if PY3FFI_SINCE(3, 14)
PY3FFI_API int PyType_GetBaseByToken(PyTypeObject *, void *, PyTypeObject **) noexcept;
#endif
#if PY3FFI_SINCE(3, 15)
PY3FFI_API PyObject *PyType_FromSlots(PySlot *slots) noexcept;
#endif
PY3FFI_API int PyType_IsSubtype(PyTypeObject *, PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_IsSubtype);
PY3FFI_API unsigned long PyType_GetFlags(PyTypeObject *) noexcept;
PY3FFI_API int PyType_Ready(PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_Ready);
PY3FFI_API PyObject *PyType_GenericAlloc(PyTypeObject *, Py_ssize_t) noexcept PY3FFI_PYPY_NAME(PyPyType_GenericAlloc);
PY3FFI_API PyObject *PyType_GenericNew(PyTypeObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_GenericNew);
#if PY3FFI_NOT_PYPY
PY3FFI_API unsigned int PyType_ClearCache() noexcept;
#endif
PY3FFI_API void PyType_Modified(PyTypeObject *) noexcept PY3FFI_PYPY_NAME(PyPyType_Modified);
PY3FFI_API PyObject *PyObject_Repr(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_Repr);
PY3FFI_API PyObject *PyObject_Str(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_Str);
PY3FFI_API PyObject *PyObject_ASCII(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_ASCII);
PY3FFI_API PyObject *PyObject_Bytes(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_Bytes);
PY3FFI_API PyObject *PyObject_RichCompare(PyObject *, PyObject *, int) noexcept PY3FFI_PYPY_NAME(PyPyObject_RichCompare);
PY3FFI_API int PyObject_RichCompareBool(PyObject *, PyObject *, int) noexcept PY3FFI_PYPY_NAME(PyPyObject_RichCompareBool);
PY3FFI_API PyObject *PyObject_GetAttrString(PyObject *, const char *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GetAttrString);
PY3FFI_API int PyObject_SetAttrString(PyObject *, const char *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_SetAttrString);
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
PY3FFI_API int PyObject_DelAttrString(PyObject *, const char *) noexcept PY3FFI_PYPY_NAME(PyPyObject_DelAttrString);
#elif PY3FFI_SINCE(3, 13)
PY3FFI_API int PyObject_DelAttrString(PyObject *v, const char *name) noexcept PY3FFI_PYPY_NAME(PyPyObject_DelAttrString);
#endif
PY3FFI_API int PyObject_HasAttrString(PyObject *, const char *) noexcept PY3FFI_PYPY_NAME(PyPyObject_HasAttrString);
PY3FFI_API PyObject *PyObject_GetAttr(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GetAttr);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyObject_GetOptionalAttr(PyObject *, PyObject *, PyObject **) noexcept;
PY3FFI_API int PyObject_GetOptionalAttrString(PyObject *, const char *, PyObject **) noexcept;
#endif
PY3FFI_API int PyObject_SetAttr(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_SetAttr);
#if PY3FFI_IS_PYPY && PY3FFI_BEFORE(3, 10)
PY3FFI_API int PyObject_DelAttr(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_DelAttr);
#elif PY3FFI_SINCE(3, 13)
PY3FFI_API int PyObject_DelAttr(PyObject *v, PyObject *name) noexcept PY3FFI_PYPY_NAME(PyPyObject_DelAttr);
#endif
PY3FFI_API int PyObject_HasAttr(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_HasAttr);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API int PyObject_HasAttrWithError(PyObject *, PyObject *) noexcept;
PY3FFI_API int PyObject_HasAttrStringWithError(PyObject *, const char *) noexcept;
#endif
PY3FFI_API PyObject *PyObject_SelfIter(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_SelfIter);
PY3FFI_API PyObject *PyObject_GenericGetAttr(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GenericGetAttr);
PY3FFI_API int PyObject_GenericSetAttr(PyObject *, PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GenericSetAttr);
PY3FFI_API int PyObject_GenericSetDict(PyObject *, PyObject *, void *) noexcept PY3FFI_PYPY_NAME(PyPyObject_GenericSetDict);
PY3FFI_API Py_hash_t PyObject_Hash(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_Hash);
PY3FFI_API Py_hash_t PyObject_HashNotImplemented(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_HashNotImplemented);
PY3FFI_API int PyObject_IsTrue(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_IsTrue);
PY3FFI_API int PyObject_Not(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_Not);
PY3FFI_API int PyCallable_Check(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyCallable_Check);
PY3FFI_API void PyObject_ClearWeakRefs(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_ClearWeakRefs);
PY3FFI_API PyObject *PyObject_Dir(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_Dir);
PY3FFI_API int Py_ReprEnter(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPy_ReprEnter);
PY3FFI_API void Py_ReprLeave(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPy_ReprLeave);
#if PY3FFI_SINCE(3, 13)
PY3FFI_API PyObject *Py_GetConstant(unsigned int constant_id) noexcept;
PY3FFI_API PyObject *Py_GetConstantBorrowed(unsigned int constant_id) noexcept;
#endif
#if PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_LIMITED_SINCE(3, 13)
PY3FFI_API PyObject *PyType_GetModuleByDef(PyTypeObject *, PyModuleDef *) noexcept PY3FFI_PYPY_NAME(PyPyType_GetModuleByDef);
#endif
#if PY3FFI_SINCE(3, 14)
PY3FFI_API int PyType_Freeze(PyTypeObject *type) noexcept;
#endif
#if PY3FFI_LIMITED_SINCE(3, 15)
PY3FFI_API int PyObject_CallFinalizerFromDealloc(PyObject *) noexcept PY3FFI_PYPY_NAME(PyPyObject_CallFinalizerFromDealloc);
#endif
#if PY3FFI_SINCE(3, 15)
PY3FFI_API PyObject *PyType_GetModuleByToken(PyTypeObject *type, const void *token) noexcept;
PY3FFI_API void *PyObject_GetTypeData_DuringGC(PyObject *obj, PyTypeObject *cls) noexcept;
PY3FFI_API void *PyType_GetModuleState_DuringGC(PyTypeObject *) noexcept;
PY3FFI_API int PyType_GetBaseByToken_DuringGC(PyTypeObject *, void *, PyTypeObject **) noexcept;
PY3FFI_API PyObject *PyType_GetModule_DuringGC(PyTypeObject *) noexcept;
PY3FFI_API PyObject *PyType_GetModuleByToken_DuringGC(PyTypeObject *type, const void *token) noexcept;
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_BEFORE(3, 12)
PY3FFI_API Py_ssize_t PyTruffle_REFCNT(PyObject *ob) noexcept;
PY3FFI_API PyTypeObject *PyTruffle_TYPE(PyObject *ob) noexcept;
PY3FFI_API Py_ssize_t PyTruffle_SIZE(PyObject *ob) noexcept;
PY3FFI_API void PyTruffle_SET_REFCNT(PyObject *ob, Py_ssize_t refcnt) noexcept;
PY3FFI_API void PyTruffle_SET_TYPE(PyObject *ob, PyTypeObject *type) noexcept;
PY3FFI_API void PyTruffle_SET_SIZE(PyVarObject *ob, Py_ssize_t size) noexcept;
#endif
#if PY3FFI_IS_GRAALPY
PY3FFI_API int Py_Is(PyObject *x, PyObject *y) noexcept;
#endif
#if PY3FFI_IS_PYPY && PY3FFI_TARGET_SINCE(3, 11)
PY3FFI_API int Py_Is(PyObject *, PyObject *) noexcept PY3FFI_PYPY_NAME(PyPy_Is);
#endif
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
PY3FFI_API Py_ssize_t Py_REFCNT(PyObject *ob) noexcept;
PY3FFI_API PyTypeObject *GraalPy_TYPE(PyObject *ob) noexcept;
PY3FFI_API Py_ssize_t GraalPy_SIZE(PyObject *ob) noexcept;
PY3FFI_API void GraalPy_SET_TYPE(PyObject *ob, PyTypeObject *type) noexcept;
PY3FFI_API void GraalPy_SET_SIZE(PyVarObject *ob, Py_ssize_t size) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

extern "C" {
// The singletons' structs: not API, but Py_None and Py_NotImplemented are their addresses
// wherever Py_GetConstantBorrowed (3.13) cannot be used.
// (GraalPy: pointers to them instead, _Py_NoneStructReference, generated above)
#if PY3FFI_NOT_GRAALPY
PY3FFI_DATA PyObject _Py_NoneStruct PY3FFI_PYPY_NAME(_PyPy_NoneStruct);
PY3FFI_DATA PyObject _Py_NotImplementedStruct PY3FFI_PYPY_NAME(_PyPy_NotImplementedStruct);
#endif
// The stable ABI's function forms of macros; other builds inline them (below).
#if PY3FFI_LIMITED >= PY3FFI_HEX(3, 14)
PY3FFI_API PyTypeObject *Py_TYPE(PyObject *ob) noexcept;
#endif
#if PY3FFI_LIMITED >= PY3FFI_HEX(3, 15)
PY3FFI_API Py_ssize_t Py_SIZE(PyObject *ob) noexcept;
PY3FFI_API int Py_IS_TYPE(PyObject *ob, PyTypeObject *type) noexcept;
PY3FFI_API void Py_SET_SIZE(PyVarObject *ob, Py_ssize_t size) noexcept;
#endif
}  // extern "C"

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#if !PY3FFI_LIMITED
#include "py3ffi/cpython/object.hpp"  // PyTypeObject and the other CPython-only parts
#endif
#include "py3ffi/refcount.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// ---- Py_TYPE, Py_SIZE and friends ------------------------------------------------------
// Inline field accesses, except in the limited API of 3.14+ (Py_TYPE) and 3.15+ (Py_SIZE,
// Py_IS_TYPE, Py_SET_SIZE), where the stable ABI makes them function calls (declared above),
// and on GraalPy, where an object may be a handle to one in the JVM: its calls (GraalPy 25's
// GraalPy_*, 24's PyTruffle_*), except 24's Py_TYPE, which reads the header of the handle's
// stub, as its headers do in a release (NDEBUG) build.
#if !PY3FFI_LIMITED || PY3FFI_LIMITED < PY3FFI_HEX(3, 14)
inline PyTypeObject *Py_TYPE(PyObject *ob) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return GraalPy_TYPE(ob);
#elif PY3FFI_IS_GRAALPY
    constexpr std::uintptr_t handle_base = std::uintptr_t{1} << (8 * sizeof(void *) - 1);
    return reinterpret_cast<PyObject *>(reinterpret_cast<std::uintptr_t>(ob) & ~handle_base)->ob_type;
#else
    return ob->ob_type;
#endif
}
#endif
#if !PY3FFI_LIMITED || PY3FFI_LIMITED < PY3FFI_HEX(3, 15)
inline Py_ssize_t Py_SIZE(PyObject *ob) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    return GraalPy_SIZE(ob);
#elif PY3FFI_IS_GRAALPY
    return PyTruffle_SIZE(ob);
#else
    return reinterpret_cast<PyVarObject *>(ob)->ob_size;
#endif
}
#endif
// Py_IS_TYPE, Py_SET_SIZE and Py_SET_TYPE came with 3.9's headers (whatever the floor).
#if PY3FFI_TARGET_SINCE(3, 9) && !(PY3FFI_LIMITED >= PY3FFI_HEX(3, 15))
inline int Py_IS_TYPE(PyObject *ob, PyTypeObject *type) noexcept { return Py_TYPE(ob) == type; }
inline void Py_SET_SIZE(PyVarObject *ob, Py_ssize_t size) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    GraalPy_SET_SIZE(ob, size);
#elif PY3FFI_IS_GRAALPY
    PyTruffle_SET_SIZE(ob, size);
#elif PY3FFI_GIL_DISABLED
    detail::store_relaxed(&ob->ob_size, size);
#else
    ob->ob_size = size;
#endif
}
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && !PY3FFI_OPAQUE_OBJECT  // (abi3t has no Py_SET_TYPE)
inline void Py_SET_TYPE(PyObject *ob, PyTypeObject *type) noexcept {
#if PY3FFI_IS_GRAALPY && PY3FFI_TARGET_SINCE(3, 12)
    GraalPy_SET_TYPE(ob, type);
#elif PY3FFI_IS_GRAALPY
    PyTruffle_SET_TYPE(ob, type);
#else
    ob->ob_type = type;
#endif
}
#endif

template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline PyTypeObject *Py_TYPE(T *ob) noexcept {
    return Py_TYPE(detail::as_object(ob));
}
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline Py_ssize_t Py_SIZE(T *ob) noexcept {
    return Py_SIZE(detail::as_object(ob));
}
#if PY3FFI_TARGET_SINCE(3, 9)
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline int Py_IS_TYPE(T *ob, PyTypeObject *type) noexcept {
    return Py_IS_TYPE(detail::as_object(ob), type);
}
// (any object pointer, PyObject * too, as C's cast in the macro allows)
template <class T, class = std::enable_if_t<(detail::is_object_struct<T> || std::is_same<T, PyObject>::value) &&
                                            !std::is_same<T, PyVarObject>::value>>
inline void Py_SET_SIZE(T *ob, Py_ssize_t size) noexcept {
    Py_SET_SIZE(reinterpret_cast<PyVarObject *>(ob), size);
}
#if !PY3FFI_OPAQUE_OBJECT
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline void Py_SET_TYPE(T *ob, PyTypeObject *type) noexcept {
    Py_SET_TYPE(detail::as_object(ob), type);
}
#endif
#endif

namespace detail {
// What the *_CheckExact macros test, on every target (Py_IS_TYPE itself is 3.9+).
inline int is_type(PyObject *ob, PyTypeObject *type) noexcept {
#if PY3FFI_TARGET_SINCE(3, 9)
    return Py_IS_TYPE(ob, type);
#else
    return Py_TYPE(ob) == type;
#endif
}
}  // namespace detail

#if PY3FFI_TARGET_SINCE(3, 10) && PY3FFI_NOT_PYPY_SINCE(3, 11) && PY3FFI_NOT_GRAALPY  // (PyPy 8.0 and
// GraalPy call theirs: a GraalPy handle's identity is the interpreter's to tell)
// "x is y"
inline int Py_Is(PyObject *x, PyObject *y) noexcept { return x == y; }
#endif

// ---- the singletons --------------------------------------------------------------------
// Py_None and friends are expressions in C: the address of the interpreter's static object,
// here a PyObject *const. In the limited API of 3.13+ they are Py_GetConstantBorrowed() calls,
// which may not run before the interpreter starts: there they are objects that convert to
// PyObject * where used, and cannot be copied, so that passing one through '...' (a varargs
// call such as Py_BuildValue) fails to compile instead of passing garbage.
namespace detail {
// A C expression that must be evaluated where it is used: converts to what Get() returns.
template <PyObject *(*Get)() noexcept>
struct value {
    constexpr value() noexcept = default;
    value(const value &) = delete;  // through '...', write static_cast<PyObject *>(Py_None)
    operator PyObject *() const noexcept { return Get(); }
};
#if PY3FFI_LIMITED >= PY3FFI_HEX(3, 13)
template <unsigned int Id>
inline PyObject *borrowed_constant() noexcept {
    return Py_GetConstantBorrowed(Id);
}
template <unsigned int Id>
using constant = value<&borrowed_constant<Id>>;
#endif
#if PY3FFI_IS_GRAALPY
// GraalPy's singletons: the objects its pointers (set when it starts) point to.
template <class T, T *const *Reference>
inline PyObject *referenced() noexcept {
    return reinterpret_cast<PyObject *>(*Reference);
}
#endif
}  // namespace detail
#if PY3FFI_LIMITED >= PY3FFI_HEX(3, 13)
inline constexpr detail::constant<Py_CONSTANT_NONE> Py_None{};
inline constexpr detail::constant<Py_CONSTANT_NOT_IMPLEMENTED> Py_NotImplemented{};
#elif PY3FFI_IS_GRAALPY
inline constexpr detail::value<&detail::referenced<PyObject, &_Py_NoneStructReference>> Py_None{};
inline constexpr detail::value<&detail::referenced<PyObject, &_Py_NotImplementedStructReference>> Py_NotImplemented{};
#else
inline PyObject *const Py_None = &_Py_NoneStruct;
inline PyObject *const Py_NotImplemented = &_Py_NotImplementedStruct;
#endif

#if PY3FFI_TARGET_SINCE(3, 10)
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
    return detail::is_type(ob, type) || PyType_IsSubtype(Py_TYPE(ob), type);
}
template <class T, class = std::enable_if_t<detail::is_object_struct<T>>>
inline int PyObject_TypeCheck(T *ob, PyTypeObject *type) noexcept {
    return PyObject_TypeCheck(detail::as_object(ob), type);
}
inline int PyType_Check(PyObject *op) noexcept { return PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TYPE_SUBCLASS); }
inline int PyType_CheckExact(PyObject *op) noexcept { return detail::is_type(op, &PyType_Type); }

// ---- statement and declaration macros ----------------------------------------------------
// PyObject_HEAD and PyObject_VAR_HEAD begin an object struct (or write `PyObject ob_base;`).
#if !PY3FFI_OPAQUE_OBJECT  // (abi3t objects cannot embed the header: its size is unknown)
#define PY3FFI_OBJECT_HEAD ::py3ffi::PyObject ob_base;
#define PY3FFI_OBJECT_VAR_HEAD ::py3ffi::PyVarObject ob_base;
#endif

namespace detail {
// What Py_RETURN_NONE & co. return: a new reference, except where the headers treat the
// singletons as immortal (3.12+, unless the limited API's floor is older).
inline PyObject *return_singleton(PyObject *o) noexcept {
#if !(PY3FFI_TARGET_SINCE(3, 12) && PY3FFI_LIMITED_SINCE(3, 12))
    Py_INCREF(o);
#endif
    return o;
}
}  // namespace detail
#define PY3FFI_RETURN_NONE return ::py3ffi::detail::return_singleton(::py3ffi::Py_None)
#define PY3FFI_RETURN_NOTIMPLEMENTED return ::py3ffi::detail::return_singleton(::py3ffi::Py_NotImplemented)
#define PY3FFI_RETURN_TRUE return ::py3ffi::detail::return_singleton(::py3ffi::Py_True)
#define PY3FFI_RETURN_FALSE return ::py3ffi::detail::return_singleton(::py3ffi::Py_False)
#if PY3FFI_NOT_PYPY_BEFORE(3, 11)  // (not in PyPy 7.3)
// Py_RETURN_RICHCOMPARE(val1, val2, op): any C++-comparable values.
#define PY3FFI_RETURN_RICHCOMPARE(val1, val2, op)                                           \
    do {                                                                                    \
        switch (op) {                                                                       \
        case ::py3ffi::Py_EQ: if ((val1) == (val2)) PY3FFI_RETURN_TRUE; PY3FFI_RETURN_FALSE; \
        case ::py3ffi::Py_NE: if ((val1) != (val2)) PY3FFI_RETURN_TRUE; PY3FFI_RETURN_FALSE; \
        case ::py3ffi::Py_LT: if ((val1) < (val2)) PY3FFI_RETURN_TRUE; PY3FFI_RETURN_FALSE;  \
        case ::py3ffi::Py_GT: if ((val1) > (val2)) PY3FFI_RETURN_TRUE; PY3FFI_RETURN_FALSE;  \
        case ::py3ffi::Py_LE: if ((val1) <= (val2)) PY3FFI_RETURN_TRUE; PY3FFI_RETURN_FALSE; \
        case ::py3ffi::Py_GE: if ((val1) >= (val2)) PY3FFI_RETURN_TRUE; PY3FFI_RETURN_FALSE; \
        default: ::py3ffi::Py_UNREACHABLE();                                                \
        }                                                                                   \
    } while (0)
#endif
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif  // PY3FFI_OBJECT_HPP
