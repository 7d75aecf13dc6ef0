// SPDX-License-Identifier: MIT
// py3ffi's drop-in datetime.h. CPython's gives the datetime C API and PyDateTime_IMPORT
// (in the full API only, as in CPython): py3ffi's Python.h declares
// all of it for the configured target.
#include "Python.h"
