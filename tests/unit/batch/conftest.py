"""Fixtures of the batch tests: a JSONL list of pairs written by the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from batch_pairs import write_jsonl


@pytest.fixture
def pairs_jsonl(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "pairs.jsonl", 8)
