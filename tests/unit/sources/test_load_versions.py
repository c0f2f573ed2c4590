"""What a file opened on its own stands for (``load_versions``), and the captures of a web
archive offered to choose from (``archive_captures``), with their titles."""
from __future__ import annotations

from pathlib import Path

import pytest
from written_documents import (
    article_page,
    docx_with_body,
    docx_with_python_docx,
    tracked_body,
    warc_bytes,
)

from articlecompare.sources import (
    Choice,
    LoadError,
    archive_captures,
    load_path,
    load_versions,
)
from articlecompare.sources.captures import page_title

URL, OTHER = "https://news.example/a", "https://news.example/b"


def test_a_tracked_document_is_two_versions_rejected_then_accepted(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(docx_with_body(tracked_body(["The cat sat on the mat."], ["The dog sat on the big mat."])))
    original, revised = load_versions(path)
    assert (original.text, revised.text) == ("The cat sat on the mat.", "The dog sat on the big mat.")
    assert original.revisions == () and {r.kind for r in revised.revisions} == {"insertion", "deletion"}
    assert load_path(path) == revised


def test_other_files_are_one_version(tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    plain.write_bytes(docx_with_python_docx("Title", ["One paragraph of text."]))
    text = tmp_path / "note.txt"
    text.write_text("A short note.", encoding="utf-8")
    assert load_versions(plain) == (load_path(plain),)
    assert load_versions(text) == (load_path(text),)


def test_captures_are_listed_page_by_page_oldest_first_with_titles(tmp_path: Path) -> None:
    path = tmp_path / "site.warc.gz"
    path.write_bytes(warc_bytes([(URL, "2024-01-06T10:00:00Z", article_page(["Second."], "A &amp; B")),
                                 (OTHER, "2024-01-04T10:00:00Z", article_page(["Other."])),
                                 (URL, "2024-01-05T10:00:00Z", article_page(["First."], "A"))]))
    listed = archive_captures(path)
    assert [(c.url, c.date, c.title) for c in listed] == [
        (URL, "2024-01-05T10:00:00Z", "A"), (URL, "2024-01-06T10:00:00Z", "A &amp; B"),
        (OTHER, "2024-01-04T10:00:00Z", None)]
    assert listed[1].choice == Choice(URL, "20240106100000")
    assert load_path(path, listed[1].choice).text.endswith("Second.")


def test_a_file_that_is_no_archive_lists_nothing_and_is_not_read(tmp_path: Path) -> None:
    assert archive_captures(tmp_path / "missing.docx") == ()   # named as no archive: not opened
    with pytest.raises(LoadError, match="does not exist"):
        archive_captures(tmp_path / "missing.wacz")


@pytest.mark.parametrize("page, title", [
    (b"<html><head><TITLE lang=en>\n Ferries &amp; fares </TITLE>", "Ferries & fares"),
    (b"<title></title>", None),
    (b"<title>never closed", None),
    (b"<p>no title at all</p>", None),
    (b" " * 70_000 + b"<title>too far in</title>", None),
])
def test_page_titles_are_found_near_the_start(page: bytes, title: str | None) -> None:
    assert page_title(page) == title
