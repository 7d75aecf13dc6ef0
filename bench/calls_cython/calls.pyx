# cython: language_level=3, freethreading_compatible=True
"""The call-mechanism benchmark in Cython: add_ints(a, b) -> a + b for two ints that fit in 32
bits, written as Cython is meant to be used: an isinstance() check (compiled to PyLong_Check),
Cython's own conversion to a C int32_t (OverflowError beyond 32 bits, as in the C reference) and a
C long result, which Cython returns with PyLong_FromLong. As in bench/string_sum_cython, the
arguments are not declared `int32_t` in the signature because Cython's conversion there also takes
objects the C reference rejects."""
from libc.stdint cimport int32_t


cdef inline int32_t to_int32(object arg, int pos) except? -1:
    if not isinstance(arg, int):
        raise TypeError(f"add_ints expected an int for positional argument {pos}")
    return arg


def add_ints(a, b):
    """Returns the sum of two 32-bit ints."""
    cdef long total = <long>to_int32(a, 1) + to_int32(b, 2)
    return total
