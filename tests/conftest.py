import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# (the tools' libraries, which the tests use too: the targets table's reader...)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "lib"))


def pytest_configure(config):
    # (registered here, as the repository has no pytest configuration file)
    config.addinivalue_line("markers",
                            "quick: fast, needs no provisioned interpreter (the quick tier)")
