"""The exact word diff is minimal and well formed; patience alignment keeps unique anchors."""
from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlecompare.core.align import Pair, dice, in_order, pair_sentences, patience
from articlecompare.core.worddiff import Opcode, diff_keys

SMALL = settings(max_examples=100, deadline=None)
tiny_lists = st.lists(st.sampled_from("abcd"), max_size=8)


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Brute-force longest common subsequence (dynamic programming)."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev_diag = 0
        for j, y in enumerate(b, start=1):
            prev_diag, row[j] = row[j], prev_diag + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


def assert_well_formed(ops: list[Opcode], a: Sequence[str], b: Sequence[str]) -> None:
    """Opcodes tile both sequences in order; equal means equal; tags match their ranges."""
    i = j = 0
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j), ops
        assert (i2 - i1) + (j2 - j1) > 0, ops
        if tag == "equal":
            assert list(a[i1:i2]) == list(b[j1:j2])
        elif tag == "delete":
            assert j1 == j2 and i2 > i1
        elif tag == "insert":
            assert i1 == i2 and j2 > j1
        else:
            assert tag == "replace" and i2 > i1 and j2 > j1
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))


def edit_size(ops: list[Opcode]) -> int:
    return sum((i2 - i1) + (j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


@SMALL
@given(tiny_lists, tiny_lists)
def test_diff_keys_is_minimal_on_tiny_inputs(a: list[str], b: list[str]) -> None:
    ops = diff_keys(a, b)
    assert_well_formed(ops, a, b)
    assert edit_size(ops) == len(a) + len(b) - 2 * lcs_length(a, b)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    assert edit_size(ops) <= edit_size(matcher.get_opcodes())


def test_diff_keys_known_script() -> None:
    a = "the mayor said on Wednesday".split()
    b = "the mayor stated Wednesday".split()
    assert diff_keys(a, b) == [("equal", 0, 2, 0, 2), ("replace", 2, 4, 2, 3), ("equal", 4, 5, 3, 4)]
    assert diff_keys([], []) == []
    assert diff_keys([], ["x"]) == [("insert", 0, 0, 0, 1)]
    assert diff_keys(["x"], []) == [("delete", 0, 1, 0, 0)]


def test_diff_keys_beats_difflib_where_difflib_is_not_minimal() -> None:
    # difflib anchors on the longest block and can miss the longest common subsequence
    a, b = list("bcbb"), list("aabbbba")
    ops = diff_keys(a, b)
    assert_well_formed(ops, a, b)
    assert edit_size(ops) == len(a) + len(b) - 2 * lcs_length(a, b) == 5
    assert edit_size(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()) == 7


def test_diff_keys_with_more_distinct_words_than_the_bmp_below_surrogates() -> None:
    # each distinct key becomes one character; past 0xD800 the encoding must skip surrogates
    a = [f"w{n}" for n in range(60_000)]
    b = a[:58_000] + ["changed"] + a[58_001:]
    ops = diff_keys(a, b)
    assert_well_formed(ops, a, b)
    assert ops == [("equal", 0, 58_000, 0, 58_000), ("replace", 58_000, 58_001, 58_000, 58_001),
                   ("equal", 58_001, 60_000, 58_001, 60_000)]


@SMALL
@given(st.lists(st.sampled_from("abcdefgh"), max_size=12), st.lists(st.sampled_from("abcdefgh"), max_size=12))
def test_patience_opcodes_are_well_formed(a: list[str], b: list[str]) -> None:
    assert_well_formed(patience(a, b), a, b)


@SMALL
@given(st.permutations(list("ABCDEFGHIJ")))
def test_patience_keeps_the_longest_in_order_run_of_unique_items(b: list[str]) -> None:
    a = list("ABCDEFGHIJ")
    ops = patience(a, b)
    assert_well_formed(ops, a, b)
    kept = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    assert kept == lcs_length(a, b)  # for permutations of unique items: the LIS


def test_patience_anchors_on_unique_sentences_around_a_move() -> None:
    a = ["intro", "x", "moved", "x", "middle", "y", "end"]
    b = ["intro", "x", "x", "middle", "moved", "y", "end"]
    ops = patience(a, b)
    assert_well_formed(ops, a, b)
    equal_pairs = {(i1 + k, j1 + k) for tag, i1, i2, j1, _ in ops if tag == "equal"
                   for k in range(i2 - i1)}
    # unique anchors stay paired in place; the moved item is deleted here and inserted there
    assert {(0, 0), (4, 3), (5, 5), (6, 6)} <= equal_pairs
    assert (2, 4) not in equal_pairs
    assert ("delete", 2, 3, 2, 2) in ops and ("insert", 5, 5, 4, 5) in ops


def test_patience_identical_and_empty() -> None:
    assert patience(["a", "b", "a"], ["a", "b", "a"]) == [("equal", 0, 3, 0, 3)]
    assert patience([], ["a"]) == [("insert", 0, 0, 0, 1)]
    assert patience(["a"], []) == [("delete", 0, 1, 0, 0)]
    assert patience([], []) == []


def test_pair_sentences_pairs_rewordings_best_first_and_in_order_finds_moves() -> None:
    bags_a = [Counter("the mayor said wednesday the city acted".split()),
              Counter("rain fell all night long".split())]
    bags_b = [Counter("rain fell all night".split()),
              Counter("the mayor said on wednesday the city acted".split())]
    pairs = pair_sentences(bags_a, bags_b, [0, 1], [0, 1], 0.5)
    assert {(p.a, p.b) for p in pairs} == {(0, 1), (1, 0)}
    assert all(p.similarity == dice(bags_a[p.a], bags_b[p.b]) for p in pairs)
    straight, moved = in_order(pairs)
    assert len(straight) == 1 and len(moved) == 1 and moved[0].moved
    assert pair_sentences(bags_a, bags_b, [0], [0], 0.5) == []  # nothing in common enough


def test_dice() -> None:
    assert dice(Counter("a b".split()), Counter("a b".split())) == 1.0
    assert dice(Counter("a b".split()), Counter("c d".split())) == 0.0
    assert dice(Counter(), Counter()) == 1.0
    assert in_order([Pair(0, 0, 1.0), Pair(1, 1, 1.0)]) == ([Pair(0, 0, 1.0), Pair(1, 1, 1.0)], [])


def _document_edit_size(original: str, revised: str) -> tuple[int, int]:
    """Tokens in the delete and insert runs of a comparison's ``words``, and the minimum."""
    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article, WordOp
    from articlecompare.core.tokenize import tokenize

    ta, tb = tokenize(original), tokenize(revised)
    ours = 0
    for run in compare(Article(original), Article(revised)).words:
        if run.op == WordOp.DELETE and run.original is not None:
            ours += sum(1 for t in ta if run.original.start <= t.start < run.original.end)
        if run.op == WordOp.INSERT and run.revised is not None:
            ours += sum(1 for t in tb if run.revised.start <= t.start < run.revised.end)
    keys_a, keys_b = [t.key for t in ta], [t.key for t in tb]
    return ours, len(keys_a) + len(keys_b) - 2 * lcs_length(keys_a, keys_b)


INTRO = "The council met on Monday to vote on the budget.\n"
OUTRO = "\nThe vote passed by a wide margin after a long debate."
HEADLINE = "Council declares good start to budget talks in Springfield"


@pytest.mark.parametrize("original, revised", [
    # a one-word line kept between a cut sentence and an added one keeps one token; matching
    # the two sentences' commas and stops across it keeps two
    (INTRO + "Taxes, said one member, would rise.\nAdvertisement" + OUTRO,
     INTRO + "Advertisement\nRoads, the mayor added, need repairs." + OUTRO),
    # a headline printed twice after a cut line, the first copy reworded: the sentence
    # alignment keeps the first copy as the unchanged one, and the reworded copy is then
    # diffed against nothing unless the diff looks across it
    (INTRO + "Jane Roe\n" + HEADLINE + "\n" + HEADLINE + "\nBy Jane Roe and John Doe\nPosted on Monday" + OUTRO,
     INTRO + HEADLINE.replace("good start", "one step") + "\n" + HEADLINE +
     "\nBy Jane Roe and John Doe, with a caption of the photo\nPosted on Monday" + OUTRO),
], ids=["one-word line", "repeated headline"])
def test_a_short_or_repeated_unchanged_line_does_not_block_the_minimal_edit(
        original: str, revised: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from articlecompare.core import edits

    ours, minimum = _document_edit_size(original, revised)
    assert ours == minimum
    monkeypatch.setattr(edits, "CROSS_MAX_WORDS", 0)  # never diff across an unchanged line
    apart, _ = _document_edit_size(original, revised)
    assert apart > minimum  # so the case needs it


def test_a_long_unchanged_sentence_still_anchors_the_diff() -> None:
    """Crossing an unchanged sentence that keeps more than the changes share gains nothing:
    the sentence stays matched, and the edit is still the minimum."""
    intro = "The council met on Monday to vote on the budget.\n"
    kept = "\nThe vote passed by a wide margin after a long and heated debate in the hall.\n"
    original = intro + "Taxes, said one member, would rise." + kept + "Parks stay open."
    revised = intro + kept.strip() + "\nRoads, the mayor added, need repairs.\nParks stay open."
    ours, minimum = _document_edit_size(original, revised)
    assert ours == minimum


def _kept(ops: list[Opcode]) -> int:
    return sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")


def test_a_long_text_that_repeats_itself_is_aligned_not_replaced_whole(monkeypatch) -> None:
    """One sentence a thousand times, one in a hundred changed: no sentence occurs as often
    on both sides, and the stretch is too long to diff outright. The rarest sentences both
    sides have anchor it, so the changes are the changed sentences, not the whole text."""
    from articlecompare.core import align
    monkeypatch.setattr(align, "DIFF_BUDGET_COMPILED", 1_000)
    monkeypatch.setattr(align, "DIFF_BUDGET_PURE", 1_000)
    a = ["a"] * 1000
    b = ["b" if k % 100 == 0 else "a" for k in range(1000)]
    ops = patience(a, b)
    assert_well_formed(ops, a, b)
    assert _kept(ops) == 990


def test_a_repeating_stretch_short_enough_to_diff_is_diffed_as_before() -> None:
    a = ["a"] * 300
    b = ["b" if k % 100 == 0 else "a" for k in range(300)]
    ops = patience(a, b)
    assert_well_formed(ops, a, b)
    assert _kept(ops) == 297  # the optimal alignment: only the three changed sentences


def test_a_paraphrase_both_sentences_choose_is_one_pair_and_one_rewording() -> None:
    from articlecompare.core.align import loose_pairs
    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article, ChangeKind

    bags_a = [Counter("virus infects neural cells fetus learned".split())]
    bags_b = [Counter("virus target neural cells fetus pregnant".split())]
    assert [(p.a, p.b) for p in loose_pairs(bags_a, bags_b, [0], [0], {}, {})] == [(0, 0)]
    original = ("The lab published its findings on Monday.\n\n"
                "During the outbreak the team learned that the virus infects nerve cells in "
                "the unborn child and causes lasting harm.\n\nThe vaccine will be tested next year.\n")
    revised = ("The lab published its findings on Monday.\n\n"
               "But if a pregnant woman is infected, the virus can attack nerve cells of the "
               "unborn child, doing lasting harm.\n\nThe vaccine will be tested next year.\n")
    changes = compare(Article(original), Article(revised)).changes
    assert [c.kind for c in changes] == [ChangeKind.REWORDING]


@pytest.mark.parametrize(("a", "b", "cut"), [
    ("he fired at least 30 shots at the crowd", "he fired at the crowd", "at least 30 shots"),
    ("Smith , meanwhile , said no", "Smith , said no", "meanwhile ,"),
])
def test_a_cut_the_same_tokens_allow_to_move_stands_where_it_reads_as_a_phrase(
        a: str, b: str, cut: str) -> None:
    ka, kb = a.split(), b.split()
    ops = diff_keys(ka, kb)
    assert_well_formed(ops, ka, kb)
    assert [" ".join(ka[i1:i2]) for tag, i1, i2, _, _ in ops if tag == "delete"] == [cut]
    # an insertion the same way round
    assert [" ".join(ka[j1:j2]) for tag, _, _, j1, j2 in diff_keys(kb, ka) if tag == "insert"] == [cut]
