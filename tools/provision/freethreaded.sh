#!/usr/bin/env bash
# Builds (or reuses) the free-threaded CPythons the tests run on: python3.13t and python3.13td
# (free-threaded debug), configured with --disable-gil [--with-pydebug] from the upstream
# tarball inside Debian's python3.13 source package. That is the only free-threaded source
# the archive serves here: the python3.14/3.15 source files answer 404 (then this says so
# and goes on; the 3.14t/3.15t checks compile against the sid headers instead).
#
# Prefixes: $PY3FFI_CACHE/ft/python3.13t, .../python3.13td (about 4.5 minutes each, cold).
# Needs root (apt). Any build failure fails the script.
set -euo pipefail
CACHE=${PY3FFI_CACHE:-/var/cache/py3ffi}
FT=$CACHE/ft
SRC_SPEC=${PY3FFI_FT_SOURCE:-python3.13=3.13.15-1}
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)
log() { echo "[freethreaded $(( $(date +%s) - t0 ))s] $*" >&2; }
mkdir -p "$FT"

want_built() { [ -x "$FT/python3.13t/bin/python3.13t" ] && [ -x "$FT/python3.13td/bin/python3.13td" ]; }
if want_built; then log "python3.13t, python3.13td: reuse $FT"; exit 0; fi

# What CPython's configure needs for the modules the tests import (ctypes, zlib for ensurepip).
deps=(build-essential libffi-dev zlib1g-dev libbz2-dev liblzma-dev libssl-dev xz-utils dpkg-dev)
missing=()
for p in "${deps[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "build dependencies: installing ${missing[*]}"
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# A private apt configuration, so the host's sources stay as they are.
mirror=$({ sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null
           sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' /etc/apt/sources.list 2>/dev/null
           true; } | grep -v security | head -n 1)
[ -n "$mirror" ] || { log "no Debian mirror found in the apt sources"; exit 1; }
APT=$CACHE/apt-src
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial"
for suite in sid trixie; do
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main"
done >"$APT/sources.list"
aptsrc=(-o "Dir::Etc::sourcelist=$APT/sources.list" -o Dir::Etc::sourceparts=/nonexistent
        -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache=$APT/cache"
        -o Acquire::Check-Valid-Until=false)

src=$CACHE/src/$SRC_SPEC
mkdir -p "$src"
if ! ls "$src"/*.orig.tar.xz >/dev/null 2>&1; then
    log "source: apt-get source $SRC_SPEC"
    apt-get "${aptsrc[@]}" update -q >"$src/update.log" 2>&1
    (cd "$src" && apt-get "${aptsrc[@]}" source --download-only "$SRC_SPEC" >"$src/download.log" 2>&1) ||
        { tail -n 5 "$src/download.log" >&2; log "source $SRC_SPEC: download FAILED"; exit 1; }
fi
tarball=$(ls "$src"/*.orig.tar.xz | head -n 1)

for flavour in t td; do
    prefix=$FT/python3.13$flavour
    [ -x "$prefix/bin/python3.13$flavour" ] && { log "python3.13$flavour: reuse $prefix"; continue; }
    b=$CACHE/build/python3.13$flavour
    rm -rf "$b" "$prefix"; mkdir -p "$b"
    tar -C "$b" --strip-components=1 -xf "$tarball"
    opts=(--disable-gil --prefix="$prefix" --enable-shared LDFLAGS="-Wl,-rpath,$prefix/lib")
    [ $flavour = td ] && opts+=(--with-pydebug)
    log "python3.13$flavour: configure, make -j$(nproc), install (about 4.5 minutes)"
    if ! (cd "$b" && ./configure -q "${opts[@]}" >"$b.log" 2>&1 &&
          make -j"$(nproc)" >>"$b.log" 2>&1 && make altinstall >>"$b.log" 2>&1); then
        tail -n 20 "$b.log" >&2; log "python3.13$flavour: build FAILED (log: $b.log)"; exit 1
    fi
    "$prefix/bin/python3.13$flavour" -c 'import sys, sysconfig
assert sysconfig.get_config_var("Py_GIL_DISABLED") and not sys._is_gil_enabled()' ||
        { log "python3.13$flavour: built, but not free-threaded"; exit 1; }
    rm -rf "$b"
    log "python3.13$flavour: done"
done
