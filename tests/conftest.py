import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
# (the tools' libraries, which the tests use too: the targets table's reader...)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "lib"))
from matrix import HAVE_MATRIX, NO_MATRIX  # noqa: E402


def pytest_collection_modifyitems(config, items):
    """Without the interpreter matrix only the quick tier can run: every other test is skipped,
    each with the reason, so that nothing passes by not running."""
    if HAVE_MATRIX:
        return
    for item in items:
        if "quick" not in item.keywords:
            item.add_marker(pytest.mark.skip(reason=NO_MATRIX))
