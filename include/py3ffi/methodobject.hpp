// Mirrors CPython's methodobject.h: built-in functions and the method table.
#ifndef PY3FFI_METHODOBJECT_HPP
#define PY3FFI_METHODOBJECT_HPP
#include "py3ffi/object.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
using PyCFunction = PyObject *(*)(PyObject *, PyObject *);
using PyCFunctionWithKeywords = PyObject *(*)(PyObject *, PyObject *, PyObject *);
#if PY3FFI_LIMITED_SINCE(3, 10)
// 3.13 dropped the leading underscore; the old names stay as aliases.
using _PyCFunctionFast = PyObject *(*)(PyObject *, PyObject *const *, Py_ssize_t);
using _PyCFunctionFastWithKeywords = PyObject *(*)(PyObject *, PyObject *const *, Py_ssize_t, PyObject *);
#endif
#if PY3FFI_SINCE(3, 13)
using PyCFunctionFast = _PyCFunctionFast;
using PyCFunctionFastWithKeywords = _PyCFunctionFastWithKeywords;
#endif

struct PyMethodDef {
    const char *ml_name;
    PyCFunction ml_meth;
    int ml_flags;
    const char *ml_doc;
};

extern "C" {
PY3FFI_DATA PyTypeObject PyCFunction_Type;
}

constexpr int METH_VARARGS = 0x0001;
constexpr int METH_KEYWORDS = 0x0002;
constexpr int METH_NOARGS = 0x0004;
constexpr int METH_O = 0x0008;
constexpr int METH_CLASS = 0x0010;
constexpr int METH_STATIC = 0x0020;
constexpr int METH_COEXIST = 0x0040;
#if PY3FFI_LIMITED_SINCE(3, 10)
constexpr int METH_FASTCALL = 0x0080;
#endif
#if PY3FFI_SINCE(3, 9) && PY3FFI_LIMITED_SINCE(3, 12)
constexpr int METH_METHOD = 0x0200;
#endif
// </py3ffi:generated>

namespace detail {
// C casts any METH_FASTCALL/METH_O/... implementation to PyCFunction when filling a table.
template <class F>
inline PyCFunction as_cfunction(F *f) noexcept { return reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(f)); }
}  // namespace detail
}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
