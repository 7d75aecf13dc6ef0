// Families 5 (heap types made with PyType_FromSpec), 7 (the buffer protocol) and 8 (iterators).
// No direct tp_ field access anywhere: slots are read with PyType_GetSlot, so the same code
// serves the limited API.
#include <atomic>
#include <cstddef>
#include <cstring>
#include <new>
#include "families.hpp"

namespace families {
namespace {

// PyType_FromSpec reads __weaklistoffset__ from the members from 3.9 on.
#define FAMILIES_WEAKREFS PY3FFI_TARGET_SINCE(3, 9)

// The member flags and types: descrobject.h's names from 3.12, structmember.h's before.
#if PY3FFI_SINCE(3, 12)
constexpr int member_object_ex = Py_T_OBJECT_EX, member_long = Py_T_LONG, member_readonly = Py_READONLY;
#  if FAMILIES_WEAKREFS
constexpr int member_ssize = Py_T_PYSSIZET;
#  endif
#else
constexpr int member_object_ex = T_OBJECT_EX, member_long = T_LONG, member_readonly = READONLY;
#  if FAMILIES_WEAKREFS
constexpr int member_ssize = T_PYSSIZET;
#  endif
#endif

template <class F>
void *slot_fn(F *f) {
    return reinterpret_cast<void *>(f);
}

// The type's tp_free and the heap-type reference of an instance, as a tp_dealloc must drop
// them: tp_free through PyType_GetSlot; the type's reference from 3.8 on (PyType_GenericAlloc
// took it). 3.7's subtype_dealloc drops a Python subclass's reference itself, so there only
// the type whose tp_dealloc this is gives it back.
void free_instance(PyObject *self, destructor own_dealloc) {
    PyTypeObject *tp = Py_TYPE(self);
    auto tp_free = reinterpret_cast<freefunc>(PyType_GetSlot(tp, Py_tp_free));
    tp_free(self);
#if PY3FFI_TARGET_SINCE(3, 8)
    (void)own_dealloc;
    Py_DECREF(tp);
#else
    if (PyType_GetSlot(tp, Py_tp_dealloc) == slot_fn(own_dealloc)) Py_DECREF(tp);
#endif
}

PyObject *alloc_instance(PyTypeObject *type) {
    auto alloc = reinterpret_cast<allocfunc>(PyType_GetSlot(type, Py_tp_alloc));
    return alloc(type, 0);
}

PyTypeObject *type_in_state(PyObject *module, Slot slot) {
    return reinterpret_cast<PyTypeObject *>(state_of(module)->refs[slot]);
}

PyObject *make_type(PyObject *module, PyType_Spec *spec) {
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
    return PyType_FromModuleAndSpec(module, spec, nullptr);
#else
    (void)module;
    return PyType_FromSpec(spec);
#endif
}

// ---- 5. Node: a GC heap type with an object member, a getset, a method, weakrefs -------

struct Node {
    PY3FFI_OBJECT_HEAD
    PyObject *payload;  // member "payload" (T_OBJECT_EX: deleting it makes reads raise)
    long value;         // getset "value" (an int, not deletable) and member "raw" (read-only)
    PyObject *weakrefs;
};

std::atomic<long> node_deallocs{0};

PyObject *node_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    PyObject *payload = Py_None;
    long value = 0;
    static const char *kwlist[] = {"payload", "value", nullptr};
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|Ol:Node", const_cast<char **>(kwlist), &payload, &value))
        return nullptr;
    PyObject *self = alloc_instance(type);
    if (!self) return nullptr;
    Node *n = reinterpret_cast<Node *>(self);
    n->payload = cx::Py_NewRef(payload);
    n->value = value;
    n->weakrefs = nullptr;
    return self;
}

int node_traverse(PyObject *self, visitproc visit, void *arg) {
#if PY3FFI_TARGET_SINCE(3, 9)
    PY3FFI_VISIT(Py_TYPE(self));  // (3.9+: a heap type's instances visit it; 3.8's subclasses did it for them)
#endif
    PY3FFI_VISIT(reinterpret_cast<Node *>(self)->payload);
    return 0;
}

int node_clear(PyObject *self) {
    Py_CLEAR(reinterpret_cast<Node *>(self)->payload);
    return 0;
}

void node_dealloc(PyObject *self) {
    PyObject_GC_UnTrack(self);
#if defined(PY3FFI_TRASHCAN_BEGIN)
    PY3FFI_TRASHCAN_BEGIN(self, node_dealloc)
#elif defined(PY3FFI_TRASHCAN_SAFE_BEGIN)  // (3.7: the only spelling)
    PY3FFI_TRASHCAN_SAFE_BEGIN(self)
#endif
#if FAMILIES_WEAKREFS
    if (reinterpret_cast<Node *>(self)->weakrefs) PyObject_ClearWeakRefs(self);
#endif
    node_clear(self);
    free_instance(self, node_dealloc);
    node_deallocs.fetch_add(1);
#if defined(PY3FFI_TRASHCAN_BEGIN)
    PY3FFI_TRASHCAN_END
#elif defined(PY3FFI_TRASHCAN_SAFE_BEGIN)
    PY3FFI_TRASHCAN_SAFE_END(self)
#endif
}

PyObject *node_get_value(PyObject *self, void *) { return PyLong_FromLong(reinterpret_cast<Node *>(self)->value); }

int node_set_value(PyObject *self, PyObject *v, void *) {
    if (!v) {
        PyErr_SetString(PyExc_TypeError, "cannot delete Node.value");
        return -1;
    }
    if (!PyLong_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "Node.value must be an int");
        return -1;
    }
    long value = PyLong_AsLong(v);
    if (failed(value)) return -1;
    reinterpret_cast<Node *>(self)->value = value;
    return 0;
}

PyObject *node_describe(PyObject *self, PyObject *) {
    Node *n = reinterpret_cast<Node *>(self);
    return PyUnicode_FromFormat("Node(%ld, %R)", n->value, n->payload ? n->payload : static_cast<PyObject *>(Py_None));
}

PyMethodDef node_methods[] = {
    {"describe", node_describe, METH_NOARGS, "describe() -> 'Node(value, payload)'"},
    {nullptr, nullptr, 0, nullptr},
};

PyGetSetDef node_getset[] = {
    {"value", node_get_value, node_set_value, "an int", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyMemberDef node_members[] = {
    {"payload", member_object_ex, offsetof(Node, payload), 0, "any object"},
    {"raw", member_long, offsetof(Node, value), member_readonly, "value, read-only"},
#if FAMILIES_WEAKREFS
    {"__weaklistoffset__", member_ssize, offsetof(Node, weakrefs), member_readonly, nullptr},
#endif
    {nullptr, 0, 0, 0, nullptr},
};

PyType_Slot node_slots[] = {
    {Py_tp_doc, const_cast<char *>("Node(payload=None, value=0): a GC heap type")},
    {Py_tp_new, slot_fn(node_new)},
    {Py_tp_traverse, slot_fn(node_traverse)},
    {Py_tp_clear, slot_fn(node_clear)},
    {Py_tp_dealloc, slot_fn(node_dealloc)},
    {Py_tp_methods, node_methods},
    {Py_tp_getset, node_getset},
    {Py_tp_members, node_members},
    {0, nullptr},
};

PyType_Spec node_spec = {"families.Node", sizeof(Node), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
                         node_slots};

PyObject *node_dealloc_count(PyObject *, PyObject *) { return PyLong_FromLong(node_deallocs.load()); }

// Whether Node's deallocator goes through the trashcan (the full API; PyPy's does nothing)
PyObject *node_trashcan(PyObject *, PyObject *) {
#if (defined(PY3FFI_TRASHCAN_BEGIN) || defined(PY3FFI_TRASHCAN_SAFE_BEGIN)) && PY3FFI_NOT_PYPY
    return boolean(true);
#else
    return boolean(false);
#endif
}

// The payload read from the C struct of a Node (or a subclass instance).
PyObject *node_payload(PyObject *module, PyObject *o) {
    if (!PyObject_TypeCheck(o, type_in_state(module, NODE_TYPE))) {
        PyErr_SetString(PyExc_TypeError, "node_payload expects a Node");
        return nullptr;
    }
    PyObject *p = reinterpret_cast<Node *>(o)->payload;
    return cx::Py_NewRef(p ? p : static_cast<PyObject *>(Py_None));
}

// (is the module that made Node, Node's Py_tp_free is PyObject_GC_Del) - PyType_GetModule is
// 3.9+ (limited 3.10)
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
PyObject *node_module(PyObject *module, PyObject *) {
    PyTypeObject *tp = type_in_state(module, NODE_TYPE);
    PyObject *owner = PyType_GetModule(tp);  // borrowed
    if (!owner) return nullptr;
    return Py_BuildValue("(ii)", owner == module, PyType_GetSlot(tp, Py_tp_free) == slot_fn(PyObject_GC_Del));
}
#endif

PyObject *types_weakrefs(PyObject *, PyObject *) { return boolean(FAMILIES_WEAKREFS); }

#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
// (family 10) `times` times node.value += 1 on the plain C long, under a critical section on
// the node: free-threaded callers lose no increment
PyObject *thr_critical_increment(PyObject *module, PyObject *args) {
    PyObject *o;
    long times;
    if (!PyArg_ParseTuple(args, "O!l:thr_critical_increment", type_in_state(module, NODE_TYPE), &o, &times))
        return nullptr;
    Node *n = reinterpret_cast<Node *>(o);
    for (long i = 0; i < times; ++i) {
        PY3FFI_BEGIN_CRITICAL_SECTION(o);
        n->value = n->value + 1;
        PY3FFI_END_CRITICAL_SECTION();
    }
    return none();
}
#endif

PyMethodDef type_methods[] = {
    {"node_dealloc_count", node_dealloc_count, METH_NOARGS, nullptr},
    {"node_trashcan", node_trashcan, METH_NOARGS, nullptr},
    {"node_payload", node_payload, METH_O, nullptr},
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 10)
    {"node_module", node_module, METH_NOARGS, nullptr},
#endif
    {"types_weakrefs", types_weakrefs, METH_NOARGS, nullptr},
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_LIMITED_SINCE(3, 15)
    {"thr_critical_increment", thr_critical_increment, METH_VARARGS, nullptr},
#endif
    {nullptr, nullptr, 0, nullptr},
};

// ---- 7. buffers ------------------------------------------------------------------------

// PyMemoryView_FromMemory's flags: the limited API names them from 3.11 only.
#if PY3FFI_LIMITED_SINCE(3, 11)
constexpr int mem_read = PyBUF_READ, mem_write = PyBUF_WRITE;
#else
constexpr int mem_read = 0x100, mem_write = 0x200;
#endif

// Memory that outlives every memoryview made over it (the views are made in Python tests).
char area[8] = {'f', 'a', 'm', 'i', 'l', 'i', 'e', 's'};

// PyMemoryView_FromMemory over `area`, writable or not
PyObject *mv_from_memory(PyObject *, PyObject *writable) {
    int w = PyObject_IsTrue(writable);
    if (w < 0) return nullptr;
    return PyMemoryView_FromMemory(area, sizeof area, w ? mem_write : mem_read);
}

PyObject *mv_area(PyObject *, PyObject *) { return PyBytes_FromStringAndSize(area, sizeof area); }

PyObject *mv_area_reset(PyObject *, PyObject *) {
    std::memcpy(area, "families", sizeof area);
    return none();
}

PyObject *mv_from_object(PyObject *, PyObject *o) { return PyMemoryView_FromObject(o); }

#if PY3FFI_LIMITED_SINCE(3, 11)
// Requests a buffer with the named flags ("full_ro", "full", "simple", "writable",
// "strided_ro", "c_contig") and describes it: (len, readonly, itemsize, ndim, format, shape,
// strides, C-contiguous, F-contiguous, any-contiguous, the bytes in C order)
PyObject *buf_info(PyObject *, PyObject *args) {
    PyObject *o;
    const char *name;
    if (!PyArg_ParseTuple(args, "Os:buf_info", &o, &name)) return nullptr;
    struct { const char *name; int flags; } table[] = {
        {"full_ro", PyBUF_FULL_RO},       {"full", PyBUF_FULL},
        {"simple", PyBUF_SIMPLE},         {"writable", PyBUF_WRITABLE},
        {"strided_ro", PyBUF_STRIDED_RO}, {"c_contig", PyBUF_C_CONTIGUOUS},
    };
    int flags = -1;
    for (auto &row : table)
        if (std::strcmp(row.name, name) == 0) flags = row.flags;
    if (flags < 0) {
        PyErr_Format(PyExc_ValueError, "buf_info: unknown flags '%s'", name);
        return nullptr;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, flags) < 0) return nullptr;
    Results r;
    bool ok = r.add_ssize(view.len) && r.add_bool(view.readonly) && r.add_ssize(view.itemsize) &&
              r.add_long(view.ndim) &&
              r.add(view.format ? PyUnicode_FromString(view.format) : cx::Py_NewRef(Py_None));
    for (int which = 0; ok && which < 2; ++which) {
        Py_ssize_t *v = which == 0 ? view.shape : view.strides;
        if (!v) {
            ok = r.add(none());
            continue;
        }
        PyObject *t = PyTuple_New(view.ndim);
        for (int i = 0; t && i < view.ndim; ++i) {
            PyObject *x = PyLong_FromSsize_t(v[i]);
            if (!x || PyTuple_SetItem(t, i, x) < 0) Py_CLEAR(t);
        }
        ok = r.add(t);
    }
    ok = ok && r.add_bool(PyBuffer_IsContiguous(&view, 'C')) && r.add_bool(PyBuffer_IsContiguous(&view, 'F')) &&
         r.add_bool(PyBuffer_IsContiguous(&view, 'A'));
    if (ok) {
        PyObject *bytes = PyBytes_FromStringAndSize(nullptr, view.len);
        if (bytes && PyBuffer_ToContiguous(PyBytes_AsString(bytes), &view, view.len, 'C') < 0) Py_CLEAR(bytes);
        ok = r.add(bytes);
    }
    PyBuffer_Release(&view);
    return ok ? r.take() : nullptr;
}

// Fills o's writable buffer with `byte`; returns its length.
PyObject *buf_fill(PyObject *, PyObject *args) {
    PyObject *o;
    int byte;
    if (!PyArg_ParseTuple(args, "Oi:buf_fill", &o, &byte)) return nullptr;
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_WRITABLE) < 0) return nullptr;
    std::memset(view.buf, byte, static_cast<size_t>(view.len));
    Py_ssize_t n = view.len;
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(n);
}

// A memoryview over o's buffer made with PyMemoryView_FromBuffer (it does not own the buffer:
// its contents are copied out and the view released before the buffer is)
PyObject *mv_from_buffer(PyObject *, PyObject *o) {
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_FULL_RO) < 0) return nullptr;
    PyObject *result = nullptr;
    PyObject *mv = PyMemoryView_FromBuffer(&view);
    if (mv) {
        result = PyObject_CallMethod(mv, "tobytes", nullptr);
        PyObject *done = PyObject_CallMethod(mv, "release", nullptr);
        if (!done) Py_CLEAR(result);
        Py_XDECREF(done);
        Py_DECREF(mv);
    }
    PyBuffer_Release(&view);
    return result;
}

// PyObject_CheckBuffer: a function from 3.9; 3.7 and 3.8 have it as a macro, which py3ffi lacks.
#  if PY3FFI_TARGET_SINCE(3, 9)
PyObject *buf_check(PyObject *, PyObject *o) { return boolean(PyObject_CheckBuffer(o)); }
#  endif
#endif

// Buffer: a heap type exporting 8 writable bytes through the Py_bf_getbuffer slot (settable
// with PyType_FromSpec from 3.9; in the limited API from 3.11).
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 11)
#  define FAMILIES_BUFFER_TYPE 1
struct Buffer {
    PY3FFI_OBJECT_HEAD
    char data[8];
    std::atomic<Py_ssize_t> exports;
};

PyObject *buffer_new(PyTypeObject *type, PyObject *args, PyObject *) {
    const char *init = "";
    Py_ssize_t len = 0;
    if (!PyArg_ParseTuple(args, "|y#:Buffer", &init, &len)) return nullptr;
    PyObject *self = alloc_instance(type);
    if (!self) return nullptr;
    Buffer *b = reinterpret_cast<Buffer *>(self);
    std::memset(b->data, '.', sizeof b->data);
    std::memcpy(b->data, init, static_cast<size_t>(len < 8 ? len : 8));
    new (&b->exports) std::atomic<Py_ssize_t>(0);
    return self;
}

void buffer_dealloc(PyObject *self) { free_instance(self, buffer_dealloc); }

int buffer_get(PyObject *self, Py_buffer *view, int flags) {
    Buffer *b = reinterpret_cast<Buffer *>(self);
    if (PyBuffer_FillInfo(view, self, b->data, sizeof b->data, 0, flags) < 0) return -1;
    b->exports.fetch_add(1);
    return 0;
}

void buffer_release(PyObject *self, Py_buffer *) { reinterpret_cast<Buffer *>(self)->exports.fetch_sub(1); }

PyObject *buffer_exports(PyObject *self, void *) {
    return PyLong_FromSsize_t(reinterpret_cast<Buffer *>(self)->exports.load());
}

PyObject *buffer_data(PyObject *self, PyObject *) {
    Buffer *b = reinterpret_cast<Buffer *>(self);
    return PyBytes_FromStringAndSize(b->data, sizeof b->data);
}

PyMethodDef buffer_methods[] = {
    {"data", buffer_data, METH_NOARGS, "data() -> the 8 bytes, as bytes"},
    {nullptr, nullptr, 0, nullptr},
};

PyGetSetDef buffer_getset[] = {
    {"exports", buffer_exports, nullptr, "buffers handed out and not yet released", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyType_Slot buffer_slots[] = {
    {Py_tp_new, slot_fn(buffer_new)},
    {Py_tp_dealloc, slot_fn(buffer_dealloc)},
    {Py_tp_methods, buffer_methods},
    {Py_tp_getset, buffer_getset},
    {Py_bf_getbuffer, slot_fn(buffer_get)},
    {Py_bf_releasebuffer, slot_fn(buffer_release)},
    {0, nullptr},
};

PyType_Spec buffer_spec = {"families.Buffer", sizeof(Buffer), 0, Py_TPFLAGS_DEFAULT, buffer_slots};
#endif

PyMethodDef buffer_functions[] = {
    {"mv_from_memory", mv_from_memory, METH_O, nullptr},
    {"mv_area", mv_area, METH_NOARGS, nullptr},
    {"mv_area_reset", mv_area_reset, METH_NOARGS, nullptr},
    {"mv_from_object", mv_from_object, METH_O, nullptr},
#if PY3FFI_LIMITED_SINCE(3, 11)
    {"buf_info", buf_info, METH_VARARGS, nullptr},
    {"buf_fill", buf_fill, METH_VARARGS, nullptr},
    {"mv_from_buffer", mv_from_buffer, METH_O, nullptr},
#  if PY3FFI_TARGET_SINCE(3, 9)
    {"buf_check", buf_check, METH_O, nullptr},
#  endif
#endif
    {nullptr, nullptr, 0, nullptr},
};

// ---- 8. iterators ----------------------------------------------------------------------

// Countdown(n): an iterator type (Py_tp_iter = PyObject_SelfIter, Py_tp_iternext) giving
// n-1, ..., 0, then NULL without an exception.
struct Countdown {
    PY3FFI_OBJECT_HEAD
    std::atomic<long> n;
};

PyObject *countdown_new(PyTypeObject *type, PyObject *args, PyObject *) {
    long n;
    if (!PyArg_ParseTuple(args, "l:Countdown", &n)) return nullptr;
    PyObject *self = alloc_instance(type);
    if (!self) return nullptr;
    new (&reinterpret_cast<Countdown *>(self)->n) std::atomic<long>(n);
    return self;
}

void countdown_dealloc(PyObject *self) { free_instance(self, countdown_dealloc); }

PyObject *countdown_next(PyObject *self) {
    std::atomic<long> &n = reinterpret_cast<Countdown *>(self)->n;
    long left = n.load();
    do {
        if (left <= 0) return nullptr;  // exhausted: NULL with no exception set
    } while (!n.compare_exchange_weak(left, left - 1));
    return PyLong_FromLong(left - 1);
}

PyType_Slot countdown_slots[] = {
    {Py_tp_new, slot_fn(countdown_new)},
    {Py_tp_dealloc, slot_fn(countdown_dealloc)},
    {Py_tp_iter, slot_fn(PyObject_SelfIter)},
    {Py_tp_iternext, slot_fn(countdown_next)},
    {0, nullptr},
};

PyType_Spec countdown_spec = {"families.Countdown", sizeof(Countdown), 0, Py_TPFLAGS_DEFAULT, countdown_slots};

// list(o) through PyObject_GetIter and PyIter_Next: NULL means the end unless an exception is
// set, which is raised.
PyObject *iter_collect(PyObject *, PyObject *o) {
    Ref it(PyObject_GetIter(o)), out(PyList_New(0));
    if (!it || !out) return nullptr;
    while (PyObject *item = PyIter_Next(it.get())) {
        int rc = PyList_Append(out.get(), item);
        Py_DECREF(item);
        if (rc < 0) return nullptr;
    }
    if (PyErr_Occurred()) return nullptr;
    return out.release();
}

// One PyIter_Next: (True, item), or (False, None) at the end (no exception left set)
PyObject *iter_next(PyObject *, PyObject *it) {
    PyObject *item = PyIter_Next(it);
    if (!item) {
        if (PyErr_Occurred()) return nullptr;
        return Py_BuildValue("(OO)", static_cast<PyObject *>(Py_False), static_cast<PyObject *>(Py_None));
    }
    return Py_BuildValue("(ON)", static_cast<PyObject *>(Py_True), item);
}

// PyIter_Check: a function from 3.8; 3.7's full API has it as a macro, which py3ffi lacks.
#if PY3FFI_SINCE(3, 8)
PyObject *iter_check(PyObject *, PyObject *o) { return boolean(PyIter_Check(o)); }
#endif

#if PY3FFI_NOT_PYPY  // (PyPy's headers lack PySeqIter_Check)
// (the iterator PySeqIter_New(o) makes, PySeqIter_Check of it)
PyObject *seq_iter(PyObject *, PyObject *o) {
    PyObject *it = PySeqIter_New(o);
    if (!it) return nullptr;
    return Py_BuildValue("(Ni)", it, PySeqIter_Check(it));
}
#endif

PyObject *call_iter(PyObject *, PyObject *args) {
    PyObject *callable, *sentinel;
    if (!PyArg_ParseTuple(args, "OO:call_iter", &callable, &sentinel)) return nullptr;
    return PyCallIter_New(callable, sentinel);
}

// The sum of Countdown(n) made by calling the type from C and iterated with PyIter_Next
PyObject *countdown_sum(PyObject *module, PyObject *n) {
    Ref cd(PyObject_CallFunctionObjArgs(reinterpret_cast<PyObject *>(type_in_state(module, COUNTDOWN_TYPE)), n,
                                        static_cast<PyObject *>(nullptr)));
    if (!cd) return nullptr;
    long sum = 0;
    while (PyObject *item = PyIter_Next(cd.get())) {
        sum += PyLong_AsLong(item);
        Py_DECREF(item);
    }
    if (PyErr_Occurred()) return nullptr;
    return PyLong_FromLong(sum);
}

#if !PY3FFI_LIMITED
// (PyGen_Check, PyGen_CheckExact, PyCoro_CheckExact): CPython-only
PyObject *gen_check(PyObject *, PyObject *o) {
    return Py_BuildValue("(iii)", PyGen_Check(o), PyGen_CheckExact(o), PyCoro_CheckExact(o));
}
#endif

PyMethodDef iterator_functions[] = {
    {"iter_collect", iter_collect, METH_O, nullptr},
    {"iter_next", iter_next, METH_O, nullptr},
#if PY3FFI_SINCE(3, 8)
    {"iter_check", iter_check, METH_O, nullptr},
#endif
#if PY3FFI_NOT_PYPY
    {"seq_iter", seq_iter, METH_O, nullptr},
#endif
    {"call_iter", call_iter, METH_VARARGS, nullptr},
    {"countdown_sum", countdown_sum, METH_O, nullptr},
#if !PY3FFI_LIMITED
    {"gen_check", gen_check, METH_O, nullptr},
#endif
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int add_types(PyObject *m) {
    if (keep(m, NODE_TYPE, "Node", make_type(m, &node_spec)) < 0) return -1;
    return PyModule_AddFunctions(m, type_methods);
}

int add_buffers(PyObject *m) {
#if defined(FAMILIES_BUFFER_TYPE)
    if (keep(m, BUFFER_TYPE, "Buffer", make_type(m, &buffer_spec)) < 0) return -1;
#endif
    return PyModule_AddFunctions(m, buffer_functions);
}

int add_iterators(PyObject *m) {
    if (keep(m, COUNTDOWN_TYPE, "Countdown", make_type(m, &countdown_spec)) < 0) return -1;
    return PyModule_AddFunctions(m, iterator_functions);
}

}  // namespace families
