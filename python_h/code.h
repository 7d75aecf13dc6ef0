// SPDX-License-Identifier: MIT
// py3ffi's drop-in code.h. CPython's gives PyCodeObject:
// py3ffi's Python.h declares all of it for the configured target.
#include "Python.h"
