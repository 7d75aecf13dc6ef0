// SPDX-License-Identifier: MIT
// py3ffi configuration: the one place where the build configuration is read and validated.
//
// Inputs (command line, or a generated <py3ffi_config.hpp> found on the include path):
//   PY3FFI_PYTHON_VERSION  target version, encoded like PY_VERSION_HEX (0x030D0000 = 3.13);
//                          required unless Py_LIMITED_API is set, which it then defaults to
//   Py_LIMITED_API         stable ABI floor, as in CPython (0x030A0000 = abi3 for 3.10+)
//   Py_GIL_DISABLED        free-threaded build (3.13+)
//   Py_TARGET_ABI3T        abi3t, the stable ABI of free-threaded and GIL builds (3.15+)
//   Py_DEBUG, Py_REF_DEBUG, Py_TRACE_REFS   debug builds, as in CPython
//   PY3FFI_PYPY, PY3FFI_GRAALPY            the implementation (CPython when neither); with
//                          either, PY3FFI_PYTHON_VERSION is the Python version it implements,
//                          one of those python/py3ffi/targets.tsv lists for it
//
// The version range checks below, the `// <py3ffi:targets NAME>` regions, are written from that
// table (the supported targets) by tools/gen/config_hpp.py; the rest of this file by hand.
//
// Outputs, for the other headers (everything py3ffi defines is PY3FFI_-prefixed):
//   PY3FFI_VERSION_HEX     target version
//   PY3FFI_LIMITED         the limited-API floor, 0 for a full-API build
//   PY3FFI_ABI3T, PY3FFI_OPAQUE_OBJECT   abi3t, where PyObject's layout is hidden
//   PY3FFI_DEBUG, PY3FFI_REF_DEBUG, PY3FFI_TRACE_REFS, PY3FFI_GIL_DISABLED   0 or 1
//   PY3FFI_IS_PYPY, PY3FFI_IS_GRAALPY   0 or 1
//   PY3FFI_NOT_PYPY, PY3FFI_NOT_PYPY_BEFORE(3, 11), PY3FFI_NOT_PYPY_SINCE(3, 10)   true
//                          unless the target is PyPy (at all, before 3.11, from 3.10 on): gates
//                          of what PyPy lacks; true on CPython and GraalPy
//   PY3FFI_NOT_GRAALPY, PY3FFI_NOT_GRAALPY_BEFORE(3, 12), PY3FFI_NOT_GRAALPY_SINCE(3, 12)
//                          the same for GraalPy
//   PY3FFI_PYPY_NAME(sym), PY3FFI_SYMBOLS(cpython, pypy)   the symbol a declaration binds to
//   PY3FFI_API, PY3FFI_DATA   begin a declaration of what the interpreter exports (a function,
//                          data): dllimport on Windows
//   PY3FFI_USE_STACKCHECK  1 where pythonrun.h defines USE_STACKCHECK (PyOS_CheckStack)
//   PY3FFI_SINCE(3, 10)          available from 3.10 on: the target for the full API, the
//                                floor for the limited API
//   PY3FFI_LIMITED_SINCE(3, 10)  in the limited API from 3.10 on (always in the full API)
//   PY3FFI_BEFORE(3, 12)         the target is older than 3.12 (items removed in 3.12)
//   PY3FFI_TARGET_SINCE(3, 14)   the target is 3.14 or newer (layouts, macro behaviour)
//   PY3FFI_HAVE_FORK, PY3FFI_HAVE_THREAD_NATIVE_ID, PY3FFI_WINDOWS   platform features
//   PY3FFI_SIZEOF_VOID_P, PY3FFI_BIG_ENDIAN, PY3FFI_DIGIT_BITS   the compiler's target
//
// Platform checks (the config tool sets these from the config keys pointer_width, byte_order
// and os; a build without them is taken to be for the compiler's platform):
//   PY3FFI_TARGET_POINTER_WIDTH   32 | 64
//   PY3FFI_TARGET_BIG_ENDIAN      0 | 1
//   PY3FFI_TARGET_OS              PY3FFI_OS_LINUX | _WINDOWS | _MACOS | _OTHER
//   PYLONG_BITS_IN_DIGIT          15 | 30, as in CPython's pyconfig.h (default: CPython's rule)
#ifndef PY3FFI_CONFIG_HPP
#define PY3FFI_CONFIG_HPP
// clang-format off: the nested checks are indented by hand, and each #error stays on one line
// so that the compiler prints it whole.

// C++17 first: below it, the rest of py3ffi gives hundreds of unrelated errors. (MSVC and
// clang-cl keep __cplusplus at 199711L unless /Zc:__cplusplus; _MSVC_LANG is the standard.)
#if !defined(__cplusplus)
#  define PY3FFI_CPLUSPLUS 0L
#elif defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#  define PY3FFI_CPLUSPLUS _MSVC_LANG
#else
#  define PY3FFI_CPLUSPLUS __cplusplus
#endif
#if PY3FFI_CPLUSPLUS < 201703L
#  if PY3FFI_CPLUSPLUS >= 201402L
#    error "py3ffi: this translation unit is compiled as C++14; py3ffi needs C++17 or later. Fix: compile with -std=c++17 (or newer; /std:c++17 for clang-cl), e.g. CMAKE_CXX_STANDARD 17."
#  elif PY3FFI_CPLUSPLUS >= 201103L
#    error "py3ffi: this translation unit is compiled as C++11; py3ffi needs C++17 or later. Fix: compile with -std=c++17 (or newer; /std:c++17 for clang-cl), e.g. CMAKE_CXX_STANDARD 17."
#  else
#    error "py3ffi: this translation unit is compiled as C++98/03 or as C; py3ffi is C++ and needs C++17 or later. Fix: compile with -std=c++17 (or newer; /std:c++17 for clang-cl), e.g. CMAKE_CXX_STANDARD 17."
#  endif
// A missing include is fatal in GCC and Clang: it stops the compiler before the errors the
// rest of py3ffi would give, and its name says why.
#  include "py3ffi: stopped, C++17 is needed (see the error above)"
#endif

#if defined(Py_PYTHON_H) && defined(PY3FFI_DROPIN_PYTHON_H)
#  error "py3ffi: a real Python.h (CPython's, PyPy's or GraalPy's) is already included in this translation unit, and now py3ffi's drop-in Python.h (python -m py3ffi --python-h-dir) is too: a translation unit uses one or the other. Fix: put the drop-in folder on the include path instead of the interpreter's include directory (not both), or use only the interpreter's."
#  include "py3ffi: stopped, two Python.h in one translation unit (see the error above)"
#elif defined(Py_PYTHON_H)
#  error "py3ffi: Python.h is already included in this translation unit. py3ffi replaces it (Python.h defines the C API names as macros, which break C++ declarations): include only <py3ffi/py3ffi.hpp>."
#endif

#if !defined(PY3FFI_PYTHON_VERSION) && !defined(Py_LIMITED_API) && !defined(Py_TARGET_ABI3T) && defined(__has_include)
#  if __has_include(<py3ffi_config.hpp>)
#    include <py3ffi_config.hpp>
#  endif
#endif

#define PY3FFI_STRINGIFY_(x) #x
#define PY3FFI_STRINGIFY(x) PY3FFI_STRINGIFY_(x)
#define PY3FFI_HEX(major, minor) (((major) << 24) | ((minor) << 16))

// ---- the implementation ---------------------------------------------------------------
#if defined(PY3FFI_PYPY) && defined(PY3FFI_GRAALPY)
#  error "py3ffi: PY3FFI_PYPY and PY3FFI_GRAALPY are both defined: a build targets one implementation. Fix: define at most one of them (neither means CPython)."
#endif
#if defined(PY3FFI_PYPY)
#  define PY3FFI_IS_PYPY 1
#else
#  define PY3FFI_IS_PYPY 0
#endif
#if defined(PY3FFI_GRAALPY)
#  define PY3FFI_IS_GRAALPY 1
#else
#  define PY3FFI_IS_GRAALPY 0
#endif

// ---- the limited API floor ------------------------------------------------------------
// abi3t (PEP 803, 3.15+): the stable ABI shared by free-threaded and GIL builds, asked for by
// Py_TARGET_ABI3T or by Py_LIMITED_API with Py_GIL_DISABLED; its floor is the lower of the two
// versions given, as in CPython's pyabi.h.
// <py3ffi:targets abi3t>
#if defined(Py_TARGET_ABI3T) || (defined(Py_LIMITED_API) && defined(Py_GIL_DISABLED) && (Py_LIMITED_API + 0) >= 0x030F0000)
#  if defined(Py_TARGET_ABI3T) && (Py_TARGET_ABI3T + 0) < 0x030F0000
#    pragma message("py3ffi: Py_TARGET_ABI3T=" PY3FFI_STRINGIFY(Py_TARGET_ABI3T))
#    error "py3ffi: Py_TARGET_ABI3T is below 0x030F0000: abi3t (the free-threaded stable ABI) begins with 3.15. Fix: set Py_TARGET_ABI3T to 0x030F0000 or later."
#  endif
// </py3ffi:targets>
#  define PY3FFI_ABI3T 1
#  if !defined(Py_LIMITED_API)
#    define PY3FFI_LIMITED_REQUEST (Py_TARGET_ABI3T + 0)
#  elif defined(Py_TARGET_ABI3T) && (Py_TARGET_ABI3T + 0) < (Py_LIMITED_API + 0)
#    define PY3FFI_LIMITED_REQUEST (Py_TARGET_ABI3T + 0)
#  else
#    define PY3FFI_LIMITED_REQUEST (Py_LIMITED_API + 0)
#  endif
#else
#  define PY3FFI_ABI3T 0
#  if defined(Py_LIMITED_API)
#    define PY3FFI_LIMITED_REQUEST (Py_LIMITED_API + 0)
#  endif
#endif
#if defined(PY3FFI_LIMITED_REQUEST)
// <py3ffi:targets floors>
#  if PY3FFI_LIMITED_REQUEST < 0x03070000
#    pragma message("py3ffi: Py_LIMITED_API=" PY3FFI_STRINGIFY(Py_LIMITED_API))
#    error "py3ffi: Py_LIMITED_API is below 0x03070000 (3.7), the oldest stable ABI floor py3ffi supports. Fix: set Py_LIMITED_API to a version encoded like PY_VERSION_HEX, 0x03070000 or later (0x030A0000 = abi3 for 3.10 and newer)."
#  endif
#  if PY3FFI_LIMITED_REQUEST >= 0x03100000
#    pragma message("py3ffi: Py_LIMITED_API=" PY3FFI_STRINGIFY(Py_LIMITED_API))
#    error "py3ffi: Py_LIMITED_API is 3.16 or newer; py3ffi knows the stable ABI up to 3.15. Fix: set Py_LIMITED_API to at most 0x030F0000."
#  endif
// </py3ffi:targets>
#  define PY3FFI_LIMITED PY3FFI_LIMITED_REQUEST
#else
#  define PY3FFI_LIMITED 0
#endif
// In abi3t, PyObject and PyVarObject are opaque: their layouts differ between the builds.
#define PY3FFI_OPAQUE_OBJECT PY3FFI_ABI3T

// ---- PyPy -----------------------------------------------------------------------------
// PyPy (7.3+, Python 3.9+) implements the C API under its own names (PyPyList_New for
// PyList_New), with its own object layouts, no stable ABI and no debug or free-threaded build.
#if PY3FFI_IS_PYPY
#  if defined(Py_LIMITED_API) || defined(Py_TARGET_ABI3T)
#    error "py3ffi: Py_LIMITED_API with PY3FFI_PYPY: PyPy has no stable ABI (it loads only modules built for its own version). Fix: drop Py_LIMITED_API (and Py_TARGET_ABI3T) for a PyPy build."
#  endif
// <py3ffi:targets pypy>
#  if !defined(PY3FFI_PYTHON_VERSION) || (((PY3FFI_PYTHON_VERSION + 0) >> 16) != 0x0309 && ((PY3FFI_PYTHON_VERSION + 0) >> 16) != 0x030B)
#    error "py3ffi: PY3FFI_PYPY needs PY3FFI_PYTHON_VERSION, the Python version PyPy implements: 0x03090000 (PyPy 7.3 for 3.9) or 0x030B0000 (PyPy 8.0 for 3.11), the PyPy versions py3ffi's declarations are checked against (a PyPy 3.10 was not available to check). Fix: set PY3FFI_PYTHON_VERSION (python -m py3ffi.config does, from the interpreter)."
#  endif
// </py3ffi:targets>
#  if defined(Py_GIL_DISABLED) || defined(Py_DEBUG) || defined(Py_REF_DEBUG) || defined(Py_TRACE_REFS)
#    error "py3ffi: PY3FFI_PYPY with Py_GIL_DISABLED, Py_DEBUG, Py_REF_DEBUG or Py_TRACE_REFS: PyPy has none of these builds. Fix: undefine them for a PyPy build."
#  endif
#endif
#define PY3FFI_NOT_PYPY (!PY3FFI_IS_PYPY)
#define PY3FFI_NOT_PYPY_BEFORE(major, minor) (!PY3FFI_IS_PYPY || (PY3FFI_PYTHON_VERSION + 0) >= PY3FFI_HEX(major, minor))
#define PY3FFI_NOT_PYPY_SINCE(major, minor) (!PY3FFI_IS_PYPY || (PY3FFI_PYTHON_VERSION + 0) < PY3FFI_HEX(major, minor))

// ---- GraalPy --------------------------------------------------------------------------
// GraalPy (24+, on the JVM) implements the C API under CPython's names, in its own library:
// most objects live in the JVM and reach C as handles, so many of CPython's macros are calls
// there (Py_TYPE, PyTuple_GET_ITEM...); its singletons are reached through pointers. No stable
// ABI, no debug or free-threaded build.
#if PY3FFI_IS_GRAALPY
#  if defined(Py_LIMITED_API) || defined(Py_TARGET_ABI3T)
#    error "py3ffi: Py_LIMITED_API with PY3FFI_GRAALPY: GraalPy has no stable ABI (it loads only modules built for its own version). Fix: drop Py_LIMITED_API (and Py_TARGET_ABI3T) for a GraalPy build."
#  endif
// <py3ffi:targets graalpy>
#  if !defined(PY3FFI_PYTHON_VERSION) || (((PY3FFI_PYTHON_VERSION + 0) >> 16) != 0x030B && ((PY3FFI_PYTHON_VERSION + 0) >> 16) != 0x030C)
#    error "py3ffi: PY3FFI_GRAALPY needs PY3FFI_PYTHON_VERSION, the Python version GraalPy implements: 0x030B0000 (GraalPy 24.1/24.2 for 3.11) or 0x030C0000 (GraalPy 25 for 3.12), the GraalPy versions py3ffi's declarations are checked against (GraalPy 24.0, for 3.10, was not checked). Fix: set PY3FFI_PYTHON_VERSION (python -m py3ffi.config does, from the interpreter)."
#  endif
// </py3ffi:targets>
#  if defined(Py_GIL_DISABLED) || defined(Py_DEBUG) || defined(Py_REF_DEBUG) || defined(Py_TRACE_REFS)
#    error "py3ffi: PY3FFI_GRAALPY with Py_GIL_DISABLED, Py_DEBUG, Py_REF_DEBUG or Py_TRACE_REFS: GraalPy has none of these builds. Fix: undefine them for a GraalPy build."
#  endif
#endif
#define PY3FFI_NOT_GRAALPY (!PY3FFI_IS_GRAALPY)
#define PY3FFI_NOT_GRAALPY_BEFORE(major, minor) (!PY3FFI_IS_GRAALPY || (PY3FFI_PYTHON_VERSION + 0) >= PY3FFI_HEX(major, minor))
#define PY3FFI_NOT_GRAALPY_SINCE(major, minor) (!PY3FFI_IS_GRAALPY || (PY3FFI_PYTHON_VERSION + 0) < PY3FFI_HEX(major, minor))

// ---- the target version ---------------------------------------------------------------
#if defined(PY3FFI_PYTHON_VERSION)
#  define PY3FFI_VERSION_HEX (PY3FFI_PYTHON_VERSION + 0)
#elif PY3FFI_LIMITED
#  define PY3FFI_VERSION_HEX PY3FFI_LIMITED
#elif defined(PY3FFI_DROPIN_PYTHON_H)
#  error "py3ffi: the drop-in Python.h has no target Python: PY3FFI_PYTHON_VERSION is not defined (nor Py_LIMITED_API, nor a py3ffi_config.hpp on the include path). Fix: pass the config tool's flags, $(python -m py3ffi.config --cflags) (with --python <interpreter>, or a config file, for another target), or -DPY3FFI_PYTHON_VERSION=0x030D0000 (3.13, encoded like PY_VERSION_HEX)."
#  include "py3ffi: stopped, no target Python (see the error above)"
#else
#  error "py3ffi: no target Python: PY3FFI_PYTHON_VERSION is not defined. Fix: pass -DPY3FFI_PYTHON_VERSION=0x030D0000 (3.13, encoded like PY_VERSION_HEX), or -DPy_LIMITED_API=0x030A0000 for the stable ABI, or generate py3ffi_config.hpp with `python -m py3ffi.config`."
#endif
// <py3ffi:targets version>
#if PY3FFI_VERSION_HEX < 0x03070000 || PY3FFI_VERSION_HEX >= 0x03100000
#  pragma message("py3ffi: PY3FFI_PYTHON_VERSION=" PY3FFI_STRINGIFY(PY3FFI_VERSION_HEX))
#  error "py3ffi: PY3FFI_PYTHON_VERSION is outside the supported range 3.7 to 3.15. Fix: set it to a version from 0x03070000 (3.7) to 0x030F0000 (3.15), encoded like PY_VERSION_HEX."
#endif
// </py3ffi:targets>
#if PY3FFI_LIMITED > PY3FFI_VERSION_HEX
#  pragma message("py3ffi: Py_LIMITED_API=" PY3FFI_STRINGIFY(Py_LIMITED_API) ", PY3FFI_PYTHON_VERSION=" PY3FFI_STRINGIFY(PY3FFI_PYTHON_VERSION))
#  error "py3ffi: the stable ABI floor Py_LIMITED_API is newer than the target PY3FFI_PYTHON_VERSION. Fix: raise PY3FFI_PYTHON_VERSION to at least Py_LIMITED_API, or leave it undefined (it then defaults to the floor)."
#endif

// ---- build flavours -------------------------------------------------------------------
#if defined(Py_GIL_DISABLED) || PY3FFI_ABI3T
#  define PY3FFI_GIL_DISABLED 1
// <py3ffi:targets free-threaded>
#  if PY3FFI_VERSION_HEX < 0x030D0000
#    pragma message("py3ffi: PY3FFI_PYTHON_VERSION=" PY3FFI_STRINGIFY(PY3FFI_VERSION_HEX))
#    error "py3ffi: Py_GIL_DISABLED needs a free-threaded target, which exists from 3.13 on. Fix: set PY3FFI_PYTHON_VERSION to 0x030D0000 or later, or undefine Py_GIL_DISABLED."
#  endif
#  if PY3FFI_LIMITED && !PY3FFI_ABI3T
#    pragma message("py3ffi: Py_LIMITED_API=" PY3FFI_STRINGIFY(Py_LIMITED_API))
#    error "py3ffi: Py_LIMITED_API with Py_GIL_DISABLED: free-threaded builds have no stable ABI before 3.15 (abi3t). Fix: drop Py_LIMITED_API for a 3.13t/3.14t build, or set Py_LIMITED_API (or Py_TARGET_ABI3T) to 0x030F0000 for abi3t."
#  endif
// </py3ffi:targets>
#else
#  define PY3FFI_GIL_DISABLED 0
#endif

#if defined(Py_DEBUG)
#  define PY3FFI_DEBUG 1
#else
#  define PY3FFI_DEBUG 0
#endif
// As in CPython's pyport.h: a debug build counts references.
#if defined(Py_DEBUG) || defined(Py_REF_DEBUG)
#  define PY3FFI_REF_DEBUG 1
#else
#  define PY3FFI_REF_DEBUG 0
#endif
// Up to 3.7, Py_DEBUG implied Py_TRACE_REFS (and so the object header's _ob_next/_ob_prev).
#if defined(Py_TRACE_REFS) || (defined(Py_DEBUG) && PY3FFI_VERSION_HEX < 0x03080000)
#  define PY3FFI_TRACE_REFS 1
#else
#  define PY3FFI_TRACE_REFS 0
#endif
#if PY3FFI_TRACE_REFS && PY3FFI_LIMITED
#  error "py3ffi: Py_TRACE_REFS (or Py_DEBUG on 3.7) with Py_LIMITED_API: a trace-refs build changes the object layout and has no stable ABI. Fix: drop Py_LIMITED_API for this build."
#endif

// ---- version gates --------------------------------------------------------------------
#define PY3FFI_SINCE(major, minor) \
    (PY3FFI_LIMITED ? PY3FFI_LIMITED >= PY3FFI_HEX(major, minor) : PY3FFI_VERSION_HEX >= PY3FFI_HEX(major, minor))
#define PY3FFI_LIMITED_SINCE(major, minor) (!PY3FFI_LIMITED || PY3FFI_LIMITED >= PY3FFI_HEX(major, minor))
#define PY3FFI_BEFORE(major, minor) (PY3FFI_VERSION_HEX < PY3FFI_HEX(major, minor))
// The target's own version, whatever the floor: selects layouts and how macros behave, as the
// headers of that version would.
#define PY3FFI_TARGET_SINCE(major, minor) (PY3FFI_VERSION_HEX >= PY3FFI_HEX(major, minor))

// ---- platform -------------------------------------------------------------------------
#if defined(_WIN32)
#  define PY3FFI_WINDOWS 1
#  define PY3FFI_HAVE_FORK 0
#  define PY3FFI_DLLIMPORT __declspec(dllimport)
#  define PY3FFI_MODINIT_EXPORT __declspec(dllexport)
#else
#  define PY3FFI_WINDOWS 0
#  define PY3FFI_HAVE_FORK 1
#  define PY3FFI_DLLIMPORT
#  define PY3FFI_MODINIT_EXPORT __attribute__((visibility("default")))
#endif
// Every platform CPython supports has a native thread id except a few embedded ones.
#define PY3FFI_HAVE_THREAD_NATIVE_ID 1
// 3.13's Py_C_RECURSION_LIMIT, as its cpython/pystate.h picks it: by build, platform, and
// whether the extension itself is built with AddressSanitizer.
#if defined(__has_feature)
#  if __has_feature(address_sanitizer)
#    define PY3FFI_ASAN 1
#  endif
#endif
#if !defined(PY3FFI_ASAN) && defined(__SANITIZE_ADDRESS__)
#  define PY3FFI_ASAN 1
#endif
#if PY3FFI_DEBUG
#  define PY3FFI_C_RECURSION_LIMIT 500
#elif defined(__s390x__)
#  define PY3FFI_C_RECURSION_LIMIT 800
#elif defined(_WIN32) && defined(_M_ARM64)
#  define PY3FFI_C_RECURSION_LIMIT 1000
#elif defined(_WIN32) || defined(__ANDROID__)
#  define PY3FFI_C_RECURSION_LIMIT 3000
#elif defined(PY3FFI_ASAN)
#  define PY3FFI_C_RECURSION_LIMIT 4000
#elif defined(__wasi__)
#  define PY3FFI_C_RECURSION_LIMIT 5000
#else
#  define PY3FFI_C_RECURSION_LIMIT 10000
#endif
// USE_STACKCHECK (PyOS_CheckStack), as pythonrun.h defines it: where WIN32 is defined (by GNU
// compilers for Windows outside strict ISO modes, by CMake's flags for MSVC) from 3.14; before,
// on 32-bit x86 Windows with Microsoft's compiler (clang-cl too), 3.8-3.13 not on ARM.
#if defined(WIN32) && (PY3FFI_VERSION_HEX >= 0x030E0000 || \
                        (!defined(_WIN64) && defined(_MSC_VER) && _MSC_VER >= 1300 && \
                         (PY3FFI_VERSION_HEX < 0x03080000 || !defined(_M_ARM))))
#  define PY3FFI_USE_STACKCHECK 1
#else
#  define PY3FFI_USE_STACKCHECK 0
#endif
#if defined(__SIZEOF_POINTER__)
#  define PY3FFI_SIZEOF_VOID_P __SIZEOF_POINTER__
#elif defined(_WIN64)
#  define PY3FFI_SIZEOF_VOID_P 8
#elif defined(_WIN32)
#  define PY3FFI_SIZEOF_VOID_P 4
#else
#  error "py3ffi: cannot tell the pointer size of this compiler's target (no __SIZEOF_POINTER__). Fix: define PY3FFI_SIZEOF_VOID_P to 4 or 8."
#endif
// A long's digit: 30 bits, or 15 where CPython's pyport.h picks them, on 32-bit platforms
// before 3.11; a CPython configured with --enable-big-digits says so in its pyconfig.h's
// PYLONG_BITS_IN_DIGIT (sys.int_info.bits_per_digit), which a build may pass on.
#if defined(PYLONG_BITS_IN_DIGIT)
#  if (PYLONG_BITS_IN_DIGIT + 0) != 15 && (PYLONG_BITS_IN_DIGIT + 0) != 30
#    pragma message("py3ffi: PYLONG_BITS_IN_DIGIT=" PY3FFI_STRINGIFY(PYLONG_BITS_IN_DIGIT))
#    error "py3ffi: PYLONG_BITS_IN_DIGIT is neither 15 nor 30, the two digit sizes CPython has. Fix: set it to the interpreter's sys.int_info.bits_per_digit, or leave it undefined."
#  endif
#  define PY3FFI_DIGIT_BITS (PYLONG_BITS_IN_DIGIT + 0)
#elif PY3FFI_VERSION_HEX < 0x030B0000 && PY3FFI_SIZEOF_VOID_P < 8
#  define PY3FFI_DIGIT_BITS 15
#else
#  define PY3FFI_DIGIT_BITS 30
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#  define PY3FFI_BIG_ENDIAN 1
#else
#  define PY3FFI_BIG_ENDIAN 0
#endif
#if defined(_WIN32)
#  define PY3FFI_COMPILER_OS PY3FFI_OS_WINDOWS
#elif defined(__APPLE__)
#  define PY3FFI_COMPILER_OS PY3FFI_OS_MACOS
#elif defined(__linux__)
#  define PY3FFI_COMPILER_OS PY3FFI_OS_LINUX
#else
#  define PY3FFI_COMPILER_OS PY3FFI_OS_OTHER
#endif

// ---- the configuration's platform against the compiler's ------------------------------
// A config file describes one interpreter's platform (keys pointer_width, byte_order, os; the
// config tool passes them as PY3FFI_TARGET_*): a module compiled for another one would load
// with the wrong layouts, or not at all, so the mismatch stops the build here.
#define PY3FFI_OS_LINUX 1
#define PY3FFI_OS_WINDOWS 2
#define PY3FFI_OS_MACOS 3
#define PY3FFI_OS_OTHER 4
#if defined(PY3FFI_TARGET_POINTER_WIDTH) && (PY3FFI_TARGET_POINTER_WIDTH + 0) != PY3FFI_SIZEOF_VOID_P * 8
#  pragma message("py3ffi: PY3FFI_TARGET_POINTER_WIDTH=" PY3FFI_STRINGIFY(PY3FFI_TARGET_POINTER_WIDTH))
#  if PY3FFI_SIZEOF_VOID_P == 4
#    error "py3ffi: the configuration's pointer_width (PY3FFI_TARGET_POINTER_WIDTH) is 64 (not 32), but this compiler targets 32-bit pointers: the module would not fit that interpreter. Fix: compile with the target's compiler (a toolchain for its architecture), or configure for this compiler's platform (python -m py3ffi.config --python <an interpreter of this platform>)."
#  else
#    error "py3ffi: the configuration's pointer_width (PY3FFI_TARGET_POINTER_WIDTH) is 32 (not 64), but this compiler targets 64-bit pointers: the module would not fit that interpreter. Fix: compile with the target's compiler (e.g. i686-linux-gnu-g++ or -m32 for a 32-bit interpreter), or configure for this compiler's platform (python -m py3ffi.config --python <an interpreter of this platform>)."
#  endif
#endif
#if defined(PY3FFI_TARGET_BIG_ENDIAN) && (PY3FFI_TARGET_BIG_ENDIAN + 0) != PY3FFI_BIG_ENDIAN
#  if PY3FFI_BIG_ENDIAN
#    error "py3ffi: the configuration's byte_order (PY3FFI_TARGET_BIG_ENDIAN=0) is little, but this compiler targets a big-endian machine. Fix: compile with the target's compiler, or configure for this compiler's platform (python -m py3ffi.config --python <an interpreter of this platform>)."
#  else
#    error "py3ffi: the configuration's byte_order (PY3FFI_TARGET_BIG_ENDIAN=1) is big, but this compiler targets a little-endian machine. Fix: compile with the target's compiler (e.g. s390x-linux-gnu-g++), or configure for this compiler's platform (python -m py3ffi.config --python <an interpreter of this platform>)."
#  endif
#endif
#if defined(PY3FFI_TARGET_OS) && (PY3FFI_TARGET_OS + 0) != PY3FFI_COMPILER_OS
#  if PY3FFI_TARGET_OS == PY3FFI_OS_LINUX
#    pragma message("py3ffi: the configuration says os=linux (PY3FFI_TARGET_OS=PY3FFI_OS_LINUX)")
#  elif PY3FFI_TARGET_OS == PY3FFI_OS_WINDOWS
#    pragma message("py3ffi: the configuration says os=windows (PY3FFI_TARGET_OS=PY3FFI_OS_WINDOWS)")
#  elif PY3FFI_TARGET_OS == PY3FFI_OS_MACOS
#    pragma message("py3ffi: the configuration says os=macos (PY3FFI_TARGET_OS=PY3FFI_OS_MACOS)")
#  elif PY3FFI_TARGET_OS == PY3FFI_OS_OTHER
#    pragma message("py3ffi: the configuration says os=other (PY3FFI_TARGET_OS=PY3FFI_OS_OTHER)")
#  else
#    pragma message("py3ffi: PY3FFI_TARGET_OS=" PY3FFI_STRINGIFY(PY3FFI_TARGET_OS) " is none of PY3FFI_OS_LINUX, _WINDOWS, _MACOS, _OTHER")
#  endif
#  if PY3FFI_COMPILER_OS == PY3FFI_OS_WINDOWS
#    error "py3ffi: the configuration's os (PY3FFI_TARGET_OS) is not windows, but this compiler targets Windows. Fix: compile with a compiler for the target's OS, or configure for Windows (python -m py3ffi.config --python <a Windows interpreter>, or os=windows in a config file)."
#  elif PY3FFI_COMPILER_OS == PY3FFI_OS_MACOS
#    error "py3ffi: the configuration's os (PY3FFI_TARGET_OS) is not macos, but this compiler targets macOS. Fix: compile with a compiler for the target's OS, or configure for macOS (os=macos in a config file)."
#  elif PY3FFI_COMPILER_OS == PY3FFI_OS_LINUX
#    error "py3ffi: the configuration's os (PY3FFI_TARGET_OS) is not linux, but this compiler targets Linux. Fix: compile with a compiler for the target's OS (e.g. x86_64-w64-mingw32-g++ for os=windows), or configure for Linux (os=linux in a config file)."
#  else
#    error "py3ffi: the configuration's os (PY3FFI_TARGET_OS) is linux, windows or macos, but this compiler targets another OS. Fix: compile with a compiler for the target's OS, or set os=other in the config file."
#  endif
#endif

// What the interpreter exports, declared as CPython's PyAPI_FUNC and PyAPI_DATA do: functions
// PY3FFI_API, data PY3FFI_DATA; on Windows imported from its DLL (python312.dll, python3.dll),
// so that a module's &PyObject_GenericGetAttr is the interpreter's function (which CPython
// compares type slots against), not a stub the linker makes in the module.
#define PY3FFI_API PY3FFI_DLLIMPORT
#define PY3FFI_DATA extern PY3FFI_DLLIMPORT
// Binds a declaration to another symbol of the interpreter (the PY_SSIZE_T_CLEAN functions
// before 3.13): an assembler label, with the platform's prefix for C symbols.
#if defined(_MSC_VER) && !defined(__clang__)
#  error "py3ffi: MSVC is not supported (py3ffi binds some declarations to other symbols with assembler labels, which MSVC lacks). Fix: build with clang-cl, GCC or Clang."
#endif
#define PY3FFI_SYMBOL(name) __asm__(PY3FFI_STRINGIFY(__USER_LABEL_PREFIX__) #name)
// PyPy's name of a declaration (generated from PyPy's own headers), and the symbol of one that
// CPython binds elsewhere too (PyArg_ParseTuple: _PyArg_ParseTuple_SizeT, _PyPyArg_ParseTuple_SizeT).
#if PY3FFI_IS_PYPY
#  define PY3FFI_PYPY_NAME(pypy) PY3FFI_SYMBOL(pypy)
#  define PY3FFI_SYMBOLS(cpython, pypy) PY3FFI_SYMBOL(pypy)
#else
#  define PY3FFI_PYPY_NAME(pypy)
#  define PY3FFI_SYMBOLS(cpython, pypy) PY3FFI_SYMBOL(cpython)
#endif

// The module init function: `PY3FFI_MODINIT(string_sum) { ... }` defines PyInit_string_sum with
// C linkage and default visibility, returning PyObject*.
#define PY3FFI_MODINIT(name) extern "C" PY3FFI_MODINIT_EXPORT ::py3ffi::PyObject *PyInit_##name(void)
// 3.15+ (PEP 793): `PY3FFI_MODEXPORT(string_sum) { ... }` defines PyModExport_string_sum, which
// returns the module's slots (PyMODEXPORT_FUNC); the only way to define an abi3t module.
#if PY3FFI_SINCE(3, 15)  // (the stable ABI has it from 3.15, as PySlot)
#  define PY3FFI_MODEXPORT(name) extern "C" PY3FFI_MODINIT_EXPORT ::py3ffi::PySlot *PyModExport_##name(void)
#endif

// clang-format on
#endif  // PY3FFI_CONFIG_HPP
