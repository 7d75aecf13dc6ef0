// The call-mechanism benchmark with py3ffi: add_ints(a, b) -> a + b for two ints that fit in 32
// bits, line for line the logic of the C reference (bench/calls_c/calls.c): METH_FASTCALL,
// PyLong_Check, PyLong_AsLongLong and a range check for each argument, PyLong_FromLong for the
// result. The module is written the way examples/string_sum is.
#include <py3ffi/py3ffi.hpp>
#include <cstdint>

using namespace py3ffi;

namespace {

// Argument number `pos` (1-based) as a 32-bit int; false with an exception set.
bool to_int32(PyObject *arg, int pos, std::int32_t &out) {
    if (!PyLong_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "add_ints expected an int for positional argument %d", pos);
        return false;
    }
    long long v = PyLong_AsLongLong(arg);
    if (v == -1 && PyErr_Occurred()) {  // beyond 64 bits: reported as not fitting 32 either
        PyErr_Clear();
        PyObject *text = PyObject_Str(arg);
        if (text == nullptr) return false;
        PyErr_Format(PyExc_OverflowError, "cannot fit %U in 32 bits", text);
        Py_DECREF(text);
        return false;
    }
    if (v < INT32_MIN || v > INT32_MAX) {
        PyErr_Format(PyExc_OverflowError, "cannot fit %lld in 32 bits", v);
        return false;
    }
    out = static_cast<std::int32_t>(v);
    return true;
}

PyObject *add_impl(PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "add_ints expected 2 positional arguments");
        return nullptr;
    }
    std::int32_t a, b;
    if (!to_int32(args[0], 1, a) || !to_int32(args[1], 2, b)) return nullptr;
    return PyLong_FromLong(static_cast<long>(a) + static_cast<long>(b));  // 64-bit long: no overflow
}

#if PY3FFI_LIMITED_SINCE(3, 10)  // METH_FASTCALL: full API, or stable ABI from 3.10
PyObject *add_ints(PyObject *, PyObject *const *args, Py_ssize_t nargs) { return add_impl(args, nargs); }
constexpr int add_flags = METH_FASTCALL;
#else
PyObject *add_ints(PyObject *, PyObject *args) {
    PyObject *items[2] = {nullptr, nullptr};
    Py_ssize_t n = PyTuple_Size(args);
    for (Py_ssize_t i = 0; i < n && i < 2; ++i) items[i] = PyTuple_GetItem(args, i);
    return add_impl(items, n);
}
constexpr int add_flags = METH_VARARGS;
#endif

PyMethodDef methods[] = {
    {"add_ints", cfunction_cast(add_ints), add_flags, "Returns the sum of two 32-bit ints."},
    {},
};

#if PY3FFI_SINCE(3, 15)
// 3.15 and newer: the module exports its slots (PEP 793), as examples/string_sum does.
PY3FFI_ABIINFO_VAR(abi_info);
const PySlot module_slots[] = {
    PySlot_DATA(Py_mod_abi, &abi_info),
    PySlot_DATA(Py_mod_name, "calls"),
    PySlot_DATA(Py_mod_doc, "The call-mechanism benchmark in C++ with py3ffi."),
    PySlot_STATIC_DATA(Py_mod_methods, methods),
    PySlot_DATA(Py_mod_gil, Py_MOD_GIL_NOT_USED),
    PySlot_END,
};
#else
PyModuleDef_Slot slots[] = {
#  if PY3FFI_GIL_DISABLED
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#  endif
    {},
};

PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "calls", "The call-mechanism benchmark in C++ with py3ffi.", 0, methods, slots,
    nullptr, nullptr, nullptr,
};
#endif

}  // namespace

#if PY3FFI_SINCE(3, 15)
PY3FFI_MODEXPORT(calls) {
    if (!check_interpreter("calls")) return nullptr;  // ImportError in the wrong interpreter
    return const_cast<PySlot *>(module_slots);
}
#else
PY3FFI_MODINIT(calls) {
    if (!check_interpreter("calls")) return nullptr;  // ImportError in the wrong interpreter
    return PyModuleDef_Init(&module_def);
}
#endif
