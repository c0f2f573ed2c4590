"""Altered quotations as a fact-checker needs them: one quote change per altered quotation
(words changed, cut short, extended, bracketed insertion, replaced, another speaker) with
both wordings, the rows that only restate it taken in, the quotation's fate in the ledger
with its speaker, and typography never a change."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.model import (Article, ChangeKind, Comparison, Fact, FactStatus,
                                       FactType)
from articlecompare.export.json_report import write_json

from comparison_checks import assert_facts_slice, assert_spans_slice, assert_words_rebuild

BEFORE = "The raid went ahead on Sunday after weeks of planning.\n\n"
AFTER = "\n\nOfficers left the building at noon and the street reopened."


def run(original: str, revised: str) -> Comparison:
    c = compare(Article(BEFORE + original + AFTER), Article(BEFORE + revised + AFTER))
    assert_words_rebuild(c)
    assert_spans_slice(c)
    assert_facts_slice(c)
    return c


def quote_changes(c: Comparison) -> list[str]:
    return [ch.detail for ch in c.changes if ch.kind == ChangeKind.QUOTE_CHANGE]


def quote_facts(c: Comparison) -> list[Fact]:
    return [f for f in c.facts if f.type == FactType.QUOTE]


def test_a_replaced_quotation_is_one_quote_change_and_a_missing_fact_with_its_speaker() -> None:
    c = run("“These guys are the worst of the worst,” said Mr. Reeves.",
            "“These guys have not changed at all,” said Mr. Reeves.")
    assert [ch.kind for ch in c.changes] == [ChangeKind.QUOTE_CHANGE]  # not two rewordings
    (detail,) = quote_changes(c)
    assert "These guys are the worst of the worst" in detail
    assert "These guys have not changed at all" in detail
    (fact,) = quote_facts(c)
    assert fact.text == "These guys are the worst of the worst"
    assert fact.status == FactStatus.MISSING and fact.speaker == "Mr. Reeves"
    assert fact.replacement == "These guys have not changed at all"
    assert fact.text in c.summary.missing_facts
    (change,) = c.changes
    assert fact in change.facts


def test_a_replaced_stand_alone_quote_sentence_is_a_quote_change() -> None:
    c = run("“We are ready,” said Mr. Reeves.\n\n“We have waited for this moment for years.”",
            "“We are ready,” said Mr. Reeves.\n\n“Nobody here expected the weather to turn.”")
    assert [ch.kind for ch in c.changes] == [ChangeKind.QUOTE_CHANGE]  # not addition + omission
    (detail,) = quote_changes(c)
    assert "We have waited for this moment for years" in detail
    assert "Nobody here expected the weather to turn" in detail
    gone = next(f for f in quote_facts(c) if f.status != FactStatus.KEPT)
    assert gone.status == FactStatus.MISSING and gone.speaker == "Mr. Reeves"


def test_a_quotation_cut_short_is_a_quote_change() -> None:
    c = run("“We will rebuild the bridge by spring. It will cost less than the old one,” "
            "said Mayor Hall.",
            "“We will rebuild the bridge by spring,” said Mayor Hall.")
    (detail,) = quote_changes(c)
    assert detail.startswith("cut short: “It will cost less than the old one”")
    assert ChangeKind.REWORDING not in [ch.kind for ch in c.changes]
    statuses = {f.text: f.status for f in quote_facts(c)}
    assert statuses == {"We will rebuild the bridge by spring": FactStatus.KEPT,
                        "It will cost less than the old one": FactStatus.MISSING}


def test_sentences_cut_from_a_quotation_stay_omissions_beside_the_quote_change() -> None:
    original = ("Dr. Netea, a professor in the Netherlands, says of the study, “The effects are "
                "exciting and add to a growing consensus. We know that the vaccine reprograms the "
                "immune system for good. Larger trials around the globe may change treatment.”")
    revised = ("“The effects are exciting and add to a growing consensus,” said Dr. Netea, "
               "who was not involved in the study.")
    c = run(original, revised)
    (detail,) = quote_changes(c)
    assert detail.startswith("cut short:")
    cut = c.original.text.index("We know that")
    assert any(ch.kind == ChangeKind.OMISSION and ch.original is not None
               and ch.original.start <= cut < ch.original.end for ch in c.changes)
    missing = [f for f in quote_facts(c) if f.status == FactStatus.MISSING]
    assert [f.text for f in missing] == ["We know that the vaccine reprograms the immune system "
                                         "for good", "Larger trials around the globe may change "
                                         "treatment"]
    assert {f.speaker for f in missing} == {"Dr. Netea"}


def test_a_bracketed_insertion_is_found_inside_the_quotation() -> None:
    c = run("Doctors could give the vaccine to “hunt down the GSCs and eliminate them,” said "
            "Dr. Qin of the academy. Dr. Smith agreed.",
            "Doctors could give the vaccine to “hunt down the GSCs [glioblastoma stem cells] and "
            "eliminate them,” said Dr. Qin of the academy. Dr. Smith agreed.")
    (change,) = c.changes
    assert change.kind == ChangeKind.QUOTE_CHANGE
    assert change.detail.startswith("bracketed insertion: [glioblastoma stem cells]")
    assert change.revised is not None
    flagged = c.revised.text[change.revised.start:change.revised.end]
    assert "[glioblastoma stem cells]" in flagged and "Qin" not in flagged  # not on the next name
    (fact,) = quote_facts(c)
    assert fact.status == FactStatus.CHANGED and fact.speaker == "Dr. Qin"
    assert fact.replacement == "hunt down the GSCs [glioblastoma stem cells] and eliminate them"


def test_a_bracketed_insertion_cut_leaves_the_speakers_words_changed_not_missing() -> None:
    c = run("Doctors said “the cells [glioblastoma stem cells] die fast,” said Dr. Qin. Dr. Smith "
            "agreed.", "Doctors said “the cells die fast,” said Dr. Qin. Dr. Smith agreed.")
    (change,) = c.changes
    assert change.detail.startswith("bracketed insertion cut: [glioblastoma stem cells]")
    (fact,) = quote_facts(c)  # the speaker's own words are all still quoted
    assert fact.status == FactStatus.CHANGED and fact.replacement == "the cells die fast"


def test_two_edits_inside_one_quotation_are_one_row() -> None:
    c = run("“The plan is sound and the money is there, and we expect the work to start "
            "soon after the vote in March,” said Ms. Park.",
            "“The plan is sound and the funding is there, and we expect the work to start "
            "soon after the ballot in March,” said Ms. Park.")
    assert [ch.kind for ch in c.changes] == [ChangeKind.QUOTE_CHANGE]
    (detail,) = quote_changes(c)
    assert "“money” → “funding”" in detail and "“vote” → “ballot”" in detail
    (fact,) = quote_facts(c)
    assert fact.status == FactStatus.CHANGED  # most of its words are still quoted


def test_an_extended_quotation_is_a_quote_change() -> None:
    c = run("“We will win the vote in March,” said Ms. Park.",
            "“We will win the vote in March and then the next one too,” said Ms. Park.")
    (detail,) = quote_changes(c)
    assert detail.startswith("extended: “and then the next one too”")


def test_a_quotation_given_to_someone_else_is_a_quote_change() -> None:
    c = run("“Prices went up and demand fell,” Mr. Kline told reporters.",
            "“Prices went up and demand fell,” Ms. Ortiz told reporters.")
    details = quote_changes(c)
    assert details == ["attributed to Ms. Ortiz, not Mr. Kline; was “Prices went up and demand "
                       "fell”, now “Prices went up and demand fell”"]
    # one change: the names swapped beside it are no second, fact change
    assert [ch.kind for ch in c.changes] == [ChangeKind.QUOTE_CHANGE]


def test_an_unaltered_quotation_is_kept_whatever_else_changed() -> None:
    c = run("“We are ready for the storm,” said Mr. Reeves on Monday.",
            "“We are ready for the storm,” Mr. Reeves said on Monday.")
    assert not quote_changes(c)
    assert [f.status for f in quote_facts(c)] == [FactStatus.KEPT]


def test_a_quotation_that_is_gone_is_a_missing_fact_with_its_speaker() -> None:
    c = run("The chief spoke.\n\n“We will never give up on this neighbourhood,” Chief Ray said.",
            "The chief spoke.")
    (fact,) = quote_facts(c)
    assert fact.status == FactStatus.MISSING and fact.speaker == "Chief Ray"
    assert fact.replacement is None


@pytest.mark.parametrize(("original", "revised"), [
    ("“We don’t know yet,” said Ms. Park.", '"We don\'t know yet," said Ms. Park.'),
    ("“We don’t know yet,” said Ms. Park.", "‘We don’t know yet,’ said Ms. Park."),
    ("«We don’t know yet», said Ms. Park.", "“We don’t know yet”, said Ms. Park."),
    ("“It’s Reeves’ plan and O’Brien’s,” said Ms. Park.",
     "“It's Reeves' plan and O'Brien's,” said Ms. Park."),
])
def test_typography_is_never_a_change(original: str, revised: str) -> None:
    c = run(original, revised)
    assert c.changes == ()
    assert all(f.status == FactStatus.KEPT for f in c.facts)


def test_a_typographic_change_beside_a_real_one_is_not_flagged() -> None:
    c = run("“We don’t know what Reeves’ team wants,” said Ms. Park on Friday.",
            "“We don't know what Reeves' team wants,” said Ms. Park on Monday.")
    assert [ch.kind for ch in c.changes] == [ChangeKind.FACT_CHANGE]
    assert "Friday" in c.changes[0].detail


def test_quotation_marks_taken_away_are_one_quote_change() -> None:
    c = run("He said “we will win the vote in March” at the rally.",
            "He said we will win the vote in March at the rally.")
    (change,) = c.changes  # a quotation became the writer's own words
    assert change.kind == ChangeKind.QUOTE_CHANGE
    assert change.detail == "quotation marks taken away: “we will win the vote in March”"
    assert change.revised is not None
    assert c.text_of("revised", change.revised) == "we will win the vote in March"


def test_words_put_in_quotation_marks_are_one_quote_change() -> None:
    c = run("He said we will win the vote in March at the rally.",
            "He said “we will win the vote in March” at the rally.")
    (change,) = c.changes
    assert change.kind == ChangeKind.QUOTE_CHANGE
    assert change.detail == "put in quotation marks: “we will win the vote in March”"


def test_a_quotation_turned_into_paraphrase_shows_the_words_not_the_marks() -> None:
    c = run("The chief said “we will win the vote in March” at the rally on Friday.",
            "The chief said they would win the vote in March at the rally on Friday.")
    assert [(ch.kind, ch.detail) for ch in c.changes] == [
        (ChangeKind.QUOTE_CHANGE, "quotation retold in other words: “we will” → “they would”")]


def test_a_quotation_retold_in_other_words_is_one_change_and_no_lost_fact() -> None:
    c = run("“During the outbreak we learned that the virus infects nerve cells in the fetus "
            "and causes harm,” said Dr. Shi.\n\nThe team will test a vaccine next year.",
            "During the outbreak, researchers found that the virus infected nerve cells in a "
            "fetus, causing harm, Shi said.\n\nThe team will test a vaccine next year.")
    quoted = [ch for ch in c.changes if ch.kind == ChangeKind.QUOTE_CHANGE]
    assert len(quoted) == 1 and quoted[0].detail.startswith("quotation retold in other words")
    (fact,) = [f for f in c.facts if f.type == FactType.QUOTE]
    assert fact.status == FactStatus.CHANGED and fact.replacement is not None
    assert "researchers found" in fact.replacement
    assert not any("During the outbreak" in m for m in c.summary.missing_facts)


@pytest.mark.parametrize(("original", "revised"), [
    ("“It is a disaster,” Lee said of the flood.", "Lee said the flood was a disaster."),
    ("The mayor said: “We will rebuild the homes.”", "The mayor said she would rebuild each home."),
])
def test_a_short_quotation_retold_with_its_words_inflected_is_no_lost_fact(
        original: str, revised: str) -> None:
    c = run(original, revised)
    (fact,) = [f for f in c.facts if f.type == FactType.QUOTE]
    assert fact.status == FactStatus.CHANGED


def test_a_quotation_whose_sentence_says_something_else_is_missing() -> None:
    c = run("“During the outbreak we learned that the virus infects nerve cells in the fetus "
            "and causes harm,” said Dr. Shi.\n\nThe team will test a vaccine next year.",
            "Shi said the team was pleased with how the mice did in the tests.\n\n"
            "The team will test a vaccine next year.")
    (fact,) = [f for f in c.facts if f.type == FactType.QUOTE]
    assert fact.status == FactStatus.MISSING


def test_the_json_report_gives_each_quotation_fact_its_speaker(tmp_path: Path) -> None:
    c = run("“These guys are the worst of the worst,” said Mr. Reeves.",
            "“These guys have not changed at all,” said Mr. Reeves.")
    out = tmp_path / "r.json"
    write_json(c, out)
    report = json.loads(out.read_text("utf-8"))
    assert report["version"] == 1
    (fact,) = [f for f in report["facts"] if f["type"] == "quote"]
    assert fact["speaker"] == "Mr. Reeves" and fact["status"] == "missing"
    (change,) = report["changes"]
    assert change["kind"] == "quote_change" and change["facts"][0]["speaker"] == "Mr. Reeves"
