#!/usr/bin/env bash
# Installs (or reuses from the cache) every interpreter the tests run on and writes the
# interpreter list, $PY3FFI_CACHE/interpreters.tsv: name, runner (a command prefix such as
# "chroot DIR", or -), root (the file system the interpreter sees: / or the chroot; its paths
# are seen from the host as root+path), then the fields of probe.py.
#
#   pyenv      : every CPython that `pyenv versions` lists of a version of the targets table
#   host apt   : python3.11 and python3.11d (Debian bookworm), pypy3 7.3.11 (Python 3.9)
#   sid chroot : the table's CPythons marked sid (3.13/3.14/3.15) and their d (debug) builds,
#                pypy3 8.x, by debootstrap
#   built      : python3.13t and python3.13td, free-threaded (freethreaded.sh)
#   graalpy    : the table's GraalPy releases (24.2.2 for Python 3.11, 25.0.3 for 3.12) on the
#                JVM, from Maven Central (graalpy.sh)
# The targets table: python/py3ffi/targets.tsv.
#
# Everything slow is cached outside the repository, in $PY3FFI_CACHE (default
# /var/cache/py3ffi); a warm run takes about 20 seconds, most of it the two GraalPy probes (a
# JVM start each). Any step that fails fails the script.
# Needs root (apt, debootstrap, chroot, mount).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CACHE=${PY3FFI_CACHE:-/var/cache/py3ffi}
SID=$CACHE/chroot-sid
TARGETS=$here/../../python/py3ffi/targets.tsv
# Column N of the table's rows of one kind (2: the version), one per line.
column() { # kind N
    awk -F'\t' -v kind="$1" -v n="$2" '$1 == kind {print $n}' "$TARGETS"
}
SID_VERSIONS=$(awk -F'\t' '$1 == "cpython" && $4 == "sid" {print $2}' "$TARGETS")
export DEBIAN_FRONTEND=noninteractive
mkdir -p "$CACHE"
t0=$(date +%s)
log() { echo "[provision $(( $(date +%s) - t0 ))s] $*" >&2; }

# The Debian mirror the host already uses (deb822 or one-line sources).
mirror() {
    { sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null
      sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' /etc/apt/sources.list 2>/dev/null
      true; } | grep -v security | head -n 1
}

host_packages() {
    # (lld-19, llvm-19, libc++-19-dev: the macOS builds, compiled and linked only: tests/test_macos.py)
    local want=(python3.11-dev python3.11-dbg python3.11-venv pypy3 pypy3-dev debootstrap zstd clang-19 binutils
                g++ cmake ninja-build maven unzip openjdk-17-jre-headless lld-19 llvm-19 libc++-19-dev)
    local missing=()
    for p in "${want[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then log "host packages: present"; return; fi
    log "host packages: installing ${missing[*]}"
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

sid_chroot() {
    if [ -x "$SID/usr/bin/python$(echo "$SID_VERSIONS" | tail -n 1)" ]; then log "sid chroot: reuse $SID"; return; fi
    if [ -f "$CACHE/chroot-sid.tar.zst" ]; then
        log "sid chroot: restore from $CACHE/chroot-sid.tar.zst"
        rm -rf "$SID"; mkdir -p "$SID"
        zstd -dc "$CACHE/chroot-sid.tar.zst" | tar -C "$SID" -xf -
        return
    fi
    local m v include=""
    for v in $SID_VERSIONS; do include+="python$v,python$v-dev,python$v-dbg,"; done
    m=$(mirror)
    [ -n "$m" ] || { log "sid chroot: no Debian mirror found in the apt sources"; exit 1; }
    log "sid chroot: debootstrap from $m (about 2 minutes)"
    rm -rf "$SID.tmp"
    if ! debootstrap --variant=minbase \
        --include="${include}pypy3,pypy3-dev" \
        sid "$SID.tmp" "$m" >"$CACHE/debootstrap.log" 2>&1; then
        tail -n 20 "$CACHE/debootstrap.log" >&2
        log "sid chroot: debootstrap FAILED (log: $CACHE/debootstrap.log)"; exit 1
    fi
    # The archive's Release files may be older than their Valid-Until.
    echo 'Acquire::Check-Valid-Until "false";' >"$SID.tmp/etc/apt/apt.conf.d/99no-check-valid-until"
    chroot "$SID.tmp" apt-get clean
    mv "$SID.tmp" "$SID"
    tar --one-file-system -C "$SID" -cf - . | zstd -T0 -3 -q -o "$CACHE/chroot-sid.tar.zst"
    log "sid chroot: done"
}

host_packages
sid_chroot
bash "$here/freethreaded.sh"
bash "$here/graalpy.sh"
"$here/chroot-mounts.sh" "$SID"

# ---- the interpreter list ----------------------------------------------------------------
out=$CACHE/interpreters.tsv
tmp=$(mktemp)
probe() { # name, runner prefix ("" or "chroot DIR"), executable
    local line
    if ! line=$($2 "$3" - <"$here/probe.py"); then log "probe of $1 ($3) FAILED"; exit 1; fi
    local root=/; case $2 in chroot*) root=${2#chroot };; esac
    printf '%s\t%s\t%s\t%s\n' "$1" "${2:--}" "$root" "$line" >>"$tmp"
}
for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.[0-9]+\.[0-9]+$' | sort -V); do
    column cpython 2 | grep -qxF "${v%.*}" || continue
    probe "pyenv-$v" "" "$(pyenv root)/versions/$v/bin/python${v%.*}"
done
probe host-python3.11 "" /usr/bin/python3.11
probe host-python3.11d "" /usr/bin/python3.11d
probe host-pypy3 "" /usr/bin/pypy3
for p in $(for v in $SID_VERSIONS; do echo "python$v python${v}d"; done) pypy3; do
    probe "sid-$p" "chroot $SID" "/usr/bin/$p"
done
for p in python3.13t python3.13td; do
    probe "built-$p" "" "$CACHE/ft/$p/bin/$p"
done
for v in $(column graalpy 4); do
    probe "graalpy-$v" "" "$CACHE/graalpy/$v/graalpy"
done
{ printf '#name\trunner\troot\t%s\n' "$(python3 "$here/probe.py" --header)"; cat "$tmp"; } >"$out"
rm -f "$tmp"
log "interpreter list: $out ($(($(wc -l <"$out") - 1)) interpreters)"
bash "$here/foreign.sh"  # other platforms: Debian's CPython for i386, armhf, arm64, s390x, ppc64el
bash "$here/windows.sh"  # the Windows targets (wine, mingw-w64): their own table, windows.tsv
