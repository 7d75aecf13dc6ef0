// SPDX-License-Identifier: MIT
// py3ffi's drop-in patchlevel.h. CPython's gives the version macros (PY_VERSION_HEX...):
// py3ffi's Python.h declares all of it for the configured target.
#include "Python.h"
