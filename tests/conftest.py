"""Test-wide set-up: Qt runs offscreen, GUI tests are marked ``gui``, shared data is found."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL_CASES = SHARED / "eval" / "cases"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def seed_paths() -> tuple[Path, Path]:
    """The project's seed pair: (original news report, blog rewrite). The texts are a
    publisher's, so they stay in ``../shared/seeds`` beside the checkout; where that is
    absent (a lone clone) the tests that read them skip and say why."""
    original = next(SEEDS.glob("001_*.txt"), None)
    revised = next(SEEDS.glob("000_*.txt"), None)
    if original is None or revised is None:
        pytest.skip(f"the seed pair is not beside the checkout ({SEEDS})")
    return original, revised
