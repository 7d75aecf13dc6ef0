// SPDX-License-Identifier: MIT
// Included at the top of every py3ffi header (no include guard: it nests with the _end
// header). Names that user code commonly defines as macros (Qt's keywords, Windows'
// min/max, C library ctype macros) are set aside so that our declarations, which use
// some of them as field names (PyType_Spec::slots), read the same whatever was defined.
#pragma push_macro("slots")
#pragma push_macro("signals")
#pragma push_macro("emit")
#pragma push_macro("foreach")
#pragma push_macro("min")
#pragma push_macro("max")
#pragma push_macro("isalnum")
#pragma push_macro("isalpha")
#pragma push_macro("isdigit")
#pragma push_macro("isspace")
#pragma push_macro("islower")
#pragma push_macro("isupper")
#pragma push_macro("tolower")
#pragma push_macro("toupper")
#pragma push_macro("unix")
#pragma push_macro("linux")
#undef slots
#undef signals
#undef emit
#undef foreach
#undef min
#undef max
#undef isalnum
#undef isalpha
#undef isdigit
#undef isspace
#undef islower
#undef isupper
#undef tolower
#undef toupper
#undef unix
#undef linux
