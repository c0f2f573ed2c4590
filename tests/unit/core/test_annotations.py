"""Annotations: immutable sets keyed by change key, empty annotations not kept."""
from __future__ import annotations

import pytest

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.model import (
    Article, Change, ChangeKind, Comparison, Span, Summary)


def _comparison(*keys: str) -> Comparison:
    changes = tuple(Change(f"c{i}", ChangeKind.ADDITION, None, Span(0, 1), key=k)
                    for i, k in enumerate(keys, 1))
    return Comparison(Article("a"), Article("b"), (), (), changes, (),
                      Summary(1, 1, 1.0, 0.0, {}, ()))


def test_edits_return_new_sets_and_leave_the_old_one_alone() -> None:
    first = AnnotationSet()
    second = first.with_annotation("k1", Annotation(Verdict.ERROR, "wrong year"))
    third = second.with_annotation("k1", Annotation(Verdict.FINE))
    assert len(first) == 0
    assert second["k1"] == Annotation(Verdict.ERROR, "wrong year")
    assert third["k1"] == Annotation(Verdict.FINE, "")
    assert third.without("k1") == AnnotationSet()
    assert second == AnnotationSet({"k1": Annotation(Verdict.ERROR, "wrong year")})


def test_empty_annotations_are_not_kept() -> None:
    notes = AnnotationSet({"k1": Annotation(Verdict.FINE)})
    cleared = notes.with_annotation("k1", Annotation(None, "  \n"))
    assert "k1" not in cleared
    assert Annotation().is_empty and not Annotation(None, "x").is_empty


def test_a_note_without_a_verdict_is_kept() -> None:
    notes = AnnotationSet({"k1": Annotation(None, "ask the desk")})
    assert notes["k1"].verdict is None and notes["k1"].note == "ask the desk"


def test_sets_are_hashable_and_equal_by_content() -> None:
    a = AnnotationSet({"x": Annotation(Verdict.ERROR), "y": Annotation(None, "n")})
    b = AnnotationSet([("y", Annotation(None, "n")), ("x", Annotation(Verdict.ERROR))])
    assert a == b and hash(a) == hash(b)
    assert list(a) == ["x", "y"]
    assert a != a.with_annotation("x", Annotation(Verdict.FINE))


def test_lookup_by_change_filter_by_verdict_and_orphans() -> None:
    comparison = _comparison("k1", "k2", "k3")
    notes = AnnotationSet({"k1": Annotation(Verdict.MISLEADING), "k3": Annotation(Verdict.FINE),
                           "gone": Annotation(Verdict.MISLEADING, "old")})
    assert notes.for_change(comparison.changes[0]) == Annotation(Verdict.MISLEADING)
    assert notes.for_change(comparison.changes[1]) is None
    assert notes.with_verdict(Verdict.MISLEADING) == ("gone", "k1")
    assert notes.orphans(comparison) == ("gone",)


def test_a_change_without_key_has_no_annotation() -> None:
    notes = AnnotationSet({"k1": Annotation(Verdict.FINE)})
    assert notes.for_change(Change("c1", ChangeKind.MOVE, None, None, key="")) is None
    with pytest.raises(ValueError):
        AnnotationSet({"": Annotation(Verdict.FINE)})


def test_list_round_trip_and_values_are_plain_strings() -> None:
    notes = AnnotationSet({"k1": Annotation(Verdict.NEEDS_CHECKING, "é <b>"),
                           "k2": Annotation(None, "only a note")})
    data = notes.to_list()
    assert data == [{"key": "k1", "verdict": "needs_checking", "note": "é <b>"},
                    {"key": "k2", "verdict": None, "note": "only a note"}]
    assert AnnotationSet.from_list(data) == notes


@pytest.mark.parametrize("entry, error", [
    ({"key": "k", "verdict": "dubious", "note": ""}, ValueError),
    ({"key": "k", "verdict": "fine", "note": 3}, TypeError),
    ({"key": 7, "verdict": "fine", "note": ""}, TypeError),
    ({"verdict": "fine", "note": ""}, KeyError),
])
def test_from_list_rejects_malformed_entries(entry: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        AnnotationSet.from_list([entry])


def test_verdicts_serialise_as_their_values_and_have_labels() -> None:
    assert [v.value for v in Verdict] == ["fine", "needs_checking", "misleading", "error"]
    assert Verdict.NEEDS_CHECKING.label == "Needs checking"
