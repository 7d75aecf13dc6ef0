// SPDX-License-Identifier: MIT
// py3ffi::check_interpreter(): the first line of a module's init function, so that a module
// loaded into an interpreter it was not built for raises ImportError instead of crashing:
//
//     PY3FFI_MODINIT(string_sum) {
//         if (!py3ffi::check_interpreter("string_sum")) return nullptr;
//         return PyModuleDef_Init(&module_def);
//     }
//
// It compares the build's target (PY3FFI_PYTHON_VERSION / Py_LIMITED_API / Py_GIL_DISABLED)
// with the running interpreter's version string: another minor version for a version-specific
// build, one older than the stable ABI floor, a GIL build in a free-threaded interpreter or the
// other way round, or another implementation (CPython, PyPy, GraalPy). GraalPy's C-level
// Py_GetVersion() reads like a CPython's ("3.12.8 (main, ...) [GCC 11.2.1 ...]"), so GraalPy is
// told by its sys.version ("3.12.8 (...)\n[Graal, Interpreted, Java 25.0.3 (amd64)]"). It calls
// only stable-ABI functions that take and return nothing but pointers and ints (Py_GetVersion,
// PySys_GetObject, PyUnicode_FromString, PyUnicode_Contains, Py_DecRef, PyErr_Clear,
// PyErr_Format; and reads PyExc_ImportError), whose ABI every CPython 3 shares (PyPy's too, under
// its names, and GraalPy's), so it is safe to run in the wrong interpreter. (A module for CPython
// loaded by PyPy, or the other way round, fails earlier: the import system cannot resolve its
// symbols; so may one for GraalPy in CPython, or for CPython in GraalPy.)
#ifndef PY3FFI_INTERPRETER_CHECK_HPP
#define PY3FFI_INTERPRETER_CHECK_HPP
#include "py3ffi/pyerrors.hpp"
#include "py3ffi/pylifecycle.hpp"
#include "py3ffi/refcount.hpp"
#include "py3ffi/sysmodule.hpp"
#include "py3ffi/unicodeobject.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {
namespace detail {
// "3.13.0 experimental free-threading build (main, ...)" -> 3, 13, free-threaded;
// "3.11.17 (...)\n[PyPy 8.0.1 with GCC ...]" -> 3, 11, PyPy;
// "3.12.8 (Mon Dec 07 10:57:51 UTC 2026)\n[Graal, Interpreted, Java 25.0.3 (amd64)]" -> 3, 12, GraalPy
struct interpreter_version {
    int major = 0, minor = 0;
    bool free_threaded = false, pypy = false, graalpy = false;
    // needle in s, up to `stop` (the compiler's part, in brackets, may say anything)
    static bool has(const char *s, const char *needle, char stop = '\0') noexcept {
        for (; *s && *s != stop; ++s) {
            std::size_t i = 0;
            while (needle[i] && s[i] == needle[i]) ++i;
            if (!needle[i]) return true;
        }
        return false;
    }
    explicit interpreter_version(const char *v) noexcept {
        const char *p = v;
        for (; *p >= '0' && *p <= '9'; ++p) major = major * 10 + (*p - '0');
        if (*p == '.') ++p;
        for (; *p >= '0' && *p <= '9'; ++p) minor = minor * 10 + (*p - '0');
        free_threaded = has(v, "free-threading build", '[');
        pypy = has(v, "[PyPy ");
        graalpy = has(v, "[Graal");
    }
    const char *implementation() const noexcept { return pypy ? "PyPy" : graalpy ? "GraalPy" : "CPython"; }
};

// Whether sys.version names GraalPy (its Py_GetVersion() does not). Borrowed sys.version, one
// new string released with Py_DecRef: no inline reference counting, which differs between
// implementations.
inline bool running_graalpy() noexcept {
    PyObject *version = PySys_GetObject("version");
    if (!version) return false;
    PyObject *needle = PyUnicode_FromString("[Graal");
    int found = needle ? PyUnicode_Contains(version, needle) : -1;
    Py_DecRef(needle);
    if (found < 0) PyErr_Clear();
    return found == 1;
}
}  // namespace detail

inline bool check_interpreter(const char *module) noexcept {
    const char *text = Py_GetVersion();
    detail::interpreter_version run(text);
    run.graalpy = run.graalpy || detail::running_graalpy();
    constexpr int major = (PY3FFI_VERSION_HEX >> 24) & 0xFF, minor = (PY3FFI_VERSION_HEX >> 16) & 0xFF;
    constexpr bool free_threaded = PY3FFI_GIL_DISABLED != 0;
    bool ok;
    if (PY3FFI_ABI3T) {
        // abi3t: any later version of CPython, free-threaded or not
        ok = run.major == major && run.minor >= minor && !run.pypy && !run.graalpy;
    } else if (PY3FFI_LIMITED) {
        // abi3: any later version of CPython built with the GIL
        ok = (run.major == major && run.minor >= minor) && !run.free_threaded && !run.pypy && !run.graalpy;
    } else {
        ok = run.major == major && run.minor == minor && run.free_threaded == free_threaded &&
             run.pypy == (PY3FFI_IS_PYPY != 0) && run.graalpy == (PY3FFI_IS_GRAALPY != 0);
    }
    if (ok) return true;
    char word[32] = {};  // the version string's first word, "3.13.0" (PyErr_Format has no %.*s)
    for (std::size_t i = 0; i + 1 < sizeof word && text[i] && text[i] != ' '; ++i) word[i] = text[i];
    PyErr_Format(PyExc_ImportError, "%s was built for %s %d.%d%s%s, but the interpreter loading it is %s %s%s", module,
                 PY3FFI_ABI3T        ? "the free-threading stable ABI (abi3t) of CPython"
                 : PY3FFI_LIMITED    ? "the stable ABI (abi3) of CPython"
                 : PY3FFI_IS_PYPY    ? "PyPy"
                 : PY3FFI_IS_GRAALPY ? "GraalPy"
                                     : "CPython",
                 major, minor, PY3FFI_LIMITED ? " and newer" : "",
                 free_threaded && !PY3FFI_ABI3T ? " (free-threaded)" : "", run.implementation(), word,
                 run.free_threaded ? " (free-threaded)" : "");
    return false;
}

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
