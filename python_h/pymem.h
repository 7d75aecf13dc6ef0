// SPDX-License-Identifier: MIT
// py3ffi's drop-in pymem.h. CPython's gives the memory allocators:
// py3ffi's Python.h declares all of it for the configured target.
#include "Python.h"
