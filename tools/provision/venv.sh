#!/usr/bin/env bash
# Creates (or reuses) the tools' virtualenv, $PY3FFI_CACHE/venv, with the packages the tests and
# tools need (tools/provision/requirements.txt), and prints its path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CACHE=${PY3FFI_CACHE:-/var/cache/py3ffi}
venv=$CACHE/venv
req=$here/requirements.txt
stamp=$venv/.requirements
if [ -x "$venv/bin/python" ] && cmp -s "$req" "$stamp"; then echo "$venv"; exit 0; fi
python3 -m venv "$venv" >&2
"$venv/bin/python" -m pip install -q --upgrade pip >&2
"$venv/bin/python" -m pip install -q -r "$req" >&2
cp "$req" "$stamp"
echo "$venv"
