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
// other way round. It calls only Py_GetVersion and PyErr_Format, whose ABI every CPython 3
// shares (PyPy's too, under its names), so it is safe to run in the wrong interpreter. (A module
// for CPython loaded by PyPy, or the other way round, fails earlier: the import system cannot
// resolve its symbols.)
#ifndef PY3FFI_INTERPRETER_CHECK_HPP
#define PY3FFI_INTERPRETER_CHECK_HPP
#include "py3ffi/pyerrors.hpp"
#include "py3ffi/pylifecycle.hpp"
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {
namespace detail {
// "3.13.0 experimental free-threading build (main, ...)" -> 3, 13, free-threaded;
// "3.11.17 (...)\n[PyPy 8.0.1 with GCC ...]" -> 3, 11, PyPy
struct interpreter_version {
    int major = 0, minor = 0;
    bool free_threaded = false, pypy = false;
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
    }
};
}  // namespace detail

inline bool check_interpreter(const char *module) noexcept {
    const char *text = Py_GetVersion();
    detail::interpreter_version run(text);
    constexpr int major = (PY3FFI_VERSION_HEX >> 24) & 0xFF, minor = (PY3FFI_VERSION_HEX >> 16) & 0xFF;
    constexpr bool free_threaded = PY3FFI_GIL_DISABLED != 0;
    bool ok;
    if (PY3FFI_ABI3T) {
        // abi3t: any later version, free-threaded or not
        ok = run.major == major && run.minor >= minor;
    } else if (PY3FFI_LIMITED) {
        // abi3: any later version built with the GIL
        ok = (run.major == major && run.minor >= minor) && !run.free_threaded;
    } else {
        ok = run.major == major && run.minor == minor && run.free_threaded == free_threaded &&
             run.pypy == (PY3FFI_IS_PYPY != 0);
    }
    if (ok) return true;
    char word[32] = {};  // the version string's first word, "3.13.0" (PyErr_Format has no %.*s)
    for (std::size_t i = 0; i + 1 < sizeof word && text[i] && text[i] != ' '; ++i) word[i] = text[i];
    PyErr_Format(PyExc_ImportError,
                 "%s was built for %s %d.%d%s%s, but the interpreter loading it is %s %s%s",
                 module,
                 PY3FFI_ABI3T     ? "the free-threading stable ABI (abi3t) of CPython"
                 : PY3FFI_LIMITED ? "the stable ABI (abi3) of CPython"
                 : PY3FFI_IS_PYPY ? "PyPy"
                                  : "CPython",
                 major, minor, PY3FFI_LIMITED ? " and newer" : "",
                 free_threaded && !PY3FFI_ABI3T ? " (free-threaded)" : "", run.pypy ? "PyPy" : "CPython", word,
                 run.free_threaded ? " (free-threaded)" : "");
    return false;
}

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
