"""The seed pair (a news report and a blog's rewrite of it) saved as a Word document with
the rewrite as tracked changes, as two PDFs and as a web archive with two captures of one
page: each gives the same changes as the plain-text pair (the kinds of change, how many are
commentary and omissions, and the missing facts)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from articlecompare.cli import main
from articlecompare.sources import load_path
from pdf_pages import Layout, pdf_bytes
from written_documents import article_page, docx_with_body, tracked_body, wacz_bytes

URL = "https://blog.example/chicago-ice"


def outcome(tmp_path: Path, *args: str) -> dict:
    out = tmp_path / "report.json"
    assert main(["compare", *args, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    counts = Counter(change["kind"] for change in data["changes"])
    return {"kinds": sorted(counts), "commentary": counts["commentary"], "omission": counts["omission"],
            "missing": data["summary"]["missing_facts"]}


@pytest.fixture
def seed_texts(seed_paths) -> tuple[list[str], list[str]]:
    return tuple(load_path(path).text.split("\n\n") for path in seed_paths)  # type: ignore[return-value]


@pytest.fixture
def expected(seed_paths, tmp_path) -> dict:
    return outcome(tmp_path, *map(str, seed_paths))


def test_the_seed_pair_as_one_word_document_with_tracked_changes(seed_texts, expected, tmp_path):
    original, revised = seed_texts
    draft = tmp_path / "rewrite.docx"
    draft.write_bytes(docx_with_body(tracked_body(original, revised)))
    assert outcome(tmp_path, str(draft)) == expected


def test_the_seed_pair_as_two_pdfs(seed_texts, expected, tmp_path):
    original, revised = seed_texts
    paths = []
    for name, texts in (("original.pdf", original), ("revised.pdf", revised)):
        layout = Layout(header="Chicago news - " + name, lines_per_page=30)  # two pages or more
        (tmp_path / name).write_bytes(pdf_bytes(texts, layout))
        assert layout.hyphenated
        paths.append(str(tmp_path / name))
    assert [load_path(path).text.split("\n\n") for path in paths] == [original, revised]
    assert outcome(tmp_path, *paths) == expected


def test_the_seed_pair_as_two_captures_in_a_wacz(seed_texts, expected, tmp_path):
    original, revised = seed_texts
    archive = tmp_path / "blog.wacz"
    archive.write_bytes(wacz_bytes([(URL, "2019-07-11T10:00:00Z", article_page(original)),
                                    (URL, "2019-07-12T09:30:00Z", article_page(revised[1:], revised[0]))]))
    # a page's template lines (share prompts, "Back to top") are taken out as furniture, so
    # the boilerplate the text file holds is not there to be compared
    got = outcome(tmp_path, str(archive))
    assert {**got, "kinds": [k for k in got["kinds"] if k != "boilerplate"]} == \
        {**expected, "kinds": [k for k in expected["kinds"] if k != "boilerplate"]}
