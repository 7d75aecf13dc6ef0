// SPDX-License-Identifier: MIT
// Mirrors CPython's Include/cpython/initconfig.h.
#ifndef PY3FFI_CPYTHON_INITCONFIG_HPP
#define PY3FFI_CPYTHON_INITCONFIG_HPP
#include "py3ffi/object.hpp"
// <py3ffi:includes>
// </py3ffi:includes>
#include "py3ffi/detail/macro_guard_begin.hpp"
namespace py3ffi {

// <py3ffi:generated>
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
struct PyStatus {
    enum : unsigned int { _PyStatus_TYPE_OK = 0, _PyStatus_TYPE_ERROR = 1, _PyStatus_TYPE_EXIT = 2 } _type;
    const char *func;
    const char *err_msg;
    int exitcode;
};
struct PyWideStringList {
    Py_ssize_t length;
    wchar_t **items;
};
struct PyPreConfig {
    int _config_init;
    int parse_argv;
    int isolated;
    int use_environment;
    int configure_locale;
    int coerce_c_locale;
    int coerce_c_locale_warn;
#if PY3FFI_WINDOWS
    int legacy_windows_fs_encoding;
#endif
    int utf8_mode;
    int dev_mode;
    int allocator;
};
struct PyConfig {
    int _config_init;
    int isolated;
    int use_environment;
    int dev_mode;
    int install_signal_handlers;
    int use_hash_seed;
    unsigned long hash_seed;
    int faulthandler;
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_BEFORE(3, 10)
    int _use_peg_parser;
#endif
    int tracemalloc;
#if PY3FFI_TARGET_SINCE(3, 12)
    int perf_profiling;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    int remote_debug;
#endif
    int import_time;
#if PY3FFI_TARGET_SINCE(3, 11)
    int code_debug_ranges;
#endif
    int show_ref_count;
#if PY3FFI_BEFORE(3, 9)
    int show_alloc_count;
#endif
    int dump_refs;
#if PY3FFI_TARGET_SINCE(3, 11)
    wchar_t *dump_refs_file;
#endif
    int malloc_stats;
#if PY3FFI_TARGET_SINCE(3, 15)
    int pymalloc_hugepages;
#endif
    wchar_t *filesystem_encoding;
    wchar_t *filesystem_errors;
    wchar_t *pycache_prefix;
    int parse_argv;
#if PY3FFI_TARGET_SINCE(3, 10)
    PyWideStringList orig_argv;
#endif
    PyWideStringList argv;
#if PY3FFI_BEFORE(3, 10)
    wchar_t *program_name;
#endif
    PyWideStringList xoptions;
    PyWideStringList warnoptions;
    int site_import;
    int bytes_warning;
#if PY3FFI_TARGET_SINCE(3, 10)
    int warn_default_encoding;
#endif
    int inspect;
    int interactive;
    int optimization_level;
    int parser_debug;
    int write_bytecode;
    int verbose;
    int quiet;
    int user_site_directory;
    int configure_c_stdio;
    int buffered_stdio;
    wchar_t *stdio_encoding;
    wchar_t *stdio_errors;
#if PY3FFI_WINDOWS
    int legacy_windows_stdio;
#endif
    wchar_t *check_hash_pycs_mode;
#if PY3FFI_TARGET_SINCE(3, 11)
    int use_frozen_modules;
    int safe_path;
#endif
#if PY3FFI_TARGET_SINCE(3, 12)
    int int_max_str_digits;
#endif
#if PY3FFI_TARGET_SINCE(3, 14)
    int thread_inherit_context;
    int context_aware_warnings;
#endif
#if PY3FFI_TARGET_SINCE(3, 13)
    int cpu_count;
#endif
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_GIL_DISABLED
    int enable_gil;
#endif
#if PY3FFI_TARGET_SINCE(3, 14) && PY3FFI_GIL_DISABLED
    int tlbc_enabled;
#endif
#if PY3FFI_TARGET_SINCE(3, 15)
    int lazy_imports;
#endif
    int pathconfig_warnings;
#if PY3FFI_TARGET_SINCE(3, 10)
    wchar_t *program_name;
#endif
    wchar_t *pythonpath_env;
    wchar_t *home;
#if PY3FFI_TARGET_SINCE(3, 10)
    wchar_t *platlibdir;
#endif
    int module_search_paths_set;
    PyWideStringList module_search_paths;
#if PY3FFI_TARGET_SINCE(3, 11)
    wchar_t *stdlib_dir;
#endif
    wchar_t *executable;
    wchar_t *base_executable;
    wchar_t *prefix;
    wchar_t *base_prefix;
    wchar_t *exec_prefix;
    wchar_t *base_exec_prefix;
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_BEFORE(3, 10)
    wchar_t *platlibdir;
#endif
    int skip_source_first_line;
    wchar_t *run_command;
    wchar_t *run_module;
    wchar_t *run_filename;
#if PY3FFI_TARGET_SINCE(3, 13)
    wchar_t *sys_path_0;
#endif
    int _install_importlib;
    int _init_main;
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_BEFORE(3, 12)
    int _isolated_interpreter;
#endif
#if PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_BEFORE(3, 10)
    PyWideStringList _orig_argv;
#endif
#if PY3FFI_TARGET_SINCE(3, 11)
    int _is_python_build;
#endif
#if PY3FFI_TARGET_SINCE(3, 13) && PY3FFI_DEBUG
    wchar_t *run_presite;
#endif
};
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
struct PyInitConfig;
#endif
extern "C" {
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 8) && PY3FFI_NOT_PYPY
PY3FFI_API PyStatus PyStatus_Ok() noexcept;
PY3FFI_API PyStatus PyStatus_Error(const char *err_msg) noexcept;
PY3FFI_API PyStatus PyStatus_NoMemory() noexcept;
PY3FFI_API PyStatus PyStatus_Exit(int exitcode) noexcept;
PY3FFI_API int PyStatus_IsError(PyStatus err) noexcept;
PY3FFI_API int PyStatus_IsExit(PyStatus err) noexcept;
PY3FFI_API int PyStatus_Exception(PyStatus err) noexcept;
PY3FFI_API PyStatus PyWideStringList_Append(PyWideStringList *list, const wchar_t *item) noexcept;
PY3FFI_API PyStatus PyWideStringList_Insert(PyWideStringList *list, Py_ssize_t index, const wchar_t *item) noexcept;
PY3FFI_API void PyPreConfig_InitPythonConfig(PyPreConfig *config) noexcept;
PY3FFI_API void PyPreConfig_InitIsolatedConfig(PyPreConfig *config) noexcept;
PY3FFI_API void PyConfig_InitPythonConfig(PyConfig *config) noexcept;
PY3FFI_API void PyConfig_InitIsolatedConfig(PyConfig *config) noexcept;
PY3FFI_API void PyConfig_Clear(PyConfig *) noexcept;
PY3FFI_API PyStatus PyConfig_SetString(PyConfig *config, wchar_t **config_str, const wchar_t *str) noexcept;
PY3FFI_API PyStatus PyConfig_SetBytesString(PyConfig *config, wchar_t **config_str, const char *str) noexcept;
PY3FFI_API PyStatus PyConfig_Read(PyConfig *config) noexcept;
PY3FFI_API PyStatus PyConfig_SetBytesArgv(PyConfig *config, Py_ssize_t argc, char *const *argv) noexcept;
PY3FFI_API PyStatus PyConfig_SetArgv(PyConfig *config, Py_ssize_t argc, wchar_t *const *argv) noexcept;
PY3FFI_API PyStatus PyConfig_SetWideStringList(PyConfig *config, PyWideStringList *list, Py_ssize_t length, wchar_t **items) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API PyObject *PyConfig_Get(const char *name) noexcept;
PY3FFI_API int PyConfig_GetInt(const char *name, int *value) noexcept;
PY3FFI_API PyObject *PyConfig_Names() noexcept;
PY3FFI_API int PyConfig_Set(const char *name, PyObject *value) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 9) && PY3FFI_NOT_PYPY
PY3FFI_API void Py_GetArgcArgv(int *argc, wchar_t ***argv) noexcept;
#endif
#if !PY3FFI_LIMITED && PY3FFI_TARGET_SINCE(3, 14)
PY3FFI_API PyInitConfig *PyInitConfig_Create() noexcept;
PY3FFI_API void PyInitConfig_Free(PyInitConfig *config) noexcept;
PY3FFI_API int PyInitConfig_GetError(PyInitConfig *config, const char **err_msg) noexcept;
PY3FFI_API int PyInitConfig_GetExitCode(PyInitConfig *config, int *exitcode) noexcept;
PY3FFI_API int PyInitConfig_HasOption(PyInitConfig *config, const char *name) noexcept;
PY3FFI_API int PyInitConfig_GetInt(PyInitConfig *config, const char *name, int64_t *value) noexcept;
PY3FFI_API int PyInitConfig_GetStr(PyInitConfig *config, const char *name, char **value) noexcept;
PY3FFI_API int PyInitConfig_GetStrList(PyInitConfig *config, const char *name, size_t *length, char ***items) noexcept;
PY3FFI_API void PyInitConfig_FreeStrList(size_t length, char **items) noexcept;
PY3FFI_API int PyInitConfig_SetInt(PyInitConfig *config, const char *name, int64_t value) noexcept;
PY3FFI_API int PyInitConfig_SetStr(PyInitConfig *config, const char *name, const char *value) noexcept;
PY3FFI_API int PyInitConfig_SetStrList(PyInitConfig *config, const char *name, size_t length, char *const *items) noexcept;
PY3FFI_API int PyInitConfig_AddModule(PyInitConfig *config, const char *name, PyObject *(*)(void)) noexcept;
PY3FFI_API int Py_InitializeFromInitConfig(PyInitConfig *config) noexcept;
#endif
}  // extern "C"
// </py3ffi:generated>

}  // namespace py3ffi
#include "py3ffi/detail/macro_guard_end.hpp"
#endif
