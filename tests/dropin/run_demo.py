# SPDX-License-Identifier: MIT
"""Exercises dropin_demo and prints what it did, one line a fact: tests/test_dropin.py runs it
for the build against the interpreter's own headers and for the drop-in's, and compares."""
import gc
import weakref

import dropin_demo

print("dropin_demo loaded from", dropin_demo.__file__)
v = dropin_demo.versions()
print("versions", sorted(v.items()))
print("answer", dropin_demo.DEMO_ANSWER, "doc", dropin_demo.doc, dropin_demo.__doc__)
print("checksum", dropin_demo.checksum(bytes(range(256)) * 3))
a, b = dropin_demo.Box(), dropin_demo.Box()
print("empty", a.empty(), a.get(), a.count)
a.put([1, 2]), a.put("x"), b.put(3)
print("put", a.empty(), a.get(), a.count, b.count)
print("compare", a == b, a != b, a < b, a > b, a <= b, a >= b, a == 1)
print("docs", dropin_demo.Box.put.__doc__, dropin_demo.Box.get.__doc__, dropin_demo.Box.count.__doc__)
try:
    a.count = 5
except AttributeError:
    print("count is read-only")
# a cycle through the box: collected only if tp_traverse visits the item
class Holder(list):
    pass


cycle = dropin_demo.Box()
holder = Holder([cycle])
cycle.put(holder)
alive = weakref.ref(holder)
del holder, cycle
for _ in range(3):
    gc.collect()
print("cycle collected", alive() is None)
# the type is visited from 3.9 on: gc.get_referents shows it
print("type visited", dropin_demo.Box in gc.get_referents(a))
