// SPDX-License-Identifier: MIT
// py3ffi's drop-in pyconfig.h. CPython's gives the build's configuration (here: that of
// the configured target): py3ffi's Python.h declares
// all of it for the configured target.
#include "Python.h"
