"""The inline (redline) view as data: one text with deleted words struck and new words marked.

Pure (no Qt). Built from ``Comparison.words``: equal and inserted runs come from the revised
text, deleted runs from the original, in order. Offsets of either side map into the inline
text so changes, facts and tints can be placed on it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from articlecompare.core.model import ChangeKind, Comparison, FactStatus, Span, WordOp
from articlecompare.ui.marks import ORIGINAL, REVISED, Layer, Mark, side_span


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


class _KindLookup:
    def __init__(self, comparison: Comparison, side: str) -> None:
        spans = sorted((s.start, s.end, c.kind) for c in comparison.changes
                       if (s := side_span(c, side)) is not None)
        self._spans = spans
        self._starts = [s[0] for s in spans]

    def kind_at(self, offset: int) -> ChangeKind | None:
        n = bisect_right(self._starts, offset) - 1
        while n >= 0:
            start, end, kind = self._spans[n]
            if start <= offset < end:
                return kind
            n -= 1
            if n >= 0 and self._spans[n][1] <= offset:
                break
        return None


def build_inline(comparison: Comparison) -> InlineText:
    parts: list[str] = []
    marks: list[Mark] = []
    maps = {ORIGINAL: OffsetMap(), REVISED: OffsetMap()}
    kinds = {ORIGINAL: _KindLookup(comparison, ORIGINAL), REVISED: _KindLookup(comparison, REVISED)}
    position, previous = 0, WordOp.EQUAL
    texts = {ORIGINAL: comparison.original.text, REVISED: comparison.revised.text}
    for run in comparison.words:
        side, span = (ORIGINAL, run.original) if run.op == WordOp.DELETE else (REVISED, run.revised)
        if span is None or span.length == 0:
            continue
        piece = texts[side][span.start:span.end]
        if run.op != WordOp.EQUAL and previous not in (WordOp.EQUAL, run.op) and _needs_gap(parts, piece):
            parts.append(" ")
            position += 1
        maps[side].add(span.start, position, span.length)
        if run.op == WordOp.EQUAL and run.original is not None:
            maps[ORIGINAL].add(run.original.start, position, run.original.length)
        else:
            layer = Layer.DELETED if run.op == WordOp.DELETE else Layer.INSERTED
            marks.append(Mark(position, position + len(piece), layer, kinds[side].kind_at(span.start)))
        parts.append(piece)
        position += len(piece)
        previous = run.op
    text = "".join(parts) if parts else comparison.revised.text
    marks.extend(_placed_marks(comparison, maps))
    return InlineText(text, tuple(marks), _change_spans(comparison, maps))


def _needs_gap(parts: list[str], piece: str) -> bool:
    return bool(parts) and not parts[-1][-1:].isspace() and not piece[:1].isspace()


def _placed_marks(comparison: Comparison, maps: dict[str, OffsetMap]) -> list[Mark]:
    marks: list[Mark] = []
    for change in comparison.changes:
        side = REVISED if change.revised is not None else ORIGINAL
        span = side_span(change, side)
        if span is not None and span.length:
            placed = maps[side].span(span)
            marks.append(Mark(placed.start, placed.end, Layer.TINT, change.kind))
    for fact in comparison.facts:
        if fact.status == FactStatus.MISSING and fact.original:
            placed = maps[ORIGINAL].span(fact.original)
            marks.append(Mark(placed.start, placed.end, Layer.MISSING_FACT))
        elif fact.status == FactStatus.CHANGED:
            for side, span in ((ORIGINAL, fact.original), (REVISED, fact.revised)):
                if span is not None:
                    placed = maps[side].span(span)
                    marks.append(Mark(placed.start, placed.end, Layer.CHANGED_FACT))
    return [m for m in marks if m.end > m.start]


def _change_spans(comparison: Comparison, maps: dict[str, OffsetMap]) -> dict[str, Span]:
    spans: dict[str, Span] = {}
    for change in comparison.changes:
        placed = [maps[side].span(span) for side in (ORIGINAL, REVISED)
                  if (span := side_span(change, side)) is not None]
        if placed:
            spans[change.id] = Span(min(p.start for p in placed), max(p.end for p in placed))
    return spans
