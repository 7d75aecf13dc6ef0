#!/usr/bin/env bash
# The test command: installs what the tests need (interpreters, the tools' venv; cached in
# $PY3FFI_CACHE, default /var/cache/py3ffi), then runs the whole test suite. Extra arguments
# go to pytest (e.g. -k string_sum).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
t0=$(date +%s)
bash tools/provision/interpreters.sh
venv=$(bash tools/provision/venv.sh)
echo "[test] provisioning took $(( $(date +%s) - t0 ))s"
echo "[test] interpreters:"
cut -f1,4,5 "${PY3FFI_CACHE:-/var/cache/py3ffi}/interpreters.tsv" | sed 's/^/  /'
# pytest exits 5 when it collected nothing: that is a failure here too.
exec "$venv/bin/python" -m pytest -q -rs tests "$@"
