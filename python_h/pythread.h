// SPDX-License-Identifier: MIT
// py3ffi's drop-in pythread.h. CPython's gives the thread API (PyThread_*, Py_tss_t):
// py3ffi's Python.h declares all of it for the configured target.
#include "Python.h"
