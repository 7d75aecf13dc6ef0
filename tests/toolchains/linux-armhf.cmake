# CMake toolchain for Debian armhf (32-bit ARMv7, hard float) from the amd64 host:
#   cmake -DCMAKE_TOOLCHAIN_FILE=tests/toolchains/linux-armhf.cmake ...
set(CMAKE_SYSTEM_PROCESSOR armv7l)
set(py3ffi_cross arm-linux-gnueabihf)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
