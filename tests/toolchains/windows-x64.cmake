# Cross-compiling for 64-bit Windows with mingw-w64 (Debian: g++-mingw-w64-x86-64-posix):
#   cmake -S <project> -B <build> -DCMAKE_TOOLCHAIN_FILE=tests/toolchains/windows-x64.cmake
# Modules link libgcc, libstdc++ and winpthread statically, so that a .pyd needs no DLL but
# the interpreter's. When wine is found, it is CMake's emulator: py3ffi_add_module(... PYTHON
# <python.exe>) then runs the config tool under that Windows interpreter (set WINEPREFIX in the
# environment to choose the wine prefix).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)
set(PY3FFI_MINGW_TRIPLE x86_64-w64-mingw32)
# (the posix thread model: std::thread and std::mutex work; the win32 one has neither in GCC 12)
find_program(CMAKE_C_COMPILER NAMES ${PY3FFI_MINGW_TRIPLE}-gcc-posix ${PY3FFI_MINGW_TRIPLE}-gcc REQUIRED)
find_program(CMAKE_CXX_COMPILER NAMES ${PY3FFI_MINGW_TRIPLE}-g++-posix ${PY3FFI_MINGW_TRIPLE}-g++ REQUIRED)
find_program(CMAKE_RC_COMPILER NAMES ${PY3FFI_MINGW_TRIPLE}-windres)
set(CMAKE_FIND_ROOT_PATH /usr/${PY3FFI_MINGW_TRIPLE})
# programs (python3 for the config tool) from the build machine; libraries and headers from the
# target's
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "-static")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
find_program(PY3FFI_WINE NAMES wine64 wine)
if(PY3FFI_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${PY3FFI_WINE}")
endif()
