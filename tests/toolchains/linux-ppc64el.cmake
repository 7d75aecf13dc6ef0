# CMake toolchain for Debian ppc64el (64-bit POWER, little-endian) from the amd64 host:
#   cmake -DCMAKE_TOOLCHAIN_FILE=tests/toolchains/linux-ppc64el.cmake ...
set(CMAKE_SYSTEM_PROCESSOR ppc64le)
set(py3ffi_cross powerpc64le-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
