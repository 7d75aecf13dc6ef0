# macOS on Intel, from 10.9 (as python.org's installers of 3.8-3.12), compile and link only:
# see macos.cmake.
set(PY3FFI_MACOS_ARCH x86_64)
set(PY3FFI_MACOS_MIN 10.9)
include(${CMAKE_CURRENT_LIST_DIR}/macos.cmake)
