"""Run under each interpreter: py3ffi's inline refcounting and type checks do what CPython's
macros do, as sys.getrefcount and isinstance see it."""
import gc
import os
import sys
import unittest

import refprobe

print("refprobe loaded from", refprobe.__file__)
# the stable-ABI build (floor 3.10): refprobe.abi3.so, on Windows refprobe.pyd (no version tag)
STABLE_ABI = os.path.basename(refprobe.__file__) in ("refprobe.abi3.so", "refprobe.pyd")

# PyPy has no sys.getrefcount: there the count of an object's C counterpart, as Py_REFCNT reads
# it (PyPy adds a large constant for its own reference; the C code's references count as in
# CPython)
PYPY = sys.implementation.name == "pypy"
# GraalPy: an object gets a C counterpart when first passed to C, with a count of 10 for GraalPy's
# own reference; sys.getrefcount says -1 until then (and always for str and None, whose counts C
# reads as 10 and as immortal): there too the count is what Py_REFCNT reads (as with Python.h).
GRAALPY = sys.implementation.name == "graalpy"
getrefcount = refprobe.refcnt if PYPY or GRAALPY else sys.getrefcount


# GraalPy's str follows Java's Unicode data, newer than the tables its C API reads (a Python.h
# build reads what py3ffi's does), and splits lines at \x1c-\x1e no more: at these code points
# str is no reference for the Py_UNICODE_IS*/TO* macros there.
GRAALPY_STR_DIFFERS = ({0x1C, 0x1D, 0x1E, 0x897, 0xCF3, 0xECE, 0x10FC, 0x1B4E, 0x1B4F, 0x1B7F, 0x1C89, 0x1C8A,
                        0x19B, 0x264, 0x345} | set(range(0x2427, 0x242A)) | set(range(0x2FFC, 0x3000))
                       | set(range(0x2170, 0x2180)) | set(range(0x24D0, 0x24EA)))


class RefcountTest(unittest.TestCase):
    @unittest.skipUnless(hasattr(refprobe, "setref"), "Py_SETREF is not in the limited API")
    def test_setref_moves_references(self):
        a, b = object(), object()
        before = getrefcount(a), getrefcount(b)
        self.assertIs(refprobe.setref(a, b), True)  # (counts as seen from C, in the call)
        if not GRAALPY:  # (GraalPy keeps the argument tuple's references a while)
            self.assertEqual((getrefcount(a), getrefcount(b)), before)

    @unittest.skipUnless(hasattr(refprobe, "recursive_call"), "the recursion check is not in "
                         "the limited API before 3.9")
    def test_recursive_call_check_raises_past_the_limit(self):
        # (a million C calls deep: past the counted limits up to 3.13, and past the C stack
        # 3.14's check measures)
        refprobe.recursive_call(100)
        with self.assertRaises(RecursionError) as cm:
            refprobe.recursive_call(1000000)
        self.assertIn("in refprobe.recurse", str(cm.exception))
        refprobe.recursive_call(100)  # (the depth is back to where it was)

    @unittest.skipUnless(hasattr(refprobe, "allow_recursion"), "Py_ALLOW_RECURSION is 3.7-3.9")
    def test_allow_recursion_turns_the_check_off_in_its_block(self):
        limit = sys.getrecursionlimit()
        refprobe.allow_recursion(limit * 2)
        with self.assertRaises(RecursionError):
            refprobe.recursive_call(limit * 2)

    def test_refcnt_agrees_with_getrefcount(self):
        o = object()
        self.assertEqual(refprobe.refcnt(o), getrefcount(o))

    def test_incref_then_decref(self):
        o = object()
        before = getrefcount(o)
        refprobe.incref(o)
        self.assertEqual(getrefcount(o), before + 1)
        refprobe.decref(o)
        self.assertEqual(getrefcount(o), before)

    @unittest.skipIf(PYPY or GRAALPY, "PyPy and GraalPy take over the reference a C function returns: "
                     "its count is theirs")
    def test_newref_adds_one(self):
        o = object()
        before = getrefcount(o)
        keep = refprobe.newref(o)
        self.assertIs(keep, o)
        self.assertEqual(getrefcount(o), before + 1)
        del keep
        self.assertEqual(getrefcount(o), before)

    def test_decref_to_zero_deallocates(self):
        import weakref

        class C:
            pass
        c = C()
        refprobe.incref(c)  # one extra, dropped below by our Py_DECREF
        r = weakref.ref(c)
        del c
        self.assertIsNotNone(r())
        refprobe.decref(r())
        if PYPY or GRAALPY:  # (PyPy and GraalPy free it when their collector runs)
            for _ in range(3):
                gc.collect()
        self.assertIsNone(r())
        self.assertEqual(refprobe.clear_fresh(), 1)

    @unittest.skipIf(sys.version_info < (3, 12), "immortal objects are 3.12+")
    @unittest.skipIf(sys.version_info >= (3, 14) and STABLE_ABI,
                     "not applicable: a floor-3.10 build increfs immortal objects the 3.10 way "
                     "(PEP 683 allows it), and 3.14+ then skips the interpreter's own decref of "
                     "the returned None, so the count drifts exactly as with Python.h at that floor")
    def test_immortal_objects_do_not_move(self):
        before = refprobe.refcnt(None)
        for _ in range(1000):
            refprobe.incref(None)
        for _ in range(1000):
            refprobe.decref(None)
        self.assertEqual(refprobe.refcnt(None), before)
        self.assertEqual(refprobe.refcnt(None), getrefcount(None))

    @unittest.skipIf(sys.version_info < (3, 10), "Py_IsTrue/Py_IsFalse are 3.10+")
    @unittest.skipIf(PYPY, "PyPy's headers have no Py_IsTrue/Py_IsFalse (compat backports them)")
    def test_is_true_is_false(self):
        self.assertEqual(refprobe.bools(True), (1, 0))
        self.assertEqual(refprobe.bools(False), (0, 1))
        self.assertEqual(refprobe.bools(1), (0, 0))

    def test_allow_threads_block_round_trip(self):
        self.assertEqual(refprobe.allow_threads(), 5050)

    @unittest.skipUnless(hasattr(refprobe, "in_critical_section"),
                         "critical sections: 3.13+ full API, 3.15 stable ABI")
    def test_critical_section(self):
        self.assertEqual(refprobe.in_critical_section([1, 2, 3]), 3)

    @unittest.skipUnless(hasattr(refprobe, "abi_check"), "PyABIInfo is 3.15+")
    def test_abi_info_is_accepted(self):
        self.assertEqual(refprobe.abi_check(), 0)

    def test_type_checks(self):
        self.assertEqual(refprobe.checks(5), (1, 1, 0, 0, 0, 0))
        self.assertEqual(refprobe.checks(True), (1, 0, 0, 0, 1, 0))
        self.assertEqual(refprobe.checks(()), (0, 0, 1, 0, 0, 0))
        self.assertEqual(refprobe.checks("s"), (0, 0, 0, 1, 0, 0))
        self.assertEqual(refprobe.checks(None), (0, 0, 0, 0, 0, 1))
        class Sub(int):
            pass
        self.assertEqual(refprobe.checks(Sub(1)), (1, 0, 0, 0, 0, 0))
        self.assertEqual(refprobe.type_is(5, int), 1)
        self.assertEqual(refprobe.type_is(Sub(1), int), 0)

    def test_every_type_check_agrees_with_isinstance(self):
        import types
        import weakref

        class L(list):
            pass

        class E(Exception):
            pass

        class W:
            pass
        w = W()
        d = {1: 2}
        try:
            raise E()
        except E as exc:
            tb = exc.__traceback__
        class Seq:  # iter() of it is a PySeqIter
            def __getitem__(self, i):
                raise IndexError
        seqiter, calliter = iter(Seq()), iter(int, 0)
        samples = [[], L(), {}, b"", bytearray(), 1.5, 1j, set(), frozenset(), sys, slice(1),
                   range(3), memoryview(b""), len, E(), E, weakref.ref(w), weakref.proxy(w),
                   d.keys(), d.values(), d.items(), tb, seqiter, calliter, iter(L()), ..., 5,
                   "s", None, types.SimpleNamespace()]
        for o in samples:
            t = type(o)
            expected = {
                "PyList_Check": isinstance(o, list), "PyList_CheckExact": t is list,
                "PyDict_Check": isinstance(o, dict), "PyDict_CheckExact": t is dict,
                "PyBytes_Check": isinstance(o, bytes), "PyBytes_CheckExact": t is bytes,
                "PyByteArray_Check": isinstance(o, bytearray), "PyByteArray_CheckExact": t is bytearray,
                "PyFloat_Check": isinstance(o, float), "PyFloat_CheckExact": t is float,
                "PyComplex_Check": isinstance(o, complex), "PyComplex_CheckExact": t is complex,
                "PySet_Check": isinstance(o, set), "PyFrozenSet_Check": isinstance(o, frozenset),
                "PyFrozenSet_CheckExact": t is frozenset,
                "PyAnySet_Check": isinstance(o, (set, frozenset)),
                "PyAnySet_CheckExact": t in (set, frozenset),
                "PyModule_Check": isinstance(o, types.ModuleType),
                "PyModule_CheckExact": t is types.ModuleType,
                "PySlice_Check": t is slice, "PyRange_Check": t is range,
                "PyMemoryView_Check": t is memoryview,
                "PyCFunction_Check": isinstance(o, types.BuiltinFunctionType),
                "PyExceptionInstance_Check": isinstance(o, BaseException),
                "PyExceptionClass_Check": isinstance(o, type) and issubclass(o, BaseException),
                "PyWeakref_Check": isinstance(o, (weakref.ref, weakref.ProxyType, weakref.CallableProxyType)),
                "PyWeakref_CheckRef": isinstance(o, weakref.ref), "PyWeakref_CheckRefExact": t is weakref.ref,
                "PyWeakref_CheckProxy": t in (weakref.ProxyType, weakref.CallableProxyType),
                "PyDictKeys_Check": isinstance(o, type({}.keys())),
                "PyDictValues_Check": isinstance(o, type({}.values())),
                "PyDictItems_Check": isinstance(o, type({}.items())),
                "PyDictViewSet_Check": isinstance(o, (type({}.keys()), type({}.items()))),
                "PyTraceBack_Check": t is types.TracebackType,
                "PyCapsule_CheckExact": False,
                "PySeqIter_Check": t is type(seqiter),
                "PyCallIter_Check": t is type(calliter),
                "Py_Ellipsis": o is ...,
            }
            if GRAALPY:  # (GraalPy's dict views and callable iterators are not of the types its C
                # API checks for, also to a Python.h build)
                for k in ("PyDictKeys_Check", "PyDictValues_Check", "PyDictItems_Check", "PyDictViewSet_Check",
                          "PyCallIter_Check"):
                    expected[k] = False
            got = refprobe.all_checks(o)
            if PYPY:  # (PyPy's headers lack the dict view, range (7.3) and iterator checks)
                expected = {k: v for k, v in expected.items() if k in got}
            self.assertEqual(set(got), set(expected))
            for k in expected:
                self.assertEqual(bool(got[k]), expected[k], "%s(%r)" % (k, o))

    def test_return_macros_give_the_singletons_and_keep_counts(self):
        # A floor-3.10 build returns a new reference the 3.10 way; 3.14+ no longer decrefs an
        # immortal result, so each call leaves +1, exactly as Python.h at that floor would.
        drift = 1 if (STABLE_ABI and sys.version_info >= (3, 14)) else 0
        for f, v in ((refprobe.return_none, None), (refprobe.return_true, True),
                     (refprobe.return_false, False),
                     (refprobe.return_notimplemented, NotImplemented)):
            before = getrefcount(v)
            for _ in range(1000):
                self.assertIs(f(), v)
            self.assertEqual(getrefcount(v), before + 1000 * drift, f.__name__)

    @unittest.skipUnless(hasattr(refprobe, "richcompare"), "PyPy 7.3's headers lack Py_RETURN_RICHCOMPARE")
    def test_richcompare_macro(self):
        ops = [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
               lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b]  # Py_LT..Py_GE
        for a, b in ((1, 2), (2, 2), (3, 2)):
            for op, f in enumerate(ops):
                self.assertIs(refprobe.richcompare(a, b, op), f(a, b), (a, b, op))

    def test_pymem_new_and_resize(self):
        self.assertEqual(refprobe.mem_new_resize(), (28, 1))

    @unittest.skipUnless(hasattr(refprobe, "fast_sum"), "the fast accessors are full-API only")
    def test_fast_accessors(self):
        self.assertEqual(refprobe.fast_sum([1, 2, 3]), (6, 6))
        self.assertEqual(refprobe.fast_sum((4, 5)), (9, 9))
        self.assertEqual(refprobe.fill(), ((1, 2), [3, 4], 4, 6, None))

    @unittest.skipUnless(hasattr(refprobe, "portable_forms"), "full API only")
    def test_forms_pypy_spells_otherwise(self):
        """The inline forms with a branch of PyPy's own (a call there, or PyPy's macro), on every
        interpreter: what Python says of the same objects."""
        import os

        class C:
            def m(self):
                pass

        def f():
            pass
        obj = C()
        bound = obj.m
        view = memoryview(b"xyz")
        # (a function of a C module: PyPy's own builtins, len's, are no PyCFunctionObject, with its
        # macro too)
        got = refprobe.portable_forms(b"abcd", bytearray(b"xy"), {1: 2, 3: 4}, bound, f, ValueError("v"),
                                      refprobe.refcnt, view, None, [1, 2, 3], "6 * 7")
        self.assertEqual(got[:4], (4, b"xy", 2, 2))                  # bytes, bytearray, dict sizes
        self.assertEqual(got[4:7], (C.m, obj, None if GRAALPY else f.__code__))  # method's function, self; code
        # (GraalPy has no PyFunction_GET_CODE that works: refprobe.cpp says why)
        self.assertEqual(got[7:9], (1, 0))                            # an exception instance; not one
        self.assertEqual(got[9], 0x0008)                              # refcnt is METH_O
        # the memoryview's base (PyPy 7.3 gives the view itself, to a Python.h build too) and length
        self.assertEqual((got[10], got[11]), (view if PYPY and sys.version_info < (3, 11) else b"xyz", 3))
        self.assertEqual(got[12], 3)                                  # PyObject_Length
        self.assertEqual(eval(got[13]), 42)                           # Py_CompileString's code
        self.assertEqual(got[14](), "hello")                          # a function from PyCFunction_New
        self.assertEqual(got[15], "PATH" in os.environ and not sys.flags.ignore_environment)

    @unittest.skipUnless(hasattr(refprobe, "accessors"), "the layouts' accessors are full-API only")
    def test_layout_accessors(self):
        def f(a, b=7):
            return a + b
        x = 42
        cell = (lambda: x).__closure__[0]
        bound = self.test_layout_accessors
        raw = b"py3ffi"
        got = refprobe.accessors(raw, bytearray(b"abc"), 2.5, {1: 2, 3: 4}, {1, 2, 3}, cell, bound, len,
                                 memoryview(raw), f)
        self.assertEqual(got[:5], (raw, b"abc", 2.5, 2, 3))
        self.assertIs(got[5], None if GRAALPY else 42)  # (GraalPy: no PyCell_GET that works, refprobe.cpp)
        self.assertIs(got[6], bound.__func__)
        self.assertIs(got[7], self)
        self.assertEqual(got[8], 0x0008)  # len is METH_O
        self.assertIs(got[9], sys.modules["builtins"])
        self.assertIs(got[10], raw)
        if GRAALPY:  # (GraalPy has no PyFunction_GET_* that work: refprobe.cpp says why)
            self.assertEqual(got[11:14], (None, None, None))
        else:
            self.assertIs(got[11], f.__code__)
            self.assertEqual(got[12], (7,))
            self.assertIs(got[13], globals())
        self.assertEqual(refprobe.accessors(b"", bytearray(), 0.0, {}, set(), cell, bound, len,
                                            memoryview(b""), f)[:2], (b"", b""))

    @unittest.skipUnless(hasattr(refprobe, "long_digits"), "PyLongObject's layout is CPython's full API")
    def test_long_digits_are_the_platforms(self):
        """15-bit digits on 32-bit platforms before 3.11, 30-bit ones elsewhere: sys.int_info."""
        info = sys.int_info
        for x in (0, 1, -1, 2 ** 15 - 1, 2 ** 15, 2 ** 30, -(2 ** 64) - 12345, 7 ** 200):
            sign, digits, shift, size, base, mask = refprobe.long_digits(x)
            self.assertEqual((shift, size), (info.bits_per_digit, info.sizeof_digit))
            self.assertEqual((base, mask), (1 << shift, (1 << shift) - 1))
            self.assertTrue(all(0 <= d <= mask for d in digits), digits)
            self.assertEqual(sign * sum(d << (shift * i) for i, d in enumerate(digits)), x)
            self.assertEqual(len(digits), -(-abs(x).bit_length() // shift))

    @unittest.skipUnless(hasattr(refprobe, "unicode_info"), "the str accessors are full-API only")
    def test_str_accessors(self):
        for s in ["", "plain ascii", "latin-1 \xe9", "bmp \u20ac\u4e2d", "astral \U0001F600 x"]:
            top = max(map(ord, s), default=0)
            kind = 1 if top < 256 else 2 if top < 65536 else 4
            max_char = 0x7f if top < 128 else {1: 0xff, 2: 0xffff, 4: 0x10ffff}[kind]
            got = refprobe.unicode_info(s)
            # (PyPy keeps most strings' characters apart from the object: not compact, which
            # PyUnicode_DATA follows)
            compact = got[4] if PYPY or GRAALPY else 1
            self.assertEqual(got, (kind, len(s), max_char, int(top < 128), compact, int(top < 128) and compact,
                                   got[6], ord(s[0]) if s else 0, s[::-1]), s)
        # (PyPy does not mark interned strings there: a Python.h build reads 0 too)
        self.assertEqual(refprobe.unicode_info(sys.intern("an interned name"))[6], 0 if PYPY else 1)
        self.assertEqual(refprobe.unicode_info("".join(["not", " interned"]))[6], 0)

    def test_compat_functions(self):
        class Obj:
            def ping(self, *a):
                return ("pong",) + a
        o = Obj()
        self.assertEqual(refprobe.compat_calls(lambda *a: a, o, "ping", 5), ((), (5,), ("pong",), ("pong", 5)))

        class W:
            pass
        w = W()
        import weakref
        ref = weakref.ref(w)
        lst = [1, 2]
        got = refprobe.compat_misc({3: "three"}, 3, lst, o, ref, iter([4]))
        self.assertEqual(got[:6], (1, "three", 0, None, 1, 0))
        self.assertEqual(got[6:9], (4, 0, 3))       # doubled length, cleared, PyLong_AsInt(3)
        self.assertEqual(lst, [])
        self.assertEqual(got[9:12], (None, -1, 1))  # getattr(o, 3): TypeError, so -1; has __class__
        self.assertEqual(got[12:16], (1, 4, 1, w))  # next item 4; the weakref's target
        self.assertEqual(got[16], 10)               # equal to "café", not to "cafe"
        self.assertIs(got[17], sys)
        del w, got  # (got held the target too)
        if PYPY or GRAALPY:  # (PyPy and GraalPy free it when their collector runs)
            for _ in range(3):
                gc.collect()
        self.assertEqual(refprobe.compat_misc({}, 3, [0], o, ref, iter([]))[12:16], (0, None, 0, None))
        with self.assertRaises(OverflowError):
            refprobe.compat_int_overflow(2 ** 40)
        self.assertEqual(refprobe.compat_int_overflow(-5), -5)
        m = refprobe.compat_module_add()
        self.assertEqual((m.seven, m.none), (7, None))
        if hasattr(refprobe, "compat_thread_state"):  # (full API only: no ABI-safe backport)
            self.assertIs(refprobe.compat_thread_state(), True)

    @unittest.skipUnless(hasattr(refprobe, "datetime_probe"), "the datetime C API is full-API only")
    def test_datetime_capi(self):
        import datetime as dtm
        dt = dtm.datetime(2023, 11, 25, 13, 40, 26, 123456, fold=1)
        t = dtm.time(1, 2, 3, 4)
        delta = dtm.timedelta(days=3, seconds=7, microseconds=9)
        got = refprobe.datetime_probe(dt, t, delta, dtm.date(1999, 12, 31))
        self.assertEqual(got[0], 1111)
        self.assertEqual(got[1], (2023, 11, 25, 13, 40, 26, 123456, 1))
        self.assertEqual(got[2], (1, 2, 3, 4, 0))
        self.assertEqual(got[3], (3, 7, 9))
        self.assertEqual(got[4], (1999, 12, 31))
        self.assertEqual(got[5], dtm.date(2024, 2, 29))
        self.assertEqual((got[6], got[6].fold), (dtm.datetime(2001, 2, 3, 4, 5, 6, 7), 1))
        self.assertEqual(got[7], dtm.time(23, 59, 58, 999999))
        self.assertEqual(got[8], dtm.timedelta(-1, 5, 6))
        if GRAALPY:  # (its PyTimeZone_FromOffset fails, with Python.h too: refprobe.cpp)
            self.assertEqual(got[9], "name must be a string")
        else:
            self.assertEqual(got[9], dtm.timezone(dtm.timedelta(hours=1)))
        self.assertIs(got[10], dtm.timezone.utc)

    @unittest.skipUnless(hasattr(refprobe, "full_checks"), "CPython-only type checks: full API only")
    def test_cpython_only_type_checks(self):
        import collections
        import contextvars
        import types

        def gen():
            yield 1

        async def coro():
            pass

        async def agen():
            yield 1
        x = 1
        var = contextvars.ContextVar("v")
        c = coro()
        samples = {"cell": (lambda: x).__closure__[0], "code": gen.__code__, "function": gen,
                   "method": self.test_cpython_only_type_checks, "generator": gen(),
                   "coroutine": c, "async_generator": agen(), "frame": sys._getframe(),
                   "odict": collections.OrderedDict(), "context": contextvars.copy_context(),
                   "contextvar": var, "token": var.set(1), "plain": object()}
        for kind, o in samples.items():
            got = refprobe.full_checks(o)
            want = {k: False for k in got}
            # (GraalPy's contexts, context variables and tokens are not of the types its C API
            # checks for, also to a Python.h build)
            if kind in want and not (GRAALPY and kind in ("context", "contextvar", "token")):
                want[kind] = True
            if kind == "generator":
                want["generator_exact"] = True
            if kind == "odict" and "odict_exact" in want:  # (GraalPy's headers have no PyODict_*)
                want["odict_exact"] = True
            self.assertEqual(got, want, kind)
        c.close()
        self.assertTrue(refprobe.full_checks(types.SimpleNamespace) is not None)

    @unittest.skipUnless(hasattr(refprobe, "surrogates"), "full API only (and not in PyPy 7.3's headers)")
    def test_surrogate_helpers(self):
        ch = 0x1F600
        hi, lo = (0xD800 + ((ch - 0x10000) >> 10), 0xDC00 + (ch & 0x3FF))
        self.assertEqual(refprobe.surrogates(ch), (hi, lo, 1, 1, 0, ch))

    def test_pymath_constants_and_tests(self):
        import math
        import sysconfig
        # Py_NAN's sign: with 3.11+'s headers a positive quiet NaN; before, HUGE_VAL * 0. at run
        # time, x86's default NaN being negative (the stable-ABI build has 3.10's headers).
        # (The machine from sysconfig: platform.machine() asks WMI on Windows, which wine lacks.)
        *values, since_311 = refprobe.pymath()
        x86 = sysconfig.get_platform().split("-")[-1] in ("x86_64", "i686", "amd64", "win32")
        negative = not since_311 and x86
        self.assertEqual(tuple(values), (math.pi, math.e, math.tau, math.pi, math.inf, int(negative),
                                         1, 0, -1, 0, 1, 0, 0, math.inf))

    def test_pymacro_utilities(self):
        # (min, max, abs, arguments evaluated, charmask, array length, docstring, member size,
        # build-assert expression, stringified size and text)
        self.assertEqual(refprobe.pymacro(-300), (-300, 2, 300, 2, (-300) & 0xFF, 5, "utilities", 24, 0, 6, "hello"))
        self.assertEqual(refprobe.pymacro(7), (1, 7, 7, 2, 7, 5, "utilities", 24, 0, 6, "hello"))
        self.assertEqual(refprobe.pymacro.__doc__, "utilities")

    @unittest.skipUnless(hasattr(refprobe, "unicode_str"), "Py_UNICODE_strlen/strcmp: full API, 3.7-3.9")
    def test_py_unicode_strlen_and_strcmp(self):
        self.assertEqual(refprobe.unicode_str(), (3, 0, -1, 1, -1, 1))

    @unittest.skipUnless(hasattr(refprobe, "misc_full"), "full API only")
    def test_macro_forms_over_functions(self):
        import collections
        od = collections.OrderedDict(a="x", b="y")
        got = refprobe.misc_full(od, str.__dict__["upper"], sys.version_info)
        self.assertEqual(got, (2, "x", 0, "upper", str, sys.version_info[0], 2, 9))

    @unittest.skipUnless(hasattr(refprobe, "ctype_table"), "full API only")
    def test_ctype_macros_agree_with_bytes_methods(self):
        flags, lower, upper = refprobe.ctype_table()
        for c in range(256):
            b = bytes([c])
            want = (b.islower() | b.isupper() << 1 | b.isalpha() << 2 | b.isdigit() << 3 |
                    (b in b"0123456789abcdefABCDEF") << 4 | b.isalnum() << 5 | b.isspace() << 6)
            self.assertEqual(flags[c], want, c)
            self.assertEqual(lower[c:c + 1], b.lower(), c)
            self.assertEqual(upper[c:c + 1], b.upper(), c)

    def test_hash_formats_take_py_ssize_t(self):
        self.assertEqual(refprobe.ssize_clean("hello"), (5, b"hello"))

    @unittest.skipUnless(hasattr(refprobe, "uprops"), "full API only")
    def test_unicode_character_properties_agree_with_str(self):
        import unicodedata
        for cp in list(range(0, 0x3100)) + [0x10400, 0x1D7CE, 0x1F600, 0x20000]:
            if 0xD800 <= cp <= 0xDFFF or (GRAALPY and cp in GRAALPY_STR_DIFFERS):
                continue
            ch = chr(cp)
            got = refprobe.uprops(cp)
            # (str.istitle of one character is ISTITLE or ISUPPER: the flag itself is category Lt)
            want_flags = (ch.isspace(), ch.islower(), ch.isupper(), unicodedata.category(ch) == "Lt",
                          len(("a" + ch + "b").splitlines()) == 2, ch.isdecimal(), ch.isdigit(),
                          ch.isnumeric(), ch.isprintable(), ch.isalpha(), ch.isalnum())
            self.assertEqual(tuple(bool(x) for x in got[:11]), want_flags, hex(cp))
            for i, case in ((12, ch.lower()), (13, ch.upper()), (14, ch.title())):
                if len(case) == 1:  # (the special casings of str are longer than one character)
                    self.assertEqual(got[i], ord(case), (hex(cp), i))
            # (GraalPy's unicodedata has no decimal, digit or numeric: str's answers stand in)
            if hasattr(unicodedata, "decimal"):
                self.assertEqual(got[15], unicodedata.decimal(ch, -1), hex(cp))
                self.assertEqual(got[16], unicodedata.digit(ch, -1), hex(cp))
                self.assertEqual(got[17], unicodedata.numeric(ch, -1.0), hex(cp))
            else:
                self.assertEqual(got[15] != -1, ch.isdecimal(), hex(cp))
                self.assertEqual(got[16] != -1, ch.isdigit(), hex(cp))
                self.assertEqual(got[17] != -1.0, ch.isnumeric(), hex(cp))


if __name__ == "__main__":
    unittest.main(verbosity=2)
