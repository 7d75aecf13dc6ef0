// Everything py3ffi declares: the Python C API for the configured target (see config.hpp).
#ifndef PY3FFI_PY3FFI_HPP
#define PY3FFI_PY3FFI_HPP
#include "py3ffi/config.hpp"
#include "py3ffi/pyport.hpp"
#include "py3ffi/pytypedefs.hpp"
#include "py3ffi/object.hpp"
#include "py3ffi/refcount.hpp"
#include "py3ffi/methodobject.hpp"
#include "py3ffi/moduleobject.hpp"
#include "py3ffi/longobject.hpp"
#include "py3ffi/unicodeobject.hpp"
#include "py3ffi/tupleobject.hpp"
#include "py3ffi/pyerrors.hpp"
#endif
