/* Stand-in for the macOS SDK's <stdio.h>, absent here (tests/test_macos.py, compile and link
   only): what py3ffi's headers take from it, declared as macOS declares it. FILE is macOS's
   struct __sFILE, left incomplete (the API passes FILE * only); stderr is its __stderrp;
   fprintf serves the assertions of debug builds. libc++'s <cstdio> imports the functions
   declared here and skips the rest (using_if_exists). */
#ifndef PY3FFI_STANDIN_STDIO_H
#define PY3FFI_STANDIN_STDIO_H
#include <stddef.h> /* size_t and NULL, which <stdio.h> defines too */
#ifdef __cplusplus
extern "C" {
#endif
typedef struct __sFILE FILE;
extern FILE *__stderrp;
#define stderr __stderrp
int fprintf(FILE *__restrict, const char *__restrict, ...);
#ifdef __cplusplus
}
#endif
#endif
