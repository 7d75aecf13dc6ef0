"""The benchmark suite (bench/run.py) is not part of the tests, but it must not rot: run it in its
smoke mode (one interpreter, a few rounds of everything, writing only under build/bench-smoke/)
and check that it prints every table, that py3ffi and the C reference were built, checked and
timed for both functions (sum_as_string and add_ints, the call mechanism alone), that add_ints was
counted by callgrind, and that it wrote its results, its README section and its plot."""
import json
import re
import shutil
import subprocess
import sys

from matrix import TOP

OUT = TOP / "build" / "bench-smoke"
TABLES = ["== Call overhead: ns per sum_as_string(5, 20)", "== Call overhead, add_ints: ns per add_ints(5, 20)",
          "== Build cost", "== Header cost", "== JSON: MB/s", "== Goals =="]
# the instruction counts, when the machine has valgrind
CALLGRIND = shutil.which("valgrind") is not None
CALLGRIND_TABLES = ["== Call overhead: instructions per sum_as_string(5, 20) (callgrind)",
                    "== Call overhead, add_ints: instructions per add_ints(5, 20) (callgrind)"]


def test_bench_smoke_mode_prints_its_tables_and_writes_its_results():
    for stale in ("results.json", "README-results.md", "results.png"):
        (OUT / stale).unlink(missing_ok=True)
    out = subprocess.run([sys.executable, str(TOP / "bench" / "run.py"), "--smoke"], capture_output=True,
                         text=True, timeout=1800, cwd=str(TOP))
    text = out.stdout + out.stderr
    assert out.returncode == 0, text[-4000:]
    for title in TABLES + (CALLGRIND_TABLES if CALLGRIND else []):
        assert title in out.stdout, "missing %r in:\n%s" % (title, text[-4000:])
    # the two rows every run must have, with numbers, in both timing tables (sum_as_string and
    # add_ints): py3ffi and the reference
    for label in ("py3ffi (C++)", "C + Python.h (reference)"):
        rows = [line for line in out.stdout.splitlines() if line.startswith("| " + label + " ")]
        timing = [row for row in rows if re.search(r"\d+\.\d ±", row)]
        assert len(timing) >= 2, "no timing rows for %s:\n%s" % (label, out.stdout)
    assert re.search(r"^\| py3ffi/py3ffi\.hpp \(C\+\+17\) +\| \d+", out.stdout, re.M), out.stdout
    assert "fastjson: " in out.stdout  # built, or "not built (reason)"

    res = json.loads((OUT / "results.json").read_text())
    assert res["mode"] == "smoke" and len(res["interpreters"]) == 1
    interp = res["interpreters"][0]
    for timed in (res["call"][interp]["variants"], res["call"][interp]["add_ints"]):
        for key in ("py3ffi", "c"):
            assert timed[key]["semantics"] == "ok", timed[key]
            assert timed[key]["median_ns"] > 0
    # the instruction counts of both functions (callgrind is part of the smoke run)
    for counted in (res["callgrind"][interp], res["callgrind_add_ints"][interp]) if CALLGRIND else ():
        assert isinstance(counted, dict), counted
        for key in ("py3ffi", "c"):
            assert counted[key]["instructions"] > 0, counted
    for key in ("py3ffi", "c"):
        assert res["build_cost"][key]["size"] > 0
    section = (OUT / "README-results.md").read_text()
    assert "### Call overhead" in section and "### Goals" in section
    # the plot needs the bench venv (matplotlib from PyPI); without it the run says why
    assert (OUT / "results.png").exists() or "plot: not written" in out.stdout, out.stdout[-2000:]
