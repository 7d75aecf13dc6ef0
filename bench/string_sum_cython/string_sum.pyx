# cython: language_level=3, freethreading_compatible=True
"""The string_sum example in Cython, written as Cython is meant to be used: an isinstance() check
(compiled to PyLong_Check), Cython's own conversion to a C int32_t (OverflowError beyond 32 bits,
as in the C reference) and str() of a C integer. The arguments are not declared `int32_t` in the
signature because Cython's conversion there also takes floats, which the C reference rejects."""
from libc.stdint cimport int32_t, int64_t, INT32_MAX, INT32_MIN


cdef inline int32_t to_int32(object arg, int pos) except? -1:
    if not isinstance(arg, int):
        raise TypeError(f"sum_as_string expected an int for positional argument {pos}")
    return arg


def sum_as_string(a, b):
    """Returns the sum of two ints as a string."""
    cdef int64_t total = <int64_t>to_int32(a, 1) + to_int32(b, 2)
    if total > INT32_MAX or total < INT32_MIN:
        raise OverflowError("arguments too large to add")
    return str(total)
