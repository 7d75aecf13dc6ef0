# SPDX-License-Identifier: MIT
"""python -m py3ffi --include-dir | --cmake-dir | --python-h-dir | --version

--python-h-dir: the drop-in folder (Python.h, structmember.h...) that builds code written for
<Python.h> with py3ffi; put it on the include path with the config tool's flags."""
import sys

import py3ffi


def main(argv):
    what = {"--include-dir": py3ffi.get_include, "--cmake-dir": py3ffi.get_cmake_dir,
            "--python-h-dir": py3ffi.get_python_h_dir,
            "--version": lambda: py3ffi.__version__}
    if len(argv) != 1 or argv[0] not in what:
        print(__doc__.strip() + "\n(the build configuration: python -m py3ffi.config --help)",
              file=sys.stderr)
        return 2
    print(what[argv[0]]())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
