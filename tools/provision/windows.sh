#!/usr/bin/env bash
# Provisions (or reuses) the Windows targets: Windows x64 CPython 3.12 and 3.14, run under wine,
# with mingw-w64 to build for them; writes their table, $PY3FFI_CACHE/windows.tsv (the columns
# of interpreters.tsv: name, runner, root, then probe.py's fields, paths as the host sees them).
#
#   packages   wine, wine64, g++-mingw-w64-x86-64-posix, unzip, maven (apt; only the missing)
#   CPython    org.bytedeco:cpython:<V>:jar:windows-x86_64 from Maven Central (the only complete
#              Windows CPython this machine can download: python.exe, python3XY.dll, headers,
#              libs/*.lib, the standard library), unpacked to $CACHE/windows/<X.Y>/python
#   WINEPREFIX $CACHE/windows/wineprefix, initialised once (wineboot -i)
#   python3.dll  the jars have none: built per interpreter from data/stable_abi.tsv (every name
#              of the stable ABI forwarded to python3XY.dll; python3dll.py checks the list
#              against the jar's libs/python3.lib), next to python.exe, where abi3 modules
#              find it
#
# Cold: about a minute (apt, two 25 MB jars); warm: a few seconds (two probes under wine).
# Any step that fails fails the script, naming it.
#
# Wine 8 (Debian 12) cannot give these CPythons a regular file as stdin, stdout or stderr
# (init_sys_streams: [WinError 6] Invalid handle): run them with pipes or /dev/null there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
CACHE=${PY3FFI_CACHE:-/var/cache/py3ffi}
W=$CACHE/windows
PREFIX=$W/wineprefix
declare -A ARTIFACT=([3.12]=org.bytedeco:cpython:3.12.1-1.5.10:jar:windows-x86_64
                     [3.14]=org.bytedeco:cpython:3.14.3-1.5.13:jar:windows-x86_64)
REV=1  # bump when the layout changes: every interpreter is unpacked again
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)
log() { echo "[windows $(( $(date +%s) - t0 ))s] $*" >&2; }
die() { log "FAILED: $*"; exit 1; }

case $CACHE in *[[:space:]]*) die "the cache path '$CACHE' has white space: the runner column cannot hold it";; esac
mkdir -p "$W"

packages() {
    local want=(wine wine64 g++-mingw-w64-x86-64-posix unzip maven) missing=()
    for p in "${want[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then log "packages: present"; return; fi
    log "packages: installing ${missing[*]}"
    apt-get -o DPkg::Lock::Timeout=900 update -q >/dev/null || die "apt-get update"
    apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${missing[@]}" >/dev/null ||
        die "apt-get install ${missing[*]}"
}

wine_prefix() {
    if [ -f "$PREFIX/system.reg" ]; then log "wine prefix: reuse $PREFIX"; return; fi
    log "wine prefix: wineboot -i in $PREFIX"
    rm -rf "$PREFIX"
    WINEPREFIX=$PREFIX WINEDEBUG=-all wineboot -i >"$W/wineboot.log" 2>&1 || {
        tail -n 20 "$W/wineboot.log" >&2; die "wineboot -i (log: $W/wineboot.log)"; }
    # (wineboot returns before the prefix is written out: wait for its wineserver to finish)
    WINEPREFIX=$PREFIX wineserver -w
    [ -f "$PREFIX/system.reg" ] || die "wineboot -i left no $PREFIX/system.reg"
}

interpreter() { # X.Y
    local v=$1 art=${ARTIFACT[$1]} d=$W/$1
    local nodot=${v/./}
    if [ "$(cat "$d/.unpacked" 2>/dev/null)" = "$art $REV" ]; then
        log "$v: reuse $d/python"
    else
        rm -f "$d/.unpacked" "$d/.python3dll"
        mkdir -p "$d"
        log "$v: $art from Maven Central"
        rm -rf "$d/jar"
        if ! mvn -q -B dependency:copy "-Dartifact=$art" "-DoutputDirectory=$d/jar" >"$d/mvn.log" 2>&1; then
            tail -n 20 "$d/mvn.log" >&2; die "$v: Maven (log: $d/mvn.log)"
        fi
        local jar; jar=$(ls "$d"/jar/*.jar 2>/dev/null | head -n 1)
        [ -n "$jar" ] || die "$v: Maven gave no jar in $d/jar"
        rm -rf "$d/python" "$d/unzip"
        unzip -q "$jar" 'org/bytedeco/cpython/windows-x86_64/*' -d "$d/unzip" || die "$v: unzip $jar"
        mv "$d/unzip/org/bytedeco/cpython/windows-x86_64" "$d/python"
        rm -rf "$d/unzip"
        for f in python.exe "python$nodot.dll" libs/python3.lib "libs/python$nodot.lib" include/Python.h; do
            [ -f "$d/python/$f" ] || die "$v: the jar has no $f"
        done
        echo "$art $REV" >"$d/.unpacked"
    fi

    # python3.dll, forwarding the stable ABI to python3XY.dll; redone when its inputs change
    local stamp
    stamp=$(cat "$top/data/stable_abi.tsv" "$here/python3dll.py" "$0" | sha256sum | cut -d' ' -f1)
    if [ "$(cat "$d/.python3dll" 2>/dev/null)" = "$stamp" ] && [ -f "$d/python/python3.dll" ]; then
        log "$v: reuse python3.dll"
    else
        rm -f "$d/.python3dll" "$d/python/python3.dll"
        python3 "$here/python3dll.py" "$d/python" "$v" "$d/python3.def" >&2 || die "$v: python3.def"
        # a DLL with no code of its own: an entry point that accepts every attach and detach
        printf 'int entry(void *module, unsigned reason, void *reserved) {\n    (void)module; (void)reason; (void)reserved;\n    return 1;\n}\n' >"$d/python3dll_entry.c"
        x86_64-w64-mingw32-gcc -O2 -Wall -Wextra -Werror -shared -nostdlib -s -Wl,--entry=entry \
            -o "$d/python/python3.dll" "$d/python3dll_entry.c" "$d/python3.def" || die "$v: linking python3.dll"
        echo "$stamp" >"$d/.python3dll"
    fi
}

# probe.py's line for an interpreter under wine, its Windows paths (Z:\ is the host's /) made
# host paths
probe() { # name, X.Y
    local d=$W/$2 line
    # (pipes for stdin and stdout, see above; stderr goes to ours, which may be a file: merged
    # into the pipe, then split again)
    if ! line=$(cat "$here/probe.py" | $runner "$d/python/python.exe" - 2>&1 | cat); then
        echo "$line" >&2; die "probe of $1 ($d/python/python.exe)"
    fi
    case $line in *$'\n'*|'') echo "$line" >&2; die "probe of $1: not one line";; esac
    line=$(printf '%s\n' "$line" | python3 -c '
import sys
fields = sys.stdin.read().rstrip("\n").split("\t")
for i, f in enumerate(fields):
    if len(f) > 2 and f[1] == ":" and f[2] == "\\":
        if f[0].upper() != "Z":
            sys.exit("%s: not on drive Z: (the host file system)" % f)
        fields[i] = "/" + f[3:].replace("\\", "/")
print("\t".join(fields))') || die "probe of $1: paths"
    # (the columns of foreign.tsv: arch, multiarch, the toolchain's prefix, runner, root)
    printf '%s\tx64\t-\tx86_64-w64-mingw32\t%s\t%s\t%s\n' "$1" "$runner" / "$line" >>"$tmp"
}

versions=$(printf '%s\n' "${!ARTIFACT[@]}" | sort -V)
packages
for v in $versions; do interpreter "$v"; done
wine_prefix
runner="env WINEPREFIX=$PREFIX WINEDEBUG=-all wine"
out=$CACHE/windows.tsv
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for v in $versions; do probe "windows-x64-$v" "$v"; done
{ printf '#name\tarch\tmultiarch\tcross\trunner\troot\t%s\n' "$(python3 "$here/probe.py" --header)"; cat "$tmp"; } >"$out"
log "Windows interpreter list: $out ($(($(wc -l <"$out") - 1)) interpreters)"
