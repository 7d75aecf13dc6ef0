# Run by the interpreter to describe (python - < probe.py): one tab-separated line with the
# fields of HEADER. Must run on every Python >= 3.7, CPython and PyPy alike.
import os
import platform
import struct
import sys
import sysconfig

HEADER = ("impl", "version", "hexversion", "debug", "gil_disabled", "include", "ext_suffix",
          "symbols", "executable", "pointer_bits")


def fields():
    cv = sysconfig.get_config_var
    impl = platform.python_implementation()
    debug = int(hasattr(sys, "gettotalrefcount") or bool(cv("Py_DEBUG")))
    if impl == "PyPy":
        debug = 0
    gil_disabled = int(bool(cv("Py_GIL_DISABLED")))
    # The exported C API lives in the shared libpython when there is one, else in the
    # executable (Debian links it statically and exports the symbols); PyPy in libpypy3*-c.so.
    symbols = sys.executable
    if impl == "PyPy":
        # wherever it was installed, the running interpreter has it mapped
        with open("/proc/self/maps") as f:
            hits = [ln.split()[-1] for ln in f if "/libpypy3" in ln and ln.rstrip().endswith("-c.so")]
        if hits:
            symbols = os.path.realpath(hits[0])
    elif cv("Py_ENABLE_SHARED"):
        lib = os.path.join(cv("LIBDIR"), cv("INSTSONAME") or cv("LDLIBRARY"))
        if os.path.exists(lib):
            symbols = os.path.realpath(lib)
    return (impl, platform.python_version(), "0x%08X" % sys.hexversion, debug, gil_disabled,
            sysconfig.get_paths()["include"], cv("EXT_SUFFIX") or cv("SO"), symbols,
            os.path.realpath(sys.executable), struct.calcsize("P") * 8)


if __name__ == "__main__":
    print("\t".join(HEADER if sys.argv[1:] == ["--header"] else [str(f) for f in fields()]))
