"""The library API: texts or files in, the JSON report's dictionary (and the Comparison) out;
the unit of work pickles, and a pair's faults come back as its error."""
from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from articlecompare.batch import (
    CompareOptions,
    Document,
    Pair,
    Settings,
    compare_files,
    compare_pair,
    compare_texts,
    run_chunk,
)
from articlecompare.core.model import Comparison
from articlecompare.export.json_report import report_dict
from articlecompare.sources import LoadError
from batch_pairs import pair_texts


def test_compare_texts_gives_the_report_and_the_comparison() -> None:
    _, original, revised = pair_texts(1)[0]
    result = compare_texts(original, revised)
    assert result.ok and isinstance(result.comparison, Comparison)
    assert result.report == report_dict(result.comparison)
    assert result.report["summary"]["counts"] == {"commentary": 1}
    assert json.loads(json.dumps(result.report)) == result.report


def test_compare_files_reads_any_kind_and_takes_options(tmp_path: Path) -> None:
    _, original, revised = pair_texts(3)[2]  # a figure changed
    page = "<html><body><article><h1>{}</h1>{}</article></body></html>"
    first, *rest = original.split("\n\n")
    (tmp_path / "a.html").write_text(page.format(first, "".join(f"<p>{p}</p>" for p in rest)),
                                     encoding="utf-8")
    (tmp_path / "b.md").write_text(revised, encoding="utf-8")
    result = compare_files(tmp_path / "a.html", tmp_path / "b.md", CompareOptions(ignore_case=True))
    assert result.report["original"]["kind"] == "html"
    assert result.report["revised"]["kind"] == "markdown"
    assert result.report["summary"]["counts"].get("fact_change")


def test_compare_texts_refuses_an_empty_text() -> None:
    with pytest.raises(LoadError):
        compare_texts("", "Something.")


def test_compare_pair_records_a_fault_instead_of_raising(tmp_path: Path) -> None:
    pair = Pair("gone", Document.of_path(tmp_path / "missing.txt"), Document.of_text("Text."))
    result = compare_pair(pair)
    assert not result.ok and result.report is None
    assert "missing.txt does not exist" in (result.error or "")


def test_the_unit_of_work_and_its_result_pickle() -> None:
    pair_id, original, revised = pair_texts(1)[0]
    pair = Pair(pair_id, Document.of_text(original), Document.of_text(revised, "markdown"))
    assert pickle.loads(pickle.dumps(pair)) == pair
    settings = Settings(CompareOptions(sensitivity="high"), ("commentary",), csv=True, threads=1)
    assert pickle.loads(pickle.dumps(settings)) == settings
    result = compare_pair(pair)
    assert pickle.loads(pickle.dumps(result)) == result
    (done,) = run_chunk([pair], settings)
    assert pickle.loads(pickle.dumps(done)) == done


def test_a_text_kind_the_loader_does_not_read_is_refused() -> None:
    with pytest.raises(ValueError):
        Document.of_text("x", kind="pdf")


def test_a_pair_reads_the_same_whatever_was_compared_before() -> None:
    # the opinion model's int8 arithmetic scales a batch as a whole: each comparison reads
    # its sentences afresh, so a pair's report does not depend on the pairs before it
    pairs = pair_texts(8)
    alone = compare_texts(pairs[4][1], pairs[4][2]).report
    for _, original, revised in pairs[:4]:
        compare_texts(original, revised)
    assert compare_texts(pairs[4][1], pairs[4][2]).report == alone


def test_the_api_imports_no_qt() -> None:
    code = ("import sys, articlecompare.batch, articlecompare.batch.on_dask\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'dask'))]\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
