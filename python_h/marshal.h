// SPDX-License-Identifier: MIT
// py3ffi's drop-in marshal.h. CPython's gives the marshal functions:
// py3ffi's Python.h declares all of it for the configured target.
#include "Python.h"
