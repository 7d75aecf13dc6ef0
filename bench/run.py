#!/usr/bin/env python3
"""py3ffi's benchmark suite, one command:

    bench/run.py            the full run: prints the tables, rewrites the results section of
                            bench/README.md, bench/results.json and the plot bench/results.png
    bench/run.py --smoke    a few seconds' worth of each measurement on one interpreter, written
                            to build/bench-smoke/ only (tests/test_bench_smoke.py runs it)

What it measures, every number in the same run:
  1. call overhead: ns per `sum_as_string(5, 20)` of the string_sum module built six ways (py3ffi,
     C with Python.h = the reference, pyo3-ffi, nanobind, pybind11, Cython), and per
     `add_ints(5, 20)` of the calls module (bench/calls_*: the call mechanism alone, two ints in
     and an int out) built the same six ways; medians of timeit rounds in which the variants and
     the functions take turns, under several interpreters; and the instructions per call counted
     by callgrind (no noise), every variant and function in one process;
  2. build cost: wall time and peak memory of a clean build of each variant, the size of each
     module (as built and stripped), and the cost of including each header alone
     (-fsyntax-only);
  3. fastjson (examples/fastjson, when it is there and builds) against json and orjson on
     documents generated here: dumps and loads in MB/s.

The driver itself needs only the standard library (any Python 3.8+); the bench venv
($PY3FFI_CACHE/bench-venv, made here from bench/requirements.txt when missing) brings the
binding libraries, orjson and matplotlib. Builds go to build/bench/ (build/bench-smoke/).
Anything that cannot be built or run is reported as "not built (reason)" and the rest goes on.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parents[1]
BENCH = TOP / "bench"
sys.path.insert(0, str(TOP / "tools" / "lib"))
import headers  # noqa: E402  (the reader of the interpreter table)

CACHE = Path(os.environ.get("PY3FFI_CACHE", "/var/cache/py3ffi"))
VENV = CACHE / "bench-venv"
FT_PYTHON = CACHE / "ft" / "python3.13t" / "bin" / "python3.13t"
TIME = "/usr/bin/time"

# The interpreters of a full run: Debian's 3.11 on the host, sid's 3.13 and 3.14 (the same
# distribution's builds, so 3.13 -> 3.14 compares like with like), and a free-threaded 3.13t
# when one has been built (tools/provision/freethreaded.sh).
DEFAULT_INTERPRETERS = ["host-python3.11", "sid-python3.13", "sid-python3.14", "python3.13t"]
SMOKE_INTERPRETERS = ["host-python3.11"]

VARIANTS = [  # key, label
    ("py3ffi", "py3ffi (C++)"),
    ("c", "C + Python.h (reference)"),
    ("pyo3ffi", "pyo3-ffi (Rust)"),
    ("nanobind", "nanobind"),
    ("pybind11", "pybind11"),
    ("cython", "Cython"),
]
LABEL = dict(VARIANTS)
REFERENCE = "c"
# The functions timed and counted: sum_as_string of the seed example (the call and the making of
# its str) and add_ints of bench/calls_<variant>/ (the call mechanism alone: two ints in, an int
# out); FUNCTION_KEY is where callbench.py and res["call"][interpreter] keep each.
FUNCTIONS = ["sum_as_string", "add_ints"]
FUNCTION_KEY = {"sum_as_string": "variants", "add_ints": "add_ints"}
CALLS = {"py3ffi": "bench/calls_py3ffi/calls.cpp", "c": "bench/calls_c/calls.c", "pyo3ffi": "bench/calls_pyo3ffi/",
         "nanobind": "bench/calls_nanobind/calls.cpp", "pybind11": "bench/calls_pybind11/calls.cpp",
         "cython": "bench/calls_cython/calls.pyx"}
BINDINGS = ["pyo3ffi", "nanobind", "pybind11", "cython"]

# The same optimisation for every C and C++ variant; Rust gets cargo's release profile.
CFLAGS = ["-O2", "-fPIC", "-fvisibility=hidden", "-DNDEBUG"]
CXXFLAGS = ["-std=c++17"] + CFLAGS

FULL = dict(call_repeat=21, call_loops=1_000_000, cg_calls=(2_000, 22_000), cg_variants=None, cg_format=True,
            build_repeat=3, header_repeat=5, json_scale=1.0, json_repeat=7, json_seconds=0.05)
SMOKE = dict(call_repeat=3, call_loops=20_000, cg_calls=(200, 1_200), cg_variants=None, cg_format=True,
             build_repeat=1, header_repeat=1, json_scale=0.02, json_repeat=2, json_seconds=0.005)

T0 = time.monotonic()


def log(msg):
    print("[bench %4.0fs] %s" % (time.monotonic() - T0, msg), file=sys.stderr, flush=True)


class NotBuilt(Exception):
    """A variant, interpreter or tool that cannot take part; the message is the reason."""


def first_error(text, limit=300):
    """The line of a tool's output that says what went wrong (the first 'error' line, else the
    last non-empty one), shortened."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    generic = re.compile(r"failed to run custom build command|could not compile|aborting due to")
    errors = [line for line in lines if re.search(r"\berror\b|Error:|#error", line)]
    specific = [line for line in errors if not generic.search(line)]
    if specific or errors:
        return (specific or errors)[0][:limit]
    return (lines[-1] if lines else "no output")[:limit]


def run(cmd, timeout=1800, **kw):
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, **kw)


# ---------------------------------------------------------------------------------------------
# the machine, the tools and the bench venv

def tool_version(cmd):
    try:
        out = run(cmd, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except Exception:  # noqa: BLE001 - a missing tool is just not listed
        return None


def machine():
    cpu = "unknown"
    try:
        info = {}
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if ":" in line:
                k, v = (x.strip() for x in line.split(":", 1))
                info.setdefault(k, v)
        cpu = "%s (family %s, model %s%s)" % (info.get("model name", "unknown"), info.get("cpu family", "?"),
                                              info.get("model", "?"),
                                              ", virtual machine" if "hypervisor" in info.get("flags", "") else "")
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = "%.0f GiB" % (kb / 2**20)
    except (OSError, AttributeError):
        pass
    commit = run(["git", "-C", TOP, "rev-parse", "--short", "HEAD"]).stdout.strip()
    dirty = run(["git", "-C", TOP, "status", "--porcelain", "--untracked-files=no"]).stdout.strip()
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu, "cores": os.cpu_count(), "memory": mem,
        "kernel": platform.system() + " " + platform.release(),
        "gcc": tool_version(["gcc", "--version"]), "g++": tool_version(["g++", "--version"]),
        "rustc": tool_version(["rustc", "--version"]), "cargo": tool_version(["cargo", "--version"]),
        "valgrind": tool_version(["valgrind", "--version"]),
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "loadavg_start": os.getloadavg(), "proc_loadavg_start": proc_loadavg(),
    }


def proc_loadavg():
    """/proc/loadavg as it reads: the 1, 5 and 15 minute load averages, running/all tasks."""
    try:
        return Path("/proc/loadavg").read_text().split()[:4]
    except OSError:
        return None


def ensure_time():
    """GNU time (for the peak memory of a build): Debian's `time` package, installed if missing."""
    if os.access(TIME, os.X_OK):
        return True
    log("GNU time missing: apt-get install time")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update", "-q"], env=env)
    run(["apt-get", "install", "-y", "-q", "time"], env=env)
    return os.access(TIME, os.X_OK)


def ensure_venv():
    """The bench venv with bench/requirements.txt: its python, or NotBuilt."""
    req = BENCH / "requirements.txt"
    stamp = VENV / ".requirements"
    py = VENV / "bin" / "python"
    if py.exists() and stamp.exists() and stamp.read_text() == req.read_text():
        return py
    bases = [Path("/usr/bin/python3.11"), Path.home() / ".pyenv/versions/3.11.7/bin/python3.11"]
    base = next((b for b in bases if b.exists()), None)
    if base is None:
        raise NotBuilt("no python3.11 to make the bench venv from")
    log("bench venv: creating %s from %s (pip install -r bench/requirements.txt)" % (VENV, base))
    if not py.exists():
        out = run([base, "-m", "venv", VENV])
        if out.returncode:
            raise NotBuilt("bench venv: " + first_error(out.stderr))
    out = run([py, "-m", "pip", "install", "-q", "-r", req])
    if out.returncode:
        raise NotBuilt("bench venv: pip install failed: " + first_error(out.stdout + out.stderr))
    stamp.write_text(req.read_text())
    return py


def venv_versions(py):
    code = ("import importlib.metadata as m, json\n"
            "v = {}\n"
            "for n in ('nanobind', 'pybind11', 'Cython', 'orjson', 'matplotlib'):\n"
            "    try: v[n] = m.version(n)\n"
            "    except Exception: pass\n"
            "print(json.dumps(v))")
    out = run([py, "-c", code])
    return json.loads(out.stdout) if out.returncode == 0 else {}


def pyo3_ffi_version():
    lock = BENCH / "string_sum_pyo3ffi" / "Cargo.lock"
    if lock.exists():
        m = re.search(r'name = "pyo3-ffi"\nversion = "([^"]+)"', lock.read_text())
        if m:
            return m.group(1)
    return None


# ---------------------------------------------------------------------------------------------
# interpreters

def free_threaded_interp(name):
    """python3.13t, from the interpreter table if it lists one, else from its build prefix."""
    for i in headers.interpreters():
        if i.gil_disabled and not i.debug and i.impl == "CPython":
            return i
    if not FT_PYTHON.exists():
        raise NotBuilt("no free-threaded interpreter (%s; tools/provision/freethreaded.sh builds it)" % FT_PYTHON)
    code = ("import sys, sysconfig, json; print(json.dumps([sys.version.split()[0], sys.hexversion, "
            "sysconfig.get_paths()['include'], sysconfig.get_config_var('EXT_SUFFIX'), "
            "sysconfig.get_config_var('Py_GIL_DISABLED')]))")
    out = run([FT_PYTHON, "-c", code], timeout=120)
    if out.returncode:
        raise NotBuilt("%s does not run: %s" % (FT_PYTHON, first_error(out.stderr)))
    version, hexversion, include, suffix, gil_disabled = json.loads(out.stdout)
    if not gil_disabled:
        raise NotBuilt("%s is not a free-threaded build" % FT_PYTHON)
    return headers.Interp(name, "-", "/", "CPython", version, hexversion, False, True, include, suffix, "",
                          str(FT_PYTHON), 64, {})


def find_interpreters(names):
    table = {i.name: i for i in headers.interpreters()}
    found, missing = [], {}
    for name in names:
        try:
            if name in table:
                found.append(table[name])
            elif name in ("python3.13t", "ft", "free-threaded"):
                found.append(free_threaded_interp(name))
            else:
                raise NotBuilt("not in %s" % headers.TABLE)
        except NotBuilt as e:
            missing[name] = str(e)
    return found, missing


def interp_label(i):
    where = {"host": "Debian", "sid": "sid", "pyenv": "pyenv", "built": "built here"}.get(i.name.split("-")[0], "")
    return "%s%s%s" % (i.version, "t" if i.gil_disabled else "", " (%s)" % where if where else "")


_mounted = set()


def in_interpreter(i):
    """The command prefix that runs interpreter i (in its chroot, with the tree mounted)."""
    if i.runner == "-":
        return [i.executable]
    if i.root not in _mounted:
        out = run(["bash", TOP / "tools/provision/chroot-mounts.sh", i.root, TOP])
        if out.returncode:
            raise NotBuilt("chroot mounts: " + first_error(out.stderr))
        _mounted.add(i.root)
    return i.runner.split() + [i.executable]


def under_valgrind(i):
    """The command prefix that runs interpreter i directly on the host, for valgrind: a chroot's
    interpreter through the chroot's own dynamic loader and libraries (valgrind cannot follow
    into a chroot), with PYTHONHOME pointing at its prefix."""
    if i.runner == "-":
        return [i.executable], {}
    root = i.root.rstrip("/")
    libs = "%s/lib/x86_64-linux-gnu:%s/usr/lib/x86_64-linux-gnu" % (root, root)
    loader = root + "/lib64/ld-linux-x86-64.so.2"
    return [loader, "--library-path", libs, root + i.executable], {"PYTHONHOME": root + "/usr"}


# ---------------------------------------------------------------------------------------------
# building the variants

def py3ffi_cflags(i, workdir):
    """py3ffi's definitions for interpreter i, from a config file written from the table (the
    tests' way: no interpreter runs, no Python header is read)."""
    cfg = workdir / "py3ffi.cfg"
    cfg.write_text("implementation=CPython\nversion=%d.%d\nversion_hex=0x%08X\ndebug=%s\ngil_disabled=%s\n"
                   "ext_suffix=%s\npointer_width=64\n" % (i.minor + (i.hexversion, "yes" if i.debug else "no",
                                                         "yes" if i.gil_disabled else "no", i.ext_suffix)))
    out = run([sys.executable, TOP / "python/py3ffi/config.py", "--config-file", cfg, "--cflags"])
    if out.returncode:
        raise NotBuilt("config tool: " + first_error(out.stderr))
    return out.stdout.split()


def pyo3_env(i, workdir):
    env = {"CARGO_TARGET_DIR": str(workdir / "target"), "PYO3_BUILD_EXTENSION_MODULE": "1",
           "CARGO_TERM_COLOR": "never"}
    if i.runner == "-":
        env["PYO3_PYTHON"] = i.executable
    else:  # pyo3-build-config cannot run a chroot's interpreter: tell it what it would have found
        cfg = workdir / "pyo3.cfg"
        cfg.write_text("implementation=CPython\nversion=%d.%d\nshared=true\nlib_name=python%d.%d%s\n"
                       "pointer_width=64\nbuild_flags=%s\nsuppress_build_script_link_lines=false\n"
                       % (i.minor + i.minor + ("t" if i.gil_disabled else "",
                                               "Py_GIL_DISABLED" if i.gil_disabled else "")))
        env["PYO3_CONFIG_FILE"] = str(cfg)
    return env


def venv_site(venv_py):
    if venv_py is None:
        raise NotBuilt("no bench venv")
    sites = list((VENV / "lib").glob("python3*/site-packages"))
    if not sites:
        raise NotBuilt("bench venv has no site-packages")
    return sites[0]


def recipe(key, i, workdir, venv_py):
    """How to build variant `key` for interpreter i in workdir: a dict with the environment, the
    steps of a clean build, the untimed preparation and the steps of rebuilding the module's own
    code only (without the library a binding library compiles once), and the module's path.
    Raises NotBuilt when a prerequisite is missing."""
    module = workdir / ("string_sum" + i.ext_suffix)
    pyflags = i.cflags()
    env = {}
    if key == "py3ffi":
        steps = [["g++", *CXXFLAGS, "-I", TOP / "include", *py3ffi_cflags(i, workdir),
                  TOP / "examples/string_sum/string_sum.cpp", "-shared", "-o", module]]
        return dict(env=env, clean=steps, prep=[], module_only=steps, module=module)
    if key == "c":
        steps = [["gcc", *CFLAGS, *pyflags, BENCH / "string_sum_c/string_sum.c", "-shared", "-o", module]]
        return dict(env=env, clean=steps, prep=[], module_only=steps, module=module)
    if key == "pyo3ffi":
        if shutil.which("cargo") is None:
            raise NotBuilt("cargo not found")
        manifest = BENCH / "string_sum_pyo3ffi/Cargo.toml"
        env = pyo3_env(i, workdir)
        build = ["cargo", "build", "--release", "--offline", "-j1", "--manifest-path", manifest]
        copy = ["cp", workdir / "target/release/libstring_sum.so", module]
        return dict(env=env, clean=[build, copy], module=module,
                    prep=[["cargo", "clean", "--release", "--offline", "-p", "string_sum_pyo3ffi",
                           "--manifest-path", manifest]],
                    module_only=[build, copy])
    site = venv_site(venv_py)
    if key == "nanobind":
        nb = site / "nanobind"
        ft = ["-DNB_FREE_THREADED"] if i.gil_disabled else []
        sections = ["-ffunction-sections", "-fdata-sections"]
        lib = [["g++", *CXXFLAGS, *sections, "-fno-strict-aliasing", "-DNB_COMPACT_ASSERTIONS", *ft,
                "-I", nb / "include", "-I", nb / "ext/robin_map/include", *pyflags,
                "-c", nb / "src/nb_combined.cpp", "-o", workdir / "nb_combined.o"]]
        own = [["g++", *CXXFLAGS, *sections, *ft, "-I", nb / "include", *pyflags,
                "-c", BENCH / "string_sum_nanobind/string_sum.cpp", "-o", workdir / "string_sum.o"],
               ["g++", "-shared", "-Wl,--gc-sections", workdir / "string_sum.o", workdir / "nb_combined.o",
                "-o", module]]
        return dict(env=env, clean=lib + own, prep=[], module_only=own, module=module)
    if key == "pybind11":
        steps = [["g++", *CXXFLAGS, "-I", site / "pybind11/include", *pyflags,
                  BENCH / "string_sum_pybind11/string_sum.cpp", "-shared", "-o", module]]
        return dict(env=env, clean=steps, prep=[], module_only=steps, module=module)
    if key == "cython":
        steps = [[VENV / "bin/cython", "-3", BENCH / "string_sum_cython/string_sum.pyx", "-o",
                  workdir / "string_sum.c"],
                 ["gcc", *CFLAGS, *pyflags, workdir / "string_sum.c", "-shared", "-o", module]]
        return dict(env=env, clean=steps, prep=[], module_only=steps, module=module)
    raise NotBuilt("unknown variant " + key)


def run_steps(steps, env, cwd):
    """Runs the steps one after the other: (wall seconds, peak RSS in KiB of the largest process,
    output); raises NotBuilt with the failing step's error."""
    wall, rss, output = 0.0, 0, ""
    full_env = dict(os.environ, **env)
    for step in steps:
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            cmd = [TIME, "-f", "%M", "-o", tf.name] + step if os.access(TIME, os.X_OK) else step
            t = time.perf_counter()
            out = run(cmd, env=full_env, cwd=str(cwd))
            wall += time.perf_counter() - t
            output += out.stdout + out.stderr
            if out.returncode:
                raise NotBuilt("%s: %s" % (Path(str(step[0])).name, first_error(out.stdout + out.stderr)))
            try:
                rss = max(rss, int(tf.read().split()[-1]))
            except (ValueError, IndexError):
                pass
    return wall, rss, output


def build_variant(key, i, root, venv_py, repeat=1, measure_module_only=False):
    """Builds variant `key` for interpreter i from clean, `repeat` times (each from an empty
    directory); returns a dict with the module and the timings."""
    workdir = root / i.name / key
    samples, rss = [], []
    r = None
    for _ in range(repeat):
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        r = recipe(key, i, workdir, venv_py)
        wall, peak, _ = run_steps(r["clean"], r["env"], workdir)
        samples.append(wall)
        rss.append(peak)
    result = {"module": str(r["module"]), "clean_s": samples, "clean_rss_kb": max(rss)}
    if measure_module_only:
        if r["module_only"] is r["clean"]:
            result["module_s"], result["module_rss_kb"] = samples, max(rss)
        else:
            msamples, mrss = [], []
            for _ in range(repeat):
                run_steps(r["prep"], r["env"], workdir)
                wall, peak, _ = run_steps(r["module_only"], r["env"], workdir)
                msamples.append(wall)
                mrss.append(peak)
            result["module_s"], result["module_rss_kb"] = msamples, max(mrss)
    return result


def calls_recipe(key, i, workdir, string_sum_dir, venv_py):
    """How to build variant `key`'s calls module (add_ints, bench/calls_<key>/) for interpreter i
    in workdir: (environment, steps, module path). The flags are those of its string_sum; what a
    binding library compiles once is taken from the string_sum build in string_sum_dir
    (libnanobind's object, pyo3-ffi's crates in the cargo target directory). Not timed."""
    module = workdir / ("calls" + i.ext_suffix)
    pyflags = i.cflags()
    if key == "py3ffi":
        return {}, [["g++", *CXXFLAGS, "-I", TOP / "include", *py3ffi_cflags(i, workdir),
                     BENCH / "calls_py3ffi/calls.cpp", "-shared", "-o", module]], module
    if key == "c":
        return {}, [["gcc", *CFLAGS, *pyflags, BENCH / "calls_c/calls.c", "-shared", "-o", module]], module
    if key == "pyo3ffi":
        if shutil.which("cargo") is None:
            raise NotBuilt("cargo not found")
        env = pyo3_env(i, workdir)
        env["CARGO_TARGET_DIR"] = str(string_sum_dir / "target")  # pyo3-ffi's crates built already
        build = ["cargo", "build", "--release", "--offline", "-j1", "--manifest-path",
                 BENCH / "calls_pyo3ffi/Cargo.toml"]
        return env, [build, ["cp", string_sum_dir / "target/release/libcalls.so", module]], module
    site = venv_site(venv_py)
    if key == "nanobind":
        nb = site / "nanobind"
        lib = string_sum_dir / "nb_combined.o"
        if not lib.exists():
            raise NotBuilt("no libnanobind object from the string_sum build")
        ft = ["-DNB_FREE_THREADED"] if i.gil_disabled else []
        return {}, [["g++", *CXXFLAGS, "-ffunction-sections", "-fdata-sections", *ft, "-I", nb / "include", *pyflags,
                     "-c", BENCH / "calls_nanobind/calls.cpp", "-o", workdir / "calls.o"],
                    ["g++", "-shared", "-Wl,--gc-sections", workdir / "calls.o", lib, "-o", module]], module
    if key == "pybind11":
        return {}, [["g++", *CXXFLAGS, "-I", site / "pybind11/include", *pyflags, BENCH / "calls_pybind11/calls.cpp",
                     "-shared", "-o", module]], module
    if key == "cython":
        return {}, [[VENV / "bin/cython", "-3", BENCH / "calls_cython/calls.pyx", "-o", workdir / "calls.c"],
                    ["gcc", *CFLAGS, *pyflags, workdir / "calls.c", "-shared", "-o", module]], module
    raise NotBuilt("unknown variant " + key)


def build_calls(key, i, root, venv_py):
    """Builds variant `key`'s calls module for interpreter i (after its string_sum); its path, or
    NotBuilt."""
    workdir = root / i.name / (key + "-calls")
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    env, steps, module = calls_recipe(key, i, workdir, root / i.name / key, venv_py)
    run_steps(steps, env, workdir)
    return str(module)


def _calls_or_error(key, i, root, venv_py):
    try:
        return build_calls(key, i, root, venv_py)
    except NotBuilt as e:
        return e


# the calls modules that need nothing from their string_sum build (the others reuse libnanobind's
# object and pyo3-ffi's compiled crates)
CALLS_ALONE = ("py3ffi", "c", "pybind11", "cython")


def start_calls(keys, i, root, venv_py):
    """Starts building the calls modules of `keys` that need nothing from their string_sum build,
    one at a time in a background thread, the slowest first: {key: future}. Only in smoke mode,
    where the build times are not the point (in a full run a build in the background would
    perturb the timed builds)."""
    from concurrent.futures import ThreadPoolExecutor
    pool = ThreadPoolExecutor(max_workers=1)
    order = sorted((k for k in keys if k in CALLS_ALONE), key=lambda k: k != "pybind11")
    futures = {k: pool.submit(_calls_or_error, k, i, root, venv_py) for k in order}
    pool.shutdown(wait=False)
    return futures


def build_all_calls(keys, i, root, venv_py, started=None):
    """The calls modules of `keys` for interpreter i, after its string_sum builds, two builds at
    a time (they are not timed): {key: path or NotBuilt}. `started`: those start_calls() began."""
    from concurrent.futures import ThreadPoolExecutor
    started = started or {}
    # the slowest first (pybind11 takes longest), so that the other worker does the rest meanwhile
    order = sorted((k for k in keys if k not in started), key=lambda k: k != "pybind11")
    with ThreadPoolExecutor(max_workers=2) as pool:
        built = dict(zip(order, pool.map(lambda k: _calls_or_error(k, i, root, venv_py), order)))
    built.update({k: f.result() for k, f in started.items()})
    return {k: built[k] for k in keys}


def sizes(path):
    with tempfile.TemporaryDirectory() as d:
        stripped = Path(d) / "stripped.so"
        out = run(["strip", "--strip-all", "-o", stripped, path])
        return os.path.getsize(path), (os.path.getsize(stripped) if out.returncode == 0 else None)


# ---------------------------------------------------------------------------------------------
# 1. call overhead

def call_overhead(i, builds, root, s):
    """Times both functions of every variant built for i in one process (bench/callbench.py):
    {"variants": sum_as_string per variant, "add_ints": add_ints per variant, ...}."""
    spec = {}
    for k, b in builds.items():
        paths = {"string_sum": b["module"]} if "module" in b else {}
        if "calls_module" in b:
            paths["calls"] = b["calls_module"]
        if paths:
            spec[k] = paths
    spec_file = root / i.name / "spec.json"
    spec_file.write_text(json.dumps(spec, indent=1))
    # as root, ahead of whatever else the machine runs (the same for every variant: they take
    # turns in one process)
    nice = ["nice", "-n", "-10"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    out = run(nice + in_interpreter(i) + [BENCH / "callbench.py", spec_file, "time", s["call_repeat"],
                                          s["call_loops"]], timeout=3600)
    if out.returncode:
        raise NotBuilt("callbench: " + first_error(out.stderr))
    data = json.loads(out.stdout)
    for function in FUNCTIONS:
        for v in data[FUNCTION_KEY[function]].values():
            if v.get("samples_ns"):
                v["median_ns"] = statistics.median(v["samples_ns"])
                q = statistics.quantiles(v["samples_ns"], n=4) if len(v["samples_ns"]) >= 2 else [v["median_ns"]] * 3
                v["iqr_pct"] = 100.0 * (q[2] - q[0]) / v["median_ns"]
    return data


# The seed example formats its result with PyUnicode_FromFormat("%d"), the binding libraries
# with std::to_string/their own integer formatting: the instructions spent inside that one call
# are counted apart for the two variants that make it, to tell the cost of reaching the C API
# from the cost of the example's own choice of function.
FORMAT_FUNCTION = "PyUnicode_FromFormat"
FORMAT_VARIANTS = ("py3ffi", "c")
# callbench.py's marker between the measured loops: a libc function nothing else calls there
MARKER = "getppid"


def callgrind_dumps(prefix, env, spec_file, n1, n2, pairs, options=()):
    """One process under callgrind running the marked loops of `pairs` (VARIANT:FUNCTION):
    {pair: instructions per call} from (dump of N2 calls - dump of N1 calls) / (N2 - N1)."""
    with tempfile.TemporaryDirectory() as d:
        out_file = Path(d) / "cg.out"
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=%s" % out_file, "--dump-before=" + MARKER,
               *options] + prefix + [BENCH / "callbench.py", spec_file, "count", n1, n2, *pairs]
        out = run(cmd, env=env, timeout=3600)
        if out.returncode:
            raise NotBuilt(first_error(out.stderr))
        done = json.loads(out.stdout)
        totals = {}
        for f in Path(d).glob("cg.out.*"):
            m = re.search(r"^(?:summary|totals):\s*(\d+)", f.read_text(errors="replace"), re.M)
            totals[int(f.name.rsplit(".", 1)[1])] = int(m.group(1)) if m else 0
        # three markers per pair: after the warm-up, after N1 calls, after N2 calls
        if sorted(totals) != list(range(1, 3 * len(done) + 1)):
            raise NotBuilt("callgrind wrote %d dumps for %d loops (something else called %s?)"
                           % (len(totals), len(done), MARKER))
        return {pair: (totals[3 * k + 3] - totals[3 * k + 2]) / (n2 - n1) for k, pair in enumerate(done)}


def callgrind(i, builds, root, s):
    """Instructions per call of both functions of every variant (s["cg_variants"] narrows it),
    counted by callgrind in one process (see callbench.py): {function: {variant: {...}}}; for
    sum_as_string of FORMAT_VARIANTS also the instructions inside PyUnicode_FromFormat (a second
    process collecting only inside that function)."""
    if shutil.which("valgrind") is None:
        raise NotBuilt("valgrind not found")
    prefix, extra_env = under_valgrind(i)
    env = dict(os.environ, PYTHONHASHSEED="0", **extra_env)
    spec_file = root / i.name / "spec.json"
    n1, n2 = s["cg_calls"]
    result = {f: {} for f in FUNCTIONS}
    pairs = []
    for key, b in builds.items():
        if s["cg_variants"] and key not in s["cg_variants"]:
            continue
        for function, path_key in (("sum_as_string", "module"), ("add_ints", "calls_module")):
            if path_key in b:
                pairs.append("%s:%s" % (key, function))
    counts = callgrind_dumps(prefix, env, spec_file, n1, n2, pairs)
    for pair in pairs:
        key, function = pair.split(":")
        result[function][key] = {"instructions": counts[pair]} if pair in counts else {"error": "did not load"}
    fmt = [p for p in pairs if p.endswith(":sum_as_string") and p.split(":")[0] in FORMAT_VARIANTS]
    if fmt and s.get("cg_format", True):
        inside = callgrind_dumps(prefix, env, spec_file, n1, n2, fmt,
                                 ["--collect-atstart=no", "--toggle-collect=" + FORMAT_FUNCTION])
        for pair, n in inside.items():
            result["sum_as_string"][pair.split(":")[0]]["in_format"] = n
    return result


# ---------------------------------------------------------------------------------------------
# 2. header cost

def header_cost(i, root, venv_py, s):
    d = root / "headers"
    d.mkdir(parents=True, exist_ok=True)
    files = {"empty.cpp": "", "py3ffi.cpp": "#include <py3ffi/py3ffi.hpp>\n", "python.cpp": "#include <Python.h>\n",
             "python.c": "#include <Python.h>\n", "nanobind.cpp": "#include <nanobind/nanobind.h>\n",
             "pybind11.cpp": "#include <pybind11/pybind11.h>\n"}
    for name, text in files.items():
        (d / name).write_text(text)
    pyflags = i.cflags()
    cases = [("empty file (g++ -std=c++17, the floor)", ["g++", "-std=c++17"], d / "empty.cpp"),
             ("py3ffi/py3ffi.hpp (C++17)", ["g++", "-std=c++17", "-I", TOP / "include", *py3ffi_cflags(i, d)],
              d / "py3ffi.cpp"),
             ("Python.h compiled as C++17", ["g++", "-std=c++17", *pyflags], d / "python.cpp"),
             ("Python.h compiled as C", ["gcc", *pyflags], d / "python.c")]
    missing = {}
    try:
        site = venv_site(venv_py)
        cases += [("nanobind/nanobind.h (C++17)", ["g++", "-std=c++17", "-I", site / "nanobind/include", *pyflags],
                   d / "nanobind.cpp"),
                  ("pybind11/pybind11.h (C++17)", ["g++", "-std=c++17", "-I", site / "pybind11/include", *pyflags],
                   d / "pybind11.cpp")]
    except NotBuilt as e:
        missing["nanobind, pybind11"] = str(e)
    rows = []
    for label, cc, src in cases:
        walls, rss = [], []
        try:
            for _ in range(s["header_repeat"]):
                wall, peak, _ = run_steps([cc + ["-fsyntax-only", src]], {}, d)
                walls.append(wall)
                rss.append(peak)
            pp = run(cc + ["-E", src])
            lines = sum(1 for line in pp.stdout.splitlines() if line.strip() and not line.startswith("#"))
            rows.append({"label": label, "median_ms": 1000 * statistics.median(walls),
                         "samples_ms": [1000 * w for w in walls], "rss_kb": statistics.median(rss), "lines": lines})
        except NotBuilt as e:
            rows.append({"label": label, "error": str(e)})
    return {"interpreter": i.name, "rows": rows, "missing": missing}


# ---------------------------------------------------------------------------------------------
# 3. fastjson

def build_fastjson(root, venv_py):
    """Builds examples/fastjson for the bench venv's interpreter; the directory holding the
    module, or NotBuilt with the reason."""
    src = TOP / "examples" / "fastjson"
    if not src.is_dir():
        raise NotBuilt("examples/fastjson is not in the tree yet")
    if venv_py is None:
        raise NotBuilt("no bench venv to run it in")
    out_dir = root / "fastjson"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    env = dict(os.environ, PY3FFI_PYTHON=str(venv_py))
    if (src / "CMakeLists.txt").exists():
        # discovery finds the venv's python through $PY3FFI_PYTHON; FASTJSON_TARGET in case the
        # example takes its target the way string_sum does (STRING_SUM_TARGET)
        conf = run(["cmake", "-S", src, "-B", out_dir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                    "-DFASTJSON_TARGET=PYTHON;%s" % venv_py, "-DPython_EXECUTABLE=%s" % venv_py], env=env)
        if conf.returncode:
            raise NotBuilt("cmake configure failed: " + first_error(conf.stdout + conf.stderr))
        b = run(["cmake", "--build", out_dir, "-j", "1"], env=env)
        if b.returncode:
            raise NotBuilt("build failed: " + first_error(b.stdout + b.stderr))
    else:
        sources = sorted(src.glob("*.cpp"))
        if not sources:
            raise NotBuilt("examples/fastjson has neither CMakeLists.txt nor .cpp files")
        suffix = run([venv_py, "-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"]).stdout.strip()
        flags = run([sys.executable, TOP / "python/py3ffi/config.py", "--python", venv_py, "--cflags"]).stdout.split()
        b = run(["g++", *CXXFLAGS, "-I", TOP / "include", "-I", src, *flags, *sources, "-shared", "-o",
                 out_dir / ("fastjson" + suffix)])
        if b.returncode:
            raise NotBuilt("build failed: " + first_error(b.stdout + b.stderr))
    found = [p for p in out_dir.rglob("fastjson*.so")]
    if not found:
        raise NotBuilt("built, but no fastjson*.so in " + str(out_dir))
    return found[0].parent


def json_bench(root, venv_py, s):
    result = {}
    if venv_py is None:
        result["status"] = "not run (no bench venv)"
        return result
    try:
        module_dir = build_fastjson(root, venv_py)
        result["fastjson"] = "built"
    except NotBuilt as e:
        module_dir = None
        result["fastjson"] = "not built (%s)" % e
    log("json: fastjson %s" % result["fastjson"])
    cmd = [venv_py, BENCH / "jsonbench.py", "--scale", s["json_scale"], "--repeat", s["json_repeat"],
           "--seconds", s["json_seconds"]]
    if module_dir is not None:
        cmd += ["--module-dir", module_dir]
    out = run(cmd, timeout=3600)
    if out.returncode:
        result["status"] = "not run (jsonbench: %s)" % first_error(out.stderr)
        return result
    result.update(json.loads(out.stdout))
    result["status"] = "ok"
    return result


# ---------------------------------------------------------------------------------------------
# tables, goals, README, plot

def table(head, rows):
    """A Markdown table, also readable as printed."""
    cells = [head] + [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(head))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] +
                     [line(r) for r in cells[1:]])


def timed(res, n, function):
    """The timings of `function` on interpreter n: {variant: {...}}."""
    return res["call"].get(n, {}).get(FUNCTION_KEY[function], {}) or {}


def counted(res, n, function):
    """The instruction counts of `function` on interpreter n: {variant: {...}}, or None when
    callgrind did not run there."""
    store = res["callgrind"] if function == "sum_as_string" else res.get("callgrind_add_ints", {})
    v = store.get(n)
    return v if isinstance(v, dict) else None


def call_table(res, function="sum_as_string"):
    interps = [n for n in res["interpreters"] if n in res["call"]]
    head = ["variant"] + sum([["%s ns/call" % res["labels"][n], "× C"] for n in interps], [])
    rows = []
    for key in res["variants"]:
        row = [LABEL[key]]
        for n in interps:
            c = timed(res, n, function)
            v = c.get(key)
            ref = c.get(REFERENCE, {}).get("median_ns")
            if v and v.get("median_ns"):
                note = "" if v.get("semantics") == "ok" else " (!)"
                row += ["%.1f ±%.1f%%%s" % (v["median_ns"], v["iqr_pct"] / 2, note),
                        "%.3f" % (v["median_ns"] / ref) if ref else "-"]
            else:
                row += ["not built", "-"]
        rows.append(row)
    return table(head, rows)


def callgrind_table(res, function="sum_as_string"):
    interps = [n for n in res["interpreters"] if counted(res, n, function) is not None]
    head = ["variant"] + sum([["%s instr/call" % res["labels"][n], "× C"] for n in interps], [])
    rows = []
    for key in res["variants"]:
        row = [LABEL[key]]
        for n in interps:
            cg = counted(res, n, function)
            ref = cg.get(REFERENCE, {}).get("instructions")
            v = cg.get(key, {})
            if "instructions" in v:
                row += ["%.0f" % v["instructions"], "%.3f" % (v["instructions"] / ref) if ref else "-"]
            else:
                row += ["not run" if not v else "failed", "-"]
        rows.append(row)
    # sum_as_string without the instructions spent in PyUnicode_FromFormat
    for key in FORMAT_VARIANTS if function == "sum_as_string" else ():
        row = ["%s, less %s" % (LABEL[key], FORMAT_FUNCTION)]
        for n in interps:
            cg = counted(res, n, function)
            v, ref = cg.get(key, {}), cg.get(REFERENCE, {})
            if "in_format" in v and "in_format" in ref:
                own, ref_own = v["instructions"] - v["in_format"], ref["instructions"] - ref["in_format"]
                row += ["%.0f (%.0f in it)" % (own, v["in_format"]), "%.3f" % (own / ref_own)]
            else:
                row += ["-", "-"]
        if any(c != "-" for c in row[1:]):
            rows.append(row)
    return table(head, rows)


def build_table(res):
    head = ["variant", "clean build s", "peak RSS MiB", "module's own code s", "peak RSS MiB",
            "module KiB", "stripped KiB"]
    rows = []
    for key in res["variants"]:
        b = res["build_cost"].get(key)
        if not b or "clean_s" not in b:
            rows.append([LABEL[key], "not built", "", "", "", "", ""])
            continue
        rows.append([LABEL[key], "%.2f" % statistics.median(b["clean_s"]), "%.0f" % (b["clean_rss_kb"] / 1024),
                     "%.2f" % statistics.median(b["module_s"]), "%.0f" % (b["module_rss_kb"] / 1024),
                     "%.1f" % (b["size"] / 1024), "%.1f" % (b["stripped"] / 1024) if b.get("stripped") else "-"])
    return table(head, rows)


def header_table(res):
    rows_in = res["headers"]["rows"]
    floor = next((r["median_ms"] for r in rows_in if r["label"].startswith("empty") and "median_ms" in r), 0)
    ref = next((r for r in rows_in if r["label"].startswith("Python.h compiled as C++") and "median_ms" in r), None)
    head = ["header alone, -fsyntax-only", "ms (median)", "ms over the floor", "× Python.h as C++ (over floor)",
            "peak RSS MiB", "lines after preprocessing"]
    rows = []
    for r in rows_in:
        if "median_ms" not in r:
            rows.append([r["label"], "failed: " + r["error"], "", "", "", ""])
            continue
        over = r["median_ms"] - floor
        ratio = "%.2f" % (over / (ref["median_ms"] - floor)) if ref and ref["median_ms"] > floor and over >= 0 else "-"
        rows.append([r["label"], "%.0f" % r["median_ms"], "%.0f" % over, ratio, "%.0f" % (r["rss_kb"] / 1024),
                     "{:,}".format(r["lines"])])
    return table(head, rows)


def json_table(res):
    j = res["json"]
    if j.get("status") != "ok":
        return None
    libs = ["json", "orjson", "fastjson"]
    head = ["document", "op"] + ["%s MB/s" % lib for lib in libs] + ["fastjson / orjson"]
    rows = []
    for doc, info in j["docs"].items():
        for op in ("dumps", "loads"):
            row = ["%s (%.0f KB)" % (doc, info["bytes"] / 1000), op]
            speeds = {}
            for lib in libs:
                r = j["results"].get(doc, {}).get(op, {}).get(lib)
                if r is None:
                    row.append("-")
                elif "mb_s" in r:
                    speeds[lib] = r["mb_s"]
                    row.append("%.0f%s" % (r["mb_s"], "" if r.get("check") == "ok" else " (!)"))
                else:
                    row.append("failed")
            row.append("%.2f" % (speeds["fastjson"] / speeds["orjson"]) if "fastjson" in speeds and "orjson" in speeds
                       else "-")
            rows.append(row)
    return table(head, rows)


def _within(res, n, label):
    """The goal "py3ffi within 2% of Python.h" on interpreter n, from both functions: decided by
    the instruction counts when there are some (no noise), else by the time when its noise is below
    the margin."""
    parts, verdicts, times = [], [], []
    for function in ("add_ints", "sum_as_string"):
        c = timed(res, n, function)
        cg = counted(res, n, function) or {}
        p, ref = c.get("py3ffi", {}).get("median_ns"), c.get(REFERENCE, {}).get("median_ns")
        ip, iref = cg.get("py3ffi", {}).get("instructions"), cg.get(REFERENCE, {}).get("instructions")
        if ip and iref:
            parts.append("%s %.3f× (%.0f vs %.0f instructions per call)" % (function, ip / iref, ip, iref))
            verdicts.append(ip / iref <= 1.02)
        if p and ref:
            noise = max(c["py3ffi"]["iqr_pct"], c[REFERENCE]["iqr_pct"]) / 2
            times.append("%s %.3f× (noise ±%.1f%%)" % (function, p / ref, noise))
            if not (ip and iref):
                parts.append("%s time %.3f×" % (function, p / ref))
                verdicts.append((p / ref <= 1.02) if noise <= 2 else None)
    if not verdicts:
        return "call overhead on %s: py3ffi or the reference not measured (see below)" % label
    verdict = ("NOT MET" if False in verdicts else "INCONCLUSIVE (too noisy)" if None in verdicts else "MET")
    return "py3ffi within 2%% of Python.h on %s: %s: %s%s" % (
        label, ", ".join(parts), verdict, "; time " + ", ".join(times) if times else "")


def _ahead(res, n, label, function):
    """The goal "py3ffi at or ahead of every binding library" for `function` on interpreter n: by
    instructions where they were counted, else by time."""
    c = timed(res, n, function)
    cg = counted(res, n, function) or {}
    instr = {k: v["instructions"] for k, v in cg.items() if "instructions" in v}
    p = c.get("py3ffi", {}).get("median_ns")
    if "py3ffi" not in instr and not p:
        return None
    # each library: faster than py3ffi beyond the tolerance (the goal is missed), within 2% of
    # py3ffi either way, or slower
    behind, tie, ahead = [], [], []
    for k in BINDINGS:
        if k in instr and "py3ffi" in instr:
            r = instr[k] / instr["py3ffi"]
            text = "%s %.0f (%.3f× py3ffi's; %s)" % (LABEL[k], instr[k], r, "%.0f vs %.0f ns" % (c[k]["median_ns"], p)
                                                     if c.get(k, {}).get("median_ns") and p else "time not measured")
        elif c.get(k, {}).get("median_ns") and p:
            r = c[k]["median_ns"] / p
            text = "%s %.1f ns vs %.1f (%.3f×, time only)" % (LABEL[k], c[k]["median_ns"], p, r)
        else:
            continue
        (behind if r < 1 / 1.02 else tie if r <= 1.02 else ahead).append(text)
    if not ahead and not behind and not tie:
        return None
    what = ("add_ints, the call mechanism" if function == "add_ints"
            else "sum_as_string, the call and the making of the str")
    line = ("py3ffi at or ahead of every binding library on %s, %s (2%% tolerance; py3ffi %s instructions per call; "
            "%d measured): %s" % (label, what, "%.0f" % instr["py3ffi"] if "py3ffi" in instr else "-",
                                  len(ahead) + len(behind) + len(tie), "MET" if not behind else "NOT MET"))
    if behind:
        line += "; faster than py3ffi: " + ", ".join(behind)
    if tie:
        line += "; within 2% of py3ffi: " + ", ".join(tie)
    if ahead:
        line += "; slower than py3ffi: " + ", ".join(ahead)
    if behind and function == "sum_as_string" and "in_format" in cg.get("py3ffi", {}):
        line += (" (of py3ffi's %.0f instructions per call, %.0f are the seed example's PyUnicode_FromFormat(\"%%d\"), "
                 "the C reference's likewise; the libraries make the str with std::to_string or their own integer "
                 "formatting)" % (cg["py3ffi"]["instructions"], cg["py3ffi"]["in_format"]))
    return line


def goals(res):
    """The goals, each with the measured numbers and a verdict."""
    out = []
    for n in res["interpreters"]:
        label = res["labels"][n]
        if n not in res["call"] and counted(res, n, "add_ints") is None:
            continue
        out.append(_within(res, n, label))
        for function in ("add_ints", "sum_as_string"):
            line = _ahead(res, n, label, function)
            if line:
                out.append(line)
    rows = {r["label"]: r for r in res["headers"].get("rows", []) if "median_ms" in r}
    floor = next((r["median_ms"] for k, r in rows.items() if k.startswith("empty")), 0)
    p = next((r for k, r in rows.items() if k.startswith("py3ffi")), None)
    ref = next((r for k, r in rows.items() if k.startswith("Python.h compiled as C++")), None)
    if p and ref:
        frac = (p["median_ms"] - floor) / max(ref["median_ms"] - floor, 1e-9)
        out.append("header cost a fraction of Python.h's: py3ffi.hpp %.0f ms vs Python.h (as C++) %.0f ms, "
                   "%.2f× over the %.0f ms floor of an empty file; %s lines after preprocessing vs %s: %s"
                   % (p["median_ms"], ref["median_ms"], frac, floor, "{:,}".format(p["lines"]),
                      "{:,}".format(ref["lines"]), "MET" if frac < 1 else "NOT MET"))
    j = res.get("json", {})
    if j.get("status") == "ok" and j.get("fastjson") == "built":
        ratios, values = [], []
        for doc in j["docs"]:
            for op in ("dumps", "loads"):
                r = j["results"].get(doc, {}).get(op, {})
                if "mb_s" in r.get("fastjson", {}) and "mb_s" in r.get("orjson", {}):
                    values.append(r["fastjson"]["mb_s"] / r["orjson"]["mb_s"])
                    ratios.append("%s %s %.2f×" % (doc, op, values[-1]))
        summary = ""
        if values:
            faster = sum(v > 1 for v in values)
            summary = ": fastjson %.2f× to %.2f× orjson's throughput; faster than orjson in %d of %d" % (
                min(values), max(values), faster, len(values))
        out.append("fastjson vs orjson (throughput ratio, >1 = fastjson faster): " + ", ".join(ratios) + summary)
    else:
        out.append("fastjson vs orjson: fastjson %s" % j.get("fastjson", j.get("status", "not run")))
    return out


def report(res):
    """The results as Markdown: the same tables that were printed, the goals and what was
    left out."""
    m = res["machine"]
    loads = ""
    if m.get("proc_loadavg_start") and m.get("proc_loadavg_end"):
        loads = " (/proc/loadavg, 1/5/15 minutes: %s at the start, %s at the end)" % (
            " ".join(m["proc_loadavg_start"][:3]), " ".join(m["proc_loadavg_end"][:3]))
    busy = max(m["loadavg_start"][0], m["loadavg_end"][0]) > 0.5
    parts = ["Measured %s on %s (%s cores, %s), %s; %s; %s; %s. Tree at %s. Load average %.2f at the start, "
             "%.2f at the end%s%s. Mode: %s; the suite took %.0f s." % (
                 m["date"], m["cpu"], m["cores"], m["memory"], m["kernel"], m["g++"], m["rustc"], m["cargo"],
                 m["commit"], m["loadavg_start"][0], m["loadavg_end"][0], loads,
                 ": other work was running on the %s cores, so the times (ns, ms, MB/s) are noisy and small "
                 "differences in them mean nothing; the instruction counts (callgrind) are deterministic and "
                 "decide the call-overhead goals" % m["cores"] if busy else "", res["mode"], res["elapsed_s"]),
             "Versions: " + ", ".join("%s %s" % kv for kv in sorted(res["versions"].items())) + "."]
    parts += ["### Call overhead: ns per `sum_as_string(5, 20)`",
              "Median of %d timeit rounds of %s calls (± half the interquartile range); × C is the ratio to "
              "the C build with Python.h in the same process (lower is faster). (!) marks a variant whose "
              "results or errors differ from the C reference's.%s" % (
                  res["settings"]["call_repeat"], "{:,}".format(res["settings"]["call_loops"]),
                  " The machine was shared (load average above): the times are noisy, the instruction counts "
                  "below are not." if busy else ""),
              call_table(res, "sum_as_string"),
              "### Call overhead, add_ints: ns per `add_ints(5, 20)`",
              "The call mechanism alone (two ints in, an int out, the same checks); timed in the same rounds "
              "as sum_as_string, the same way.",
              call_table(res, "add_ints")]
    if any(counted(res, n, f) is not None for n in res["interpreters"] for f in FUNCTIONS):
        n1, n2 = res["settings"]["cg_calls"]
        parts += ["### Call overhead: instructions per `sum_as_string(5, 20)` (callgrind)",
                  "(instructions of %d calls − instructions of %d calls) / %d, interpreter loop included, every "
                  "variant in one process (callbench.py's markers); deterministic, so a ratio here is not noise."
                  % (n2, n1, n2 - n1), callgrind_table(res, "sum_as_string"),
                  "### Call overhead, add_ints: instructions per `add_ints(5, 20)` (callgrind)",
                  "The same count for the call mechanism alone.", callgrind_table(res, "add_ints")]
    parts += ["### Build cost",
              "Wall time and peak resident memory of the largest process, median of %d clean builds for %s "
              "(one job: `-j1`); the module's own code is the rebuild after the binding library is built "
              "(nanobind's libnanobind, pyo3-ffi's crates); sizes as built (no debug info) and stripped."
              % (res["settings"]["build_repeat"], res["labels"].get(res["build_interpreter"], "?")),
              build_table(res),
              "### Header cost",
              "The header alone in a file, `-fsyntax-only`, median of %d; for %s." % (
                  res["settings"]["header_repeat"], res["labels"].get(res["headers"].get("interpreter"), "?")),
              header_table(res)]
    jt = json_table(res)
    j = res["json"]
    parts += ["### fastjson vs json and orjson"]
    if jt:
        parts += ["fastjson: %s. Throughput in MB/s of the compact UTF-8 document (the bytes orjson.dumps "
                  "writes), median of %d; dumps of json is `json.dumps(obj, ensure_ascii=False, "
                  "separators=(',', ':')).encode()` so that all three write the same bytes; loads takes those "
                  "bytes. (!) marks output that did not round-trip." % (j["fastjson"], res["settings"]["json_repeat"]),
                  jt]
    else:
        parts += ["JSON benchmark " + j.get("status", "not run") + "; fastjson: " + j.get("fastjson", "-")]
    parts += ["### Goals", "\n".join("- " + g for g in res["goals"])]
    if res["not_built"]:
        parts += ["### Not built or not run", "\n".join("- %s: %s" % kv for kv in sorted(res["not_built"].items()))]
    return "\n\n".join(parts) + "\n"


BEGIN, END = "<!-- bench results: written by bench/run.py -->", "<!-- end of bench results -->"


def write_readme(path, text):
    old = path.read_text() if path.exists() else "# Benchmarks\n"
    block = BEGIN + "\n\n" + text + "\n" + END
    if BEGIN in old and END in old:
        new = old[:old.index(BEGIN)] + block + old[old.index(END) + len(END):]
    else:
        new = old.rstrip("\n") + "\n\n## Results\n\n" + block + "\n"
    path.write_text(new)


def plot(venv_py, results_file, png):
    if venv_py is None:
        raise NotBuilt("no bench venv (matplotlib)")
    out = run([venv_py, BENCH / "plot.py", results_file, png], timeout=600)
    if out.returncode:
        raise NotBuilt("plot.py: " + first_error(out.stderr))


# ---------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--smoke", action="store_true", help="tiny run on one interpreter, into build/bench-smoke/")
    ap.add_argument("--interpreters", help="comma-separated names from interpreters.tsv (or python3.13t); "
                                           "build and header costs are measured on the first one\nthat runs on the host (default: %s)" % ",".join(DEFAULT_INTERPRETERS))
    ap.add_argument("--variants", help="comma-separated subset of: " + ", ".join(k for k, _ in VARIANTS))
    ap.add_argument("--no-callgrind", action="store_true", help="skip the instruction counts")
    ap.add_argument("--out", help="build and results directory (default build/bench or build/bench-smoke)")
    ap.add_argument("--report-only", metavar="RESULTS_JSON",
                    help="measure nothing: print the tables and write the README section and the plot again "
                         "from the results.json of an earlier run")
    args = ap.parse_args()
    if args.report_only:
        return report_only(Path(args.report_only), args)

    s = dict(SMOKE if args.smoke else FULL)
    root = Path(args.out).resolve() if args.out else TOP / "build" / ("bench-smoke" if args.smoke else "bench")
    root.mkdir(parents=True, exist_ok=True)
    names = args.interpreters.split(",") if args.interpreters else (SMOKE_INTERPRETERS if args.smoke
                                                                    else DEFAULT_INTERPRETERS)
    variants = args.variants.split(",") if args.variants else [k for k, _ in VARIANTS]
    if REFERENCE not in variants:
        variants.insert(0, REFERENCE)
    not_built = {}

    res = {"mode": "smoke" if args.smoke else "full", "settings": s, "machine": machine(), "variants": variants}
    ensure_time()
    try:
        venv_py = ensure_venv()
    except NotBuilt as e:
        venv_py = None
        not_built["bench venv"] = str(e)
    res["versions"] = venv_versions(venv_py) if venv_py else {}
    if pyo3_ffi_version():
        res["versions"]["pyo3-ffi"] = pyo3_ffi_version()
    if "pyo3ffi" in variants and shutil.which("cargo"):
        for crate in ("string_sum_pyo3ffi", "calls_pyo3ffi"):
            out = run(["cargo", "fetch", "--manifest-path", BENCH / crate / "Cargo.toml"], timeout=900)
            if out.returncode:
                not_built["pyo3-ffi crates (%s)" % crate] = "cargo fetch: " + first_error(out.stderr)
        if pyo3_ffi_version():
            res["versions"]["pyo3-ffi"] = pyo3_ffi_version()

    interps, missing = find_interpreters(names)
    for n, why in missing.items():
        not_built["interpreter " + n] = why
        log("interpreter %s: not available (%s)" % (n, why))
    if not interps:
        sys.exit("bench: no interpreter to run on")
    res["interpreters"] = [i.name for i in interps]
    res["labels"] = {i.name: interp_label(i) for i in interps}
    ref_interp = next((i for i in interps if i.runner == "-"), interps[0])
    res["build_interpreter"] = ref_interp.name

    builds, res["call"], res["callgrind"], res["callgrind_add_ints"], res["build_cost"] = {}, {}, {}, {}, {}
    for i in interps:
        builds[i.name] = {}
        started = start_calls(variants, i, root, venv_py) if args.smoke else None
        for key in variants:
            measure = i is ref_interp
            log("build %s for %s%s" % (key, i.name, " (timed, %d×)" % s["build_repeat"] if measure else ""))
            try:
                b = build_variant(key, i, root, venv_py, repeat=s["build_repeat"] if measure else 1,
                                  measure_module_only=measure)
                builds[i.name][key] = b
                if measure:
                    b["size"], b["stripped"] = sizes(b["module"])
                    res["build_cost"][key] = b
            except NotBuilt as e:
                builds[i.name][key] = {"error": str(e)}
                not_built["%s for %s" % (LABEL[key], i.name)] = str(e)
                log("  not built: %s" % e)
        log("build the calls modules (add_ints) of %s for %s" % (", ".join(variants), i.name))
        for key, b in build_all_calls(variants, i, root, venv_py, started).items():
            if isinstance(b, NotBuilt):
                builds[i.name][key]["calls_error"] = str(b)
                not_built["%s add_ints for %s" % (LABEL[key], i.name)] = str(b)
                log("  %s calls not built: %s" % (key, b))
            else:
                builds[i.name][key]["calls_module"] = b
        log("call overhead on %s" % i.name)
        try:
            res["call"][i.name] = call_overhead(i, builds[i.name], root, s)
            for function in FUNCTIONS:
                for key, v in res["call"][i.name][FUNCTION_KEY[function]].items():
                    if v.get("error"):
                        not_built["%s %s on %s" % (LABEL[key], function, i.name)] = "import: " + v["error"]
                    elif v.get("semantics") != "ok":
                        not_built["%s %s on %s: semantics" % (LABEL[key], function, i.name)] = v["semantics"]
            if i.gil_disabled and res["call"][i.name].get("gil_after"):
                not_built["GIL on %s" % i.name] = "a module turned the GIL back on: the numbers are with the GIL"
        except (NotBuilt, subprocess.TimeoutExpired) as e:
            not_built["call overhead on " + i.name] = str(e)
        if not args.no_callgrind:
            log("callgrind on %s" % i.name)
            try:
                cg = callgrind(i, builds[i.name], root, s)
                res["callgrind"][i.name], res["callgrind_add_ints"][i.name] = cg["sum_as_string"], cg["add_ints"]
            except (NotBuilt, subprocess.TimeoutExpired) as e:
                res["callgrind"][i.name] = res["callgrind_add_ints"][i.name] = str(e)
                not_built["callgrind on " + i.name] = str(e)
    res["builds"] = builds

    log("header cost")
    res["headers"] = header_cost(ref_interp, root, venv_py, s)
    for k, v in res["headers"]["missing"].items():
        not_built["header cost of " + k] = v
    log("json")
    res["json"] = json_bench(root, venv_py, s)
    if res["json"].get("fastjson", "").startswith("not built"):
        not_built["fastjson"] = res["json"]["fastjson"][len("not built "):].strip("()")

    res["machine"]["loadavg_end"] = os.getloadavg()
    res["machine"]["proc_loadavg_end"] = proc_loadavg()
    res["elapsed_s"] = time.monotonic() - T0
    res["goals"] = goals(res)
    res["not_built"] = not_built

    results_file = root / "results.json"
    results_file.write_text(json.dumps(res, indent=1, default=str))
    publish(res, results_file, root, to_bench=not (args.smoke or args.out), venv_py=venv_py)
    print("bench: done in %.0f s (%s mode); results in %s" % (time.monotonic() - T0, res["mode"], results_file))


def print_tables(res):
    print("\n== Call overhead: ns per sum_as_string(5, 20), median (× the C/Python.h build) ==")
    print(call_table(res, "sum_as_string"))
    print("\n== Call overhead, add_ints: ns per add_ints(5, 20), median (× the C/Python.h build) ==")
    print(call_table(res, "add_ints"))
    if any(counted(res, n, f) is not None for n in res["interpreters"] for f in FUNCTIONS):
        print("\n== Call overhead: instructions per sum_as_string(5, 20) (callgrind) ==")
        print(callgrind_table(res, "sum_as_string"))
        print("\n== Call overhead, add_ints: instructions per add_ints(5, 20) (callgrind) ==")
        print(callgrind_table(res, "add_ints"))
    print("\n== Build cost (%s), binary size ==" % res["labels"][res["build_interpreter"]])
    print(build_table(res))
    print("\n== Header cost: the include alone, -fsyntax-only ==")
    print(header_table(res))
    print("\n== JSON: MB/s ==")
    print(json_table(res) or ("JSON benchmark " + res["json"].get("status", "not run")))
    print("fastjson: %s" % res["json"].get("fastjson", "not built (JSON benchmark not run)"))
    print("\n== Goals ==")
    print("\n".join("- " + g for g in res["goals"]))
    if res["not_built"]:
        print("\n== Not built or not run ==")
        print("\n".join("- %s: %s" % kv for kv in sorted(res["not_built"].items())))


def publish(res, results_file, root, to_bench, venv_py):
    """Prints the tables; writes the README section (bench/README.md, or README-results.md
    beside the results), bench/results.json and the plot."""
    print_tables(res)
    text = report(res)
    if to_bench:
        write_readme(BENCH / "README.md", text)
        if results_file != BENCH / "results.json":
            shutil.copy(results_file, BENCH / "results.json")
        png = BENCH / "results.png"
    else:
        (root / "README-results.md").write_text(text)
        png = root / "results.png"
    try:
        plot(venv_py, results_file, png)
        print("\nplot: %s" % png)
    except NotBuilt as e:
        print("\nplot: not written (%s)" % e)


def report_only(results_file, args):
    res = json.loads(results_file.read_text())
    res["goals"] = goals(res)
    results_file.write_text(json.dumps(res, indent=1, default=str))
    venv_py = VENV / "bin" / "python"
    publish(res, results_file, results_file.parent, to_bench=not args.out and res["mode"] == "full",
            venv_py=venv_py if venv_py.exists() else None)


if __name__ == "__main__":
    main()
