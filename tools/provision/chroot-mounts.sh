#!/usr/bin/env bash
# chroot-mounts.sh ROOT [DIR...]: makes ROOT usable with `chroot ROOT python...` for the tests:
# /proc mounted, and each DIR bind-mounted at the same path inside, so a module built on the
# host is imported from the chroot by the same file name. Idempotent.
set -euo pipefail
root=$1; shift
mkdir -p "$root/proc"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
for d in "$@"; do
    d=$(cd "$d" && pwd -P)
    mkdir -p "$root$d"
    # a mount left from an earlier directory of the same path (deleted, then made again) shows
    # the old one: the same directory seen through a bind mount has the same device and inode
    if mountpoint -q "$root$d" && [ "$(stat -c %d:%i "$d")" != "$(stat -c %d:%i "$root$d")" ]; then
        umount -l "$root$d"
    fi
    mountpoint -q "$root$d" || mount --bind "$d" "$root$d"
done
