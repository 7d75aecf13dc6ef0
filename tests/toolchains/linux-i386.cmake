# CMake toolchain for Debian i386 (32-bit x86) from the amd64 host:
#   cmake -DCMAKE_TOOLCHAIN_FILE=tests/toolchains/linux-i386.cmake ...
set(CMAKE_SYSTEM_PROCESSOR i686)
set(py3ffi_cross i686-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
