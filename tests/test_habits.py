"""The repository's habits, checked: the hand-written headers are clang-formatted, the Python is
ruff-clean, every header and shipped file carries its license line, and commit subjects are at
most 72 characters."""
import subprocess
import sys
from pathlib import Path

import pytest
from matrix import TOP

pytestmark = pytest.mark.quick
VENV_BIN = Path(sys.executable).parent
# Commits before this one predate the rule (their subjects were written as long summaries).
SUBJECT_RULE_SINCE = "a65dc8264da265f99695159d9420840d1f8f798e"


def test_hand_written_headers_are_clang_formatted():
    out = subprocess.run([sys.executable, str(TOP / "tools/style/format_headers.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_python_is_ruff_clean():
    ruff = VENV_BIN / "ruff"
    assert ruff.exists(), "ruff is not in the tools' venv: run tools/provision/venv.sh"
    out = subprocess.run([str(ruff), "check", "--no-cache", "tools", "python", "tests", "bench", "examples"],
                         capture_output=True, text=True, cwd=TOP)
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_header_and_shipped_file_has_its_license_line():
    shipped = [*(TOP / "include").rglob("*.hpp"), *(TOP / "python_h").rglob("*.h"), *(TOP / "cmake").glob("*.cmake"),
               *(TOP / "python").rglob("*.py")]
    lacking = [str(p.relative_to(TOP)) for p in shipped
               if "SPDX-License-Identifier: MIT" not in "".join(p.read_text().splitlines(True)[:2])]
    assert len(shipped) > 130 and not lacking, lacking


def test_commit_subjects_are_at_most_72_characters():
    log = subprocess.run(["git", "log", "--format=%h %s", "%s..HEAD" % SUBJECT_RULE_SINCE],
                         capture_output=True, text=True, cwd=TOP)
    if log.returncode != 0:
        pytest.skip("no git history here (%s): commit subjects not checked" % log.stderr.strip())
    long = [line for line in log.stdout.splitlines() if len(line.split(" ", 1)[1]) > 72]
    assert not long, long
