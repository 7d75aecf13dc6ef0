// The families module itself: multi-phase init, module state holding the heap types and the
// module's exception (traversed and cleared with the module), and the exec slot that lets each
// family add its functions.
#include "families.hpp"

namespace families {

State *state_of(PyObject *module) { return static_cast<State *>(PyModule_GetState(module)); }

int keep(PyObject *module, Slot slot, const char *name, PyObject *object) {
    if (!object) return -1;
    if (cx::PyModule_AddObjectRef(module, name, object) < 0) {
        Py_DECREF(object);
        return -1;
    }
    State *st = state_of(module);
    Py_XDECREF(st->refs[slot]);
    st->refs[slot] = object;  // (the module's reference is the one AddObjectRef added)
    return 0;
}

namespace {

int traverse(PyObject *module, visitproc visit, void *arg) {
    State *st = state_of(module);
    if (!st) return 0;  // (before exec, the state may not exist yet)
    for (PyObject *o : st->refs) PY3FFI_VISIT(o);
    return 0;
}

int clear(PyObject *module) {
    State *st = state_of(module);
    if (!st) return 0;
    for (PyObject *&o : st->refs) Py_CLEAR(o);
    return 0;
}

void free_module(void *module) { clear(static_cast<PyObject *>(module)); }

int exec(PyObject *m) {
    int (*adders[])(PyObject *) = {add_objects, add_numbers,   add_strings, add_containers, add_types,
                                   add_buffers, add_iterators, add_errors,  add_imports,    add_threads};
    for (auto add : adders)
        if (add(m) < 0) return -1;
    return 0;
}

PyModuleDef_Slot slots[] = {
    {Py_mod_exec, reinterpret_cast<void *>(exec)},
#if PY3FFI_SINCE(3, 13)
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},  // (the module's own C state is atomic or per module)
#endif
    {0, nullptr},
};

PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "families", "One test module per C API family, for families_checks.py.",
    sizeof(State), nullptr, slots, traverse, clear, free_module,
};

}  // namespace
}  // namespace families

PY3FFI_MODINIT(families) {
    if (!py3ffi::check_interpreter("families")) return nullptr;
    return py3ffi::PyModuleDef_Init(&families::module_def);
}
