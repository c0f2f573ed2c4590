"""compare(): what counts as a change, how changes are classified, options, cancel and
progress, a large pair, and degenerate inputs."""
from __future__ import annotations

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.jobs import Cancelled
from articlecompare.core.model import Article, ChangeKind, Comparison, Span, WordOp
from articlecompare.core.options import CompareOptions

from comparison_checks import assert_spans_slice, assert_words_rebuild
from news_pairs import news_pair


def run(original: str, revised: str, **options: bool) -> Comparison:
    c = compare(Article(original), Article(revised), CompareOptions(**options))
    assert_words_rebuild(c)
    assert_spans_slice(c)
    return c


def kinds(c: Comparison) -> list[ChangeKind]:
    return [ch.kind for ch in c.changes]


def text_of(c: Comparison, side: str, span: Span | None) -> str:
    assert span is not None
    return c.text_of(side, span)


@pytest.mark.parametrize(("original", "revised"), [
    ('He said "it is fine" today.', "He said “it is fine” today."),
    ("He said it's done.", "He said it’s done."),
    ("He said 'no' twice.", "He said ‘no’ twice."),
    ("It was cold - very cold.", "It was cold — very cold."),
    ("It was cold – very cold.", "It was cold — very cold."),
    ("The 10\u00a0000 people came.", "The 10 000 people came."),
    ("Two  spaces   here.\n\nNext para.", "Two spaces here.\nNext para."),
    ("Trailing space. ", "\n Trailing space.\n"),
    ("The café opened.", "The cafe\u0301 opened."),
    ("Ｆｕｌｌ width １２３.", "Full width 123."),
    ("He waited... and left.", "He waited… and left."),
    ("A 10-15 split.", "A 10–15 split."),
    ("It was cold -- very cold.", "It was cold — very cold."),
])
def test_typography_only_differences_are_no_changes(original: str, revised: str) -> None:
    c = run(original, revised)
    assert c.changes == ()
    assert c.summary.kept_share == 1.0
    assert all(run.op == WordOp.EQUAL for run in c.words)


def test_case_only_changes_vanish_with_ignore_case() -> None:
    original, revised = "The Mayor Said yes today.", "the mayor said Yes today."
    assert run(original, revised).changes != ()
    c = run(original, revised, ignore_case=True)
    assert c.changes == () and c.summary.kept_share == 1.0


def test_punctuation_only_changes_vanish_with_ignore_punctuation() -> None:
    original, revised = "The mayor said yes, today.", "The mayor said yes today!"
    assert run(original, revised).changes != ()
    c = run(original, revised, ignore_punctuation=True)
    assert c.changes == ()


def test_ignore_punctuation_still_reports_word_changes() -> None:
    c = run("The mayor said yes, today.", "The mayor said no today!", ignore_punctuation=True)
    assert len(c.changes) == 1
    assert "yes" in text_of(c, "original", c.changes[0].original)
    assert "no" in text_of(c, "revised", c.changes[0].revised)


P1 = "The council met on Tuesday to discuss the budget for schools. Members argued for hours about funding."
P2 = "Residents of the northern district complained about noise from the new highway. Officials promised a study."
P3 = "The weather service expects heavy rain over the weekend in coastal towns. Flood warnings remain in place."


def test_a_moved_paragraph_is_a_move_not_omission_plus_addition() -> None:
    c = run("\n".join([P1, P2, P3]), "\n".join([P2, P1, P3]))
    assert kinds(c) and set(kinds(c)) == {ChangeKind.MOVE}
    for ch in c.changes:
        assert text_of(c, "original", ch.original) == text_of(c, "revised", ch.revised)
    moved = " ".join(text_of(c, "original", ch.original) for ch in c.changes)
    assert moved in (P1, P2)
    assert c.summary.kept_share == 1.0


def test_without_move_detection_a_moved_paragraph_is_not_a_move() -> None:
    c = run("\n".join([P1, P2, P3]), "\n".join([P2, P1, P3]), detect_moves=False)
    assert ChangeKind.MOVE not in kinds(c)
    assert ChangeKind.OMISSION in kinds(c)


def test_a_changed_number_is_a_fact_change() -> None:
    c = run(P1 + " The city hired 45 new officers last year to patrol downtown streets.",
            P1 + " The city hired 60 new officers last year to patrol downtown streets.")
    assert kinds(c) == [ChangeKind.FACT_CHANGE]
    (change,) = c.changes
    assert text_of(c, "original", change.original) == "45"
    assert text_of(c, "revised", change.revised) == "60"
    assert "45" in change.detail and "60" in change.detail
    assert [f.text for f in change.facts] == ["45 new officers"]  # with what it counts


def test_a_changed_word_inside_quotation_marks_is_a_quote_change() -> None:
    c = run("The chief said “we will never give up on this neighbourhood” at the meeting.",
            "The chief said “we will not give up on this neighbourhood” at the meeting.")
    assert kinds(c) == [ChangeKind.QUOTE_CHANGE]
    assert "never" in c.changes[0].detail and "not" in c.changes[0].detail


def test_a_changed_word_outside_quotation_marks_is_no_quote_change() -> None:
    c = run("The chief said “we will never give up” at the meeting on Friday.",
            "The chief said “we will never give up” at the gathering on Friday.")
    assert c.changes and ChangeKind.QUOTE_CHANGE not in kinds(c)


def test_an_added_opinion_sentence_is_commentary_and_a_neutral_one_addition() -> None:
    base = P1 + "\n" + P3
    c = run(base, P1 + "\nThis is yet another shameful failure, and we should all be outraged.\n" + P3)
    assert kinds(c) == [ChangeKind.COMMENTARY]
    c = run(base, P1 + "\nThe budget office said spending on schools rose 4 percent in 2018.\n" + P3)
    assert kinds(c) == [ChangeKind.ADDITION]


def test_a_removed_sentence_is_an_omission_with_its_facts() -> None:
    c = run(P1 + " Sunday’s raid will target at least 2,000 residents.", P1)
    assert kinds(c) == [ChangeKind.OMISSION]
    assert "2,000 residents" in c.summary.missing_facts


def test_cancel_raises_cancelled() -> None:
    with pytest.raises(Cancelled):
        compare(Article(P1), Article(P2), cancel=lambda: True)


def test_cancel_midway_raises_cancelled() -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        compare(Article(P1 + " " + P3), Article(P2 + " " + P3), cancel=cancel)
    assert len(calls) == 4  # it stopped at the first check that said so


def test_progress_fractions_increase_to_one() -> None:
    seen: list[tuple[float, str]] = []
    compare(Article("\n".join([P1, P2, P3])), Article("\n".join([P2, P1])),
            progress=lambda fraction, stage: seen.append((fraction, stage)))
    fractions = [f for f, _ in seen]
    assert len(set(fractions)) >= 3
    assert all(0.0 <= f <= 1.0 for f in fractions)
    assert fractions == sorted(fractions)
    assert fractions[0] < 1.0 and fractions[-1] == 1.0
    assert all(isinstance(stage, str) and stage for _, stage in seen)


@pytest.mark.slow
def test_a_100k_word_pair_compares_and_its_words_rebuild_both_texts() -> None:
    original, revised = news_pair(100_000, seed=20240716)
    assert len(original.split()) >= 100_000
    c = compare(Article(original), Article(revised))
    assert c.outcome.value == "complete"
    assert_words_rebuild(c)
    assert_spans_slice(c)
    assert ChangeKind.OMISSION in kinds(c) and ChangeKind.MOVE in kinds(c)
    # the diff is exact, not "delete everything, insert everything"
    assert 0.85 < c.summary.kept_share < 1.0


def test_empty_original_everything_is_added() -> None:
    c = run("", "Hello world. The mayor spoke.")
    assert c.changes and all(ch.original is None for ch in c.changes)
    assert [run.op for run in c.words] == [WordOp.INSERT]
    assert c.summary.new_share == 1.0 and c.summary.original_words == 0


def test_empty_revised_everything_is_omitted() -> None:
    c = run("Hello world. Mayor Lori Lightfoot spoke.", "")
    assert kinds(c) == [ChangeKind.OMISSION]
    assert [run.op for run in c.words] == [WordOp.DELETE]
    assert c.summary.kept_share == 0.0
    assert "Lori Lightfoot" in c.summary.missing_facts


@pytest.mark.parametrize(("original", "revised"), [
    ("", ""), ("   \n ", "  "), ("\n\n\n", ""), (" ", "\t"),
])
def test_blank_inputs_have_no_changes(original: str, revised: str) -> None:
    c = run(original, revised)
    assert c.changes == () and c.facts == ()
    assert c.summary.original_words == c.summary.revised_words == 0


def test_whitespace_only_against_text() -> None:
    c = run("  \n  ", "Hello world.")
    assert c.changes and c.changes[0].revised is not None and c.changes[0].original is None
    c = run("Hello world.", "  \n  ")
    assert kinds(c) == [ChangeKind.OMISSION]


def test_identical_texts() -> None:
    text = "\n".join([P1, P2, P3])
    c = run(text, text)
    assert c.changes == ()
    assert c.summary.kept_share == 1.0 and c.summary.new_share == 0.0
    assert {al.kind.value for al in c.alignment} == {"equal"}


def test_one_huge_gap_of_repeated_sentences() -> None:
    # the same sentence many times on one side and a few times on the other: no unique anchors
    line = "The same thing happened again."
    c = run(" ".join([line] * 400), " ".join([line] * 3))
    assert kinds(c) and set(kinds(c)) == {ChangeKind.OMISSION}
    assert c.summary.kept_share == pytest.approx(3 / 400)


def test_a_sentence_merged_into_one_that_moved_is_rewording_not_omission() -> None:
    """The revised text joins two sentences into one and moves it: the sentence whose words
    now stand in the joined one is not an omission, although it sits in another gap."""
    posters = ("Mr. Roe said that posters and pamphlets threatening aid workers who treat "
               "Muslims were being distributed in Sittwe, the largest city in the state.")
    staffing = ("Mr. Roe of the charity said that staffing had been reduced to a few dozen "
                "people from around 300 before June.")
    kept = ["The charity said Monday that doctors were being kept from the region.",
            "Clashes last month left 89 people dead.",
            "Officials have reported widespread fear in the state.",
            "Aid workers reported severe malnutrition among children."]
    joined = ("But he said that posters and pamphlets threatening aid workers who treat Muslims "
              "were being distributed in Sittwe, the largest city in the state, and that staffing "
              "had been reduced to a few dozen people from around 300 before June.")
    original = "\n".join([kept[0], posters, kept[1], kept[2], staffing, kept[3]])
    c = run(original, "\n".join(kept + [joined]))
    assert ChangeKind.OMISSION not in kinds(c)
    merged = [ch for ch in c.changes if ch.original is not None and
              original[ch.original.start:ch.original.end] == staffing]
    assert [ch.kind for ch in merged] == [ChangeKind.REWORDING]


def test_a_cut_sentence_sharing_a_few_words_with_a_moved_one_stays_an_omission() -> None:
    posters = ("Mr. Roe said that posters and pamphlets threatening aid workers who treat "
               "Muslims were being distributed in Sittwe, the largest city in the state.")
    cut = "Mr. Roe said the charity would ask the army for an escort of its trucks next week."
    kept = ["The charity said Monday that doctors were being kept from the region.",
            "Clashes last month left 89 people dead.",
            "Officials have reported widespread fear in the state."]
    moved = posters.replace("Mr. Roe said", "He said")
    c = run("\n".join([kept[0], posters, kept[1], cut, kept[2]]), "\n".join(kept + [moved]))
    assert kinds(c).count(ChangeKind.OMISSION) == 1
