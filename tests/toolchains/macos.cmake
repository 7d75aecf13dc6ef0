# macOS without a Mac or its SDK, for compiling and linking only (tests/test_macos.py): clang
# with a Darwin --target, Apple's linker's LLVM counterpart ld64.lld, and the stand-in SDK beside
# this file. Included by macos-arm64.cmake and macos-x86_64.cmake, which set PY3FFI_MACOS_ARCH
# and PY3FFI_MACOS_MIN first.
set(CMAKE_SYSTEM_NAME Darwin)
set(CMAKE_SYSTEM_PROCESSOR ${PY3FFI_MACOS_ARCH})
set(CMAKE_OSX_ARCHITECTURES ${PY3FFI_MACOS_ARCH})
set(CMAKE_OSX_DEPLOYMENT_TARGET ${PY3FFI_MACOS_MIN})
# Without it CMake would leave the sysroot to clang (/: glibc's headers); with it, no xcrun or
# xcode-select is asked. It holds the two C headers py3ffi needs (see its usr/include); libc++,
# macOS's C++ library, is found beside clang (Debian: libc++-19-dev).
set(CMAKE_OSX_SYSROOT ${CMAKE_CURRENT_LIST_DIR}/macos-sdk)
find_program(PY3FFI_MACOS_CXX NAMES clang++-19 REQUIRED)
find_program(PY3FFI_MACOS_LD64 NAMES ld64.lld-19 REQUIRED)
set(CMAKE_CXX_COMPILER ${PY3FFI_MACOS_CXX})
set(CMAKE_CXX_COMPILER_TARGET ${PY3FFI_MACOS_ARCH}-apple-macos${PY3FFI_MACOS_MIN})
# No libSystem or C runtime objects to link a test program with: the compiler checks compile only.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
# A module links nothing else here (-nostdlib: libSystem.tbd is the SDK's), so dyld looks up the
# few C runtime names too, as it does the interpreter's (-undefined dynamic_lookup, from
# py3ffi_add_module). -mlinker-version: clang passes ld64.lld the -platform_version of ld64 520+.
set(CMAKE_MODULE_LINKER_FLAGS_INIT "--ld-path=${PY3FFI_MACOS_LD64} -mlinker-version=705 -nostdlib")
