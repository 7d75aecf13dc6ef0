// fastjson: an RFC 8259 JSON encoder and decoder on py3ffi.
//   dumps(obj) -> bytes         compact UTF-8, the bytes of json.dumps(obj, separators=(",", ":"),
//                               ensure_ascii=False) for the types below
//   loads(bytes | bytearray | str) -> object
// Types: dict (str keys), list, tuple (as an array), str, int (any size), float (finite), bool,
// None. Errors are ValueError or TypeError, prefixed "fastjson:"; loads errors name the byte
// offset in the UTF-8 input. Nesting deeper than MAX_DEPTH (1024) is a ValueError both ways.
// Thread safety: all state lives in the Encoder or Decoder of one call; there is no global
// mutable state, so the module declares that it does not need the GIL on free-threaded builds.
// Files: common.hpp (buffers, references), encoder.hpp (dumps), decoder.hpp (loads), and here
// the module: its functions, their calling convention and the multi-phase init.
#include "decoder.hpp"
#include "encoder.hpp"

using namespace py3ffi;
using fastjson::kMaxDepth;

namespace {

bool one_argument(const char *name, Py_ssize_t nargs) {
    if (nargs == 1) return true;
    PyErr_Format(PyExc_TypeError, "%s() takes exactly one argument (%zd given)", name, nargs);
    return false;
}

PyObject *dumps_impl(PyObject *const *args, Py_ssize_t nargs) {
    if (!one_argument("dumps", nargs)) return nullptr;
    fastjson::Encoder encoder;
    return encoder.value(args[0]) ? encoder.result() : nullptr;
}

PyObject *loads_impl(PyObject *const *args, Py_ssize_t nargs) {
    if (!one_argument("loads", nargs)) return nullptr;
    PyObject *arg = args[0];
    if (PyBytes_Check(arg) || PyByteArray_Check(arg)) {
        // A bytearray is copied first: its buffer may be resized while the call runs (by a
        // finalizer, or by another thread without the GIL).
        fastjson::Ref bytes(PyBytes_Check(arg) ? fastjson::new_ref(arg) : PyBytes_FromObject(arg));
        char *data = nullptr;
        Py_ssize_t size = 0;
        if (!bytes || PyBytes_AsStringAndSize(bytes.get(), &data, &size) < 0) return nullptr;
        return fastjson::Decoder(data, static_cast<std::size_t>(size)).document();
    }
    if (PyUnicode_Check(arg)) {
        fastjson::Utf8 u;
        if (!u.load(arg)) return nullptr;
        return fastjson::Decoder(u.data(), static_cast<std::size_t>(u.size())).document();
    }
    fastjson::type_error("fastjson.loads: expected bytes, bytearray or str, not %U", arg);
    return nullptr;
}

#if PY3FFI_LIMITED_SINCE(3, 10)  // METH_FASTCALL: full API, or the stable ABI from 3.10
PyObject *dumps(PyObject *, PyObject *const *args, Py_ssize_t nargs) { return dumps_impl(args, nargs); }
PyObject *loads(PyObject *, PyObject *const *args, Py_ssize_t nargs) { return loads_impl(args, nargs); }
constexpr int call_flags = METH_FASTCALL;
#else
PyObject *with_tuple(PyObject *(*impl)(PyObject *const *, Py_ssize_t), PyObject *args) {
    PyObject *items[1] = {nullptr};
    Py_ssize_t n = PyTuple_Size(args);
    if (n == 1 && (items[0] = PyTuple_GetItem(args, 0)) == nullptr) return nullptr;
    return impl(items, n);
}
PyObject *dumps(PyObject *, PyObject *args) { return with_tuple(dumps_impl, args); }
PyObject *loads(PyObject *, PyObject *args) { return with_tuple(loads_impl, args); }
constexpr int call_flags = METH_VARARGS;
#endif

PyMethodDef methods[] = {
    {"dumps", cfunction_cast(dumps), call_flags,
     "dumps(obj) -> bytes\n\nSerializes dict (str keys), list, tuple, str, int, float, bool and None to "
     "compact UTF-8 JSON."},
    {"loads", cfunction_cast(loads), call_flags,
     "loads(data) -> object\n\nParses RFC 8259 JSON from bytes, bytearray or str."},
    {},
};

int exec_module(PyObject *module) { return PyModule_AddIntConstant(module, "MAX_DEPTH", kMaxDepth); }

PyModuleDef_Slot slots[] = {
    {Py_mod_exec, reinterpret_cast<void *>(exec_module)},
#if PY3FFI_GIL_DISABLED
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},  // no global mutable state: every call has its own
#endif
    {},
};

PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "fastjson", "RFC 8259 JSON: dumps(obj) -> bytes, loads(data) -> object.", 0, methods,
    slots, nullptr, nullptr, nullptr,
};

}  // namespace

PY3FFI_MODINIT(fastjson) {
    if (!check_interpreter("fastjson")) return nullptr;  // ImportError in the wrong interpreter
    return PyModuleDef_Init(&module_def);
}
