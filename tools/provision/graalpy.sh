#!/usr/bin/env bash
# Provisions (or reuses) GraalPy, the Python on the JVM (community edition), from Maven Central:
# the only place this machine can get it (no GitHub, no graalvm.org, nothing on PyPI).
#
#   the releases of the targets table (python/py3ffi/targets.tsv, its graalpy rows): 24.2.2
#   (Python 3.11) on the Debian OpenJDK 17, 25.0.3 (Python 3.12) on Temurin 25
#
# Each goes to $PY3FFI_CACHE/graalpy/<V>/ (default cache /var/cache/py3ffi):
#   lib/*.jar                   org.graalvm.python:python-community (a pom) + python-launcher, resolved
#   graalpy                     the launcher: java ... GraalPythonMain "$@" (8-16 s to start)
#   include/python3.X/          the C API headers, from python-resources-<V>.jar
#   native/libpython-native.so  the C API library, from the same jar (for nm -D; no JVM needed)
#   .complete                   written last: "<V> <JDK> <REV>"; when it matches, <V> is reused
#
# usage: graalpy.sh [VERSION...]   (default: the table's). Cold, each version downloads 160-200 MB into
# ~/.m2 (MAVEN_OPTS=-Dmaven.repo.local=DIR to put it elsewhere). Needs mvn, unzip and the JDKs
# (PY3FFI_JDK17, PY3FFI_JDK25 override their homes); says so and fails if one is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CACHE=${PY3FFI_CACHE:-/var/cache/py3ffi}
GP=$CACHE/graalpy
# The JDK each release runs on (a release added to the table needs its line here).
declare -A JDK=([24.2.2]=${PY3FFI_JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
                [25.0.3]=${PY3FFI_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64})
REV=1  # bump when the layout or the launcher changes: every version is redone
t0=$(date +%s)
log() { echo "[graalpy $(( $(date +%s) - t0 ))s] $*" >&2; }
die() { log "$*"; exit 1; }

java_major() { # JDK home -> 17, 25...
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

provision() { # version
    local v=$1 jdk=${JDK[$1]:-} d=$GP/$1
    [ -n "$jdk" ] || die "$v: unknown version (known: ${!JDK[*]})"
    if [ "$(cat "$d/.complete" 2>/dev/null)" = "$v $jdk $REV" ]; then log "$v: reuse $d"; return; fi
    [ -x "$jdk/bin/java" ] || die "$v: no JDK at $jdk (install one, or point PY3FFI_JDK17/PY3FFI_JDK25 at it)"
    command -v mvn >/dev/null || die "$v: mvn not found: install Maven (apt-get install maven)"
    command -v unzip >/dev/null || die "$v: unzip not found (apt-get install unzip)"
    rm -f "$d/.complete"
    mkdir -p "$d"

    cat >"$d/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>py3ffi.provision</groupId><artifactId>graalpy</artifactId><version>$v</version>
  <dependencies>
    <!-- the language, its resources (stdlib, headers, native libraries) and Truffle -->
    <dependency><groupId>org.graalvm.python</groupId><artifactId>python-community</artifactId>
      <version>$v</version><type>pom</type></dependency>
    <!-- the command line: com.oracle.graal.python.shell.GraalPythonMain -->
    <dependency><groupId>org.graalvm.python</groupId><artifactId>python-launcher</artifactId>
      <version>$v</version></dependency>
  </dependencies>
</project>
EOF
    log "$v: jars from Maven Central into $d/lib (cold: about 30 s, 160-200 MB)"
    rm -rf "$d/lib"
    if ! (cd "$d" && JAVA_HOME=$jdk mvn -q -B dependency:copy-dependencies -DoutputDirectory=lib \
            >"$d/mvn.log" 2>&1); then
        tail -n 20 "$d/mvn.log" >&2; die "$v: Maven FAILED (log: $d/mvn.log)"
    fi
    local res=$d/lib/python-resources-$v.jar
    [ -f "$res" ] || die "$v: Maven gave no $res"

    # Headers and library straight from the jar: the same files GraalPy unpacks into its home
    # (~/.cache/org.graalvm.polyglot/...) at its first start, but at a path that stays put.
    local minor
    minor=$(unzip -p "$res" META-INF/resources/include/patchlevel.h |
            sed -n 's/^#define PY_MINOR_VERSION[[:space:]]*\([0-9]*\).*/\1/p')
    [ -n "$minor" ] || die "$v: no PY_MINOR_VERSION in $res"
    rm -rf "$d/include" "$d/native" "$d/unzip"
    unzip -q "$res" 'META-INF/resources/include/*' 'META-INF/resources/linux/amd64/lib/*/libpython-native.so' \
        -d "$d/unzip"
    mkdir -p "$d/include" "$d/native"
    mv "$d/unzip/META-INF/resources/include" "$d/include/python3.$minor"
    mv "$d"/unzip/META-INF/resources/linux/amd64/lib/*/libpython-native.so "$d/native/"
    rm -rf "$d/unzip"

    # -XX:TieredStopAtLevel=1 (C1 only) about halves the start-up; the two JDK 24+ flags only
    # silence warnings. executablename makes sys.executable this script, not the java command line.
    local extra=""
    [ "$(java_major "$jdk")" -ge 24 ] 2>/dev/null &&
        extra="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow "
    cat >"$d/graalpy" <<EOF
#!/bin/sh
# GraalPy $v (Python 3.$minor) on $jdk; written by tools/provision/graalpy.sh.
exec "$jdk/bin/java" -XX:TieredStopAtLevel=1 $extra\\
    "-Dorg.graalvm.launcher.executablename=$d/graalpy" \\
    -cp "$d/lib/*" com.oracle.graal.python.shell.GraalPythonMain "\$@"
EOF
    chmod +x "$d/graalpy"

    log "$v: first start (unpacks GraalPy's home into ~/.cache/org.graalvm.polyglot; 10-30 s)"
    local got
    got=$("$d/graalpy" -c 'import sys; print(sys.implementation.name, "%d.%d" % sys.version_info[:2])') ||
        die "$v: $d/graalpy does not start"
    [ "$got" = "graalpy 3.$minor" ] || die "$v: $d/graalpy says '$got', expected 'graalpy 3.$minor'"
    echo "$v $jdk $REV" >"$d/.complete"
    log "$v: done (Python 3.$minor, $(du -sh "$d" | cut -f1))"
}

versions=("$@")
[ $# -gt 0 ] || mapfile -t versions < <(awk -F'\t' '$1 == "graalpy" {print $4}' "$here/../../python/py3ffi/targets.tsv")
for v in "${versions[@]}"; do provision "$v"; done
