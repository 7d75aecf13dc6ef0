// SPDX-License-Identifier: MIT
// PY_RELEASE_SERIAL for the drop-in Python.h: the release serial (rc2: 2), as a literal
// (0 to 15; larger ones stay an expression, which #if reads the same).
// clang-format off
#if (PY_VERSION_HEX & 0xF) == 0
#  define PY_RELEASE_SERIAL 0
#elif (PY_VERSION_HEX & 0xF) == 1
#  define PY_RELEASE_SERIAL 1
#elif (PY_VERSION_HEX & 0xF) == 2
#  define PY_RELEASE_SERIAL 2
#elif (PY_VERSION_HEX & 0xF) == 3
#  define PY_RELEASE_SERIAL 3
#elif (PY_VERSION_HEX & 0xF) == 4
#  define PY_RELEASE_SERIAL 4
#elif (PY_VERSION_HEX & 0xF) == 5
#  define PY_RELEASE_SERIAL 5
#elif (PY_VERSION_HEX & 0xF) == 6
#  define PY_RELEASE_SERIAL 6
#elif (PY_VERSION_HEX & 0xF) == 7
#  define PY_RELEASE_SERIAL 7
#elif (PY_VERSION_HEX & 0xF) == 8
#  define PY_RELEASE_SERIAL 8
#elif (PY_VERSION_HEX & 0xF) == 9
#  define PY_RELEASE_SERIAL 9
#elif (PY_VERSION_HEX & 0xF) == 10
#  define PY_RELEASE_SERIAL 10
#elif (PY_VERSION_HEX & 0xF) == 11
#  define PY_RELEASE_SERIAL 11
#elif (PY_VERSION_HEX & 0xF) == 12
#  define PY_RELEASE_SERIAL 12
#elif (PY_VERSION_HEX & 0xF) == 13
#  define PY_RELEASE_SERIAL 13
#elif (PY_VERSION_HEX & 0xF) == 14
#  define PY_RELEASE_SERIAL 14
#elif (PY_VERSION_HEX & 0xF) == 15
#  define PY_RELEASE_SERIAL 15
#else
#  define PY_RELEASE_SERIAL ((PY_VERSION_HEX & 0xF))
#endif
// clang-format on
