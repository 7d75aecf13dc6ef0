// The control: PyObject_GenericGetAttr declared as py3ffi declared it before PY3FFI_API, with no
// dllimport (and no py3ffi). Its address in a module is a stub the linker makes there, which
// jumps to the interpreter's function: another address.
extern "C" void *PyObject_GenericGetAttr(void *, void *);

void *generic_getattr_without_dllimport() { return reinterpret_cast<void *>(&PyObject_GenericGetAttr); }
