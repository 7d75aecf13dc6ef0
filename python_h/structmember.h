// SPDX-License-Identifier: MIT
// py3ffi's drop-in structmember.h. CPython's gives the member types and flags (T_INT, Py_T_INT,
// READONLY...): py3ffi's Python.h declares
// all of it for the configured target.
#include "Python.h"
