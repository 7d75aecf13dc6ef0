# CMake toolchain for Debian arm64 (AArch64) from the amd64 host:
#   cmake -DCMAKE_TOOLCHAIN_FILE=tests/toolchains/linux-arm64.cmake ...
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(py3ffi_cross aarch64-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
