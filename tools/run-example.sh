#!/usr/bin/env bash
# The main job: build examples/string_sum with py3ffi for this machine's python3 and call it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-python3}
IFS=$'\t' read -r _ _ hex _ _ _ suffix _ < <("$py" - <"$top/tools/provision/probe.py")
build=$top/build/run-example
cmake -S "$top/examples/string_sum" -B "$build" -DSTRING_SUM_TARGET="PYTHON_VERSION;${hex:0:6}0000;EXT_SUFFIX;$suffix" >/dev/null
cmake --build "$build" >/dev/null
cd "$build" && "$py" -c 'import string_sum; r = string_sum.sum_as_string(5, 20); print("sum_as_string(5, 20) ->", repr(r)); assert r == "25"'
