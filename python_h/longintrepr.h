// SPDX-License-Identifier: MIT
// py3ffi's drop-in longintrepr.h. CPython's gives PyLongObject's digits (full API):
// py3ffi's Python.h declares all of it for the configured target.
#include "Python.h"
