"""The generator's rules that are facts about the API rather than about the scans: what is
written by hand, which layouts py3ffi defines, and how a few names are spelled."""

# Written by hand (layouts that depend on more than the version, macros turned into inline
# functions, configuration). The generator skips these names; the conformance check still
# compares them with the real headers.
HANDWRITTEN = {
    # pyport.hpp
    "Py_ssize_t": "pyport", "Py_hash_t": "pyport", "Py_uhash_t": "pyport",
    # object.hpp / cpython/object.hpp: layouts per version and build flavour
    "PyObject": "object", "PyVarObject": "object", "PyTypeObject": "cpython/object",
    # inline forms of macros and static inline functions (the exported function of the same
    # name, where there is one, has the same signature: checked by conformance)
    "Py_TYPE": "object", "Py_SIZE": "object", "Py_IS_TYPE": "object", "Py_SET_SIZE": "object",
    "Py_SET_TYPE": "object", "Py_Is": "object", "Py_IsNone": "object", "Py_IsTrue": "boolobject",
    "Py_IsFalse": "boolobject", "Py_REFCNT": "refcount", "Py_SET_REFCNT": "refcount",
    "Py_NewRef": "refcount", "Py_XNewRef": "refcount", "PyType_HasFeature": "object",
    "PyUnicode_DATA": "cpython/unicodeobject", "PyUnicode_KIND": "cpython/unicodeobject",
    # its value is the build's own ABI version (Py_LIMITED_API or the target)
    "PyABIInfo_DEFAULT_ABI_VERSION": "modsupport", "PyABIInfo_DEFAULT_FLAGS": "modsupport",
    # inline fast paths (one compare-exchange) in front of the exported functions
    "PyMutex_Lock": "cpython/pylock", "PyMutex_Unlock": "cpython/pylock",
    "PyMutex_IsLocked": "cpython/pylock",
    # a long's digit is 15 bits on 32-bit platforms before 3.11 (pyport.h); the scans are of
    # 64-bit headers
    "digit": "cpython/longintrepr", "sdigit": "cpython/longintrepr",
    "twodigits": "cpython/longintrepr", "stwodigits": "cpython/longintrepr",
    "PyLong_SHIFT": "cpython/longintrepr", "PyLong_BASE": "cpython/longintrepr",
    "PyLong_MASK": "cpython/longintrepr",
    # declared outside intrcheck.h's HAVE_FORK block: on Windows too, in the full API
    "PyOS_AfterFork": "intrcheck",
}

# What the headers declare but Windows' DLLs do not export (PC/ builds no frozenmain.c, and
# exports no built-in module's init function): gated out there.
NOT_ON_WINDOWS = {"Py_FrozenMain", "PyInit__imp"}


# The CPython-only structs py3ffi defines, by header (the others of the full API are declared
# but opaque for now; issue 4 goes on with them): the object layouts and the embedding API.
FULL_LAYOUTS = {
    "cpython/initconfig", "cpython/unicodeobject", "unicodeobject", "cpython/longintrepr",
    "longintrepr", "cpython/bytesobject", "bytesobject", "cpython/bytearrayobject",
    "bytearrayobject", "cpython/floatobject", "floatobject", "cpython/complexobject",
    "complexobject", "cpython/listobject", "listobject", "cpython/tupleobject", "tupleobject",
    "cpython/dictobject", "dictobject", "cpython/setobject", "setobject", "cpython/methodobject",
    "methodobject", "cpython/funcobject", "funcobject", "cpython/classobject", "classobject",
    "cpython/cellobject", "cellobject", "cpython/memoryobject", "memoryobject",
    "cpython/weakrefobject", "weakrefobject", "cpython/descrobject", "descrobject",
    "cpython/pyerrors", "datetime",
    # PyMutex is embedded in objects (and in the free-threaded object header)
    "cpython/lock", "cpython/pylock", "cpython/critical_section", "critical_section",
    "cpython/monitoring",  # PyMonitoringState: its `active` flag is read inline
    "cpython/object", "object",  # the slot tables of PyTypeObject, PyHeapTypeObject
    "cpython/code", "code",  # PyCode_GetNumFree & co. read it
    "cpython/pythread", "pythread",  # Py_tss_t, allocated statically with Py_tss_NEEDS_INIT
    "cpython/pystate", "pystate",  # PyThreadState: the recursion and trashcan macros read it
}
# Layouts that changed within a minor version (the scans see one release per minor version):
# opaque until the patch release of the change is pinned down.
PATCH_DEPENDENT = {
    # excs_str appeared between 3.13.0 (88 bytes) and 3.13.18 (96 bytes)
    "PyBaseExceptionGroupObject",
    # 3.13.0 has original_opcode/line_delta, later 3.13 releases bytes_per_entry/data
    "_PyCoLineInstrumentationData",
}

# Before 3.13, '#' formats take Py_ssize_t lengths only with PY_SSIZE_T_CLEAN, which renames
# these functions; py3ffi always means the Py_ssize_t ones (as pyo3-ffi does): on those
# targets the declaration binds the name to the _SizeT symbol (PY3FFI_SYMBOL, config.hpp).
SIZE_T_SYMBOLS = {n: "_%s_SizeT" % n for n in (
    "PyArg_Parse", "PyArg_ParseTuple", "PyArg_ParseTupleAndKeywords", "PyArg_VaParse",
    "PyArg_VaParseTupleAndKeywords", "Py_BuildValue", "Py_VaBuildValue", "PyObject_CallFunction",
    "PyObject_CallMethod")}

# ... and the length type of '#' formats is Py_ssize_t too (int without PY_SSIZE_T_CLEAN).
CLEAN_TYPEDEFS = {"Py_ssize_clean_t": "using Py_ssize_clean_t = Py_ssize_t;"}

# A manifest ifdef becomes this config.hpp macro.
IFDEF = {"MS_WINDOWS": "PY3FFI_WINDOWS", "HAVE_FORK": "PY3FFI_HAVE_FORK",
         "USE_STACKCHECK": "PY3FFI_USE_STACKCHECK",
         "PY_HAVE_THREAD_NATIVE_ID": "PY3FFI_HAVE_THREAD_NATIVE_ID",
         "Py_REF_DEBUG": "PY3FFI_REF_DEBUG", "Py_TRACE_REFS": "PY3FFI_TRACE_REFS"}

# Identifiers a constant's C expression may use and still be copied as an expression.
EXPR_WORDS = {"sizeof", "unsigned", "signed", "int", "long", "char", "short", "size_t",
              "Py_ssize_t", "void"}
# Constants whose value the platform picks (the scans read x86-64 Linux's headers): their
# expression over config.hpp's platform macros.
BY_PLATFORM = {
    "PyHASH_BITS": "PY3FFI_SIZEOF_VOID_P >= 8 ? 61 : 31",  # (pyhash.h)
    "Py_C_RECURSION_LIMIT": "PY3FFI_C_RECURSION_LIMIT",  # (3.13's cpython/pystate.h)
    "Py_UNICODE_SIZE": "static_cast<int>(sizeof(wchar_t))",  # (SIZEOF_WCHAR_T: 2 on Windows)
    # (pythread.h up to 3.12: the NT API's DWORD milliseconds on Windows, 0xFFFFFFFE from 3.12)
    "PY_TIMEOUT_MAX": "PY3FFI_WINDOWS ? (PY3FFI_BEFORE(3, 12) ? 0xFFFFFFFFLL : 0xFFFFFFFELL) "
                      "* 1000 : 9223372036854775807LL / 1000",
}

# <cstdint>'s limits, which keep their own type (PyTime_MIN is INT64_MIN: an int64_t, long long
# on Windows, not the long it is here)
STDINT_LIMITS = {"INT%d_%s" % (b, e) for b in (8, 16, 32, 64) for e in ("MIN", "MAX")} | \
    {"UINT%d_MAX" % b for b in (8, 16, 32, 64)} | {"SIZE_MAX"}
