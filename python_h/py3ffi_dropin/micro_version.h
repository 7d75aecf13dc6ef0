// SPDX-License-Identifier: MIT
// PY_MICRO_VERSION for the drop-in Python.h: the target's micro version, as a literal
// (0 to 31; larger ones stay an expression, which #if reads the same).
// clang-format off
#if ((PY_VERSION_HEX >> 8) & 0xFF) == 0
#  define PY_MICRO_VERSION 0
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 1
#  define PY_MICRO_VERSION 1
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 2
#  define PY_MICRO_VERSION 2
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 3
#  define PY_MICRO_VERSION 3
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 4
#  define PY_MICRO_VERSION 4
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 5
#  define PY_MICRO_VERSION 5
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 6
#  define PY_MICRO_VERSION 6
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 7
#  define PY_MICRO_VERSION 7
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 8
#  define PY_MICRO_VERSION 8
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 9
#  define PY_MICRO_VERSION 9
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 10
#  define PY_MICRO_VERSION 10
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 11
#  define PY_MICRO_VERSION 11
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 12
#  define PY_MICRO_VERSION 12
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 13
#  define PY_MICRO_VERSION 13
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 14
#  define PY_MICRO_VERSION 14
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 15
#  define PY_MICRO_VERSION 15
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 16
#  define PY_MICRO_VERSION 16
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 17
#  define PY_MICRO_VERSION 17
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 18
#  define PY_MICRO_VERSION 18
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 19
#  define PY_MICRO_VERSION 19
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 20
#  define PY_MICRO_VERSION 20
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 21
#  define PY_MICRO_VERSION 21
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 22
#  define PY_MICRO_VERSION 22
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 23
#  define PY_MICRO_VERSION 23
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 24
#  define PY_MICRO_VERSION 24
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 25
#  define PY_MICRO_VERSION 25
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 26
#  define PY_MICRO_VERSION 26
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 27
#  define PY_MICRO_VERSION 27
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 28
#  define PY_MICRO_VERSION 28
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 29
#  define PY_MICRO_VERSION 29
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 30
#  define PY_MICRO_VERSION 30
#elif ((PY_VERSION_HEX >> 8) & 0xFF) == 31
#  define PY_MICRO_VERSION 31
#else
#  define PY_MICRO_VERSION (((PY_VERSION_HEX >> 8) & 0xFF))
#endif
// clang-format on
