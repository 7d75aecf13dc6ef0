# SPDX-License-Identifier: MIT
# find_package(py3ffi CONFIG): py3ffi::headers, py3ffi_add_module() and py3ffi_embed_config().
# Works from an install (share/py3ffi/cmake), from the pip package (python -m py3ffi
# --cmake-dir) and from the source tree (cmake/).
include_guard(GLOBAL)
set(_py3ffi_here "${CMAKE_CURRENT_LIST_DIR}")
foreach(dir "${_py3ffi_here}/../include" "${_py3ffi_here}/../../../include")
  if(EXISTS "${dir}/py3ffi/py3ffi.hpp")
    get_filename_component(PY3FFI_INCLUDE_DIR "${dir}" ABSOLUTE)
    break()
  endif()
endforeach()
# (the wheel and an install keep config.py beside cmake/, the source tree in python/py3ffi/)
foreach(tool "${_py3ffi_here}/../config.py" "${_py3ffi_here}/../python/py3ffi/config.py")
  if(EXISTS "${tool}")
    get_filename_component(tool "${tool}" ABSOLUTE)
    set(PY3FFI_CONFIG_TOOL "${tool}" CACHE INTERNAL "py3ffi's config tool")
    break()
  endif()
endforeach()
if(NOT PY3FFI_INCLUDE_DIR OR NOT PY3FFI_CONFIG_TOOL)
  set(py3ffi_FOUND FALSE)
  set(py3ffi_NOT_FOUND_MESSAGE "py3ffi: headers or config tool not found next to ${_py3ffi_here}")
  return()
endif()
if(NOT TARGET py3ffi::headers)
  add_library(py3ffi::headers INTERFACE IMPORTED)
  set_target_properties(py3ffi::headers PROPERTIES
                        INTERFACE_INCLUDE_DIRECTORIES "${PY3FFI_INCLUDE_DIR}"
                        INTERFACE_COMPILE_FEATURES cxx_std_17)
endif()
include("${_py3ffi_here}/py3ffi.cmake")
include("${_py3ffi_here}/py3ffiEmbed.cmake")
