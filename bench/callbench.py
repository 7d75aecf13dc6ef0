"""Runs inside the interpreter under test (standard library only, Python 3.7+), for bench/run.py.

    python callbench.py SPEC.json time REPEAT LOOPS                  -> JSON on stdout
    python callbench.py SPEC.json count N1 N2 VARIANT:FUNCTION ...   -> JSON on stdout (under callgrind)

SPEC.json maps each variant's key to the paths of its modules: {"string_sum": path, "calls": path}.
Two functions are measured: sum_as_string(5, 20) of string_sum (the seed example: the call and
the making of a str) and add_ints(5, 20) of calls (the call mechanism alone: two ints in, an int
out). Every module is loaded into this one process from its own file (a module is keyed by its
file, so the six string_sum modules do not clash), checked for the behaviour of the C reference,
then timed with timeit, the variants and functions taking turns in every round so that a slow
moment of the machine is shared by all of them.

count: for each VARIANT:FUNCTION in turn, a warm-up, then N1 calls and N2 calls, each of the
three followed by a call of os.getppid(), the marker: run under
`valgrind --tool=callgrind --dump-before=getppid`, every marker writes the instructions since the
previous one to a file of its own, so that (dump of N2 - dump of N1) / (N2 - N1) is the cost of
one call of that function, the loop included, every variant measured in one process. Prints the
pairs it ran, in order (a module that does not load is left out).
"""
import importlib.util
import itertools
import json
import os
import sys
import timeit

FUNCTIONS = {"sum_as_string": "string_sum", "add_ints": "calls"}  # function -> module
ARGS = (5, 20)


def load(path):
    name = os.path.basename(path).split(".")[0]  # string_sum or calls: the name PyInit_ carries
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def raises(f, args, exc_type):
    try:
        f(*args)
    except exc_type:
        return True
    except Exception:  # the wrong exception type
        return False
    return False


# What the C references (bench/string_sum_c, bench/calls_c) return, and what they raise.
RANGE_ERRORS = (((5.0, 1), TypeError), (("5", 1), TypeError), ((1, None), TypeError), ((1,), TypeError),
                ((2**31, 0), OverflowError), ((0, -2**31 - 1), OverflowError), ((2**70, 0), OverflowError))
EXPECTED = {
    "sum_as_string": ((((5, 20), "25"), ((-5, 3), "-2"), ((2**31 - 2, 1), "2147483647"), ((True, 2), "3")),
                      RANGE_ERRORS + (((2**31 - 1, 1), OverflowError),)),
    "add_ints": ((((5, 20), 25), ((-5, 3), -2), ((2**31 - 1, 2**31 - 1), 2**32 - 2), ((-2**31, -2**31), -2**32),
                  ((True, 2), 3)),
                 RANGE_ERRORS),
}


def semantics(function, f):
    """'ok', or what differs from the C reference's behaviour."""
    wrong = []
    results, errors = EXPECTED[function]
    for args, want in results:
        try:
            got = f(*args)
        except Exception as e:  # noqa: BLE001 - reported
            got = "%s: %s" % (type(e).__name__, e)
        if got != want or type(got) is not type(want):
            wrong.append("%r -> %r (want %r)" % (args, got, want))
    for args, exc in errors:
        if not raises(f, args, exc):
            wrong.append("%r does not raise %s" % (args, exc.__name__))
    return "ok" if not wrong else "; ".join(wrong)


def functions(spec):
    """(function name, variant key, callable or None, error) for everything in the spec."""
    out = []
    for function, module_name in FUNCTIONS.items():
        for key, paths in spec.items():
            if module_name not in paths:
                continue
            try:
                out.append((function, key, getattr(load(paths[module_name]), function), None))
            except Exception as e:  # noqa: BLE001 - reported, the others go on
                out.append((function, key, None, "%s: %s" % (type(e).__name__, e)))
    return out


# timeit's own loop (itertools.repeat: no int made per iteration), so that the count and the
# time measure the same thing
LOOP = "def loop(f, n, repeat=itertools.repeat):\n    for _ in repeat(None, n):\n        f(%d, %d)\n" % ARGS


def count(spec, n1, n2, pairs):
    """The marked loops callgrind measures; the pairs run, in order."""
    loaded = {(function, key): f for function, key, f, _ in functions(spec) if f is not None}
    done = []
    for pair in pairs:
        key, function = pair.split(":")
        f = loaded.get((function, key))
        if f is None:
            continue
        namespace = {"itertools": itertools}
        exec(LOOP, namespace)  # a loop of its own: its call site specialises for this f alone
        loop = namespace["loop"]
        # a warm-up (specialisation, first-call work) before the first marker, then N1 and N2
        for n in (n1, n1, n2):
            loop(f, n)
            os.getppid()
        done.append(pair)
    return done


def main():
    with open(sys.argv[1]) as fh:
        spec = json.load(fh)
    mode = sys.argv[2]
    if mode == "count":
        json.dump(count(spec, int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]), sys.stdout)
        return
    repeat, loops = int(sys.argv[3]), int(sys.argv[4])
    out = {"python": sys.version.split()[0], "gil": getattr(sys, "_is_gil_enabled", lambda: True)(),
           "variants": {}, "add_ints": {}}
    where = {"sum_as_string": out["variants"], "add_ints": out["add_ints"]}
    timers = {}
    for function, key, f, error in functions(spec):
        entry = where[function][key] = {}
        if f is None:
            entry["error"] = error
            continue
        try:
            entry["semantics"] = semantics(function, f)
            timer = timeit.Timer("f(%d, %d)" % ARGS, setup="f = _f", globals={"_f": f})
            timer.timeit(max(1, loops // 10))  # warm up
            timers[(function, key)] = timer
            entry["samples_ns"] = []
        except Exception as e:  # noqa: BLE001 - reported, the others go on
            entry["error"] = "%s: %s" % (type(e).__name__, e)
    turns = list(timers)
    for r in range(repeat):
        for function, key in turns[r % len(turns):] + turns[:r % len(turns)] if turns else []:
            seconds = timers[(function, key)].timeit(loops)
            where[function][key]["samples_ns"].append(seconds / loops * 1e9)
    # a free-threaded interpreter turns its GIL on when a module does not declare that it can
    # run without: report it, as it changes what was measured
    out["gil_after"] = getattr(sys, "_is_gil_enabled", lambda: True)()
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
