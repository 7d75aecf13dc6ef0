"""Run under each interpreter: py3ffi's inline refcounting and type checks do what CPython's
macros do, as sys.getrefcount and isinstance see it."""
import sys
import unittest

import refprobe

print("refprobe loaded from", refprobe.__file__)


class RefcountTest(unittest.TestCase):
    def test_refcnt_agrees_with_getrefcount(self):
        o = object()
        self.assertEqual(refprobe.refcnt(o), sys.getrefcount(o))

    def test_incref_then_decref(self):
        o = object()
        before = sys.getrefcount(o)
        refprobe.incref(o)
        self.assertEqual(sys.getrefcount(o), before + 1)
        refprobe.decref(o)
        self.assertEqual(sys.getrefcount(o), before)

    def test_newref_adds_one(self):
        o = object()
        before = sys.getrefcount(o)
        keep = refprobe.newref(o)
        self.assertIs(keep, o)
        self.assertEqual(sys.getrefcount(o), before + 1)
        del keep
        self.assertEqual(sys.getrefcount(o), before)

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
        self.assertIsNone(r())
        self.assertEqual(refprobe.clear_fresh(), 1)

    @unittest.skipIf(sys.version_info < (3, 12), "immortal objects are 3.12+")
    @unittest.skipIf(sys.version_info >= (3, 14) and refprobe.__file__.endswith(".abi3.so"),
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
        self.assertEqual(refprobe.refcnt(None), sys.getrefcount(None))

    @unittest.skipIf(sys.version_info < (3, 10), "Py_IsTrue/Py_IsFalse are 3.10+")
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


if __name__ == "__main__":
    unittest.main(verbosity=2)
