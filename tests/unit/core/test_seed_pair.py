"""Golden behaviour on the seed pair: a news report (original) and a blog's rewrite of it
(revised) that adds commentary, drops the last paragraphs and rewords three sentences.

The texts are read from the shared seeds by path, never copied into the project."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from articlecompare.opinion import read_opinion

from articlecompare.core.compare import compare
from articlecompare.core.ledger import is_lost
from articlecompare.core.model import Article, ChangeKind, Comparison
from articlecompare.core.options import CompareOptions
from articlecompare.core.tokenize import fold

from comparison_checks import assert_facts_slice, assert_spans_slice, assert_words_rebuild

# the blog's five sentences of its own; the model reads two of them as leaning to opinion
# rather than opinion: one is found at high sensitivity, one (a mayor's announcement retold
# with "every effort") is missed, and a test says so (it fails the day it is found)
_MILD = "the opinion model reads it as leaning to opinion only"
COMMENTARY = ("So far the Democrats",
              pytest.param("In the wake of the announcement",
                           marks=pytest.mark.xfail(strict=True, reason=_MILD + "; missed")),
              "And once again we have a political “leader”", "It is somewhat ironic",
              pytest.param("They claim they really believe",
                           marks=pytest.mark.xfail(strict=True, reason=_MILD + "; see below")))
OMITTED = ("Sunday’s expected raid", "Last month, President Donald Trump", "Thomas Homan",
           "A Harvard/Harris survey", "More than 8-in-10")
MISSING_FACTS = ("2,000", "Washington Post", "Thomas Homan", "Kevin McAleenan",
                 "Harvard/Harris", "8-in-10", "5-in-10")
# (original sentence start, revised sentence start) of the three reworded sentences
REWORDED = (("Chicago Mayor Lori Lightfoot (D) said Wednesday", "Breitbart reported that"),
            ("In a statement to the Chicago Tribune, police spokesman Anthony Guglielmi said",
             "In a statement to the Chicago Tribune, police spokesman Anthony Guglielmi stated"),
            ("Appearing Sunday on CBS News", "Acting U.S. Citizenship and Immigration Services "
             "(USCIS) Director, Ken Cuccinelli, appeared"))


@pytest.fixture(scope="module")
def seed() -> Comparison:
    seeds = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
    original = next(seeds.glob("001_*.txt"), None)
    revised = next(seeds.glob("000_*.txt"), None)
    if original is None or revised is None:
        pytest.skip(f"the seed pair is not in {seeds}")
    # as the front ends compare: with the shipped opinion model
    return compare(Article(original.read_text(encoding="utf-8"), str(original)),
                   Article(revised.read_text(encoding="utf-8"), str(revised)),
                   opinion=read_opinion)


_STOP = re.compile(r"(?<![A-Z]\.[A-Z])[.!?][”\"]?(?=\s|$)|\n")  # "U.S." does not end one


def sentence_at(text: str, opening: str) -> tuple[int, int]:
    """The span of the sentence that starts with ``opening`` (up to its stop and any
    closing quote, or the end of the line)."""
    start = text.index(opening)
    m = _STOP.search(text, start + len(opening))
    return start, (m.end() if m else len(text))


def covered_share(span: tuple[int, int], c: Comparison, side: str, kind: ChangeKind) -> float:
    inside = set()
    for ch in c.changes_of(kind):
        s = ch.original if side == "original" else ch.revised
        if s is not None:
            inside.update(range(max(s.start, span[0]), min(s.end, span[1])))
    return len(inside) / (span[1] - span[0])


def test_seed_comparison_is_well_formed(seed: Comparison) -> None:
    assert_words_rebuild(seed)
    assert_spans_slice(seed)
    assert_facts_slice(seed)


@pytest.mark.parametrize("opening", COMMENTARY)
def test_commentary_sentences_are_commentary(seed: Comparison, opening: str) -> None:
    span = sentence_at(seed.revised.text, opening)
    assert covered_share(span, seed, "revised", ChangeKind.COMMENTARY) >= 0.5


def test_a_milder_commentary_sentence_is_found_at_high_sensitivity(
        seed_paths: tuple[Path, Path]) -> None:
    original, revised = (Article(p.read_text(encoding="utf-8"), str(p)) for p in seed_paths)
    high = compare(original, revised, CompareOptions(sensitivity="high"), opinion=read_opinion)
    span = sentence_at(high.revised.text, "They claim they really believe")
    assert covered_share(span, high, "revised", ChangeKind.COMMENTARY) >= 0.5


@pytest.mark.parametrize("opening", OMITTED)
def test_dropped_sentences_are_omissions(seed: Comparison, opening: str) -> None:
    span = sentence_at(seed.original.text, opening)
    assert covered_share(span, seed, "original", ChangeKind.OMISSION) >= 0.5


def test_missing_facts_are_found_and_really_missing(seed: Comparison) -> None:
    missing = seed.summary.missing_facts
    for fact in MISSING_FACTS:
        assert any(fact in m for m in missing), (fact, missing)
    assert set(missing) == {f.text for f in seed.facts if is_lost(f)}
    revised = " ".join(fold(seed.revised.text, ignore_case=True).split())
    for fact in missing:
        needle = " ".join(fold(fact, ignore_case=True).split())
        assert needle not in revised, fact


@pytest.mark.parametrize(("original", "revised"), REWORDED)
def test_reworded_sentences_are_neither_commentary_nor_omission(
        seed: Comparison, original: str, revised: str) -> None:
    span_a = sentence_at(seed.original.text, original)
    span_b = sentence_at(seed.revised.text, revised)
    assert covered_share(span_a, seed, "original", ChangeKind.OMISSION) < 0.5
    assert covered_share(span_b, seed, "revised", ChangeKind.COMMENTARY) < 0.5
    # and they are paired with each other in the alignment
    assert any(al.original is not None and al.revised is not None
               and al.original.start <= span_a[0] < al.original.end
               and al.revised.start <= span_b[0] < al.revised.end for al in seed.alignment)


@pytest.mark.parametrize("line", ["The Latest", "To Top"])
def test_site_furniture_is_boilerplate(seed: Comparison, line: str) -> None:
    start = seed.revised.text.index(line)
    assert any(ch.revised is not None and ch.revised.start <= start < ch.revised.end
               for ch in seed.changes_of(ChangeKind.BOILERPLATE))


def test_added_attribution_is_a_change_that_says_so(seed: Comparison) -> None:
    start = seed.revised.text.index("Breitbart reported that")
    (change,) = [ch for ch in seed.changes if ch.revised is not None
                 and ch.revised.start <= start < ch.revised.end]
    assert change.kind not in (ChangeKind.COMMENTARY, ChangeKind.OMISSION)
    assert "attribution" in change.detail.casefold()


def test_said_to_stated_is_visible(seed: Comparison) -> None:
    assert any(re.search(r"\bsaid\b.*→.*\bstated\b", ch.detail) for ch in seed.changes)


def test_summary_counts_match_the_changes(seed: Comparison) -> None:
    counts: dict[str, int] = {}
    for ch in seed.changes:
        counts[ch.kind.value] = counts.get(ch.kind.value, 0) + 1
    assert seed.summary.counts == counts
    assert 0.5 < seed.summary.kept_share < 1.0
    assert 0.0 < seed.summary.new_share < 0.5
