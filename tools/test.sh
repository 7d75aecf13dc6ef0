#!/usr/bin/env bash
# The test command.
#   tools/test.sh [pytest args]          the full run: installs what the tests need (the
#                                        interpreter matrix, the tools' venv; cached in
#                                        $PY3FFI_CACHE, default /var/cache/py3ffi), then runs
#                                        every test
#   tools/test.sh --quick [pytest args]  the quick tier: the tests marked `quick`, on the machine
#                                        as it is (GCC, CMake, python3) plus the venv; no root,
#                                        no chroot, no Maven, a few minutes on 2 cores
# Extra arguments go to pytest (e.g. -k string_sum).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
t0=$(date +%s)
if [ "${1:-}" = "--quick" ]; then
    shift
    # without root, the cache goes where the user may write
    if [ -z "${PY3FFI_CACHE:-}" ]; then
        if mkdir -p /var/cache/py3ffi 2>/dev/null && [ -w /var/cache/py3ffi ]; then
            export PY3FFI_CACHE=/var/cache/py3ffi
        else
            export PY3FFI_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/py3ffi
        fi
    fi
    mkdir -p "$PY3FFI_CACHE"
    venv=$(bash tools/provision/venv.sh)
    echo "[test] quick tier; venv ready in $(( $(date +%s) - t0 ))s"
    exec "$venv/bin/python" -m pytest -q -rs -m quick -n 2 tests "$@"
fi
bash tools/provision/interpreters.sh
venv=$(bash tools/provision/venv.sh)
echo "[test] provisioning took $(( $(date +%s) - t0 ))s"
echo "[test] interpreters:"
cut -f1,4,5 "${PY3FFI_CACHE:-/var/cache/py3ffi}/interpreters.tsv" | sed 's/^/  /'
# pytest exits 5 when it collected nothing: that is a failure here too.
exec "$venv/bin/python" -m pytest -q -rs tests "$@"
