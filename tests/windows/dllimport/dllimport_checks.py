# Run by a Windows interpreter with the built dllimport_probe on sys.path.
import sys

import dllimport_probe

print("dllimport_probe loaded from", dllimport_probe.__file__, "by", sys.version.split()[0])
# the module's &PyObject_GenericGetAttr is the interpreter's function, as with Python.h
assert dllimport_probe.slot_is_generic_getattr() is True
# and the control shows what it is without dllimport: a stub of the module's own
assert dllimport_probe.slot_is_plain_declaration() is False
# a call through an assembler label (the _SizeT symbol before 3.13), imported from the DLL
assert dllimport_probe.length_of("abc") == 3
assert dllimport_probe.length_of("x" * 100000) == 100000
print("ok")
