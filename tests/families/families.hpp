// The families test module: one source file per group of C API families, each adding its
// functions (and types) to the module from the module's exec slot. families_checks.py compares
// what they return with pure Python.
#ifndef FAMILIES_HPP
#define FAMILIES_HPP
#include <py3ffi/py3ffi.hpp>
#include <py3ffi/compat.hpp>

namespace families {
using namespace py3ffi;
namespace cx = py3ffi::compat;

// What the module keeps in its state: the types and the exception it makes at exec time.
enum Slot { NODE_TYPE, COUNTDOWN_TYPE, BUFFER_TYPE, ERROR, OTHER_ERROR, N_REFS };
struct State {
    PyObject *refs[N_REFS];
};
State *state_of(PyObject *module);

// Adds `object` to the module under `name` and keeps a strong reference in the state slot;
// steals `object`; -1 with an exception set.
int keep(PyObject *module, Slot slot, const char *name, PyObject *object);

// Each adds its family's functions, types and constants to the module; -1 with an exception set.
int add_objects(PyObject *m);     // 1, families_objects.cpp
int add_numbers(PyObject *m);     // 2, families_objects.cpp
int add_strings(PyObject *m);     // 3, families_strings.cpp
int add_containers(PyObject *m);  // 4, families_strings.cpp
int add_types(PyObject *m);       // 5, families_types.cpp
int add_buffers(PyObject *m);     // 7, families_types.cpp
int add_iterators(PyObject *m);   // 8, families_types.cpp
int add_errors(PyObject *m);      // 6, families_runtime.cpp
int add_imports(PyObject *m);     // 9, families_runtime.cpp
int add_threads(PyObject *m);     // 10, families_runtime.cpp

inline PyObject *none() { return cx::Py_NewRef(Py_None); }
inline PyObject *boolean(long v) { return PyBool_FromLong(v); }

// Collects new references for a result tuple; add() takes NULL (an exception is set) as a
// failure, so `if (!r.add(f()) || !r.add(g())) return nullptr;` stops at the first error with
// nothing leaked. What is not taken is released.
class Results {
public:
    Results() = default;
    Results(const Results &) = delete;
    Results &operator=(const Results &) = delete;
    ~Results() {
        for (int i = 0; i < n_; ++i) Py_DECREF(items_[i]);
    }
    bool add(PyObject *o) {
        if (!o || n_ == capacity) {
            if (o) {
                Py_DECREF(o);
                PyErr_SetString(PyExc_SystemError, "families: too many results");
            }
            return false;
        }
        items_[n_++] = o;
        return true;
    }
    bool add_long(long v) { return add(PyLong_FromLong(v)); }
    bool add_ssize(Py_ssize_t v) { return add(PyLong_FromSsize_t(v)); }
    bool add_bool(long v) { return add(PyBool_FromLong(v)); }
    bool add_ref(PyObject *borrowed) { return borrowed ? add(cx::Py_NewRef(borrowed)) : add(nullptr); }
    // the tuple of everything added (steals them all), or NULL
    PyObject *take() {
        PyObject *t = PyTuple_New(n_);
        if (!t) return nullptr;
        for (int i = 0; i < n_; ++i) PyTuple_SetItem(t, i, items_[i]);
        n_ = 0;
        return t;
    }

private:
    static constexpr int capacity = 24;
    PyObject *items_[capacity];
    int n_ = 0;
};

// An owned reference released at the end of the scope (NULL allowed).
class Ref {
public:
    explicit Ref(PyObject *p = nullptr) : p_(p) {}
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    ~Ref() { Py_XDECREF(p_); }
    PyObject *get() const { return p_; }
    explicit operator bool() const { return p_ != nullptr; }
    PyObject *release() {
        PyObject *p = p_;
        p_ = nullptr;
        return p;
    }
    void reset(PyObject *p) {
        Py_XDECREF(p_);
        p_ = p;
    }

private:
    PyObject *p_;
};

// -1 from a C API function with an exception set: true (the caller returns NULL)
inline bool failed(long rc) { return rc == -1 && PyErr_Occurred(); }

}  // namespace families
#endif
