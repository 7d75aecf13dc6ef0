"""py3ffi::compat: in every configuration each name is either py3ffi's own declaration (brought
in by a using-declaration) or an inline backport, never both, and always one of them (except the
two backports the limited API cannot express, named below). What they do is tested under every
interpreter by tests/refprobe (test_compat_functions), oldest to newest."""
import sys

import pytest
from matrix import TOP

sys.path.insert(0, str(TOP / "tools" / "lib"))
import cscan  # noqa: E402
from capi import VERSIONS  # noqa: E402

NAMES = ["Py_NewRef", "Py_XNewRef", "Py_Is", "Py_IsNone", "Py_IsTrue", "Py_IsFalse",
         "PyObject_CallNoArgs", "PyObject_CallOneArg", "PyObject_CallMethodNoArgs",
         "PyObject_CallMethodOneArg", "PyModule_AddObjectRef", "PyModule_Add", "PyDict_GetItemRef",
         "PyDict_GetItemStringRef", "PyDict_SetDefaultRef", "PyList_GetItemRef", "PyList_Extend",
         "PyList_Clear", "PyImport_AddModuleRef", "PyWeakref_GetRef", "PyObject_GetOptionalAttr",
         "PyObject_GetOptionalAttrString", "PyObject_HasAttrWithError", "PyLong_AsInt",
         "PyThreadState_GetUnchecked", "PyUnicode_EqualToUTF8", "PyUnicode_EqualToUTF8AndSize",
         "PyIter_NextItem"]
# No ABI-safe backport in the limited API: PyDict_SetDefault and _PyThreadState_UncheckedGet
# are not in the stable ABI.
FULL_API_ONLY = {"PyDict_SetDefaultRef", "PyThreadState_GetUnchecked"}

CONFIGS = [("full", t, None) for t in VERSIONS] + [
    ("limited", t, f) for t in ((3, 10), (3, 13), (3, 15)) for f in VERSIONS if f <= t and f in (
        (3, 7), (3, 9), (3, 10), (3, 12), (3, 13), (3, 15))]
# the other implementations (PyPy and GraalPy have some of the newer functions early: PyPy 7.3's
# Py_Is is PyPy's own, GraalPy 25's Py_REFCNT is 3.14's)
CONFIGS += [("pypy", (3, 9), None), ("pypy", (3, 11), None), ("graalpy", (3, 11), None),
            ("graalpy", (3, 12), None)]


@pytest.mark.quick
@pytest.mark.parametrize("mode,target,floor", CONFIGS,
                         ids=["%s-%d.%d%s" % (m, *t, "-floor%d.%d" % f if f else "") for m, t, f in CONFIGS])
def test_each_compat_name_is_the_real_one_or_a_backport_never_both(mode, target, floor):
    flags = ["-I", str(TOP / "include"), "-DPY3FFI_PYTHON_VERSION=0x%02X%02X0000" % target]
    if floor:
        flags.append("-DPy_LIMITED_API=0x%02X%02X0000" % floor)
    if mode in ("pypy", "graalpy"):
        flags.append("-DPY3FFI_%s" % mode.upper())
    tu = cscan.parse("#include <py3ffi/compat.hpp>\n", flags, cxx=True)
    real = set(cscan.declarations(tu, namespace="py3ffi::")["function"])
    backport = set(cscan.declarations(tu, namespace="py3ffi::compat::")["function"])
    both = sorted(n for n in NAMES if n in real and n in backport)
    neither = sorted(n for n in NAMES if n not in real and n not in backport
                     and not (mode == "limited" and n in FULL_API_ONLY))
    assert not both, "real and backport both exist: %s" % both
    assert not neither, "neither exists: %s" % neither
    assert set(backport) <= set(NAMES), sorted(set(backport) - set(NAMES))
