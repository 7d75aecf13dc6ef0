// SPDX-License-Identifier: MIT
// py3ffi's drop-in frameobject.h. CPython's gives PyFrameObject and the frame functions:
// py3ffi's Python.h declares all of it for the configured target.
#include "Python.h"
