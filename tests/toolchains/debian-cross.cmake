# The part every Linux toolchain file here shares: Debian's cross compilers for the triplet the
# including file sets (py3ffi_cross; tools/provision/foreign.sh installs them), their own
# sysroot (Debian's libc6-dev-*-cross) for libraries and headers, the host for programs.
# No emulator: a caller that needs one passes -DCMAKE_CROSSCOMPILING_EMULATOR (foreign.tsv's
# runner), which a set() here would hide.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_C_COMPILER ${py3ffi_cross}-gcc)
set(CMAKE_CXX_COMPILER ${py3ffi_cross}-g++)
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${py3ffi_cross})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
