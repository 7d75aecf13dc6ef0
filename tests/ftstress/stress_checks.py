"""Run by a free-threaded interpreter (not collected by pytest): 8 threads at once call ftstress
on shared objects; every count must come out exact."""
import gc
import sys
import threading

import ftstress

print("ftstress loaded from", ftstress.__file__)
assert not sys._is_gil_enabled(), "importing ftstress turned the GIL back on"
THREADS = 8


def run(fn, *args):
    """fn(*args) in THREADS threads released together; re-raises the first error."""
    barrier = threading.Barrier(THREADS)
    errors = []

    def body():
        try:
            barrier.wait()
            fn(*args)
        except BaseException as e:  # noqa: B902 - reported below
            errors.append(e)

    threads = [threading.Thread(target=body) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def counts(o):
    return sys.getrefcount(o), ftstress.refcnt(o)


def check_shared_counts():
    obj = object()  # owned by this thread: the others count in the shared field
    before = counts(obj)
    run(ftstress.incref_decref, obj, 100_000)
    assert counts(obj) == before, (counts(obj), before)
    run(ftstress.share_through_lists, obj, 10_000)
    assert counts(obj) == before, (counts(obj), before)
    # and an object another thread owns, decremented here and there
    made = []
    run(lambda: made.append([object() for _ in range(1000)]))
    for batch in made:
        o = batch[0]
        b = counts(o)
        run(ftstress.incref_decref, o, 10_000)
        assert counts(o) == b
    made.clear()  # (dropped here, by a thread that does not own them)
    gc.collect()


def check_immortal():
    assert ftstress.is_immortal(None) and ftstress.is_immortal(True)
    assert not ftstress.is_immortal(object())
    assert ftstress.refcnt(None) == sys.getrefcount(None)
    before = ftstress.refcnt(None)
    run(ftstress.incref_decref, None, 100_000)
    assert ftstress.refcnt(None) == before


def check_mutex():
    start = ftstress.counter_value()
    run(ftstress.locked_increments, 200_000)
    assert ftstress.counter_value() - start == THREADS * 200_000, ftstress.counter_value() - start


def check_critical_section():
    box = []
    start = ftstress.section_value()
    run(ftstress.critical_increments, box, 200_000)
    assert ftstress.section_value() - start == THREADS * 200_000, ftstress.section_value() - start


def check_datetime_import():
    sums = []
    run(lambda: sums.append(ftstress.dates(2800)))  # every thread imports the capsule at once
    assert sums == [sum(1 + i % 28 for i in range(2800))] * THREADS, sums


check_shared_counts()
check_immortal()
check_mutex()
check_critical_section()
check_datetime_import()
if hasattr(sys, "gettotalrefcount"):
    # a debug build: a second round of everything leaves the total where the first did
    gc.collect()
    total = sys.gettotalrefcount()
    check_shared_counts()
    check_immortal()
    check_mutex()
    check_critical_section()
    gc.collect()
    grown = sys.gettotalrefcount() - total
    assert abs(grown) < 200, "total reference count moved by %d" % grown
    print("debug build: total refcount moved by", grown)
print("ftstress: all checks passed with", THREADS, "threads")
