"""What each character of a pane means: marks in code points, flattened into runs.

Pure (no Qt): turns a Comparison into ``Mark``s for one side, and layers overlapping marks
into non-overlapping ``Run``s whose ``style`` lists every layer that covers them, weakest
first. Turning styles into colours and code points into UTF-16 is ``highlight``'s job.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from articlecompare.core.model import (
    Change, ChangeKind, Comparison, FactStatus, Side, Span, WordEdit, WordOp,
)
from articlecompare.present.owners import Owners

class Layer(str, Enum):
    """Layers in the order they stack: a later layer wins where formats disagree."""

    TINT = "tint"            # the whole sentence or passage a change touches
    BLOCK = "block"          # a passage added or cut as a whole
    WORD = "word"            # the words inserted or deleted inside a changed passage
    DELETED = "deleted"      # redline: text of the original that is gone (struck through)
    INSERTED = "inserted"    # redline: text that is new (underlined)
    CHANGED_FACT = "changed_fact"
    MISSING_FACT = "missing_fact"


_ORDER = {layer: n for n, layer in enumerate(Layer)}

Style = tuple[tuple[Layer, ChangeKind | None], ...]


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    layer: Layer
    kind: ChangeKind | None = None


@dataclass(frozen=True, slots=True)
class Run:
    start: int
    end: int
    style: Style


def side_span(change: Change, side: str) -> Span | None:
    return change.original if side == Side.ORIGINAL else change.revised


def edit_span(edit: WordEdit, side: str) -> Span | None:
    """The part of ``side`` that this edit changed, or None if it changed nothing there."""
    if side == Side.ORIGINAL:
        return edit.original if edit.op == WordOp.DELETE else None
    return edit.revised if edit.op == WordOp.INSERT else None


def change_marks(changes: tuple[Change, ...], side: str) -> list[Mark]:
    """Tint each change's passage; mark its changed words more strongly.

    A change with no word-level edits on this side (a sentence added or cut whole) is
    marked as a block throughout, so it reads as changed rather than merely touched.
    """
    marks: list[Mark] = []
    for change in changes:
        span = side_span(change, side)
        if span is None or span.length == 0:
            continue
        marks.append(Mark(span.start, span.end, Layer.TINT, change.kind))
        words = [s for s in (edit_span(e, side) for e in change.edits) if s and s.length]
        if not words and change.kind != ChangeKind.REWORDING:
            marks.append(Mark(span.start, span.end, Layer.BLOCK, change.kind))
        marks.extend(Mark(w.start, w.end, Layer.WORD, change.kind) for w in words)
    return marks


def fact_marks(comparison: Comparison, side: str, owners: Owners | None = None) -> list[Mark]:
    """Missing facts (original side) and changed facts (both sides) stand out most, each in
    the kind of the change it stands in (a name cut by a rewording is not drawn as one cut
    with its passage, an altered quote not as a changed figure): ``owners`` of ``side``."""
    marks: list[Mark] = []
    for fact in comparison.facts:
        if fact.status == FactStatus.MISSING and side == Side.ORIGINAL and fact.original:
            marks.append(Mark(fact.original.start, fact.original.end, Layer.MISSING_FACT))
        elif fact.status == FactStatus.CHANGED:
            span = fact.original if side == Side.ORIGINAL else fact.revised
            if span is not None:
                marks.append(Mark(span.start, span.end, Layer.CHANGED_FACT))
    marks = [m for m in marks if m.end > m.start]
    if not marks:
        return marks
    owners = owners or Owners(comparison, side)
    return [Mark(m.start, m.end, m.layer, owner_kind(owners, Span(m.start, m.end))) for m in marks]


def owner_kind(owners: Owners, span: Span) -> ChangeKind | None:
    """The kind of the first change that owns part of ``span`` (None if none does)."""
    return next((owner.kind for _s, _e, owner in owners.split(span) if owner is not None), None)


def side_marks(comparison: Comparison, side: str) -> list[Mark]:
    return change_marks(comparison.changes, side) + fact_marks(comparison, side)


def flatten(marks: list[Mark]) -> list[Run]:
    """Split overlapping marks into ordered, non-overlapping runs (a sweep over boundaries)."""
    if not marks:
        return []
    points = sorted({m.start for m in marks} | {m.end for m in marks})
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    active: dict[Mark, int] = {}
    runs: list[Run] = []
    for left, right in zip(points, points[1:]):
        for mark in ends.get(left, ()):
            _release(active, mark)
        for mark in starts.get(left, ()):
            active[mark] = active.get(mark, 0) + 1
        if active:
            runs.append(Run(left, right, _style(active)))
    return _merge_adjacent(runs)


def _release(active: dict[Mark, int], mark: Mark) -> None:
    count = active.get(mark, 0) - 1
    if count > 0:
        active[mark] = count
    else:
        active.pop(mark, None)


def _style(active: dict[Mark, int]) -> Style:
    layers = sorted({(m.layer, m.kind) for m in active}, key=lambda lk: (_ORDER[lk[0]], lk[1] or ""))
    return tuple(layers)


def _merge_adjacent(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].end == run.start and merged[-1].style == run.style:
            merged[-1] = Run(merged[-1].start, run.end, run.style)
        else:
            merged.append(run)
    return merged
