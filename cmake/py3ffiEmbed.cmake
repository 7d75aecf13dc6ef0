# SPDX-License-Identifier: MIT
# py3ffi::embed: compile for, and link the libpython of, the interpreter found at configure
# time (the cache variable PY3FFI_PYTHON, else $PY3FFI_CONFIG_FILE, else the config tool's
# discovery), for programs that embed it. For another interpreter, use py3ffi_embed_config().
include_guard(GLOBAL)
if(NOT TARGET py3ffi::embed)
  add_library(py3ffi_embed INTERFACE)
  add_library(py3ffi::embed ALIAS py3ffi_embed)
  if(PY3FFI_PYTHON)
    py3ffi_configure(_py3ffi_emb PYTHON "${PY3FFI_PYTHON}" QUIET)
  else()
    py3ffi_configure(_py3ffi_emb QUIET)
  endif()
  if(_py3ffi_emb_ERROR OR NOT _py3ffi_emb_LIB_NAME)
    # Linking py3ffi::embed then fails, naming this target; the reason is in the message.
    if(NOT _py3ffi_emb_ERROR)
      set(_py3ffi_emb_ERROR "the interpreter names no library to embed")
    endif()
    message(STATUS "py3ffi::embed unavailable: ${_py3ffi_emb_ERROR}")
    target_link_libraries(py3ffi_embed INTERFACE py3ffi-embed-found-no-interpreter)
  else()
    _py3ffi_link_embed(py3ffi_embed INTERFACE _py3ffi_emb)
  endif()
endif()
