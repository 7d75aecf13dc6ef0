#!/usr/bin/env bash
# Installs (or reuses from the cache) Debian's own CPython for other Linux architectures, runnable
# on this amd64 host, with the cross compilers that build modules for them, and writes
# $PY3FFI_CACHE/foreign.tsv: name, arch (Debian's), multiarch (the include/lib triplet), cross
# (the compiler prefix: ${cross}-g++), runner (a command prefix, words separated by spaces, that
# runs one of the root's executables given by its host path), root, then the fields of probe.py
# with include, symbols and executable as host paths (the root prefix included).
#
# Each target is a root folder, $PY3FFI_CACHE/foreign/<name>, made of the .deb files of the
# interpreter, its stdlib, headers and shared libpython (with their dependencies), downloaded by
# apt with a private configuration (nothing touches the host's dpkg database or architectures)
# and unpacked with dpkg -x. i386 runs natively through the root's own loader; the others under
# qemu-user-static (-L root: no binfmt_misc needed).
#
# A cold run takes about 10 seconds per target (about 40 MB of indexes and packages; 90 to 150 MB
# unpacked); a warm one about 6 seconds (the probes). Any step that fails fails the script with
# the target and the step. Needs root (apt).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CACHE=${PY3FFI_CACHE:-/var/cache/py3ffi}
FOREIGN=$CACHE/foreign
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)
log() { echo "[foreign $(( $(date +%s) - t0 ))s] $*" >&2; }
die() { log "$*"; exit 1; }

# name, Debian arch, suites, python version, multiarch triplet, cross prefix, qemu (- = native),
# what the interpreter must report: pointer bits/byte order/bytes per long digit.
TARGETS='
linux-i386-3.9      i386     bullseye,bookworm  3.9   i386-linux-gnu         i686-linux-gnu         -                    32/little/2
linux-i386-3.13     i386     sid                3.13  i386-linux-gnu         i686-linux-gnu         -                    32/little/4
linux-i386-3.14     i386     sid                3.14  i386-linux-gnu         i686-linux-gnu         -                    32/little/4
linux-armhf-3.9     armhf    bullseye,bookworm  3.9   arm-linux-gnueabihf    arm-linux-gnueabihf    qemu-arm-static      32/little/2
linux-armhf-3.13    armhf    sid                3.13  arm-linux-gnueabihf    arm-linux-gnueabihf    qemu-arm-static      32/little/4
linux-arm64-3.11    arm64    bookworm           3.11  aarch64-linux-gnu      aarch64-linux-gnu      qemu-aarch64-static  64/little/4
linux-s390x-3.13    s390x    sid                3.13  s390x-linux-gnu        s390x-linux-gnu        qemu-s390x-static    64/big/4
linux-ppc64el-3.11  ppc64el  bookworm           3.11  powerpc64le-linux-gnu  powerpc64le-linux-gnu  qemu-ppc64le-static  64/little/4
'
# Bumped when what goes into a root changes, so that older cached roots are rebuilt.
LAYOUT=1

case $CACHE in
    *[[:space:]]*) die "PY3FFI_CACHE ($CACHE) contains a space: the runners are space-separated words";;
esac

# The Debian mirror the host already uses (deb822 or one-line sources).
mirror() {
    { sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null
      sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' /etc/apt/sources.list 2>/dev/null
      true; } | grep -v security | head -n 1
}

host_packages() {
    local want=(qemu-user-static binutils) missing=() p
    while read -r _ _ _ _ _ cross _; do
        [ -n "$cross" ] && want+=("g++-$cross")
    done <<<"$TARGETS"
    for p in $(printf '%s\n' "${want[@]}" | sort -u); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then log "host packages: present"; return; fi
    log "host packages: installing ${missing[*]}"
    apt-get -o DPkg::Lock::Timeout=900 update -q >/dev/null \
        || die "host packages: apt-get update FAILED"
    apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
        || die "host packages: apt-get install ${missing[*]} FAILED"
}

# The command prefix that runs the root's executables on this host.
runner() { # root, multiarch, qemu
    if [ "$3" = - ]; then
        # The root's loader, not the host's: the host has no /lib/ld-linux.so.2, and this way the
        # root's libc and libstdc++ are the ones the interpreter and its modules load.
        echo "$1/lib/ld-linux.so.2 --library-path $1/lib/$2:$1/usr/lib/$2"
    else
        echo "$(command -v "$3") -L $1"
    fi
}

# Downloads and unpacks one target into $FOREIGN/<name>, through <name>.tmp renamed when complete.
make_root() { # name, arch, suites, version, multiarch, qemu, expectation (bits/order/digit)
    local name=$1 arch=$2 suites=$3 ver=$4 ma=$5 qemu=$6 expect=$7
    local dest=$FOREIGN/$name tmp=$FOREIGN/$name.tmp m s
    local logf=$FOREIGN/$name.log
    m=$(mirror)
    [ -n "$m" ] || die "$name: no Debian mirror found in the apt sources"
    log "$name: download python$ver ($arch, ${suites//,/+}) from $m"
    rm -rf "$tmp"
    mkdir -p "$tmp/apt/lists/partial" "$tmp/apt/cache/archives/partial" "$tmp/root"
    : >"$tmp/apt/status"  # an empty dpkg database: every dependency is downloaded
    for s in ${suites//,/ }; do
        echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $m $s main"
    done >"$tmp/apt/sources.list"
    local apt=(apt-get -q
        -o Dir::Etc::SourceList="$tmp/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null
        -o Dir::State="$tmp/apt" -o Dir::State::Lists="$tmp/apt/lists"
        -o Dir::State::status="$tmp/apt/status" -o Dir::Cache="$tmp/apt/cache"
        -o APT::Architecture="$arch" -o APT::Architectures="$arch"
        # old suites' Release files may be past their Valid-Until
        -o Acquire::Check-Valid-Until=false
        # the host's appstream hook would fetch DEP-11 metadata nobody reads
        -o Acquire::IndexTargets::deb::DEP-11::DefaultEnabled=false -o Acquire::Languages=none
        -o DPkg::Lock::Timeout=900)
    "${apt[@]}" update >"$logf" 2>&1 || { tail -n 20 "$logf" >&2; die "$name: apt-get update FAILED (log: $logf)"; }
    # The interpreter, its stdlib, headers (with the multiarch pyconfig.h) and shared libpython;
    # libstdc++6 for the C++ modules the cross g++ builds. With bullseye,bookworm the newest of
    # each wins: bullseye's python3.9 on bookworm's libc6 and libstdc++6, which the bookworm
    # cross compilers' output needs.
    "${apt[@]}" install --download-only --no-install-recommends -y \
        "python$ver" "libpython$ver" "python$ver-dev" "libpython$ver-dev" libstdc++6 >>"$logf" 2>&1 \
        || { tail -n 20 "$logf" >&2; die "$name: apt-get install --download-only FAILED (log: $logf)"; }
    local deb n=0
    for deb in "$tmp"/apt/cache/archives/*.deb; do
        dpkg -x "$deb" "$tmp/root" || die "$name: dpkg -x $(basename "$deb") FAILED"
        n=$((n + 1))
    done
    rm -rf "$tmp/apt"
    # Absolute symlinks (ppc64el's /lib64/ld64.so.2 -> /lib/powerpc64le-linux-gnu/ld64.so.2)
    # would lead out of the root, to the host's files: make them relative (lexically, -s, as the
    # links they pass through may be absolute too).
    local link target
    while IFS= read -r -d '' link; do
        target=$(readlink "$link")
        ln -sfn "$(realpath -s -m --relative-to="$(dirname "$link")" "$tmp/root$target")" "$link"
    done < <(find "$tmp/root" -type l -lname '/*' -print0)
    # Packages from sid ship merged /usr (/usr/lib only), while the executables ask for
    # /lib/ld-*.so; the older suites ship both /lib and /usr/lib.
    for s in bin sbin lib lib64; do
        if [ -d "$tmp/root/usr/$s" ] && [ ! -e "$tmp/root/$s" ]; then ln -s "usr/$s" "$tmp/root/$s"; fi
    done
    local exe=$tmp/root/usr/bin/python$ver
    [ -x "$exe" ] || die "$name: no usr/bin/python$ver in the $n unpacked packages"
    [ -f "$tmp/root/usr/include/$ma/python$ver/pyconfig.h" ] \
        || die "$name: no usr/include/$ma/python$ver/pyconfig.h in the $n unpacked packages"
    # Smoke test where it was unpacked: it runs, finds its stdlib and is what the table says.
    local got
    got=$($(runner "$tmp/root" "$ma" "$qemu") "$exe" -c \
        'import struct, sys; print("%d/%s/%d" % (struct.calcsize("P") * 8, sys.byteorder, sys.int_info.sizeof_digit))' 2>>"$logf") \
        || { tail -n 5 "$logf" >&2; die "$name: python$ver does not run (log: $logf)"; }
    [ "$got" = "$expect" ] || die "$name: python$ver reports bits/byte order/digit bytes $got, expected $expect"
    echo "$LAYOUT $arch $suites $ver" >"$tmp/root/.py3ffi-foreign"
    rm -rf "$dest"
    mv "$tmp/root" "$dest"
    rmdir "$tmp"
    log "$name: done, $n packages, $(du -sh "$dest" | cut -f1) ($got)"
}

host_packages
mkdir -p "$FOREIGN"
out=$CACHE/foreign.tsv
tmp_out=$(mktemp)
trap 'rm -f "$tmp_out" "$out.tmp"' EXIT
# The probe's fields by name, so that the ones with paths are found wherever they are.
IFS=$'\t' read -r -a fields <<<"$(python3 "$here/probe.py" --header)"
for i in "${!fields[@]}"; do
    case ${fields[$i]} in include) f_include=$i;; symbols) f_symbols=$i;; executable) f_executable=$i;; esac
done
[ -n "${f_include:-}" ] && [ -n "${f_symbols:-}" ] && [ -n "${f_executable:-}" ] \
    || die "probe.py --header lacks include, symbols or executable"
while read -r name arch suites ver ma cross qemu expect <&3; do
    [ -n "$name" ] || continue
    root=$FOREIGN/$name
    if [ "$(cat "$root/.py3ffi-foreign" 2>/dev/null)" = "$LAYOUT $arch $suites $ver" ]; then
        log "$name: reuse $root"
    else
        make_root "$name" "$arch" "$suites" "$ver" "$ma" "$qemu" "$expect"
    fi
    run=$(runner "$root" "$ma" "$qemu")
    # shellcheck disable=SC2086  # the runner is words on purpose
    line=$($run "$root/usr/bin/python$ver" - <"$here/probe.py") || die "$name: probe FAILED ($run)"
    IFS=$'\t' read -r -a f <<<"$line"
    [ ${#f[@]} -eq ${#fields[@]} ] || die "$name: the probe printed ${#f[@]} fields, not ${#fields[@]}"
    # include, symbols and executable as host paths. Under qemu -L the interpreter sees its own
    # file by its host path (so does its prefix, the include folder), but libpython's path comes
    # from the baked-in LIBDIR (/usr/lib/<multiarch>), which exists only inside the root.
    for i in "$f_include" "$f_symbols" "$f_executable"; do
        case ${f[$i]} in "$root"/*) ;; *) f[$i]=$root${f[$i]};; esac
        [ -e "${f[$i]}" ] || die "$name: probe field ${fields[$i]} (${f[$i]}) does not exist on the host"
    done
    # Under the i386 loader nothing maps /usr/lib into the root, so the probe fell back to the
    # executable (which exports the API too): name the root's libpython, as the qemu rows do.
    lib=$root/usr/lib/$ma/libpython$ver.so.1.0
    if [ "${f[$f_symbols]}" = "${f[$f_executable]}" ] && [ -f "$lib" ]; then f[$f_symbols]=$lib; fi
    # (grep without -q: quitting early would make nm fail on a closed pipe, and pipefail see it)
    "$cross-nm" -D --defined-only "${f[$f_symbols]}" | grep -w PyList_New >/dev/null \
        || die "$name: ${f[$f_symbols]} does not export the C API (no PyList_New)"
    command -v "$cross-g++" >/dev/null || die "$name: no $cross-g++"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$arch" "$ma" "$cross" "$run" "$root" \
        "$(IFS=$'\t'; echo "${f[*]}")" >>"$tmp_out"
done 3<<<"$TARGETS"
{ printf '#name\tarch\tmultiarch\tcross\trunner\troot\t%s\n' "$(IFS=$'\t'; echo "${fields[*]}")"
  cat "$tmp_out"; } >"$out.tmp"
mv "$out.tmp" "$out"
log "foreign interpreter list: $out ($(($(wc -l <"$out") - 1)) interpreters)"
