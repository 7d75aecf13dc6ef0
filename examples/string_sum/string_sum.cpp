// The seed module: sum_as_string(a, b) -> str(a + b) for two ints that fit in 32 bits.
#include <py3ffi/py3ffi.hpp>
#include <cstdint>

using namespace py3ffi;

namespace {

// Converts argument number `pos` (1-based) to a 32-bit int; false with an exception set.
bool to_int32(PyObject *arg, int pos, std::int32_t &out) {
    if (!PyLong_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "sum_as_string expected an int for positional argument %d", pos);
        return false;
    }
    long long v = PyLong_AsLongLong(arg);
    if (v == -1 && PyErr_Occurred()) {  // beyond 64 bits: report it as not fitting 32 either
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

PyObject *sum_impl(PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "sum_as_string expected 2 positional arguments");
        return nullptr;
    }
    std::int32_t a, b, sum;
    if (!to_int32(args[0], 1, a) || !to_int32(args[1], 2, b)) return nullptr;
    if (__builtin_add_overflow(a, b, &sum)) {
        PyErr_SetString(PyExc_OverflowError, "arguments too large to add");
        return nullptr;
    }
    return PyUnicode_FromFormat("%d", static_cast<int>(sum));
}

#if PY3FFI_LIMITED_SINCE(3, 10)  // METH_FASTCALL: full API, or stable ABI from 3.10
PyObject *sum_as_string(PyObject *, PyObject *const *args, Py_ssize_t nargs) { return sum_impl(args, nargs); }
constexpr int sum_flags = METH_FASTCALL;
#else
PyObject *sum_as_string(PyObject *, PyObject *args) {
    PyObject *items[2] = {nullptr, nullptr};
    Py_ssize_t n = PyTuple_Size(args);
    for (Py_ssize_t i = 0; i < n && i < 2; ++i) items[i] = PyTuple_GetItem(args, i);
    return sum_impl(items, n);
}
constexpr int sum_flags = METH_VARARGS;
#endif

PyMethodDef methods[] = {
    {"sum_as_string", cfunction_cast(sum_as_string), sum_flags, "Returns the sum of two ints as a string."},
    {},
};

#if PY3FFI_SINCE(3, 15)
// 3.15 and newer (full API, abi3 or abi3t): the module exports its slots (PEP 793), the only
// way to define an abi3t module, where PyModuleDef (which holds a PyObject) is opaque.
PY3FFI_ABIINFO_VAR(abi_info);
const PySlot module_slots[] = {
    PySlot_DATA(Py_mod_abi, &abi_info),
    PySlot_DATA(Py_mod_name, "string_sum"),
    PySlot_DATA(Py_mod_doc, "A Python module written in C++ with py3ffi."),
    PySlot_STATIC_DATA(Py_mod_methods, methods),  // (static: the table must outlive the module)
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
    PyModuleDef_HEAD_INIT, "string_sum", "A Python module written in C++ with py3ffi.", 0, methods, slots,
    nullptr, nullptr, nullptr,
};
#endif

}  // namespace

#if PY3FFI_SINCE(3, 15)
PY3FFI_MODEXPORT(string_sum) {
    if (!check_interpreter("string_sum")) return nullptr;  // ImportError in the wrong interpreter
    return const_cast<PySlot *>(module_slots);
}
#else
PY3FFI_MODINIT(string_sum) {
    if (!check_interpreter("string_sum")) return nullptr;  // ImportError in the wrong interpreter
    return PyModuleDef_Init(&module_def);
}
#endif
