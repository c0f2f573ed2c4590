"""Headline, byline and date of saved pages are compared: a changed one is a change, classified
like any sentence of the text, in the comparison, in every report and in a reopened session."""
from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.model import Change, ChangeKind, Comparison
from articlecompare.core.options import CompareOptions
from articlecompare.core.session import Session
from articlecompare.export.formats import render_report
from articlecompare.sources import load_path, load_text
from report_checks import check_report
from saved_pages import BODY, BYLINE, HEADLINE, save_page, story_page

REWRITTEN = "Harbour chiefs squander a fortune on a pointless channel"


@pytest.fixture(params=["html", "mhtml"])
def pages(request: pytest.FixtureRequest, tmp_path: Path):
    """Compare two saved pages (HTML or MHTML) given their markup."""

    def run(original: str, revised: str, **options: bool) -> Comparison:
        a = load_path(save_page(tmp_path, "original", original, request.param))
        b = load_path(save_page(tmp_path, "revised", revised, request.param))
        return compare(a, b, CompareOptions(**options))

    return run


def covering(comparison: Comparison, side: str, text: str) -> list[Change]:
    """The changes whose span on ``side`` covers the first occurrence of ``text``."""
    article = comparison.original if side == "original" else comparison.revised
    start = article.text.index(text)
    return [c for c in comparison.changes if getattr(c, side) is not None
            and getattr(c, side).start <= start and start + len(text) <= getattr(c, side).end]


def described(comparison: Comparison) -> list[tuple[str, str, str]]:
    return [(c.kind.value, comparison.text_of("original", c.original) if c.original else "",
             comparison.text_of("revised", c.revised) if c.revised else "")
            for c in comparison.changes]


def test_a_rewritten_headline_is_a_change_classified_like_the_first_line_of_a_text(pages):
    comparison = pages(story_page(), story_page(headline=REWRITTEN))
    added, = covering(comparison, "revised", REWRITTEN)
    removed, = covering(comparison, "original", HEADLINE)
    assert added.kind in (ChangeKind.ADDITION, ChangeKind.COMMENTARY)
    assert removed.kind == ChangeKind.OMISSION
    assert comparison.revised.text.startswith(REWRITTEN)
    # the same article as plain text, its headline on the first line, compares the same way
    credit = f"By {BYLINE} · 2023-10-02"
    plain = compare(load_text("\n\n".join((HEADLINE, credit, *BODY))),
                    load_text("\n\n".join((REWRITTEN, credit, *BODY))))
    assert described(comparison) == described(plain)


def test_a_reworded_headline_is_a_reworded_first_sentence(pages):
    comparison = pages(story_page(), story_page(headline=HEADLINE.replace("dredge", "deepen")))
    change, = comparison.changes
    assert change.kind == ChangeKind.REWORDING
    assert comparison.text_of("original", change.original) == "dredge"
    assert comparison.text_of("revised", change.revised) == "deepen"
    assert change.revised.end <= len(HEADLINE)


def test_a_changed_byline_is_a_change(pages):
    comparison = pages(story_page(), story_page(byline="Sam Keel"))
    change, = comparison.changes
    assert comparison.text_of("revised", change.revised) == "Sam Keel"
    assert comparison.text_of("original", change.original) == BYLINE
    assert change.kind == ChangeKind.FACT_CHANGE


def test_a_changed_date_is_a_changed_fact(pages):
    comparison = pages(story_page(), story_page(published="2023-10-09T08:15:00Z"))
    change, = comparison.changes
    assert change.kind == ChangeKind.FACT_CHANGE
    assert "2023-10-02" in change.detail and "2023-10-09" in change.detail
    assert covering(comparison, "revised", "2023-10-09") == [change]


@pytest.mark.parametrize("hide_boilerplate", [False, True])
def test_a_timestamp_moved_within_the_day_is_no_change(pages, hide_boilerplate):
    comparison = pages(story_page(published="2023-10-02T05:27:00Z"),
                       story_page(published="2023-10-02T21:41:00Z"),
                       hide_boilerplate=hide_boilerplate)
    assert comparison.changes == ()


def test_hiding_boilerplate_keeps_headline_byline_and_date_changes(pages):
    comparison = pages(story_page(), story_page(headline=REWRITTEN, byline="Sam Keel",
                                                published="2023-10-09T08:15:00Z"),
                       hide_boilerplate=True)
    for text in (REWRITTEN, "Sam Keel", "2023-10-09"):
        assert covering(comparison, "revised", text), text


class _Marks(HTMLParser):
    """The text of each change card and each highlight (``<mark>``) of an HTML report."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: dict[str, str] = {}
        self.marks: list[tuple[str, str]] = []
        self._card: str | None = None
        self._mark: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        if tag == "article" and classes.startswith("change "):
            self._card = classes.split()[1].removeprefix("card-")
            self.cards.setdefault(self._card, "")
        elif tag == "mark":
            self._mark = classes
            self.marks.append((classes, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._card = None
        elif tag == "mark":
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._card is not None:
            self.cards[self._card] += data
        if self._mark is not None:
            classes, text = self.marks[-1]
            self.marks[-1] = (classes, text + data)


def test_every_report_shows_the_headline_change(pages):
    comparison = pages(story_page(), story_page(headline=REWRITTEN))
    report = json.loads(render_report(comparison, "json"))
    check_report(report)
    assert report["revised"]["text"].startswith(REWRITTEN)
    assert {(c["kind"], (c["revised"] or {}).get("text")) for c in report["changes"]} >= {
        (covering(comparison, "revised", REWRITTEN)[0].kind.value, REWRITTEN)}
    rows = list(csv.DictReader(io.StringIO(render_report(comparison, "csv").decode("utf-8-sig"))))
    assert [row["revised_excerpt"] for row in rows].count(REWRITTEN) == 1
    assert [row["original_excerpt"] for row in rows].count(HEADLINE) == 1
    markdown = render_report(comparison, "md").decode("utf-8")
    added = covering(comparison, "revised", REWRITTEN)[0]
    assert f"### {added.id}: {added.kind.label}\n\nRevised:\n\n> {REWRITTEN}\n" in markdown
    html = _Marks()
    html.feed(render_report(comparison, "html").decode("utf-8"))
    assert REWRITTEN in html.cards[added.kind.value]
    assert (f"hl k-{added.kind.value}", REWRITTEN) in html.marks


def test_a_session_reopens_exactly_as_saved(pages):
    comparison = pages(story_page(), story_page(headline=REWRITTEN))
    data = json.loads(json.dumps(Session(comparison.original, comparison.revised).to_dict()))
    reopened = Session.from_dict(data)
    assert (reopened.original, reopened.revised) == (comparison.original, comparison.revised)
    again = compare(reopened.original, reopened.revised)
    assert [c.key for c in again.changes] == [c.key for c in comparison.changes]
    # a session saved before headers existed keeps its text: same comparison as then
    for side in ("original", "revised"):
        data[side]["text"] = data[side]["text"].split("\n\n", 2)[2]
    older = Session.from_dict(data)
    assert older.revised.text == "\n\n".join(BODY)
    assert compare(older.original, older.revised).changes == ()
