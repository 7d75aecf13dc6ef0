# SPDX-License-Identifier: MIT
"""py3ffi's build configuration: which Python a build targets, as a config file and a header.

    python -m py3ffi.config [SOURCE] [OUTPUT...]      (or: python path/to/config.py ...)

SOURCE (one; default: discover an interpreter):
  --python PATH          ask this interpreter
  --runner "CMD ..."     with --python: run it through this command, an emulator for another
                         platform's interpreter ("qemu-s390x-static -L /sysroot", "wine"; as
                         CMake's CMAKE_CROSSCOMPILING_EMULATOR)
  --config-file FILE     read a config file (cross-compiling; also $PY3FFI_CONFIG_FILE)
  --build-details FILE   read a PEP 739 build-details.json (CPython 3.14+ ships one)
  --sysconfigdata FILE   read a target's _sysconfigdata_*.py as data (never run): a cross
                         build for another platform's interpreter
  --cross-lib-dir DIR    the same, finding the one _sysconfigdata_*.py under DIR (a target
                         sysroot's usr/lib/python3.X; also $PY3FFI_CROSS_LIB_DIR)
  --abi3 X.Y [--abi3t] [--os OS]
                         the stable ABI with floor X.Y, no interpreter needed (--abi3t: the
                         free-threaded stable ABI of PEP 803, floor {abi3t}), for OS (linux,
                         windows, macos, other; default: the OS this tool runs on): a .pyd
                         linking python3.lib on Windows
Discovery, when no source is given: $PY3FFI_PYTHON, else the active virtualenv or conda
environment, else python3 or python on PATH.

OUTPUT (any; default --print):
  --out-dir DIR          write DIR/py3ffi.cfg and DIR/py3ffi_config.hpp
  --print                the config file on stdout
  --cflags               the compiler definitions (-DPY3FFI_PYTHON_VERSION=...)
  --ext-suffix           the module file name suffix (.cpython-313-x86_64-linux-gnu.so, .abi3.so)
  --cmake                the configuration as CMake set() commands (for py3ffi_add_module)

The config file is `key=value` lines; `#` starts a comment. Keys (KEYS below):
  implementation  CPython | PyPy | GraalPy
  version         the target's Python version, X.Y ({versions})
  version_hex     optional: its full PY_VERSION_HEX (0x030D03F0)
  abi3            no, or the stable ABI floor X.Y
  abi3t           yes | no: the free-threaded stable ABI ({abi3t})
  gil_disabled    yes | no: a free-threaded build ({free_threaded}+)
  debug           yes | no: Py_DEBUG
  ref_debug       yes | no: Py_REF_DEBUG (implied by debug)
  trace_refs      yes | no: Py_TRACE_REFS
  ext_suffix      the extension module file name suffix
  pointer_width   32 | 64 (optional; checked against the compiler's at compile time)
  byte_order      little | big (optional; likewise)
  os              linux | windows | macos | other (optional; likewise; windows when ext_suffix
                  ends in .pyd, and only then): on Windows a module links the interpreter's
                  import library, python3.lib for abi3, else python3XY[t][_d].lib, from lib_dir
  shared          yes | no: libpython is a shared library (optional; for embedding)
  lib_name        the library to link when embedding, e.g. python3.13 (optional)
  lib_dir         where it is (optional; on Windows, <prefix>/libs, which a module needs)
  executable      the interpreter (optional; informational)
Errors name the file, the line and the key, and exit with status 2.
"""
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap


def read_targets(path=None):
    """The supported targets, as {kind: [rows, each without its kind]}: targets.tsv, the one
    list of them, shipped beside this file (its comments say what the columns mean). Read here
    rather than with a TOML or JSON reader: this runs on every target interpreter, 3.7 too."""
    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), "targets.tsv")
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                fields = line.rstrip("\r\n").split("\t")
                table.setdefault(fields[0], []).append(fields[1:])
    return table


def _versions(rows, feature=None):
    """The versions (X.Y, the first column) of the rows, of those with a feature if given."""
    return tuple(tuple(int(x) for x in r[0].split(".")) for r in rows
                 if feature is None or feature in r[1].split(","))


TARGETS = read_targets()
CPYTHON_VERSIONS = _versions(TARGETS["cpython"])
MIN_VERSION, MAX_VERSION = CPYTHON_VERSIONS[0], CPYTHON_VERSIONS[-1]
MIN_FLOOR = _versions(TARGETS["cpython"], "floor")[0]
FREE_THREADED_SINCE = _versions(TARGETS["cpython"], "free-threaded")[0]
ABI3T_SINCE = _versions(TARGETS["cpython"], "abi3t")[0]
# The PyPy and GraalPy versions py3ffi's declarations are checked against.
PYPY_VERSIONS = _versions(TARGETS["pypy"])
GRAALPY_VERSIONS = _versions(TARGETS["graalpy"])
MIN_BY_IMPL = {"CPython": MIN_VERSION, "PyPy": PYPY_VERSIONS[0], "GraalPy": GRAALPY_VERSIONS[0]}
# Per implementation other than CPython: the versions checked, and what the error adds about
# the others.
CHECKED = {"PyPy": (PYPY_VERSIONS, "no PyPy %d.%d was available to check against"),
           "GraalPy": (GRAALPY_VERSIONS, "no GraalPy for %d.%d was checked")}
BOOL_KEYS = ("abi3t", "gil_disabled", "debug", "ref_debug", "trace_refs", "shared")
KEYS = ("implementation", "version", "version_hex", "abi3", "abi3t", "gil_disabled", "debug",
        "ref_debug", "trace_refs", "ext_suffix", "pointer_width", "byte_order", "os", "shared",
        "lib_name", "lib_dir", "executable")
# The OS families a configuration names (config.hpp's PY3FFI_OS_*, checked against the
# compiler's), by sys.platform.
OSES = {"linux": "linux", "win32": "windows", "darwin": "macos"}
OS_NAMES = ("linux", "windows", "macos", "other")
REQUIRED = ("implementation", "version", "ext_suffix")

# A directory as the build machine sees it: under wine (a Windows interpreter on a Unix build
# machine), the Unix path of its drive path (Z:\..., C:\...), which alone means something to the
# compiler; else as it is. Run in the target interpreter (in PROBE), and in this tool's own
# when wine runs it (for_abi3).
BUILD_MACHINE_PATH = r'''
def build_machine_path(path):
    import os
    if os.name != "nt" or not path:
        return path
    import ctypes
    kernel32 = ctypes.WinDLL("kernel32")
    try:
        to_unix = kernel32.wine_get_unix_file_name
    except AttributeError:
        return path  # (Windows itself)
    to_unix.restype, to_unix.argtypes = ctypes.c_void_p, [ctypes.c_wchar_p]
    p = to_unix(path)
    if not p:
        return path
    kernel32.GetProcessHeap.restype = ctypes.c_void_p
    kernel32.HeapFree.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p]
    try:
        return ctypes.string_at(p).decode()
    finally:
        kernel32.HeapFree(kernel32.GetProcessHeap(), 0, p)
'''
exec(BUILD_MACHINE_PATH)  # (defines build_machine_path here too)

# Sent to the target interpreter on stdin: one JSON object describing it. Runs on every
# Python >= 3.7 (and on older ones far enough to say which version they are).
PROBE = BUILD_MACHINE_PATH + r'''
import json, os, platform, struct, sys, sysconfig
cv = sysconfig.get_config_var
# (GraalPy calls itself GraalVM there)
impl = "GraalPy" if sys.implementation.name == "graalpy" else platform.python_implementation()
debug = bool(hasattr(sys, "gettotalrefcount") or cv("Py_DEBUG")) and impl == "CPython"
libdir = cv("LIBDIR") or ""
ldlib = cv("LDLIBRARY") or ""
if impl == "GraalPy":
    # (its LDLIBRARY names no file: GraalPy is embedded through the JVM, not a libpython)
    libdir = ldlib = ""
name = ""
if ldlib.startswith("lib"):
    name = ldlib[3:].split(".so")[0].split(".dylib")[0].split(".a")[0]
shared = bool(cv("Py_ENABLE_SHARED"))
if sys.platform == "win32" and impl == "CPython":
    # (sysconfig says none of it there) always a DLL, python312.dll, whose import library
    # python312.lib (python313t_d.lib...) is in <prefix>/libs
    shared = True
    name = "python%d%d%s%s" % (sys.version_info[0], sys.version_info[1],
                               "t" if cv("Py_GIL_DISABLED") else "", "_d" if debug else "")
    libdir = os.path.join(sys.base_prefix, "libs")
print(json.dumps({
    "implementation": impl,
    "version": "%d.%d" % sys.version_info[:2],
    "version_hex": "0x%08X" % sys.hexversion,
    "gil_disabled": bool(cv("Py_GIL_DISABLED")),
    "debug": debug,
    "ref_debug": debug or bool(cv("Py_REF_DEBUG")),
    "trace_refs": bool(cv("Py_TRACE_REFS")),
    "ext_suffix": cv("EXT_SUFFIX") or cv("SO") or "",
    "pointer_width": struct.calcsize("P") * 8,
    "byte_order": sys.byteorder,
    "os": {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, "other"),
    "shared": shared,
    "lib_name": name,
    "lib_dir": build_machine_path(libdir),
    "executable": os.path.realpath(sys.executable),
}))
'''


class ConfigError(Exception):
    """A bad configuration: the message names where (file:line: key) and what."""


def fail(where, key, message):
    raise ConfigError("%s: %s%s" % (where, "key '%s': " % key if key else "", message))


def parse_version(text, where, key):
    parts = text.strip().split(".")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        fail(where, key, "'%s' is not a version X.Y (e.g. 3.13)" % text)
    return int(parts[0]), int(parts[1])


def parse_bool(text, where, key):
    t = text.strip().lower()
    if t in ("yes", "true", "1"):
        return True
    if t in ("no", "false", "0"):
        return False
    fail(where, key, "'%s' is not yes or no" % text)


def validate(cfg, where):
    """Checks a complete configuration (dict of parsed values); `where(key)` says where a key
    was given, for the message."""
    for key in REQUIRED:
        if key not in cfg:
            fail(where(None), key, "missing (required: %s)" % ", ".join(REQUIRED))
    impl = cfg["implementation"]
    if impl not in MIN_BY_IMPL:
        fail(where("implementation"), "implementation",
             "'%s' is not supported (one of %s)" % (impl, ", ".join(MIN_BY_IMPL)))
    v = cfg["version"]
    lo = MIN_BY_IMPL[impl]
    if impl not in CHECKED and not lo <= v <= MAX_VERSION:
        fail(where("version"), "version", "%s %d.%d is not supported (%s %d.%d to %d.%d)" % (
            impl, v[0], v[1], impl, lo[0], lo[1], MAX_VERSION[0], MAX_VERSION[1]))
    if impl in CHECKED and v not in CHECKED[impl][0]:
        fail(where("version"), "version", "%s %d.%d is not supported: py3ffi is checked against "
             "%s for %s (%s)" % (impl, v[0], v[1], impl, " and ".join("%d.%d" % x for x in CHECKED[impl][0]),
                                 CHECKED[impl][1] % v))
    if impl != "CPython":
        for key in ("debug", "ref_debug", "trace_refs", "gil_disabled"):
            if cfg.get(key):
                fail(where(key), key, "%s has no debug or free-threaded build" % impl)
    if cfg.get("abi3"):
        if impl != "CPython":
            fail(where("abi3"), "abi3", "the stable ABI (abi3) is CPython's; %s has none" % impl)
        f = cfg["abi3"]
        if not MIN_FLOOR <= f <= v:
            fail(where("abi3"), "abi3", "floor %d.%d must be between %d.%d and the target %d.%d"
                 % (f[0], f[1], MIN_FLOOR[0], MIN_FLOOR[1], v[0], v[1]))
    if cfg.get("abi3t") and (cfg.get("abi3") or (3, 0)) < ABI3T_SINCE:
        fail(where("abi3t"), "abi3t", "the free-threaded stable ABI needs abi3 = %d.%d or later"
             % ABI3T_SINCE)
    if cfg.get("gil_disabled") and v < FREE_THREADED_SINCE:
        fail(where("gil_disabled"), "gil_disabled", "free-threaded builds are %d.%d and newer"
             % FREE_THREADED_SINCE)
    if cfg.get("gil_disabled") and cfg.get("abi3") and not cfg.get("abi3t"):
        fail(where("abi3"), "abi3", "a free-threaded interpreter loads abi3t modules, not abi3 "
             "ones: set abi3t = yes (%d.%d+), or abi3 = no" % ABI3T_SINCE)
    if "version_hex" in cfg and (cfg["version_hex"] >> 16) != (v[0] << 8 | v[1]):
        fail(where("version_hex"), "version_hex", "0x%08X is not version %d.%d" % (
            cfg["version_hex"], v[0], v[1]))
    if cfg.get("pointer_width", 64) not in (32, 64):
        fail(where("pointer_width"), "pointer_width", "must be 32 or 64")
    if cfg.get("byte_order", "little") not in ("little", "big"):
        fail(where("byte_order"), "byte_order", "'%s' is not little or big" % cfg["byte_order"])
    pyd = cfg["ext_suffix"].endswith(".pyd")
    if "os" not in cfg and pyd:
        cfg["os"] = "windows"  # (only Windows loads .pyd modules)
    if cfg.get("os", "linux") not in OS_NAMES:
        fail(where("os"), "os", "'%s' is not one of %s" % (cfg["os"], ", ".join(OS_NAMES)))
    if (cfg.get("os") == "windows") != pyd:
        fail(where("os"), "os", "'%s' with ext_suffix %s: Windows modules end in .pyd "
             "(.cp312-win_amd64.pyd, abi3: .pyd), others do not. Fix: set both for the target's OS"
             % (cfg["os"], cfg["ext_suffix"]))
    if cfg.get("os") == "windows" and impl != "CPython":
        fail(where("os"), "os", "%s on Windows is not supported: no Windows %s could be checked "
             "here. Fix: build for a Windows CPython, or for %s on another OS" % (impl, impl, impl))
    if cfg.get("os") == "windows" and cfg.get("abi3t"):
        fail(where("abi3t"), "abi3t", "abi3t on Windows is not supported: which DLL such a module "
             "imports could not be checked here (no Windows CPython %d.%d). Fix: build for the "
             "version (abi3 = no), or for abi3 without abi3t" % ABI3T_SINCE)
    return cfg


def parse_value(key, text, where):
    if key in BOOL_KEYS:
        return parse_bool(text, where, key)
    if key == "version":
        return parse_version(text, where, key)
    if key == "abi3":
        return None if text.strip().lower() in ("no", "false", "") else parse_version(text, where, key)
    if key == "version_hex":
        try:
            return int(text, 16)
        except ValueError:
            fail(where, key, "'%s' is not a hex version like 0x030D03F0" % text)
    if key == "pointer_width":
        if not text.strip().isdigit():
            fail(where, key, "'%s' is not a number" % text)
        return int(text)
    return text.strip()


def read_config_file(path):
    lines = {}
    cfg = {}
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise ConfigError("%s: cannot read the config file: %s" % (path, e.strerror)) from None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = "%s:%d" % (path, n)
        if "=" not in line:
            fail(where, None, "expected key=value, got '%s'" % raw.strip())
        key, value = (s.strip() for s in line.split("=", 1))
        if key not in KEYS:
            fail(where, key, "unknown key (known: %s)" % ", ".join(KEYS))
        if key in cfg:
            fail(where, key, "given twice (first at line %d)" % lines[key])
        cfg[key] = parse_value(key, value, where)
        lines[key] = n
    return validate(cfg, lambda key: "%s:%d" % (path, lines[key]) if key in lines else path)


def from_interpreter(python, runner=()):
    try:
        out = subprocess.run(list(runner) + [python, "-"], input=PROBE, capture_output=True,
                             text=True, timeout=120)
    except OSError as e:
        raise ConfigError("%s: cannot run the interpreter: %s" % (python, e.strerror)) from None
    if out.returncode != 0:
        raise ConfigError("%s: the interpreter failed to describe itself: %s" % (
            python, (out.stderr.strip().splitlines() or ["(no output)"])[-1]))
    raw = json.loads(out.stdout)
    cfg = {k: parse_value(k, str(v), python) if k in ("version",) else v for k, v in raw.items()}
    cfg["version_hex"] = int(raw["version_hex"], 16)
    cfg["abi3"] = None
    for k in ("lib_name", "lib_dir"):
        if not cfg[k]:
            del cfg[k]
    return validate(cfg, lambda key: python)


def from_build_details(path):
    try:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, ValueError) as e:
        raise ConfigError("%s: cannot read build-details.json: %s" % (path, e)) from None
    try:
        impl = {"cpython": "CPython", "pypy": "PyPy", "graalpy": "GraalPy"}.get(
            d["implementation"]["name"], d["implementation"]["name"])
        info = d["language"]["version_info"]
        flags = d.get("abi", {}).get("flags", [])
        suffix = d.get("abi", {}).get("extension_suffix") or d["suffixes"]["extensions"][0]
        cfg = {"implementation": impl, "version": (info["major"], info["minor"]),
               "version_hex": d["implementation"].get("hexversion"), "abi3": None,
               "gil_disabled": "t" in flags, "debug": "d" in flags, "ref_debug": "d" in flags,
               "ext_suffix": suffix}
    except (KeyError, IndexError, TypeError) as e:
        raise ConfigError("%s: not a PEP 739 build-details.json (missing %s)" % (path, e)) from None
    if cfg["version_hex"] is None:
        del cfg["version_hex"]
    lib = d.get("libpython", {}).get("dynamic")
    if lib:
        cfg["shared"] = True
        cfg["lib_dir"], base = os.path.split(lib)
        cfg["lib_name"] = base[3:].split(".so")[0].split(".dylib")[0] if base.startswith("lib") else base
    elif d.get("libpython", {}).get("static"):
        cfg["shared"] = False
    if d.get("base_interpreter"):
        cfg["executable"] = d["base_interpreter"]
    plat = d.get("platform", "")  # sysconfig.get_platform(): linux-x86_64, win-amd64, macosx-11.0-arm64
    if plat:
        system, machine = (plat.split("-")[0], plat.split("-")[-1]) if "-" in plat else (plat, "x86")
        cfg["os"] = {"linux": "linux", "win": "windows", "win32": "windows", "macosx": "macos"}.get(system, "other")
        cfg.update(machine_facts(machine))
    return validate(cfg, lambda key: path)


# What a machine name (uname's, or the first part of a GNU triplet) says of the ABI. Big-endian
# machines: s390x and the non-"le"/"el" spellings of POWER, MIPS and SPARC; 64-bit ones say 64,
# but for s390x.
_BIG_ENDIAN = re.compile(r"(s390x?|powerpc(64)?|ppc(64)?|mips(isa)?(64)?(r6)?|sparc(64|v9)?|m68k|hppa)$")
_WIDE = re.compile(r".*(64|^s390x)")


def machine_facts(machine):
    """pointer_width and byte_order of a machine name (x86_64, i686, armv7l, s390x, ppc64le)."""
    return {"pointer_width": 64 if _WIDE.match(machine) else 32,
            "byte_order": "big" if _BIG_ENDIAN.match(machine) else "little"}


def from_sysconfigdata(path):
    """A target interpreter's build-time variables (_sysconfigdata_*.py), read as data: its one
    assignment, build_time_vars = {...}, is parsed, never run (it is another platform's file)."""
    try:
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
    except (OSError, SyntaxError, ValueError) as e:
        raise ConfigError("%s: cannot read the sysconfigdata file: %s" % (path, e)) from None
    found = [node.value for node in tree.body if isinstance(node, ast.Assign)
             and [getattr(t, "id", None) for t in node.targets] == ["build_time_vars"]]
    try:
        v = ast.literal_eval(found[0]) if found else None
    except ValueError:
        v = None
    if not isinstance(v, dict):
        raise ConfigError("%s: not a _sysconfigdata file: no build_time_vars = {...} of plain "
                          "values" % path)
    try:
        soabi = v.get("SOABI") or ""
        impl = "PyPy" if soabi.startswith("pypy") else "GraalPy" if soabi.startswith("graalpy") else "CPython"
        debug = bool(v.get("Py_DEBUG"))
        machine = (v.get("HOST_GNU_TYPE") or v.get("MULTIARCH") or "").split("-")[0]
        cfg = {"implementation": impl, "version": parse_version(v["VERSION"], path, "VERSION"),
               "abi3": None, "debug": debug, "ref_debug": debug or bool(v.get("Py_REF_DEBUG")),
               "trace_refs": bool(v.get("Py_TRACE_REFS")), "gil_disabled": bool(v.get("Py_GIL_DISABLED")),
               "ext_suffix": v.get("EXT_SUFFIX") or v["SO"],
               "os": {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(v.get("MACHDEP"), "other"),
               "shared": bool(v.get("Py_ENABLE_SHARED"))}
    except KeyError as e:
        raise ConfigError("%s: not a complete _sysconfigdata file (no %s)" % (path, e)) from None
    if machine:
        cfg.update(machine_facts(machine))
    if v.get("SIZEOF_VOID_P"):
        cfg["pointer_width"] = 8 * v["SIZEOF_VOID_P"]
    ldlib = v.get("LDLIBRARY") or ""
    if cfg["shared"] and ldlib.startswith("lib"):
        cfg["lib_name"] = ldlib[3:].split(".so")[0].split(".dylib")[0]
        # The library as the target sees it, under the sysroot this file sits in: the file is
        # <sysroot><LIBDEST>/_sysconfigdata_*.py
        here = os.path.dirname(os.path.abspath(path))
        libdest = (v.get("LIBDEST") or "").rstrip("/")
        sysroot = here[:-len(libdest)] if libdest and here.endswith(libdest) else None
        if sysroot is not None and v.get("LIBDIR"):
            cfg["lib_dir"] = sysroot + v["LIBDIR"]
    return validate(cfg, lambda key: path)


def from_cross_lib_dir(directory):
    """The one interpreter whose _sysconfigdata_*.py lies under `directory` (as pyo3's
    PYO3_CROSS_LIB_DIR): a debug build's file counts only where there is no other, and several
    files that describe the same build (Debian's aliases) count once."""
    if not os.path.isdir(directory):
        raise ConfigError("%s: --cross-lib-dir: not a directory" % directory)
    files = []
    top_depth = directory.rstrip(os.sep).count(os.sep)
    for here, dirs, names in os.walk(directory):
        if here.count(os.sep) - top_depth >= 3:
            dirs[:] = []  # (a sysroot's usr/lib: the file is at most a few levels down)
        dirs[:] = [d for d in dirs if d not in ("site-packages", "dist-packages", "test", "tests")]
        files += [os.path.join(here, n) for n in names if n.startswith("_sysconfigdata_") and n.endswith(".py")]
    if not files:
        raise ConfigError("%s: --cross-lib-dir: no _sysconfigdata_*.py below it (give the target's "
                          "usr/lib/python3.X, or the file itself with --sysconfigdata)" % directory)
    configs = [(f, from_sysconfigdata(f)) for f in sorted(files)]
    release = [(f, c) for f, c in configs if not c["debug"]] or configs
    distinct = []
    for f, c in release:
        if all(c != d for _, d in distinct):
            distinct.append((f, c))
    if len(distinct) > 1:
        raise ConfigError("%s: --cross-lib-dir: %d different interpreters (%s): give one with "
                          "--sysconfigdata FILE" % (directory, len(distinct), ", ".join(f for f, _ in distinct)))
    return distinct[0][1]


def for_abi3(floor, abi3t, target_os=None):
    where = "--abi3"
    f = parse_version(floor, where, None)
    # (an OS not given is the one this tool runs on, for the file name; it is then not checked
    # against the compiler's: the build may be for any)
    explicit = target_os is not None
    if target_os is None:
        target_os = OSES.get(sys.platform, "other")
    elif target_os not in OS_NAMES:
        raise ConfigError("--os: '%s' is not one of %s" % (target_os, ", ".join(OS_NAMES)))
    # (an abi3t module loads into both builds of 3.15+; the build itself is not free-threaded)
    cfg = {"implementation": "CPython", "version": f, "abi3": f, "abi3t": abi3t,
           "ext_suffix": ".pyd" if target_os == "windows" else ".abi3t.so" if abi3t else ".abi3.so"}
    if explicit:
        cfg["os"] = target_os
    if target_os == "windows" and sys.platform == "win32" and sys.version_info[:2] >= f and \
            os.path.isfile(os.path.join(sys.base_prefix, "libs", "python3.lib")):
        # run by a Windows CPython: its python3.lib serves every floor up to its own version
        # (a module built for an older floor imports only what that floor has)
        cfg["lib_dir"] = build_machine_path(os.path.join(sys.base_prefix, "libs"))  # noqa: F821 (defined by exec above)
    return validate(cfg, lambda key: where)


def discover():
    """The interpreter pyo3-build-config would pick: $PY3FFI_PYTHON, the active virtualenv or
    conda environment, python3 or python on PATH."""
    if os.environ.get("PY3FFI_PYTHON"):
        return os.environ["PY3FFI_PYTHON"]
    bindir = "Scripts" if os.name == "nt" else "bin"
    exe = "python.exe" if os.name == "nt" else "python"
    for env in ("VIRTUAL_ENV", "CONDA_PREFIX"):
        if os.environ.get(env):
            p = os.path.join(os.environ[env], bindir, exe)
            if os.path.exists(p):
                return p
    for name in ("python3", "python"):
        p = shutil.which(name)
        if p:
            return p
    raise ConfigError("no Python interpreter found: set PY3FFI_PYTHON, activate a virtualenv, "
                      "put python3 on PATH, or give --python, --config-file or --abi3")


def usage():
    """The help: the module's docstring with the versions of the targets table."""
    def dotted(vs):
        names = ["%d.%d" % v for v in vs]
        return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
    text = __doc__.format(
        versions="%d.%d to %d.%d; PyPy %s; GraalPy %s" % (
            MIN_VERSION + MAX_VERSION + (dotted(PYPY_VERSIONS), dotted(GRAALPY_VERSIONS))),
        abi3t="%d.%d" % ABI3T_SINCE, free_threaded="%d.%d" % FREE_THREADED_SINCE)
    # (the list of versions may not fit its line)
    return "\n".join(textwrap.fill(line, 94, subsequent_indent=" " * 18)
                     if line.startswith("  version ") else line for line in text.split("\n"))


# ---- outputs -----------------------------------------------------------------------------

def hex_of(v):
    return 0x01000000 * v[0] + 0x10000 * v[1]


def defines(cfg):
    """The configuration macros of py3ffi/config.hpp, as (name, value) pairs."""
    out = []
    if cfg["implementation"] == "PyPy":
        out.append(("PY3FFI_PYPY", "1"))
    elif cfg["implementation"] == "GraalPy":
        out.append(("PY3FFI_GRAALPY", "1"))
    if cfg.get("abi3t"):
        out.append(("Py_TARGET_ABI3T", "0x%08X" % hex_of(cfg["abi3"])))
    if cfg.get("abi3"):
        out.append(("Py_LIMITED_API", "0x%08X" % hex_of(cfg["abi3"])))
    else:
        out.append(("PY3FFI_PYTHON_VERSION", "0x%08X" % cfg.get("version_hex", hex_of(cfg["version"]))))
    for key, macro in (("gil_disabled", "Py_GIL_DISABLED"), ("debug", "Py_DEBUG"),
                       ("trace_refs", "Py_TRACE_REFS")):
        if cfg.get(key):
            out.append((macro, "1"))
    if cfg.get("ref_debug") and not cfg.get("debug"):
        out.append(("Py_REF_DEBUG", "1"))
    # the platform, which config.hpp checks against the compiler's
    if "pointer_width" in cfg:
        out.append(("PY3FFI_TARGET_POINTER_WIDTH", str(cfg["pointer_width"])))
    if "byte_order" in cfg:
        out.append(("PY3FFI_TARGET_BIG_ENDIAN", "1" if cfg["byte_order"] == "big" else "0"))
    if "os" in cfg:
        out.append(("PY3FFI_TARGET_OS", "PY3FFI_OS_" + cfg["os"].upper()))
    return out


def render_config(cfg):
    lines = ["# py3ffi configuration (python -m py3ffi.config; keys: python -m py3ffi.config --help)"]
    for key in KEYS:
        if key not in cfg:
            continue
        v = cfg[key]
        if key == "version":
            v = "%d.%d" % v
        elif key == "abi3":
            v = "%d.%d" % v if v else "no"
        elif key == "version_hex":
            v = "0x%08X" % v
        elif key in BOOL_KEYS:
            v = "yes" if v else "no"
        lines.append("%s=%s" % (key, v))
    return "\n".join(lines) + "\n"


def render_header(cfg):
    lines = ["// Generated by py3ffi.config: the target of this build (see py3ffi/config.hpp).",
             "#ifndef PY3FFI_GENERATED_CONFIG_HPP", "#define PY3FFI_GENERATED_CONFIG_HPP"]
    for name, value in defines(cfg):
        lines += ["#ifndef %s" % name, "#define %s %s" % (name, value), "#endif"]
    return "\n".join(lines + ["#endif", ""])


def module_lib(cfg):
    """The library an extension module links: on Windows the interpreter's import library
    (python3 for abi3, python312, python313t, python312_d...); elsewhere none (the interpreter
    provides the symbols)."""
    if cfg.get("os") != "windows":
        return ""
    if cfg.get("abi3"):
        return "python3"
    return "python%d%d%s%s" % (cfg["version"][0], cfg["version"][1],
                               "t" if cfg.get("gil_disabled") else "", "_d" if cfg.get("debug") else "")


def render_cmake(cfg):
    def q(s):
        return '"%s"' % str(s).replace("\\", "/").replace('"', '\\"')
    lines = ["set(PY3FFI_DEFINITIONS %s)" % q(";".join("%s=%s" % d for d in defines(cfg))),
             "set(PY3FFI_EXT_SUFFIX %s)" % q(cfg["ext_suffix"]),
             "set(PY3FFI_IMPLEMENTATION %s)" % q(cfg["implementation"]),
             "set(PY3FFI_VERSION %s)" % q("%d.%d" % cfg["version"]),
             "set(PY3FFI_OS %s)" % q(cfg.get("os", "")),
             "set(PY3FFI_MODULE_LIB %s)" % q(module_lib(cfg))]
    for key in ("lib_name", "lib_dir", "executable"):
        lines.append("set(PY3FFI_%s %s)" % (key.upper(), q(cfg.get(key, ""))))
    return "\n".join(lines) + "\n"


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    if "-h" in args or "--help" in args:
        print(usage())
        return 0
    sources, outputs, opts = [], [], {}
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("--python", "--config-file", "--build-details", "--sysconfigdata", "--cross-lib-dir",
                 "--abi3", "--out-dir", "--runner", "--os"):
            if i + 1 >= len(args):
                print("py3ffi.config: %s needs a value" % a, file=sys.stderr)
                return 2
            opts[a] = args[i + 1]
            if a == "--out-dir":
                outputs.append(a)
            elif a not in ("--runner", "--os"):
                sources.append(a)
            i += 2
            continue
        if a in ("--print", "--cflags", "--ext-suffix", "--cmake"):
            outputs.append(a)
        elif a == "--abi3t":
            opts[a] = True
        else:
            print("py3ffi.config: unknown argument %s (see --help)" % a, file=sys.stderr)
            return 2
        i += 1
    if len(sources) > 1:
        print("py3ffi.config: give one of --python, --config-file, --build-details, --sysconfigdata, "
              "--cross-lib-dir, --abi3",
              file=sys.stderr)
        return 2
    try:
        if "--abi3t" in opts and "--abi3" not in opts:
            raise ConfigError("--abi3t: give the floor with --abi3 %d.%d" % ABI3T_SINCE)
        if "--runner" in opts and "--python" not in opts:
            raise ConfigError("--runner: give the interpreter it runs with --python")
        if "--os" in opts and "--abi3" not in opts:
            raise ConfigError("--os: only with --abi3 (an interpreter says its OS, a config file "
                              "with the key os)")
        if "--abi3" in opts:
            cfg = for_abi3(opts["--abi3"], opts.get("--abi3t", False), opts.get("--os"))
        elif "--config-file" in opts:
            cfg = read_config_file(opts["--config-file"])
        elif "--build-details" in opts:
            cfg = from_build_details(opts["--build-details"])
        elif "--sysconfigdata" in opts:
            cfg = from_sysconfigdata(opts["--sysconfigdata"])
        elif "--cross-lib-dir" in opts:
            cfg = from_cross_lib_dir(opts["--cross-lib-dir"])
        elif "--python" in opts:
            cfg = from_interpreter(opts["--python"], opts.get("--runner", "").split())
        elif os.environ.get("PY3FFI_CONFIG_FILE"):
            cfg = read_config_file(os.environ["PY3FFI_CONFIG_FILE"])
        elif os.environ.get("PY3FFI_CROSS_LIB_DIR"):
            cfg = from_cross_lib_dir(os.environ["PY3FFI_CROSS_LIB_DIR"])
        else:
            cfg = from_interpreter(discover())
    except ConfigError as e:
        print("py3ffi.config: error: %s" % e, file=sys.stderr)
        return 2
    if not outputs:
        outputs = ["--print"]
    for o in outputs:
        if o == "--out-dir":
            d = opts["--out-dir"]
            os.makedirs(d, exist_ok=True)
            for name, text in (("py3ffi.cfg", render_config(cfg)),
                               ("py3ffi_config.hpp", render_header(cfg))):
                path = os.path.join(d, name)
                # rewritten only when it changes, so builds do not redo what is up to date
                old = None
                if os.path.exists(path):
                    with open(path, encoding="utf-8") as f:
                        old = f.read()
                if old != text:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
        elif o == "--print":
            sys.stdout.write(render_config(cfg))
        elif o == "--cflags":
            print(" ".join("-D%s=%s" % d for d in defines(cfg)))
        elif o == "--ext-suffix":
            print(cfg["ext_suffix"])
        elif o == "--cmake":
            sys.stdout.write(render_cmake(cfg))
    return 0


if __name__ == "__main__":
    sys.exit(main())
