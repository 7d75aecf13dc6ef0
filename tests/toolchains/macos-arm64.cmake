# macOS on Apple silicon (11.0, its first release), compile and link only: see macos.cmake.
set(PY3FFI_MACOS_ARCH arm64)
set(PY3FFI_MACOS_MIN 11.0)
include(${CMAKE_CURRENT_LIST_DIR}/macos.cmake)
