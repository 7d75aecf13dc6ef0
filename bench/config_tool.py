"""How long the config tool takes at every configure, against the interpreter's own start-up
in the same run: `python bench/config_tool.py [PYTHON]`. Prints medians of 20 runs and ratios."""
import statistics
import subprocess
import sys
import time
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "python" / "py3ffi" / "config.py"


def median_ms(cmd, n=20):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main():
    py = sys.argv[1] if len(sys.argv) > 1 else sys.executable
    bare = median_ms([py, "-c", "pass"])
    rows = [("python -c pass (reference)", bare),
            ("config --python (asks the interpreter)", median_ms([py, str(TOOL), "--python", py, "--cmake"])),
            ("config --abi3 3.10 (no interpreter)", median_ms([py, str(TOOL), "--abi3", "3.10", "--cmake"]))]
    for name, ms in rows:
        print("%-42s %7.1f ms  %5.2fx" % (name, ms, ms / bare))


if __name__ == "__main__":
    main()
