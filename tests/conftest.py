"""Test-wide set-up: Qt runs offscreen; tiers are marked by what a test uses: ``gui`` for a
test that drives Qt (a Qt fixture, or a module that imports Qt or the window's code),
``shared`` for one that reads the data beside the checkout (``seed_paths``)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL_CASES = SHARED / "eval" / "cases"


_QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "make_window", "window"}
_QT_MODULES = ("PySide6", "articlecompare.ui", "articlecompare.app")


def _uses_qt(item: pytest.Item) -> bool:
    if _QT_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    module = getattr(item, "module", None)
    return module is not None and any(
        (getattr(value, "__module__", None) or getattr(value, "__name__", "") or "")
        .startswith(_QT_MODULES) for value in vars(module).values()
        if not isinstance(value, (str, int, float, bytes, tuple, list, dict)))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _uses_qt(item):
            item.add_marker(pytest.mark.gui)
        if "seed_paths" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared)


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
