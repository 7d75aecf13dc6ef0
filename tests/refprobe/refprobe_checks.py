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
                     "OPEN FINDING (issue 2 note): for abi3 (floor 3.10) builds on 3.14+, the "
                     "64-bit refcount word a 3.10-floor Py_REFCNT reads moves per incref/decref "
                     "pair; not yet explained, so not yet claimed")
    def test_immortal_objects_do_not_move(self):
        before = refprobe.refcnt(None)
        for _ in range(1000):
            refprobe.incref(None)
        for _ in range(1000):
            refprobe.decref(None)
        self.assertEqual(refprobe.refcnt(None), before)
        self.assertEqual(refprobe.refcnt(None), sys.getrefcount(None))

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
