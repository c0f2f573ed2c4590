"""The Markdown report, read back as text and rendered by a CommonMark/GFM parser."""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import ChangeKind, Comparison
from articlecompare.export.formats import write_report
from articlecompare.export.markdown_report import md_escape, render_markdown

from report_samples import seed_annotations


def _render(md: str) -> BeautifulSoup:
    html = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(md)
    return BeautifulSoup(html, "lxml")


def test_seed_report_has_tables_for_summary_and_changes(
        tmp_path: Path, seed_comparison: Comparison) -> None:
    notes = seed_annotations(seed_comparison)
    path = tmp_path / "report.md"
    write_report(seed_comparison, path, "md", notes)
    md = path.read_text("utf-8")
    soup = _render(md)
    tables = soup.find_all("table")
    assert len(tables) >= 5
    changes = next(t for t in tables if t.th and t.th.get_text() == "Id")
    rows = changes.select("tbody tr")
    assert len(rows) == len(seed_comparison.changes)
    for row, change in zip(rows, seed_comparison.changes):
        cells = [td.get_text() for td in row.find_all("td")]
        assert cells[0] == change.id and cells[1] == change.kind.label
        annotation = notes.for_change(change)
        assert cells[5] == (annotation.verdict.label if annotation and annotation.verdict else "")
        assert cells[6] == (" ".join(annotation.note.split()) if annotation else "")
    text = soup.get_text()
    for fact in seed_comparison.summary.missing_facts:
        assert fact in text
    assert "Misleading" in text and "Opinion presented as reporting." in text


def test_excerpts_show_deleted_and_inserted_words(seed_comparison: Comparison) -> None:
    soup = _render(render_markdown(seed_comparison))
    struck = " ".join(s.get_text() for s in soup.find_all("s"))
    bold = " ".join(s.get_text() for s in soup.find_all("strong"))
    edited = [c for c in seed_comparison.changes if c.kind is ChangeKind.REWORDING and c.edits]
    assert edited
    for edit in edited[0].edits:
        if edit.op.value == "delete" and edit.original and edit.original.length > 2:
            assert seed_comparison.text_of("original", edit.original).strip() in struck
        if edit.op.value == "insert" and edit.revised and edit.revised.length > 2:
            assert seed_comparison.text_of("revised", edit.revised).strip() in bold


def test_change_ids_link_to_their_details(seed_comparison: Comparison) -> None:
    soup = _render(render_markdown(seed_comparison))
    links = [a["href"] for a in soup.select("table a")]
    headings = {h.get_text() for h in soup.find_all("h3")}
    assert len(links) == len(seed_comparison.changes)
    for change, href in zip(seed_comparison.changes, links):
        assert f"{change.id}: {change.kind.label}" in headings
        assert href == "#" + f"{change.id}-{change.kind.label}".lower().replace(" ", "-")


def test_article_text_never_becomes_markup(hostile: Comparison, annotations: AnnotationSet) -> None:
    md = render_markdown(hostile, annotations)
    assert "<script>" not in md and "<b>" not in md
    soup = _render(md)
    assert soup.find_all(["script", "b", "img"]) == []
    text = soup.get_text()
    assert "<script>alert(1)</script> | *Breaking* [news](http://x.example)" in text
    assert "Unattributed opinion <b>here</b> & =1+1" in text
    assert not [a for a in soup.find_all("a") if a["href"].startswith("http")]
    assert [s.get_text().strip() for s in soup.select("blockquote s")] == ["Mayor", "Jane", "Roe",
            "said Wednesday that 2,000 officers will patrol the city", "not"]


def test_multi_line_notes_stay_inside_their_table_cell(hostile: Comparison,
                                                      annotations: AnnotationSet) -> None:
    soup = _render(render_markdown(hostile, annotations))
    changes = next(t for t in soup.find_all("table") if t.th and t.th.get_text() == "Id")
    row = changes.select("tbody tr")[2]
    cells = [td.get_text() for td in row.find_all("td")]
    assert len(cells) == 7
    assert cells[6] == "Police say 2,000. Second line | pipe"


def test_md_escape_keeps_plain_text_plain_and_disarms_syntax() -> None:
    assert md_escape("The U.S. mayor said 7-2, don't.") == "The U.S. mayor said 7-2, don't."
    for text in ("1. first", "- item", "# head", "*x* _y_ `z`", "<b>hi</b>", "a | b",
                 "[l](http://e.x)", "~~gone~~", "&amp; &#60;", "+ plus", "$x$"):
        rendered = _render(md_escape(text))
        assert rendered.get_text().strip() == text, text
        assert rendered.p is not None, text
