"""Fixtures for the export tests (the samples themselves are in report_samples.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.compare import compare
from articlecompare.core.model import Comparison
from articlecompare.core.options import CompareOptions

from report_samples import hostile_comparison, sample_annotations, seed_articles


@pytest.fixture
def hostile() -> Comparison:
    return hostile_comparison()


@pytest.fixture
def annotations() -> AnnotationSet:
    return sample_annotations()


@pytest.fixture
def seed_comparison(seed_paths: tuple[Path, Path]) -> Comparison:
    original, revised = seed_articles(seed_paths)
    return compare(original, revised, CompareOptions())
