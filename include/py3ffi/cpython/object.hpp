// Mirrors CPython's cpython/object.h: the full PyTypeObject layout of each version, and the
// other CPython-only object API. Included by object.hpp for full-API builds only.
#ifndef PY3FFI_CPYTHON_OBJECT_HPP
#define PY3FFI_CPYTHON_OBJECT_HPP
#include "py3ffi/object.hpp"
#include <cstdio>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

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
};

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_BEFORE(3, 11)
struct bufferinfo;
#endif
#if !PY3FFI_LIMITED
struct PyNumberMethods;
struct PySequenceMethods;
struct PyMappingMethods;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 10)
using sendfunc = PySendResult (*)(PyObject *, PyObject *, PyObject **);
#endif
#if !PY3FFI_LIMITED
struct PyAsyncMethods;
struct PyBufferProcs;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8)
using printfunc = Py_ssize_t;
#elif !PY3FFI_LIMITED
using printfunc = int (*)(PyObject *, FILE *, int);
#endif
#if !PY3FFI_LIMITED
struct PyHeapTypeObject;
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
#if PY3FFI_BEFORE(3, 11) && (!PY3FFI_LIMITED || PY3FFI_BEFORE(3, 9))
inline constexpr int PyTrash_UNWIND_LEVEL = 50;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 11) && PY3FFI_BEFORE(3, 13)
using UsingDeprecatedTrashcanMacro = int;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
PyObject *PyType_GetDict(PyTypeObject *);
#endif
#if !PY3FFI_LIMITED
int PyObject_Print(PyObject *, FILE *, int);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
void PyObject_Dump(PyObject *);
#endif
#if !PY3FFI_LIMITED
void PyObject_CallFinalizer(PyObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
void PyUnstable_Object_ClearWeakRefsNoCallbacks(PyObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
void *PyObject_GetItemData(PyObject *obj);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
void *PyObject_GetItemData_DuringGC(PyObject *obj);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
int PyObject_VisitManagedDict(PyObject *obj, visitproc visit, void *arg);
void PyObject_ClearManagedDict(PyObject *obj);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 12)
int PyType_AddWatcher(PyType_WatchCallback callback);
int PyType_ClearWatcher(int watcher_id);
int PyType_Watch(int watcher_id, PyObject *type);
int PyType_Unwatch(int watcher_id, PyObject *type);
int PyUnstable_Type_AssignVersionTag(PyTypeObject *type);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 13)
int PyRefTracer_SetTracer(PyRefTracer tracer, void *data);
PyRefTracer PyRefTracer_GetTracer(void **);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
int PyUnstable_Object_EnableDeferredRefcount(PyObject *);
int PyUnstable_Object_IsUniqueReferencedTemporary(PyObject *);
int PyUnstable_IsImmortal(PyObject *);
int PyUnstable_TryIncRef(PyObject *);
void PyUnstable_EnableTryIncRef(PyObject *);
int PyUnstable_Object_IsUniquelyReferenced(PyObject *);
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 15)
int PyUnstable_SetImmortal(PyObject *op);
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif  // PY3FFI_CPYTHON_OBJECT_HPP
