# CMake toolchain for Debian s390x (64-bit IBM Z, big-endian) from the amd64 host:
#   cmake -DCMAKE_TOOLCHAIN_FILE=tests/toolchains/linux-s390x.cmake ...
set(CMAKE_SYSTEM_PROCESSOR s390x)
set(py3ffi_cross s390x-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
