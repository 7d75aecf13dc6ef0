"""macOS, arm64 and x86-64: compiled and linked only. There is no Mac here, so no module is
loaded or run (no dyld), and no macOS SDK, so nothing is compared with macOS's own headers or
pyconfig.h.

What stands in for the SDK (the same in the CMake toolchain files of tests/toolchains/): clang-19
with a Darwin --target; libc++, macOS's C++ library, which clang finds beside itself for a Darwin
target (Debian's libc++-19-dev); -isysroot tests/toolchains/macos-sdk for the C library: two
headers written for these tests (<stdio.h>: FILE, stderr, fprintf; <errno.h>: errno, ERANGE,
EDOM, as macOS declares them), so that no Linux header (glibc, libstdc++) is read; clang's own
<stddef.h>, <stdint.h>, <stdarg.h> and <limits.h>, whose types follow the target (int64_t is
long long, as in macOS's headers); ld64.lld-19 for Apple's ld64. What a module imports from the
interpreter is checked against the exports of a Linux CPython of the same version, macOS
prefixing every C name with '_' (no macOS libpython is here either)."""
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import pytest
import targets  # (tools/lib: conftest.py puts it on the path)
from matrix import BUILD, TOP, config_file, interpreters, version_tuple

CLANG = shutil.which("clang++-19")
LD64 = shutil.which("ld64.lld-19")
OBJDUMP = shutil.which("llvm-objdump-19")
NM = shutil.which("llvm-nm-19")
LIBCXX = CLANG and Path(os.path.realpath(CLANG)).parent.parent / "include" / "c++" / "v1"
SDK = TOP / "tests" / "toolchains" / "macos-sdk"
OUT = BUILD / "macos"
# arm64 from macOS 11 (its first release), x86-64 from 10.9 (python.org's installers of
# 3.8-3.12): the triple, and the cputype llvm-objdump names in the Mach-O header.
ARCHES = {"arm64": ("arm64-apple-macos11", "ARM64"), "x86_64": ("x86_64-apple-macos10.9", "X86_64")}
TOOLS = {"clang": (CLANG, "clang++-19 (clang-19)"),
         "libc++": (LIBCXX and LIBCXX.is_dir(), "libc++ headers beside clang (libc++-19-dev)"),
         "ld64": (LD64, "ld64.lld-19 (lld-19)"), "llvm": (OBJDUMP and NM, "llvm-objdump-19 and llvm-nm-19 (llvm-19)"),
         "cmake": (shutil.which("cmake") and shutil.which("ninja"), "cmake and ninja")}


def needs(*keys):
    missing = [TOOLS[k][1] for k in keys if not TOOLS[k][0]]
    return pytest.mark.skipif(bool(missing), reason="CANNOT RUN HERE: no " + ", ".join(missing))


def cxx(arch, *args):
    return [CLANG, "--target=" + ARCHES[arch][0], "-isysroot", str(SDK), "-std=c++17", "-Wall", "-Wextra",
            "-Wpedantic", "-Wundef", "-Werror", "-I", str(TOP / "include"), *args]


def run(cmd, **kw):
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)


# ---- (a) the headers ------------------------------------------------------------------------
VERSIONS = [targets.hex_of(v) for v in targets.VERSIONS]
FULL = ["-DPY3FFI_PYTHON_VERSION=" + v for v in VERSIONS]
FREE_THREADED = ["-DPY3FFI_PYTHON_VERSION=%s -DPy_GIL_DISABLED" % targets.hex_of(v)
                 for v in targets.FREE_THREADED]
HEADER_CONFIGS = (FULL + [d + " -DPy_DEBUG" for d in FULL] + FREE_THREADED + [d + " -DPy_DEBUG" for d in FREE_THREADED]
                  + ["-DPy_LIMITED_API=0x03070000", "-DPy_LIMITED_API=0x030A0000", "-DPy_TARGET_ABI3T=0x030F0000"]
                  + ["-DPY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x03090000", "-DPY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x030B0000",
                     "-DPY3FFI_GRAALPY -DPY3FFI_PYTHON_VERSION=0x030B0000",
                     "-DPY3FFI_GRAALPY -DPY3FFI_PYTHON_VERSION=0x030C0000"])
EVERYTHING = """#include <py3ffi/py3ffi.hpp>
#include <py3ffi/compat.hpp>
// What py3ffi's layouts rest on here, as macOS's headers have it: LP64, and pthread_key_t (the
// key in Py_tss_t) an unsigned long, where glibc's is an unsigned int.
static_assert(sizeof(long) == 8 && sizeof(py3ffi::Py_ssize_t) == 8, "LP64");
#if !PY3FFI_LIMITED && !PY3FFI_IS_PYPY && !PY3FFI_IS_GRAALPY
static_assert(sizeof(py3ffi::Py_tss_t) == 16, "Py_tss_t holds macOS's 8-byte pthread_key_t");
#endif
"""


@needs("clang", "libc++")
@pytest.mark.parametrize("define", HEADER_CONFIGS, ids=[d.replace(" -D", "+").lstrip("-D") for d in HEADER_CONFIGS])
@pytest.mark.parametrize("arch", ARCHES)
def test_macos_headers_compile_warning_free_for_every_target(arch, define):
    """py3ffi.hpp and compat.hpp, compiled (not run) for macOS arm64 and x86-64, C++17, with
    -Wundef too: every full-API version 3.7-3.15, their debug builds, free-threaded 3.13-3.15
    (release and debug), the stable ABI at floors 3.7 and 3.10, abi3t, both PyPys and GraalPys."""
    r = run(cxx(arch, "-fsyntax-only", *define.split(), "-x", "c++", "-"), input=EVERYTHING)
    assert r.returncode == 0, r.stderr


@needs("clang", "libc++")
@pytest.mark.parametrize("arch", ARCHES)
def test_macos_builds_read_no_linux_header(arch):
    """What a macOS compile here reads: py3ffi's headers, libc++'s, clang's own and the stand-in
    SDK's, nothing of glibc or libstdc++ (3.10's debug build: the most C headers, <cerrno> and
    the assertions' <cstdio>)."""
    r = run(cxx(arch, "-M", "-DPY3FFI_PYTHON_VERSION=0x030A0000", "-DPy_DEBUG", "-x", "c++", "-"), input=EVERYTHING)
    assert r.returncode == 0, r.stderr
    read = {os.path.realpath(p) for p in r.stdout.replace("\\\n", " ").split()[1:] if p != "-"}
    resource = run([CLANG, "-print-resource-dir"], check=True).stdout.strip()
    allowed = [os.path.realpath(d) + "/" for d in (TOP / "include", LIBCXX, resource, SDK)]
    assert len(read) > 100 and any(p.startswith(allowed[3]) for p in read), sorted(read)
    assert not [p for p in read if not p.startswith(tuple(allowed))], sorted(read)


# ---- (b) string_sum as a Mach-O bundle ------------------------------------------------------
# As py3ffi_add_module on APPLE: a bundle, hidden visibility, the interpreter's names left to dyld
# (-undefined dynamic_lookup). -nostdlib: libSystem.tbd, which a Mac links, is the SDK's, so its
# few names here are looked up at load time too. -mlinker-version: clang passes ld64.lld the
# -platform_version of ld64 520 and newer.
LINK = ["-O2", "-fvisibility=hidden", "-fvisibility-inlines-hidden", "-bundle", "-undefined", "dynamic_lookup",
        "-nostdlib", "-mlinker-version=705"]
# The runtime's names a module may import. libSystem's: the stack protector's, dyld's lazy binder,
# and what the stand-in headers declare (fprintf and stderr: a debug build's assertions; errno).
# libc++'s and libc++abi's (clang++ links libc++ on a Mac): std::terminate where a noexcept inline
# form calls through a type slot (3.7's Py_DECREF calls tp_dealloc itself).
RUNTIME = {"___stack_chk_fail", "___stack_chk_guard", "dyld_stub_binder", "_fprintf", "___stderrp", "___error",
           "__ZSt9terminatev", "___cxa_begin_catch", "___gxx_personality_v0"}
STRING_SUM = TOP / "examples" / "string_sum" / "string_sum.cpp"


def newest_cpythons():
    """The newest CPython of the table per (version, debug, free-threaded)."""
    best = {}
    for i in interpreters():
        key = (version_tuple(i), i["debug"], i["gil_disabled"])
        if i["impl"] == "CPython" and (key not in best or int(i["hexversion"], 16) > int(best[key]["hexversion"], 16)):
            best[key] = i
    return [best[k] for k in sorted(best)]


CPYTHONS = newest_cpythons()
ABI3_FLOORS = ["3.7", "3.10"]
BUNDLES = [(arch, i["name"]) for arch in ARCHES for i in CPYTHONS] + [(arch, "abi3-" + f) for arch in ARCHES
                                                                      for f in ABI3_FLOORS]


def darwin_suffix(interp):
    major, minor = version_tuple(interp)
    flags = ("t" if interp["gil_disabled"] == "1" else "") + ("d" if interp["debug"] == "1" else "")
    return ".cpython-%d%d%s-darwin.so" % (major, minor, flags)


def tool_cflags(*args):
    out = run([sys.executable, TOP / "python" / "py3ffi" / "config.py", *args, "--cflags"], check=True)
    return out.stdout.split()


def link(arch, name, cflags, source=STRING_SUM):
    out = OUT / arch / name
    out.parent.mkdir(parents=True, exist_ok=True)
    return out, run(cxx(arch, *LINK, "--ld-path=" + LD64, *cflags, "-o", out, source))


@pytest.fixture(scope="module")
def bundles():
    """string_sum linked for each arch and each CPython of the table (its version, debug and
    free-threaded flags, through a config file and the config tool), and for abi3 3.7 and 3.10."""
    def build(job):
        arch, name = job
        if name.startswith("abi3-"):
            return link(arch, "string_sum.%s.abi3.so" % name, tool_cflags("--abi3", name[5:], "--os", "macos"))
        interp = next(i for i in CPYTHONS if i["name"] == name)
        suffix = darwin_suffix(interp)
        return link(arch, "string_sum" + suffix,
                    tool_cflags("--config-file", config_file(interp, ext_suffix=suffix, os="macos")))
    with ThreadPoolExecutor(2) as pool:
        return dict(zip(BUNDLES, pool.map(build, BUNDLES)))


def macho(path):
    """The Mach-O header's cputype and filetype, the exported and undefined names, and the names
    bound to whichever loaded image has them (flat namespace) when dyld loads the file."""
    header = run([OBJDUMP, "--macho", "--private-header", path], check=True).stdout.splitlines()
    titles = next(n for n, line in enumerate(header) if line.split()[:2] == ["magic", "cputype"])
    fields = header[titles + 1].split()
    exported = set(run([NM, "-g", "-j", "--defined-only", path], check=True).stdout.split())
    undefined = set(run([NM, "-u", "-j", path], check=True).stdout.split())
    binds = run([OBJDUMP, "--macho", "--bind", "--lazy-bind", path], check=True).stdout.splitlines()
    flat = {b.split()[-1] for b in binds if "flat-namespace" in b.split()}
    return {"cputype": fields[1], "filetype": fields[4], "exported": exported, "undefined": undefined, "flat": flat}


@lru_cache(maxsize=None)
def exports(interp_name):
    """The C API names a Linux build of that interpreter exports (no macOS one is here)."""
    i = next(i for i in interpreters() if i["name"] == interp_name)
    lib = i["symbols"] if i["root"] == "/" else i["root"].rstrip("/") + i["symbols"]
    out = run(["nm", "-D", "--defined-only", lib], check=True).stdout
    return frozenset(ln.split()[-1].split("@")[0] for ln in out.splitlines() if ln.strip())


def check_bundle(arch, path, module_init, provided):
    """A bundle of `arch` exporting `module_init` alone, whose undefined names all go to dyld's
    flat lookup and are C API names `provided` accepts, or the runtime's."""
    m = macho(path)
    assert (m["filetype"], m["cputype"]) == ("BUNDLE", ARCHES[arch][1]), m
    assert m["exported"] == {"_" + module_init}, m["exported"]
    assert m["undefined"] and m["undefined"] == m["flat"], (m["undefined"] ^ m["flat"])
    c_api = {u[1:] for u in m["undefined"] if u.startswith(("_Py", "__Py"))}
    others = m["undefined"] - {"_" + n for n in c_api}
    assert not others - RUNTIME, sorted(others - RUNTIME)
    assert c_api and not {n for n in c_api if not provided(n)}, sorted(n for n in c_api if not provided(n))
    return c_api


@needs("clang", "libc++", "ld64", "llvm")
@pytest.mark.parametrize("arch, name", BUNDLES, ids=["%s-%s" % b for b in BUNDLES])
def test_string_sum_links_as_a_macos_bundle_importing_only_the_c_api(bundles, arch, name):
    """Linked, never loaded: a Mach-O bundle of that arch exporting _PyInit_string_sum
    (_PyModExport_string_sum from 3.15), whose imports are the C API's names, each exported by
    a CPython of that version (abi3: in the stable ABI manifest at the floor and exported by
    every CPython of the table from the floor on), and the C/C++ runtime's; all bound when
    loaded, in the flat namespace."""
    path, linked = bundles[(arch, name)]
    assert linked.returncode == 0, linked.stderr
    if name.startswith("abi3-"):
        from capi import load_manifest  # (tools/lib is on the path: matrix.py puts it there)
        floor = tuple(int(x) for x in name[5:].split("."))
        manifest = load_manifest()
        newer = [i["name"] for i in CPYTHONS if version_tuple(i) >= floor]
        check_bundle(arch, path, "PyInit_string_sum",
                     lambda n: n in manifest and manifest[n]["added"] <= floor and all(n in exports(i) for i in newer))
    else:
        interp = next(i for i in CPYTHONS if i["name"] == name)
        init = "PyModExport_string_sum" if version_tuple(interp) >= (3, 15) else "PyInit_string_sum"
        check_bundle(arch, path, init, lambda n: n in exports(name))


def test_the_arches_are_the_macos_platforms_of_the_targets_table():
    assert set(ARCHES) == {p.arch for p in targets.PLATFORMS if p.os == "macos"}


def test_every_version_has_a_cpython_to_check_the_bundles_against():
    """The bundles above cover every version of the targets table: the interpreter table has a
    CPython of each."""
    assert {version_tuple(i) for i in CPYTHONS} >= set(targets.VERSIONS), \
        [i["name"] for i in CPYTHONS]


# The functions PY_SSIZE_T_CLEAN renames before 3.13, which py3ffi binds to those symbols with an
# assembler label carrying the platform's prefix (__USER_LABEL_PREFIX__, '_' on macOS), and a
# function PyPy renames.
SIZE_T_CALLS = """#include <py3ffi/py3ffi.hpp>
using namespace py3ffi;
PyObject *calls(PyObject *a, PyObject *k, va_list va) {
    Py_ssize_t n = 0;
    const char *s = nullptr;
    static char kw0[] = "s";
    static char *kws[] = {kw0, nullptr};
    PyArg_Parse(a, "s#", &s, &n);
    PyArg_ParseTuple(a, "s#", &s, &n);
    PyArg_ParseTupleAndKeywords(a, k, "s#", kws, &s, &n);
    PyArg_VaParse(a, "s#", va);
    PyArg_VaParseTupleAndKeywords(a, k, "s#", kws, va);
    PyObject_CallFunction(a, "s#", s, n);
    PyObject_CallMethod(a, "m", "s#", s, n);
    Py_VaBuildValue("s#", va);
    PyList_New(0);
    return Py_BuildValue("s#", s, n);
}
"""
SIZE_T_NAMES = ["PyArg_Parse", "PyArg_ParseTuple", "PyArg_ParseTupleAndKeywords", "PyArg_VaParse",
                "PyArg_VaParseTupleAndKeywords", "PyObject_CallFunction", "PyObject_CallMethod", "Py_VaBuildValue",
                "Py_BuildValue"]


@needs("clang", "libc++", "llvm")
@pytest.mark.parametrize("arch", ARCHES)
def test_bound_symbols_carry_the_macos_prefix(tmp_path, arch):
    """Compiled only: before 3.13 PyArg_ParseTuple & co. import __PyArg_ParseTuple_SizeT (the
    _SizeT symbol with macOS's '_'), from 3.13 _PyArg_ParseTuple; for PyPy 3.11,
    __PyPyArg_ParseTuple_SizeT and _PyPyList_New. The 3.12 names are exported by a 3.12."""
    source = tmp_path / "calls.cpp"
    source.write_text(SIZE_T_CALLS)
    expected = {
        "-DPY3FFI_PYTHON_VERSION=0x030C0000": {"__%s_SizeT" % n for n in SIZE_T_NAMES} | {"_PyList_New"},
        "-DPY3FFI_PYTHON_VERSION=0x030D0000": {"_" + n for n in SIZE_T_NAMES} | {"_PyList_New"},
        "-DPY3FFI_PYPY -DPY3FFI_PYTHON_VERSION=0x030B0000":
            {"__PyPy%s_SizeT" % n[2:] for n in SIZE_T_NAMES} | {"_PyPyList_New"},
    }
    for define, names in expected.items():
        obj = tmp_path / "calls.o"
        r = run(cxx(arch, "-c", "-O2", *define.split(), "-o", obj, source))
        assert r.returncode == 0, r.stderr
        assert set(run([NM, "-u", "-j", obj], check=True).stdout.split()) == names, define
    py312 = next(i["name"] for i in CPYTHONS if version_tuple(i) == (3, 12))
    assert {"_%s_SizeT" % n for n in SIZE_T_NAMES} <= exports(py312)


INCREF = "#include <py3ffi/py3ffi.hpp>\nvoid incref(py3ffi::PyObject *o) { py3ffi::Py_INCREF(o); }\n"
# Per arch: the register read by the macOS branch of _Py_ThreadId in CPython's object.h, that
# read as llvm-objdump shows it, and what the Linux branch reads instead.
THREAD_POINTER = {
    "arm64": (r"defined\(__aarch64__\) && defined\(__APPLE__\)\s*\n\s*__asm__\s*\(\"mrs %0, (\w+)\"",
              r"\bmrs\s+x\d+, {}$", "tpidr_el0"),
    "x86_64": (r"defined\(__MACH__\) && defined\(__x86_64__\)\s*\n\s*__asm__\s*\(\"\{?movq %%(\w+):0",
               r"\bmovq\s+%{}:0x0, %r\w+$", "%fs:"),
}


@needs("clang", "libc++", "llvm")
@pytest.mark.parametrize("arch", ARCHES)
@pytest.mark.parametrize("version", targets.FREE_THREADED,
                         ids=["%d.%dt" % v for v in targets.FREE_THREADED])
def test_free_threaded_refcounting_reads_the_macos_thread_pointer(tmp_path, arch, version):
    """Compiled only: a free-threaded Py_INCREF tells the owning thread by the register that
    CPython's object.h of that version reads on macOS (tpidrro_el0 on arm64, %gs:0 on x86-64,
    where Linux has tpidr_el0 and %fs:0)."""
    interp = next(i for i in CPYTHONS if version_tuple(i) == version)
    root = "" if interp["root"] == "/" else interp["root"].rstrip("/")
    include = Path(root + interp["include"])
    headers = (include / "object.h").read_text() + (include / "cpython" / "object.h").read_text()  # (3.15: there)
    in_header, in_code, linux = THREAD_POINTER[arch]
    register = re.search(in_header, headers).group(1)
    obj = tmp_path / "incref.o"
    r = run(cxx(arch, "-c", "-O2", "-DPY3FFI_PYTHON_VERSION=0x03%02X0000" % version[1], "-DPy_GIL_DISABLED",
                "-o", obj, "-x", "c++", "-"), input=INCREF)
    assert r.returncode == 0, r.stderr
    code = run([OBJDUMP, "-d", obj], check=True).stdout.lower()
    assert re.search(in_code.format(register), code, re.M) and linux not in code, (register, code)


# ---- (c) through CMake ----------------------------------------------------------------------
# A hand-written config file, as one copied from a Mac's `python -m py3ffi.config --print`.
MAC_CONFIG = "implementation=CPython\nversion=3.12\nversion_hex=0x030C01F0\next_suffix=.cpython-312-darwin.so\n" \
             "pointer_width=64\nbyte_order=little\nos=macos\n"


@needs("clang", "libc++", "ld64", "llvm", "cmake")
@pytest.mark.parametrize("arch", ARCHES)
def test_string_sum_builds_through_cmake_with_a_macos_toolchain_file(arch):
    """Configured and built, not run: examples/string_sum with tests/toolchains/macos-<arch>.cmake
    (CMAKE_SYSTEM_NAME Darwin, so py3ffi_add_module takes its APPLE branch) and a macOS config
    file gives string_sum.cpython-312-darwin.so, a bundle as above."""
    build = OUT / ("cmake-" + arch)
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)
    (build / "py312-macos.cfg").write_text(MAC_CONFIG)
    r = run(["cmake", "-S", TOP / "examples" / "string_sum", "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
             "-DCMAKE_TOOLCHAIN_FILE=%s" % (TOP / "tests" / "toolchains" / ("macos-%s.cmake" % arch)),
             "-DSTRING_SUM_TARGET=CONFIG_FILE;%s" % (build / "py312-macos.cfg")])
    assert r.returncode == 0, r.stdout + r.stderr
    r = run(["cmake", "--build", build, "--verbose"])
    assert r.returncode == 0, r.stdout + r.stderr
    assert "-undefined -Xlinker dynamic_lookup" in r.stdout, r.stdout
    py312 = next(i["name"] for i in CPYTHONS if version_tuple(i) == (3, 12))
    check_bundle(arch, build / "string_sum.cpython-312-darwin.so", "PyInit_string_sum", lambda n: n in exports(py312))
