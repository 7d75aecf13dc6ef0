#!/usr/bin/env bash
# The main job: build examples/string_sum with py3ffi for this machine's python3 (or $PYTHON)
# and call it. The config tool asks that interpreter what to build for.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
# what it needs from the system: a C++ compiler and CMake (installed with apt when missing)
if ! command -v cmake >/dev/null || ! command -v g++ >/dev/null; then
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends cmake g++ make >/dev/null
fi
py=$(command -v "${PYTHON:-python3}")
build=$top/build/run-example
cmake -S "$top/examples/string_sum" -B "$build" -DSTRING_SUM_TARGET="PYTHON;$py" >/dev/null
cmake --build "$build" >/dev/null
cd "$build" && "$py" -c 'import string_sum; r = string_sum.sum_as_string(5, 20); print("sum_as_string(5, 20) ->", repr(r)); assert r == "25"'
