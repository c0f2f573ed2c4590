"""The inline (redline) view as data: one text with deleted words struck and new words marked.

Pure (no Qt). Built from ``Comparison.words`` regrouped for reading (``readable_runs``):
equal and inserted runs come from the revised text, deleted runs from the original, in order. Offsets of either side map into the inline
text so changes, facts and tints can be placed on it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from articlecompare.core.jobs import CancelCheck, Cancelled
from articlecompare.core.model import Comparison, FactStatus, Side, Span, WordEdit, WordOp
from articlecompare.present.marks import Layer, Mark, owner_kind, side_span
from articlecompare.present.owners import Owners


_LINE_END = re.compile(r"[ \t]*(\n*)")


@dataclass
class OffsetMap:
    """Pieces (side start, inline start, length) of one side copied into the inline text."""

    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def add(self, side_start: int, inline_start: int, length: int) -> None:
        if length:
            self.pieces.append((side_start, inline_start, length))
            self.starts.append(side_start)

    def position(self, offset: int, *, end: bool = False) -> int:
        """Inline position of a side offset (for ``end``, of the character before it, plus 1)."""
        if not self.pieces:
            return 0
        probe = offset - 1 if end and offset > 0 else offset
        n = max(0, bisect_right(self.starts, probe) - 1)
        side_start, inline_start, length = self.pieces[n]
        inside = min(max(0, probe - side_start), length - 1 if end else length)
        return inline_start + inside + (1 if end and offset > 0 else 0)

    def span(self, span: Span) -> Span:
        start = self.position(span.start)
        return Span(start, max(start, self.position(span.end, end=True)))


@dataclass(frozen=True)
class InlineText:
    text: str
    marks: tuple[Mark, ...]
    changes: dict[str, Span]


def readable_runs(words: Sequence[WordEdit]) -> list[WordEdit]:
    """The word runs regrouped for reading, as diff-match-patch's semantic clean-up does: a short
    equality stranded between larger edits ("the", "of") joins them, and each block of edits
    reads as everything deleted, then everything inserted."""
    runs = [w for w in words if (w.original and w.original.length) or (w.revised and w.revised.length)]
    for _ in range(8):
        changed = False
        for i in range(1, len(runs) - 1):
            run = runs[i]
            if run.op != WordOp.EQUAL or run.original is None or run.revised is None:
                continue
            if run.original.length <= min(_edit_size(runs, i, -1), _edit_size(runs, i, 1)):
                runs[i:i + 1] = [WordEdit(WordOp.DELETE, run.original, None),
                                 WordEdit(WordOp.INSERT, None, run.revised)]
                changed = True
        if not changed:
            break
    return _grouped(runs)


def _edit_size(runs: list[WordEdit], index: int, step: int) -> int:
    deleted = inserted = 0
    i = index + step
    while 0 <= i < len(runs) and runs[i].op != WordOp.EQUAL:
        original, revised = runs[i].original, runs[i].revised
        deleted += original.length if original is not None else 0
        inserted += revised.length if revised is not None else 0
        i += step
    return max(deleted, inserted)


def _grouped(runs: list[WordEdit]) -> list[WordEdit]:
    out: list[WordEdit] = []
    block: list[WordEdit] = []
    for run in [*runs, None]:
        if run is not None and run.op != WordOp.EQUAL:
            block.append(run)
            continue
        deleted = [r.original for r in block if r.op == WordOp.DELETE and r.original]
        inserted = [r.revised for r in block if r.op == WordOp.INSERT and r.revised]
        if deleted:
            out.append(WordEdit(WordOp.DELETE, Span(deleted[0].start, deleted[-1].end), None))
        if inserted:
            out.append(WordEdit(WordOp.INSERT, None, Span(inserted[0].start, inserted[-1].end)))
        block = []
        if run is not None:
            out.append(run)
    return out


def build_inline(comparison: Comparison, cancel: CancelCheck | None = None) -> InlineText:
    """The redline of ``comparison``; ``cancel`` is asked now and then (``Cancelled`` if it
    says True)."""
    parts: list[str] = []
    marks: list[Mark] = []
    maps = {Side.ORIGINAL: OffsetMap(), Side.REVISED: OffsetMap()}
    owners = {side: Owners(comparison, side) for side in (Side.ORIGINAL, Side.REVISED)}
    position, previous, line_end = 0, WordOp.EQUAL, ""
    texts = {Side.ORIGINAL: comparison.original.text, Side.REVISED: comparison.revised.text}
    for n, run in enumerate(readable_runs(comparison.words)):
        if cancel is not None and n % 1024 == 0 and cancel():
            raise Cancelled()
        side, span = (Side.ORIGINAL, run.original) if run.op == WordOp.DELETE else (Side.REVISED, run.revised)
        if span is None or span.length == 0:
            continue
        piece = texts[side][span.start:span.end]
        if WordOp.DELETE in (run.op, previous) and run.op != previous:
            gap = _gap(parts, piece, line_end)
            if gap:
                parts.append(gap)
                position += len(gap)
        breaks = _LINE_END.match(texts[side], span.end)
        line_end = (breaks.group(1) if breaks else "") or ("\n\n" if span.end == len(texts[side]) else "")
        maps[side].add(span.start, position, span.length)
        if run.op == WordOp.EQUAL and run.original is not None:
            maps[Side.ORIGINAL].add(run.original.start, position, run.original.length)
        else:
            layer = Layer.DELETED if run.op == WordOp.DELETE else Layer.INSERTED
            shift = position - span.start
            marks.extend(Mark(a + shift, b + shift, layer, owner.kind if owner else None)
                         for a, b, owner in owners[side].split(span))
        parts.append(piece)
        position += len(piece)
        previous = run.op
    text = "".join(parts) if parts else comparison.revised.text
    marks.extend(_placed_marks(comparison, maps, owners))
    return InlineText(text, tuple(marks), _change_spans(comparison, maps))


def _gap(parts: list[str], piece: str, line_end: str) -> str:
    """What keeps deleted text apart from its neighbour: the paragraph break that followed the
    previous piece in its own text, or a space where two words would otherwise run together."""
    if not parts or parts[-1].endswith("\n") or piece.startswith("\n"):
        return ""
    if line_end:
        return line_end
    return " " if parts[-1][-1:].isalnum() and piece[:1].isalnum() else ""


def _placed_marks(comparison: Comparison, maps: dict[Side, OffsetMap],
                  owners: dict[Side, Owners]) -> list[Mark]:
    marks: list[Mark] = []
    for change in comparison.changes:
        side = Side.REVISED if change.revised is not None else Side.ORIGINAL
        span = side_span(change, side)
        if span is not None and span.length:
            placed = maps[side].span(span)
            marks.append(Mark(placed.start, placed.end, Layer.TINT, change.kind))
    for fact in comparison.facts:
        if fact.status == FactStatus.MISSING and fact.original:
            placed = maps[Side.ORIGINAL].span(fact.original)
            kind = owner_kind(owners[Side.ORIGINAL], fact.original)
            marks.append(Mark(placed.start, placed.end, Layer.MISSING_FACT, kind))
        elif fact.status == FactStatus.CHANGED:
            for side, span in ((Side.ORIGINAL, fact.original), (Side.REVISED, fact.revised)):
                if span is not None:
                    placed = maps[side].span(span)
                    marks.append(Mark(placed.start, placed.end, Layer.CHANGED_FACT, owner_kind(owners[side], span)))
    return [m for m in marks if m.end > m.start]


def _change_spans(comparison: Comparison, maps: dict[Side, OffsetMap]) -> dict[str, Span]:
    spans: dict[str, Span] = {}
    for change in comparison.changes:
        placed = [maps[side].span(span) for side in (Side.ORIGINAL, Side.REVISED)
                  if (span := side_span(change, side)) is not None]
        if placed:
            spans[change.id] = Span(min(p.start for p in placed), max(p.end for p in placed))
    return spans
