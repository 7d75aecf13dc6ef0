// A program that embeds Python through py3ffi: it starts the interpreter with PyConfig, defines a
// function in Python, calls it from C++ and reads the result back.
#include <py3ffi/py3ffi.hpp>
#include <cstdio>

using namespace py3ffi;

namespace {
const char source[] =
    "import sys\n"
    "def describe(a, b):\n"
    "    return '%d * %d = %d on Python %d.%d' % (a, b, a * b, *sys.version_info[:2])\n";

// Runs `source`, calls describe(6, 7) and prints what it returns; false with an exception set.
bool run() {
    PyObject *globals = PyDict_New();
    if (!globals) return false;
    bool ok = false;
    PyObject *code = nullptr, *done = nullptr, *text = nullptr, *utf8 = nullptr;
    // (globals need __builtins__ before 3.10, which would otherwise give the code almost none)
    if (PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins()) == 0 &&
        (code = Py_CompileString(source, "<embed>", Py_file_input)) &&
        (done = PyEval_EvalCode(code, globals, globals))) {
        PyObject *describe = PyDict_GetItemString(globals, "describe");  // borrowed
        if (describe && (text = PyObject_CallFunction(describe, "ii", 6, 7)) &&
            (utf8 = PyUnicode_AsUTF8String(text))) {
            std::printf("%s\n", PyBytes_AsString(utf8));
            ok = true;
        }
    }
    Py_XDECREF(utf8);
    Py_XDECREF(text);
    Py_XDECREF(done);
    Py_XDECREF(code);
    Py_DECREF(globals);
    return ok;
}
}  // namespace

int main() {
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);  // ignore the environment and user site-packages
    PyStatus status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) Py_ExitStatusException(status);

    int exit_code = 0;
    if (!run()) {
        PyErr_Print();
        exit_code = 1;
    }
    if (Py_FinalizeEx() < 0) exit_code = 120;
    return exit_code;
}
