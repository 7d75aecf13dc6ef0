# SPDX-License-Identifier: MIT
# find_package(py3ffi CONFIG): py3ffi::headers, py3ffi::python_h (the drop-in Python.h),
# py3ffi_add_module() and py3ffi_embed_config().
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
# The drop-in Python.h: in the wheel and the source tree beside cmake/, in an install in
# include/py3ffi_python_h.
foreach(dir "${_py3ffi_here}/../python_h" "${_py3ffi_here}/../../../include/py3ffi_python_h")
  if(EXISTS "${dir}/Python.h")
    get_filename_component(PY3FFI_PYTHON_H_DIR "${dir}" ABSOLUTE)
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
# py3ffi::python_h: the drop-in folder on the include path, and py3ffi's headers.
if(PY3FFI_PYTHON_H_DIR AND NOT TARGET py3ffi::python_h)
  add_library(py3ffi::python_h INTERFACE IMPORTED)
  set_target_properties(py3ffi::python_h PROPERTIES
                        INTERFACE_INCLUDE_DIRECTORIES "${PY3FFI_PYTHON_H_DIR}"
                        INTERFACE_LINK_LIBRARIES py3ffi::headers)
endif()
include("${_py3ffi_here}/py3ffi.cmake")
include("${_py3ffi_here}/py3ffiEmbed.cmake")
