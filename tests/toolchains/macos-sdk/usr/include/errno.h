/* Stand-in for the macOS SDK's <errno.h>, absent here (tests/test_macos.py, compile and link
   only): errno as macOS defines it (the thread's errno, through __error()) and the two <math.h>
   errors with macOS's values (Py_OVERFLOWED, before 3.11, compares errno with ERANGE). */
#ifndef PY3FFI_STANDIN_ERRNO_H
#define PY3FFI_STANDIN_ERRNO_H
#ifdef __cplusplus
extern "C" {
#endif
extern int *__error(void);
#define errno (*__error())
#define EDOM 33
#define ERANGE 34
#ifdef __cplusplus
}
#endif
#endif
