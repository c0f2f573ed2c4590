"""Every report of a document opened with its tracked changes says who made them and when
(the HTML report lists each change); a report of other versions says nothing of them."""
from __future__ import annotations

from dataclasses import replace

from bs4 import BeautifulSoup

from articlecompare.core.model import Comparison, Revision
from articlecompare.export.html_report import render_html
from articlecompare.export.markdown_report import render_markdown
from articlecompare.export.print_report import render_print_html
from articlecompare.export.terminal import summary_text
from articlecompare.present.revisions import (
    changes_by_line,
    revision_text,
    revisions_line,
)

REVISIONS = (
    Revision("deletion", "rose", "Bo Li", "2024-01-07T09:00:00Z"),
    Revision("insertion", "fell <sharply>", "Bo Li", "2024-01-07T09:00:00Z"),
    Revision("insertion", "late", "Ann Lee", "2024-01-05T10:00:00Z"),
    Revision("move_to", "The board met on Monday.", None, None),
)
LINE = "Tracked changes: 2 by Bo Li, 1 by Ann Lee, 1 by an unnamed author (2024-01-05 to 2024-01-07)."


def tracked(comparison: Comparison) -> Comparison:
    return replace(comparison, revised=replace(comparison.revised, revisions=REVISIONS))


def test_the_lines_name_each_author_with_a_count_and_the_span_of_days() -> None:
    assert revisions_line(REVISIONS) == LINE
    assert changes_by_line(REVISIONS) == ("Changes by Bo Li (2), Ann Lee (1) and an unnamed author (1), "
                                          "2024-01-05 to 2024-01-07")
    assert changes_by_line(REVISIONS[2:3]) == "Changes by Ann Lee (1), 2024-01-05"
    assert revision_text(REVISIONS[1]) == "Bo Li, 2024-01-07 09:00: inserted “fell <sharply>”"
    assert revision_text(REVISIONS[3]) == "an unnamed author: moved here “The board met on Monday.”"


def test_the_html_report_names_the_authors_and_lists_each_change(hostile: Comparison) -> None:
    soup = BeautifulSoup(render_html(tracked(hostile)), "html.parser")
    details = soup.select_one("header details.revisions")
    assert details is not None and details.summary.get_text() == LINE
    assert [li.get_text() for li in details.select("li")] == [revision_text(r) for r in REVISIONS]
    assert BeautifulSoup(render_html(hostile), "html.parser").select_one(".revisions") is None


def test_the_markdown_print_and_terminal_reports_carry_the_line(hostile: Comparison) -> None:
    assert f"\n\n{LINE}\n\n" in render_markdown(tracked(hostile))
    print_text = BeautifulSoup(render_print_html(tracked(hostile)), "html.parser").get_text()
    assert LINE in print_text
    assert " ".join(summary_text(tracked(hostile)).split()).count(LINE) == 1
    for report in (render_markdown(hostile), render_print_html(hostile), summary_text(hostile)):
        assert "Tracked changes" not in report
