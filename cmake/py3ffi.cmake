# SPDX-License-Identifier: MIT
# py3ffi's CMake functions. Included by py3ffiConfig.cmake (find_package) and by py3ffi's own
# CMakeLists.txt (add_subdirectory / FetchContent); both define py3ffi::headers first and set
# PY3FFI_CONFIG_TOOL (python/py3ffi/config.py, or config.py next to the installed package).
include_guard(GLOBAL)

# py3ffi_configure(<out-var-prefix> [ABI3 <floor>] [ABI3T] [PYTHON <exe> | CONFIG_FILE <file>]
#                  [QUIET])
# Runs the config tool and sets <prefix>_DEFINITIONS, _EXT_SUFFIX, _IMPLEMENTATION, _VERSION,
# _OS, _MODULE_LIB (what a module links: on Windows python3 or python312...), _LIB_NAME,
# _LIB_DIR in the caller's scope (QUIET: on failure, <prefix>_ERROR instead of a
# fatal error). With none of PYTHON, CONFIG_FILE and ABI3 the tool
# discovers the interpreter ($PY3FFI_PYTHON, the active virtualenv or conda environment, python3
# on PATH), or reads $PY3FFI_CONFIG_FILE. ABI3 builds for the OS CMake builds for. When
# cross-compiling, the tool runs on the build machine and asks the PYTHON given through
# CMAKE_CROSSCOMPILING_EMULATOR (qemu for another Linux, wine for a Windows python.exe), if set.
function(py3ffi_configure prefix)
  cmake_parse_arguments(ARG "ABI3T;QUIET" "ABI3;PYTHON;CONFIG_FILE" "" ${ARGN})
  set(${prefix}_ERROR "" PARENT_SCOPE)
  if(ARG_PYTHON AND ARG_CONFIG_FILE)
    message(FATAL_ERROR "py3ffi: give PYTHON or CONFIG_FILE, not both")
  endif()
  if(ARG_ABI3T AND NOT ARG_ABI3)
    message(FATAL_ERROR "py3ffi: ABI3T needs the floor: ABI3 3.15 ABI3T")
  endif()
  if(CMAKE_SYSTEM_NAME STREQUAL "Windows")
    set(target_os windows)
  elseif(CMAKE_SYSTEM_NAME STREQUAL "Darwin")
    set(target_os macos)
  elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(target_os linux)
  else()
    set(target_os other)
  endif()
  if(ARG_ABI3)
    set(args --abi3 ${ARG_ABI3} --os ${target_os})
    if(ARG_ABI3T)
      list(APPEND args --abi3t)
    endif()
  elseif(ARG_CONFIG_FILE)
    get_filename_component(file "${ARG_CONFIG_FILE}" ABSOLUTE)
    set(args --config-file "${file}")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
  elseif(ARG_PYTHON)
    set(args --python "${ARG_PYTHON}")
  else()
    set(args "")
  endif()
  # The tool needs some Python >= 3.7 to run: the target interpreter when there is one, else
  # whichever the build machine has. A stable-ABI build needs none: it is derived here.
  if(ARG_PYTHON AND ARG_ABI3 AND CMAKE_CROSSCOMPILING AND CMAKE_CROSSCOMPILING_EMULATOR)
    # The stable ABI for another platform, with its interpreter: that interpreter runs the tool
    # under the emulator (a Windows one knows where its python3.lib is).
    set(runner ${CMAKE_CROSSCOMPILING_EMULATOR} "${ARG_PYTHON}")
  elseif(ARG_PYTHON AND CMAKE_CROSSCOMPILING AND CMAKE_CROSSCOMPILING_EMULATOR)
    # Another platform's interpreter: the tool runs on this machine and asks it through the
    # emulator (qemu, wine) the toolchain names; under qemu, the interpreter could not start
    # another one.
    list(JOIN CMAKE_CROSSCOMPILING_EMULATOR " " emulator)
    list(APPEND args --runner "${emulator}")
    find_program(PY3FFI_TOOL_PYTHON NAMES python3 python)
    set(runner "${PY3FFI_TOOL_PYTHON}")
  elseif(ARG_PYTHON)
    set(runner "${ARG_PYTHON}")
  else()
    find_program(PY3FFI_TOOL_PYTHON NAMES python3 python)
    set(runner "${PY3FFI_TOOL_PYTHON}")
  endif()
  if(ARG_ABI3 AND NOT runner)
    string(REPLACE "." ";" v "${ARG_ABI3}")
    list(GET v 0 major)
    list(GET v 1 minor)
    math(EXPR hex "(${major} << 24) | (${minor} << 16)" OUTPUT_FORMAT HEXADECIMAL)
    set(${prefix}_DEFINITIONS "Py_LIMITED_API=${hex}" PARENT_SCOPE)
    set(${prefix}_EXT_SUFFIX ".abi3.so" PARENT_SCOPE)
    set(${prefix}_MODULE_LIB "" PARENT_SCOPE)
    if(target_os STREQUAL "windows")
      if(ARG_ABI3T)
        message(FATAL_ERROR "py3ffi: ABI3T on Windows is not supported: which DLL such a module "
                            "imports could not be checked (no Windows CPython 3.15). Fix: drop ABI3T")
      endif()
      set(${prefix}_EXT_SUFFIX ".pyd" PARENT_SCOPE)
      set(${prefix}_MODULE_LIB python3 PARENT_SCOPE)
    elseif(ARG_ABI3T)
      set(${prefix}_DEFINITIONS "Py_TARGET_ABI3T=${hex};Py_LIMITED_API=${hex}" PARENT_SCOPE)
      set(${prefix}_EXT_SUFFIX ".abi3t.so" PARENT_SCOPE)
    endif()
    set(${prefix}_IMPLEMENTATION CPython PARENT_SCOPE)
    set(${prefix}_VERSION "${ARG_ABI3}" PARENT_SCOPE)
    set(${prefix}_OS "${target_os}" PARENT_SCOPE)
    set(${prefix}_LIB_NAME "" PARENT_SCOPE)
    set(${prefix}_LIB_DIR "" PARENT_SCOPE)
    return()
  endif()
  if(NOT runner AND ARG_QUIET)
    set(${prefix}_ERROR "py3ffi: no Python found to run the config tool" PARENT_SCOPE)
    return()
  elseif(NOT runner)
    message(FATAL_ERROR "py3ffi: no Python found to run the config tool (set PY3FFI_TOOL_PYTHON, "
                        "or give PYTHON <exe>, or build for the stable ABI with ABI3 <floor>)")
  endif()
  execute_process(COMMAND ${runner} "${PY3FFI_CONFIG_TOOL}" ${args} --cmake
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    string(STRIP "${err}" err)
    if(ARG_QUIET)
      set(${prefix}_ERROR "${err}" PARENT_SCOPE)
      return()
    endif()
    message(FATAL_ERROR "${err}")
  endif()
  set(file "${CMAKE_CURRENT_BINARY_DIR}/py3ffi/${prefix}.cmake")
  file(WRITE "${file}" "${out}")
  include("${file}")
  foreach(v DEFINITIONS EXT_SUFFIX IMPLEMENTATION VERSION OS MODULE_LIB LIB_NAME LIB_DIR)
    set(${prefix}_${v} "${PY3FFI_${v}}" PARENT_SCOPE)
  endforeach()
endfunction()

# py3ffi_add_module(<name> [ABI3 <floor>] [ABI3T] [PYTHON <exe> | CONFIG_FILE <file>] <sources>...)
# A loadable extension module for the configured target: named <name><EXT_SUFFIX>
# (.cpython-313-x86_64-linux-gnu.so, .abi3.so, .abi3t.so, .cp312-win_amd64.pyd, .pyd), hidden
# visibility, not linked against libpython on Linux (the interpreter provides the symbols),
# -undefined dynamic_lookup on macOS (linked by the tests, not run), on Windows the interpreter's import
# library from the configuration's lib_dir: python3.lib for abi3, else python312.lib
# (python313t.lib, python312_d.lib...).
function(py3ffi_add_module name)
  cmake_parse_arguments(ARG "ABI3T" "ABI3;PYTHON;CONFIG_FILE" "" ${ARGN})
  set(cfg_args "")
  foreach(k ABI3 PYTHON CONFIG_FILE)
    if(ARG_${k})
      list(APPEND cfg_args ${k} "${ARG_${k}}")
    endif()
  endforeach()
  if(ARG_ABI3T)
    list(APPEND cfg_args ABI3T)
  endif()
  py3ffi_configure(cfg_${name} ${cfg_args})
  add_library(${name} MODULE ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE py3ffi::headers)
  target_compile_definitions(${name} PRIVATE ${cfg_${name}_DEFINITIONS})
  set_target_properties(${name} PROPERTIES PREFIX "" SUFFIX "${cfg_${name}_EXT_SUFFIX}"
                        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  if(WIN32 AND NOT cfg_${name}_OS STREQUAL "windows")
    message(FATAL_ERROR "py3ffi: ${name}: CMake builds for Windows, but the configuration is for "
                        "os=${cfg_${name}_OS} (ext_suffix ${cfg_${name}_EXT_SUFFIX}). Fix: configure "
                        "for a Windows interpreter (PYTHON <python.exe>, or os=windows in the config file)")
  elseif(NOT WIN32 AND cfg_${name}_OS STREQUAL "windows")
    message(FATAL_ERROR "py3ffi: ${name}: the configuration is for Windows (os=windows, ext_suffix "
                        "${cfg_${name}_EXT_SUFFIX}), but CMake builds for ${CMAKE_SYSTEM_NAME}. Fix: "
                        "build with a Windows toolchain (-DCMAKE_TOOLCHAIN_FILE=...), or configure "
                        "for this OS")
  endif()
  if(APPLE)
    target_link_options(${name} PRIVATE "LINKER:-undefined,dynamic_lookup")
  elseif(WIN32)
    set(lib "${cfg_${name}_MODULE_LIB}")
    if(NOT cfg_${name}_LIB_DIR)
      message(FATAL_ERROR "py3ffi: ${name}: a Windows module links the interpreter's import library "
                          "${lib}.lib, and the configuration does not say where it is (lib_dir). "
                          "Fix: give PYTHON <python.exe> (the config tool then finds <prefix>/libs; "
                          "when cross-compiling, CMAKE_CROSSCOMPILING_EMULATOR runs it, e.g. wine), "
                          "or a CONFIG_FILE with lib_dir=<prefix>/libs")
    endif()
    target_link_directories(${name} PRIVATE "${cfg_${name}_LIB_DIR}")
    target_link_libraries(${name} PRIVATE ${lib})
  endif()
endfunction()

# py3ffi_embed_config(<target> [PYTHON <exe> | CONFIG_FILE <file>])
# Makes <target>, a program that embeds the interpreter, compile for that interpreter and link
# its libpython (py3ffi::embed does it for the interpreter found at configure time).
function(py3ffi_embed_config target)
  cmake_parse_arguments(ARG "" "PYTHON;CONFIG_FILE" "" ${ARGN})
  set(cfg_args "")
  foreach(k PYTHON CONFIG_FILE)
    if(ARG_${k})
      list(APPEND cfg_args ${k} "${ARG_${k}}")
    endif()
  endforeach()
  py3ffi_configure(emb ${cfg_args})
  if(NOT emb_LIB_NAME)
    message(FATAL_ERROR "py3ffi: ${target}: the configuration names no library to embed "
                        "(set lib_name and lib_dir in the config file)")
  endif()
  _py3ffi_link_embed(${target} PRIVATE emb)
endfunction()

# What embedding takes, from py3ffi_configure's <prefix>_ variables: the target's defines, its
# libpython, and that library's directory at run time too.
function(_py3ffi_link_embed target scope prefix)
  target_link_libraries(${target} ${scope} py3ffi::headers "${${prefix}_LIB_NAME}")
  target_compile_definitions(${target} ${scope} ${${prefix}_DEFINITIONS})
  # (an empty directory would be the source directory)
  if(${prefix}_LIB_DIR)
    target_link_directories(${target} ${scope} "${${prefix}_LIB_DIR}")
    if(NOT WIN32)
      target_link_options(${target} ${scope} "LINKER:-rpath,${${prefix}_LIB_DIR}")
    endif()
  endif()
endfunction()
