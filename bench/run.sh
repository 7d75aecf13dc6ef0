#!/usr/bin/env bash
# The benchmark suite: bench/run.py (see bench/README.md); arguments go to it (--smoke, ...).
exec python3 "$(dirname "$0")/run.py" "$@"
