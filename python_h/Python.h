// SPDX-License-Identifier: MIT
// py3ffi's drop-in Python.h: builds code written against CPython's <Python.h> with py3ffi, for
// the configured target, with no Python headers. Opt in by putting this folder on the include
// path (python -m py3ffi --python-h-dir, or the CMake target py3ffi::python_h); nothing else
// in py3ffi includes it.
//
// What it gives, beyond <py3ffi/py3ffi.hpp>:
// - the names of namespace py3ffi in the global namespace (a using-directive), so that C code's
//   PyObject, Py_INCREF, PyList_New and METH_VARARGS mean py3ffi's;
// - real C macros for what C code reads with #if or #ifdef (the versions, the implementation,
//   Py_PYTHON_H) and for CPython's statement, declaration and type-taking macros, as
//   CPython's headers shape them (PyObject_HEAD, Py_RETURN_NONE, PyObject_New(T, tp)...).
// - the constants the real headers define as macros (METH_FASTCALL, Py_TPFLAGS_*, Py_tp_*...),
//   for #ifdef: each expands to its own name, py3ffi's typed constant (`#if METH_FASTCALL`
//   reads 0, and -Wundef says so).
//
// The include guard is py3ffi's own, not Py_PYTHON_H: a real Python.h included first defines
// that one, and is refused (config.hpp), not skipped. One included after this one is skipped
// by its own guard, Py_PYTHON_H, so the translation unit still sees only py3ffi.
#ifndef PY3FFI_DROPIN_PYTHON_H
// config.hpp reads and checks the configuration; knowing that the drop-in includes it, its
// errors (a real Python.h already included, no target) say how to fix a drop-in build.
#define PY3FFI_DROPIN_PYTHON_H 1
#include <py3ffi/py3ffi.hpp>

// C's global names. (Linking with code that forward-declares `struct _object` is not solved
// yet: py3ffi's PyObject is py3ffi::PyObject, issue 15 item 5.)
using namespace py3ffi;

// The C headers that CPython's Python.h includes, whose names C extensions use unqualified.
#include <assert.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- versions and implementation ------------------------------------------------------------
// CPython's Python.h marks itself included; so does this one (Cython's code checks it).
#define Py_PYTHON_H
#define PY_RELEASE_LEVEL_ALPHA 0xA
#define PY_RELEASE_LEVEL_BETA 0xB
#define PY_RELEASE_LEVEL_GAMMA 0xC
#define PY_RELEASE_LEVEL_FINAL 0xF
// PY_VERSION_HEX is the configured target's version, PY3FFI_VERSION_HEX. The config tool
// writes the interpreter's whole version (0x030D03F0 for 3.13.3): then every macro below is
// the interpreter's. A target given by hand as 0x030D0000, or by Py_LIMITED_API alone (the
// floor), carries no micro version nor release: then PY_MICRO_VERSION, PY_RELEASE_LEVEL and
// PY_RELEASE_SERIAL are 0 (no real release has level 0, so a check for 3.13.0 final is
// false), PY_VERSION is "3.13", and checks of the minor version (>= 0x030D0000) are exact.
#define PY_VERSION_HEX PY3FFI_VERSION_HEX
#define PY_MAJOR_VERSION 3
// clang-format off: literals, so that Py_STRINGIFY(PY_MINOR_VERSION) is "13"
#if ((PY_VERSION_HEX >> 16) & 0xFF) == 7
#  define PY_MINOR_VERSION 7
#elif ((PY_VERSION_HEX >> 16) & 0xFF) == 8
#  define PY_MINOR_VERSION 8
#elif ((PY_VERSION_HEX >> 16) & 0xFF) == 9
#  define PY_MINOR_VERSION 9
#elif ((PY_VERSION_HEX >> 16) & 0xFF) == 10
#  define PY_MINOR_VERSION 10
#elif ((PY_VERSION_HEX >> 16) & 0xFF) == 11
#  define PY_MINOR_VERSION 11
#elif ((PY_VERSION_HEX >> 16) & 0xFF) == 12
#  define PY_MINOR_VERSION 12
#elif ((PY_VERSION_HEX >> 16) & 0xFF) == 13
#  define PY_MINOR_VERSION 13
#elif ((PY_VERSION_HEX >> 16) & 0xFF) == 14
#  define PY_MINOR_VERSION 14
#elif ((PY_VERSION_HEX >> 16) & 0xFF) == 15
#  define PY_MINOR_VERSION 15
#else
#  error "py3ffi: the drop-in Python.h does not know this minor version (config.hpp should have refused it)."
#endif
#include "py3ffi_dropin/micro_version.h"
#if (PY_VERSION_HEX & 0xF0) == 0xA0
#  define PY_RELEASE_LEVEL PY_RELEASE_LEVEL_ALPHA
#  define PY3FFI_DROPIN_LEVEL "a"
#elif (PY_VERSION_HEX & 0xF0) == 0xB0
#  define PY_RELEASE_LEVEL PY_RELEASE_LEVEL_BETA
#  define PY3FFI_DROPIN_LEVEL "b"
#elif (PY_VERSION_HEX & 0xF0) == 0xC0
#  define PY_RELEASE_LEVEL PY_RELEASE_LEVEL_GAMMA
#  define PY3FFI_DROPIN_LEVEL "rc"
#elif (PY_VERSION_HEX & 0xF0) == 0xF0
#  define PY_RELEASE_LEVEL PY_RELEASE_LEVEL_FINAL
#else
#  define PY_RELEASE_LEVEL 0
#endif
#include "py3ffi_dropin/release_serial.h"
// "3.13.3", "3.14.0rc2", "3.13" (no micro version known)
#define PY3FFI_DROPIN_MINOR "3." PY3FFI_STRINGIFY(PY_MINOR_VERSION)
#if (PY_VERSION_HEX & 0xFFFF) == 0
#  define PY_VERSION PY3FFI_DROPIN_MINOR
#elif PY_RELEASE_LEVEL == PY_RELEASE_LEVEL_FINAL || PY_RELEASE_LEVEL == 0
#  define PY_VERSION PY3FFI_DROPIN_MINOR "." PY3FFI_STRINGIFY(PY_MICRO_VERSION)
#else
#  define PY_VERSION \
     PY3FFI_DROPIN_MINOR "." PY3FFI_STRINGIFY(PY_MICRO_VERSION) PY3FFI_DROPIN_LEVEL PY3FFI_STRINGIFY(PY_RELEASE_SERIAL)
#endif
// PyPy's patchlevel.h says PYPY_VERSION ("7.3.11") and PYPY_VERSION_NUM (0x07030B00); py3ffi
// knows only the series of each Python version it checks, 7.3 for 3.9 and 8.0 for 3.11, and
// says those (PYPY_VERSION_NUM's micro version 0). GraalPy's pyconfig.h says GRAALVM_PYTHON.
#if PY3FFI_IS_PYPY && PY_MINOR_VERSION == 9
#  define PYPY_VERSION "7.3"
#  define PYPY_VERSION_NUM 0x07030000
#elif PY3FFI_IS_PYPY
#  define PYPY_VERSION "8.0"
#  define PYPY_VERSION_NUM 0x08000000
#endif
#if PY3FFI_IS_PYPY
#  define PYPY_CPYEXT_GC 1
#endif
#if PY3FFI_IS_GRAALPY
#  define GRAALVM_PYTHON 1
#endif
// clang-format on

// ---- declarations -----------------------------------------------------------------------------
// PyMODINIT_FUNC PyInit_name(void): C linkage, exported, as CPython's headers declare it for C++.
#if PY3FFI_TARGET_SINCE(3, 9)  // (exports.h, from 3.9)
#define Py_EXPORTED_SYMBOL PY3FFI_MODINIT_EXPORT
#endif
#define PyMODINIT_FUNC extern "C" PY3FFI_MODINIT_EXPORT ::py3ffi::PyObject *
#if defined(PY3FFI_MODEXPORT)
#define PyMODEXPORT_FUNC extern "C" PY3FFI_MODINIT_EXPORT ::py3ffi::PySlot *
#endif
#define Py_LOCAL(type) static type
#define Py_LOCAL_INLINE(type) static inline type
#if defined(PY3FFI_OBJECT_HEAD)
#define PyObject_HEAD PY3FFI_OBJECT_HEAD
#define PyObject_VAR_HEAD PY3FFI_OBJECT_VAR_HEAD
// C's forms end in a comma: `{PyObject_HEAD_INIT(NULL) 0, ...}`.
#define PyObject_HEAD_INIT(type) ::py3ffi::PyObject_HEAD_INIT(type),
#define PyVarObject_HEAD_INIT(type, size) ::py3ffi::PyVarObject_HEAD_INIT(type, size),
#endif
#if defined(PY3FFI_EXCEPTION_HEAD)
#define PyException_HEAD PY3FFI_EXCEPTION_HEAD
#endif
#if defined(PY3FFI_DESCR_COMMON)
#define PyDescr_COMMON PY3FFI_DESCR_COMMON
#endif
#if defined(PY3FFI_ABIINFO_VAR)
#define PyABIInfo_VAR(name) PY3FFI_ABIINFO_VAR(name)
#endif
#define PyDoc_VAR(name) PY3FFI_DOC_VAR(name)
#define PyDoc_STRVAR(name, str) PY3FFI_DOC_STRVAR(name, str)
#define PyDoc_STR(str) str
#define Py_UNUSED(name) _unused_##name [[maybe_unused]]  // (PY3FFI_UNUSED, name unexpanded)

// ---- statements -------------------------------------------------------------------------------
#define Py_RETURN_NONE PY3FFI_RETURN_NONE
#define Py_RETURN_TRUE PY3FFI_RETURN_TRUE
#define Py_RETURN_FALSE PY3FFI_RETURN_FALSE
#define Py_RETURN_NOTIMPLEMENTED PY3FFI_RETURN_NOTIMPLEMENTED
#if defined(PY3FFI_RETURN_RICHCOMPARE)
#define Py_RETURN_RICHCOMPARE(val1, val2, op) PY3FFI_RETURN_RICHCOMPARE(val1, val2, op)
#endif
#if defined(PY3FFI_RETURN_NAN)
#define Py_RETURN_NAN PY3FFI_RETURN_NAN
#define Py_RETURN_INF(sign) PY3FFI_RETURN_INF(sign)
#endif
#define Py_VISIT(op) PY3FFI_VISIT(op)
#define Py_BEGIN_ALLOW_THREADS PY3FFI_BEGIN_ALLOW_THREADS
#define Py_END_ALLOW_THREADS PY3FFI_END_ALLOW_THREADS
#define Py_BLOCK_THREADS PY3FFI_BLOCK_THREADS
#define Py_UNBLOCK_THREADS PY3FFI_UNBLOCK_THREADS
#if defined(PY3FFI_BEGIN_CRITICAL_SECTION)
#define Py_BEGIN_CRITICAL_SECTION(op) PY3FFI_BEGIN_CRITICAL_SECTION(op)
#define Py_END_CRITICAL_SECTION() PY3FFI_END_CRITICAL_SECTION()
#define Py_BEGIN_CRITICAL_SECTION2(a, b) PY3FFI_BEGIN_CRITICAL_SECTION2(a, b)
#define Py_END_CRITICAL_SECTION2() PY3FFI_END_CRITICAL_SECTION2()
#endif
#if defined(PY3FFI_BEGIN_CRITICAL_SECTION_MUTEX)
#define Py_BEGIN_CRITICAL_SECTION_MUTEX(mutex) PY3FFI_BEGIN_CRITICAL_SECTION_MUTEX(mutex)
#define Py_BEGIN_CRITICAL_SECTION2_MUTEX(m1, m2) PY3FFI_BEGIN_CRITICAL_SECTION2_MUTEX(m1, m2)
#endif
#if defined(PY3FFI_TRASHCAN_BEGIN)
#define Py_TRASHCAN_BEGIN(op, dealloc) PY3FFI_TRASHCAN_BEGIN(op, dealloc)
#define Py_TRASHCAN_END PY3FFI_TRASHCAN_END
#endif
#if defined(PY3FFI_TRASHCAN_BEGIN_CONDITION)
#define Py_TRASHCAN_BEGIN_CONDITION(op, cond) PY3FFI_TRASHCAN_BEGIN_CONDITION(op, cond)
#endif
#if defined(PY3FFI_TRASHCAN_SAFE_BEGIN)
#define Py_TRASHCAN_SAFE_BEGIN(op) PY3FFI_TRASHCAN_SAFE_BEGIN(op)
#define Py_TRASHCAN_SAFE_END(op) PY3FFI_TRASHCAN_SAFE_END(op)
#endif
#if defined(PY3FFI_ALLOW_RECURSION)
#define Py_ALLOW_RECURSION PY3FFI_ALLOW_RECURSION
#define Py_END_ALLOW_RECURSION PY3FFI_END_ALLOW_RECURSION
#endif
#if defined(PY3FFI_DATETIME_IMPORT)
#define PyDateTime_IMPORT PY3FFI_DATETIME_IMPORT
#endif
// (written out, not through PY3FFI_MODULE_ADD_INT_MACRO, which would get c expanded: the
// constant's name is #c)
#define PyModule_AddIntMacro(m, c) ::py3ffi::PyModule_AddIntConstant((m), #c, (c))
#define PyModule_AddStringMacro(m, c) ::py3ffi::PyModule_AddStringConstant((m), #c, (c))

// ---- the singletons: macros in every CPython, PyPy and GraalPy header -------------------------
#define Py_None Py_None
#define Py_True Py_True
#define Py_False Py_False
#define Py_NotImplemented Py_NotImplemented
#define Py_Ellipsis Py_Ellipsis

// ---- macros over py3ffi's functions, so that #ifdef sees them -----------------------------------
#define Py_CLEAR(op) ::py3ffi::Py_CLEAR(op)
#if !PY3FFI_LIMITED  // (as in CPython, not in the limited API)
#define Py_SETREF(dst, src) ::py3ffi::Py_SETREF(dst, src)
#define Py_XSETREF(dst, src) ::py3ffi::Py_XSETREF(dst, src)
#endif
#define Py_MIN(x, y) ::py3ffi::Py_MIN(x, y)
#define Py_MAX(x, y) ::py3ffi::Py_MAX(x, y)
#define Py_ABS(x) ::py3ffi::Py_ABS(x)
#define Py_ARRAY_LENGTH(array) ::py3ffi::Py_ARRAY_LENGTH(array)
#define Py_STRINGIFY(x) PY3FFI_STRINGIFY(x)

// ---- macros that take a type: C's argument shapes over py3ffi's templates ---------------------
#define PyObject_New(type, typeobj) ::py3ffi::PyObject_New<type>(typeobj)
#define PyObject_NEW(type, typeobj) ::py3ffi::PyObject_New<type>(typeobj)
#define PyObject_NewVar(type, typeobj, n) ::py3ffi::PyObject_NewVar<type>(typeobj, n)
#define PyObject_NEW_VAR(type, typeobj, n) ::py3ffi::PyObject_NewVar<type>(typeobj, n)
#define PyObject_GC_New(type, typeobj) ::py3ffi::PyObject_GC_New<type>(typeobj)
#define PyObject_GC_NewVar(type, typeobj, n) ::py3ffi::PyObject_GC_NewVar<type>(typeobj, n)
#if PY3FFI_NOT_PYPY  // (as py3ffi: PyPy's library lacks what the macro calls)
#define PyObject_GC_Resize(type, op, n) ::py3ffi::PyObject_GC_Resize<type>(op, n)
#endif
#define PyMem_New(type, n) ::py3ffi::PyMem_New<type>(n)
#define PyMem_NEW(type, n) ::py3ffi::PyMem_New<type>(n)
// C's PyMem_Resize(p, type, n) stores the result in p too; p must be a `type *`.
#define PyMem_Resize(p, type, n) ::py3ffi::PyMem_Resize<type>(p, n)
#define PyMem_RESIZE(p, type, n) ::py3ffi::PyMem_Resize<type>(p, n)

// ---- constants, for #ifdef ----------------------------------------------------------------------
// METH_FASTCALL, Py_TPFLAGS_*, Py_tp_*, PY_VECTORCALL_ARGUMENTS_OFFSET...: each expands to its
// own name (py3ffi's typed constant), defined where py3ffi declares it (generated).
#include "py3ffi_dropin/constants.h"

#endif  // PY3FFI_DROPIN_PYTHON_H
