"""One table of report formats: the command line takes exactly its formats and tells them by
its file endings, and an ending of none of them is refused."""
from __future__ import annotations

import pytest

from articlecompare.cli import _compare_parser, main
from articlecompare.export.report_formats import ALL_FORMATS, FORMATS, dialog_filter, format_for_path


def test_the_command_line_offers_the_tables_formats() -> None:
    option = next(a for a in _compare_parser()._actions if "--format" in a.option_strings)
    assert tuple(option.choices) == ALL_FORMATS == tuple(f.name for f in FORMATS)


@pytest.mark.parametrize("report", FORMATS, ids=lambda f: f.name)
def test_every_ending_of_a_format_asks_for_it(report) -> None:
    for suffix in report.suffixes:
        assert format_for_path(f"out{suffix}") == report.name
        assert format_for_path(f"OUT{suffix.upper()}") == report.name
        assert f"*{suffix}" in dialog_filter(report.name)


def test_an_ending_of_no_format_is_a_one_line_error(tmp_path, capsys) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The council met on Tuesday.\n", encoding="utf-8")
    b.write_text("The council met on Monday.\n", encoding="utf-8")
    assert main(["compare", str(a), str(b), "-o", str(tmp_path / "report.docx")]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and ".docx" in err and "--format" in err
    assert not (tmp_path / "report.docx").exists()


def test_every_human_report_says_when_it_was_made_and_by_which_version() -> None:
    from datetime import datetime, timezone

    from articlecompare import __version__
    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article
    from articlecompare.export.html_report import render_html
    from articlecompare.export.markdown_report import render_markdown
    from articlecompare.export.print_report import render_print_html
    comparison = compare(Article("The council met on Tuesday.\n"), Article("The council met on Monday.\n"))
    at = datetime(2026, 3, 4, 5, 6, tzinfo=timezone.utc)
    line = f"Made 2026-03-04 05:06 UTC with ArticleCompare {__version__}"
    for render in (render_html, render_markdown, render_print_html):
        assert line in render(comparison, generated_at=at), render.__name__
    assert "Made " in render_html(comparison) and __version__ in render_markdown(comparison)


def test_the_printed_reports_change_labels_are_legible_and_the_article_follows_the_legend() -> None:
    import re

    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article
    from articlecompare.export.html_report import report_css
    from articlecompare.export.print_report import render_print_html
    comparison = compare(Article("The council met on Tuesday.\n\nIt voted.\n"),
                         Article("The council met on Monday.\n\nIt voted.\n"))
    printed = render_print_html(comparison)
    assert 'class="ref"' in printed and "<sup" not in printed  # Qt shrinks a sup to ~3 pt
    size = re.search(r"\.ref \{ font-size: ([\d.]+)pt", report_css("print.css"))
    assert size and float(size.group(1)) >= 7
    assert '<h2 class="newpage">The article' not in printed  # no page of legend lines alone


def test_a_browsers_print_keeps_the_kind_table_and_the_legend_whole() -> None:
    from articlecompare.export.html_report import report_css
    media = report_css("report.css").split("@media print", 1)[1]
    assert "table.counts, #legend { break-inside: avoid" in media
