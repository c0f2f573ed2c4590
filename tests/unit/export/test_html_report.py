"""The HTML report, parsed back: content, highlights, escaping, self-containment."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from articlecompare.core.annotations import AnnotationSet, Verdict
from articlecompare.core.compare import compare
from articlecompare.core.model import Article, ChangeKind, Comparison
from articlecompare.export.formats import write_report
from articlecompare.export.html_report import CSP, render_html

from report_samples import ORIGINAL, REVISED, seed_annotations, seed_articles


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def seed_page(tmp_path: Path, seed_comparison: Comparison) -> tuple[BeautifulSoup, str]:
    path = tmp_path / "report.html"
    write_report(seed_comparison, path, "html", seed_annotations(seed_comparison))
    raw = path.read_text("utf-8")
    return _soup(raw), raw


def test_every_change_kind_is_highlighted_with_its_class(
        seed_page: tuple[BeautifulSoup, str], seed_comparison: Comparison) -> None:
    soup, _ = seed_page
    article = soup.select_one("#article .side-by-side")
    assert article is not None
    kinds = {c.kind for c in seed_comparison.changes}
    assert {ChangeKind.COMMENTARY, ChangeKind.OMISSION, ChangeKind.REWORDING} <= kinds
    for kind in kinds:
        marks = article.select(f"mark.hl.k-{kind.value}")
        assert marks, kind
    commentary = " ".join(m.get_text() for m in article.select("mark.k-commentary"))
    for change in seed_comparison.changes_of(ChangeKind.COMMENTARY):
        assert _flat(seed_comparison.text_of("revised", change.revised)) in _flat(commentary)  # type: ignore[arg-type]


def test_both_columns_hold_the_whole_text_of_their_version(
        seed_page: tuple[BeautifulSoup, str], seed_comparison: Comparison) -> None:
    soup, _ = seed_page
    columns = soup.select("#article .side-by-side .text")
    assert len(columns) == 2
    for column, article in zip(columns, (seed_comparison.original, seed_comparison.revised)):
        for ref in column.select("sup.ref"):
            ref.decompose()
        assert _flat(column.get_text(" ")) .replace(" ", "") == _flat(article.text).replace(" ", "")


def test_redline_shows_deletions_and_insertions_in_place(
        seed_page: tuple[BeautifulSoup, str], seed_comparison: Comparison) -> None:
    soup, _ = seed_page
    redline = soup.select_one("#article .redline")
    assert redline is not None
    deleted = _flat(" ".join(d.get_text() for d in redline.select("del")))
    omission = seed_comparison.changes_of(ChangeKind.OMISSION)[0]
    assert _flat(seed_comparison.text_of("original", omission.original)) in deleted  # type: ignore[arg-type]
    assert redline.select("mark.k-commentary")


def test_legend_lists_every_kind_and_verdict(seed_page: tuple[BeautifulSoup, str]) -> None:
    soup, _ = seed_page
    legend = soup.select_one("#legend")
    assert legend is not None
    for kind in ChangeKind:
        assert legend.select_one(f"mark.k-{kind.value}").get_text() == kind.label  # type: ignore[union-attr]
    for verdict in Verdict:
        assert legend.select_one(f".verdict.v-{verdict.value}") is not None


def test_change_cards_carry_verdicts_notes_and_facts(
        seed_page: tuple[BeautifulSoup, str], seed_comparison: Comparison) -> None:
    soup, _ = seed_page
    notes = seed_annotations(seed_comparison)
    cards = soup.select("#changes article.change")
    assert [c["id"] for c in cards] == [f"change-{c.id}" for c in seed_comparison.changes]
    seen = 0
    for change in seed_comparison.changes:
        card = soup.find(id=f"change-{change.id}")
        assert isinstance(card, Tag)
        assert change.kind.label in card.select_one(".badge").get_text()  # type: ignore[union-attr]
        annotation = notes.for_change(change)
        verdict = card.select_one(".verdict")
        if annotation is None:
            assert verdict is None and card.select_one(".note") is None
            continue
        seen += 1
        if annotation.verdict is not None:
            assert verdict is not None and verdict.get_text() == annotation.verdict.label
        if annotation.note:
            assert annotation.note in card.select_one(".note").get_text()  # type: ignore[union-attr]
        for fact in change.facts:
            assert fact.text in card.get_text()
    assert seen == 3


def test_references_in_the_text_link_to_cards_and_show_verdicts(
        seed_page: tuple[BeautifulSoup, str], seed_comparison: Comparison) -> None:
    soup, _ = seed_page
    targets = {a["href"] for a in soup.select("#article sup.ref a")}
    assert targets == {f"#change-{c.id}" for c in seed_comparison.changes}
    misleading = soup.select("#article sup.ref.v-misleading")
    assert misleading and "misleading" in misleading[0].get_text()


def test_summary_sources_and_missing_facts(
        seed_page: tuple[BeautifulSoup, str], seed_comparison: Comparison) -> None:
    soup, _ = seed_page
    summary = soup.select_one("#summary")
    assert summary is not None
    kept = f"{seed_comparison.summary.kept_share:.0%}"
    assert kept in summary.get_text()
    missing = [li.get_text() for li in summary.select(".missing-box li")]
    assert missing == list(seed_comparison.summary.missing_facts) and len(missing) >= 7
    counts = {row.select("td")[0].get_text(): int(row.select("td")[1].get_text())
              for row in summary.select("table.counts tbody tr")}
    for kind, n in seed_comparison.summary.counts.items():
        assert counts[ChangeKind(kind).label] == n
    sources = soup.select_one("#sources").get_text()  # type: ignore[union-attr]
    assert "Chicago mayor bars ICE from police databases" in sources
    assert "https://blog.example/ice?a=1&b=2" in sources and "By A. Blogger" in sources
    ledger = soup.select("#facts tr.missing td:first-child")
    assert {td.get_text() for td in ledger} >= set(seed_comparison.summary.missing_facts) - {""}


def test_the_page_is_self_contained_and_runs_nothing(seed_page: tuple[BeautifulSoup, str]) -> None:
    soup, raw = seed_page
    meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert isinstance(meta, Tag) and meta["content"] == CSP
    assert soup.find_all(["script", "link", "img", "iframe", "object", "embed"]) == []
    for tag in soup.find_all(True):
        assert not [a for a in tag.attrs if a.lower().startswith("on")], tag.name
        assert not tag.get("src")
        href = tag.get("href")
        assert href is None or str(href).startswith("#")
    style = soup.style.get_text()  # type: ignore[union-attr]
    assert "@import" not in style and "url(" not in style
    assert not re.search(r"https?://", raw.split("<body>")[0])


def test_markup_in_article_text_and_metadata_is_shown_as_text(
        hostile: Comparison, annotations: AnnotationSet) -> None:
    raw = render_html(hostile, annotations)
    soup = _soup(raw)
    assert soup.find_all("script") == [] and soup.find_all("b") == []
    text = soup.get_text()
    assert "<script>alert(1)</script>" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert "Roe & the <police>" in soup.select_one(".subtitle").get_text()  # type: ignore[union-attr]
    assert "Unattributed opinion <b>here</b> & =1+1" in text
    assert "https://example.org/a?x=1&y=<2>" in text


def test_engine_output_with_a_script_in_the_article_stays_inert(seed_paths: tuple[Path, Path]) -> None:
    original, revised = seed_articles(seed_paths)
    evil = replace(revised, text=revised.text + "\n<script>alert(1)</script> Click <img src=x onerror=alert(2)>.",
                   metadata=replace(revised.metadata, title="</title><script>alert(3)</script>"))
    comparison = compare(original, evil)
    soup = _soup(render_html(comparison))
    assert soup.find_all(["script", "img"]) == []
    assert "<script>alert(1)</script> Click <img src=x onerror=alert(2)>." in soup.get_text()
    assert soup.title.get_text().endswith("</title><script>alert(3)</script>")  # type: ignore[union-attr]


def test_hand_made_comparison_marks_every_kind_and_word_edits(hostile: Comparison,
                                                              annotations: AnnotationSet) -> None:
    soup = _soup(render_html(hostile, annotations))
    side = soup.select_one("#article .side-by-side")
    for kind in ("addition", "move", "fact_change", "commentary", "quote_change", "boilerplate"):
        assert side.select(f"mark.k-{kind}"), kind  # type: ignore[union-attr]
    quote_card = soup.find(id="change-c5")
    assert [d.get_text().strip() for d in quote_card.select("del")] == ["not"]  # type: ignore[union-attr]
    assert "Only a note, no verdict" in soup.find(id="change-c2").get_text()  # type: ignore[union-attr]
    assert soup.find(id="change-c2").select_one(".verdict") is None  # type: ignore[union-attr]


def test_no_annotations_means_no_verdicts_or_notes(hostile: Comparison) -> None:
    soup = _soup(render_html(hostile))
    assert soup.select("#changes .verdict") == [] and soup.select("#changes .note") == []
    assert "0" in soup.select(".figure")[-1].get_text()


def test_degraded_comparisons_say_so(hostile: Comparison) -> None:
    from articlecompare.core.model import Outcome
    soup = _soup(render_html(replace(hostile, outcome=Outcome.DEGRADED,
                                     notes=("word diff timed out on paragraph 3",))))
    assert "word diff timed out on paragraph 3" in soup.select_one(".notice").get_text()  # type: ignore[union-attr]


def test_empty_comparison_renders(tmp_path: Path) -> None:
    comparison = compare(Article("Same text."), Article("Same text."))
    soup = _soup(render_html(comparison))
    assert "No changes." in soup.select_one("#changes").get_text()  # type: ignore[union-attr]
    assert "Same text." in soup.select_one("#article .redline").get_text()  # type: ignore[union-attr]


def test_texts_used_by_the_hand_made_sample_are_what_the_page_shows(hostile: Comparison) -> None:
    soup = _soup(render_html(hostile))
    cols = soup.select("#article .side-by-side .text")
    for col in cols:
        for ref in col.select("sup.ref"):
            ref.decompose()
    assert _flat(cols[0].get_text(" ")).replace(" ", "") == _flat(ORIGINAL).replace(" ", "")
    assert _flat(cols[1].get_text(" ")).replace(" ", "") == _flat(REVISED).replace(" ", "")
