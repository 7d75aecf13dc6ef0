import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_configure(config):
    # the quick tier (pytest -m quick): no root, no chroot, no interpreter matrix
    config.addinivalue_line("markers", "quick: runs in the quick tier, with no interpreter matrix")
