# Run by the interpreter to describe (python - < probe.py): one tab-separated line with the
# fields of HEADER. Must run on every Python >= 3.7: CPython, PyPy and GraalPy alike.
import os
import platform
import struct
import sys
import sysconfig

HEADER = ("impl", "version", "hexversion", "debug", "gil_disabled", "include", "ext_suffix",
          "symbols", "executable", "pointer_bits", "byteorder", "platform")


def fields():
    cv = sysconfig.get_config_var
    impl = platform.python_implementation()
    if sys.implementation.name == "graalpy":
        impl = "GraalPy"  # (platform says "GraalVM")
    debug = int(hasattr(sys, "gettotalrefcount") or bool(cv("Py_DEBUG")))
    if impl == "PyPy":
        debug = 0
    gil_disabled = int(bool(cv("Py_GIL_DISABLED")))
    # The exported C API lives in the shared libpython when there is one, else in the
    # executable (Debian links it statically and exports the symbols); PyPy in libpypy3*-c.so;
    # GraalPy in libpython-native.so; on Windows in python3XY.dll.
    symbols = sys.executable
    include = sysconfig.get_paths()["include"]
    if impl == "GraalPy":
        # Its home is unpacked under ~/.cache/org.graalvm.polyglot/<hash>; prefer the copies that
        # graalpy.sh put next to the launcher (sys.executable), which stay put.
        here = os.path.dirname(os.path.realpath(sys.executable))
        inc = os.path.join(here, "include", "python%d.%d" % sys.version_info[:2])
        if os.path.isfile(os.path.join(inc, "Python.h")):
            include = inc
        for lib in (os.path.join(here, "native", "libpython-native.so"),
                    os.path.join(cv("LIBDIR") or "", "libpython-native.so")):
            if os.path.isfile(lib):
                symbols = os.path.realpath(lib)
                break
    elif impl == "PyPy":
        # wherever it was installed, the running interpreter has it mapped
        with open("/proc/self/maps") as f:
            hits = [ln.split()[-1] for ln in f if "/libpypy3" in ln and ln.rstrip().endswith("-c.so")]
        if hits:
            symbols = os.path.realpath(hits[0])
    elif sys.platform == "win32":
        # the interpreter's DLL (python312.dll), by the handle the interpreter keeps of it; and
        # the include directory as spelled on disk (sysconfig says Include, a jar has include)
        import ctypes
        name = ctypes.create_unicode_buffer(32768)
        if not ctypes.windll.kernel32.GetModuleFileNameW(ctypes.c_void_p(sys.dllhandle), name, len(name)):
            raise SystemExit("probe.py: GetModuleFileNameW(sys.dllhandle) failed")
        symbols = name.value
        include = os.path.realpath(include)
    elif cv("Py_ENABLE_SHARED"):
        lib = os.path.join(cv("LIBDIR"), cv("INSTSONAME") or cv("LDLIBRARY"))
        if os.path.exists(lib):
            symbols = os.path.realpath(lib)
    return (impl, platform.python_version(), "0x%08X" % sys.hexversion, debug, gil_disabled,
            include, cv("EXT_SUFFIX") or cv("SO"), symbols,
            os.path.realpath(sys.executable), struct.calcsize("P") * 8, sys.byteorder, sys.platform)


if __name__ == "__main__":
    print("\t".join(HEADER if sys.argv[1:] == ["--header"] else [str(f) for f in fields()]))
