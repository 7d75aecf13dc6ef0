# SPDX-License-Identifier: MIT
"""py3ffi: the Python C API for C++, header-only. This package carries the headers, the CMake
package and the build configuration tool (py3ffi.config)."""
import os

__version__ = "0.1.0"

_HERE = os.path.dirname(os.path.abspath(__file__))


def _data_dir(name):
    # installed: next to this file (the wheel puts them there); in the source tree: the top
    inside = os.path.join(_HERE, name)
    if os.path.isdir(inside):
        return inside
    return os.path.join(os.path.dirname(os.path.dirname(_HERE)), name)


def get_include():
    """The directory to add to the include path (it holds py3ffi/py3ffi.hpp)."""
    return _data_dir("include")


def get_python_h_dir():
    """The drop-in folder: py3ffi's Python.h (and structmember.h...), for code written against
    CPython's headers. Only for code that opts in: it is not on get_include()'s path."""
    return _data_dir("python_h")


def get_cmake_dir():
    """The directory holding py3ffiConfig.cmake, for find_package(py3ffi CONFIG)."""
    return _data_dir("cmake")
