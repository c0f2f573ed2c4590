"""Cutting a comparison into marked pieces of text, for every human-readable report.

Depends on ``core`` only and knows no output format: a piece is plain text plus the change it
belongs to and whether the word-level diff deleted or inserted it; paragraph breaks are pieces
of their own. Escaping and markup are the renderers' job.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from articlecompare.core.annotations import Annotation, AnnotationSet
from articlecompare.core.model import Change, Comparison, Fact, FactStatus, Span, WordOp

ORIGINAL = "original"
REVISED = "revised"
_BREAK = re.compile(r"\s*\n\s*")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text. ``op`` is ``equal``, ``delete`` (only in the original) or ``insert``
    (only in the revised). ``brk`` marks a paragraph break (its text is empty). ``last`` is
    true on the final piece of a change, where a renderer may put a reference to it."""

    text: str
    change: Change | None = None
    op: WordOp = WordOp.EQUAL
    brk: bool = False
    last: bool = False


PARAGRAPH_BREAK = Piece("", brk=True)


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One change as the change lists of the reports show it."""

    change: Change
    original: tuple[Piece, ...]
    revised: tuple[Piece, ...]
    original_text: str | None
    revised_text: str | None
    facts: tuple[str, ...]
    annotation: Annotation | None


def change_rows(comparison: Comparison,
                annotations: AnnotationSet | None = None) -> tuple[ChangeRow, ...]:
    notes = annotations or AnnotationSet()
    rows = []
    for change in comparison.changes:
        rows.append(ChangeRow(
            change=change,
            original=excerpt_pieces(comparison, change, ORIGINAL),
            revised=excerpt_pieces(comparison, change, REVISED),
            original_text=_span_text(comparison, ORIGINAL, change.original),
            revised_text=_span_text(comparison, REVISED, change.revised),
            facts=tuple(describe_fact(f) for f in change.facts),
            annotation=notes.for_change(change),
        ))
    return tuple(rows)


def describe_fact(fact: Fact) -> str:
    """``"2,000 (number, missing)"``; a changed fact shows its replacement, a quotation its
    speaker (``"… (quote by Mr. Reeves, missing)"``)."""
    text = fact.text
    if fact.status is FactStatus.CHANGED and fact.replacement:
        text = f"{fact.text} → {fact.replacement}"
    kind = f"{fact.type.value} by {fact.speaker}" if fact.speaker else fact.type.value
    return f"{text} ({kind}, {fact.status.value})"


def excerpt_pieces(comparison: Comparison, change: Change, side: str) -> tuple[Piece, ...]:
    """The change's text on ``side``, with the words the diff deleted/inserted marked."""
    span = change.original if side == ORIGINAL else change.revised
    if span is None:
        return ()
    text = _article_text(comparison, side)
    return tuple(p for p in _marked(text, span, change, side) if p.text or p.brk)


def side_pieces(comparison: Comparison, side: str) -> Iterator[Piece]:
    """The whole text of ``side`` with every change marked, in order, paragraphs broken."""
    text = _article_text(comparison, side)
    owners = _Owners(comparison, side)
    for start, end, change in owners.split(Span(0, len(text))):
        if change is None:
            yield from _plain(text[start:end])
        else:
            yield from _marked(text, Span(start, end), change, side)
        for ended in owners.ending_at(end):
            yield Piece("", ended, last=True)


def redline_pieces(comparison: Comparison) -> Iterator[Piece]:
    """One flow in reading order: kept text, deleted text where it stood, inserted text,
    each piece tagged with the change it belongs to (for inline and printed views)."""
    if not comparison.words:
        yield from side_pieces(comparison, REVISED)
        return
    owners = {side: _Owners(comparison, side) for side in (ORIGINAL, REVISED)}
    referenced: set[str] = set()
    for edit in comparison.words:
        side = ORIGINAL if edit.op is WordOp.DELETE else REVISED
        span = edit.original if side == ORIGINAL else edit.revised
        if span is None or span.length == 0:
            continue
        text = _article_text(comparison, side)
        for start, end, change in owners[side].split(span):
            yield from _split_breaks(text[start:end], change, edit.op)
            for ended in owners[side].ending_at(end):
                if ended.id not in referenced:
                    referenced.add(ended.id)
                    yield Piece("", ended, last=True)


def _marked(text: str, span: Span, change: Change, side: str) -> Iterator[Piece]:
    op = WordOp.DELETE if side == ORIGINAL else WordOp.INSERT
    runs = sorted((s for e in change.edits if e.op is op
                   for s in [e.original if side == ORIGINAL else e.revised]
                   if s is not None and s.overlaps(span)), key=lambda s: s.start)
    pos = span.start
    for run in runs:
        start, end = max(run.start, pos), min(run.end, span.end)
        if start >= end:
            continue
        yield from _split_breaks(text[pos:start], change, WordOp.EQUAL)
        yield from _split_breaks(text[start:end], change, op)
        pos = end
    yield from _split_breaks(text[pos:span.end], change, WordOp.EQUAL)


def _plain(text: str) -> Iterator[Piece]:
    return _split_breaks(text, None, WordOp.EQUAL)


def _split_breaks(text: str, change: Change | None, op: WordOp) -> Iterator[Piece]:
    pos = 0
    for match in _BREAK.finditer(text):
        if match.start() > pos:
            yield Piece(text[pos:match.start()], change, op)
        yield PARAGRAPH_BREAK
        pos = match.end()
    if pos < len(text):
        yield Piece(text[pos:], change, op)


class _Owners:
    """Which change each stretch of one side belongs to. Where changes nest or overlap the
    shortest wins, so a changed fact inside a reworded sentence still shows as a changed fact."""

    def __init__(self, comparison: Comparison, side: str) -> None:
        spans = sorted(((s, c) for c in comparison.changes
                        if (s := _span_of_or_none(c, side)) is not None and s.length > 0),
                       key=lambda sc: sc[0].start)
        self._ending: dict[int, list[Change]] = {}
        for span, change in sorted(spans, key=lambda sc: sc[0].length):
            self._ending.setdefault(span.end, []).append(change)
        bounds = sorted({p for span, _ in spans for p in (span.start, span.end)})
        self._stretches: list[tuple[int, int, Change]] = []
        active: list[tuple[Span, Change]] = []
        k = 0
        for a, b in zip(bounds, bounds[1:]):
            while k < len(spans) and spans[k][0].start <= a:
                active.append(spans[k])
                k += 1
            active = [sc for sc in active if sc[0].end > a]
            if not active:
                continue
            owner = min(active, key=lambda sc: (sc[0].length, sc[0].start))[1]
            last = self._stretches[-1] if self._stretches else None
            if last is not None and last[1] == a and last[2] is owner:
                self._stretches[-1] = (last[0], b, owner)
            else:
                self._stretches.append((a, b, owner))
        self._starts = [st[0] for st in self._stretches]

    def ending_at(self, pos: int) -> list[Change]:
        """Changes whose span on this side ends at ``pos``, innermost first."""
        return self._ending.get(pos, [])

    def split(self, span: Span) -> Iterator[tuple[int, int, Change | None]]:
        """Cut ``span`` where owners change; stretches of no change have None."""
        pos = span.start
        i = max(0, bisect.bisect_right(self._starts, pos) - 1)
        while pos < span.end:
            while i < len(self._stretches) and self._stretches[i][1] <= pos:
                i += 1
            if i >= len(self._stretches) or self._stretches[i][0] >= span.end:
                yield pos, span.end, None
                return
            start, end, owner = self._stretches[i]
            if start > pos:
                yield pos, start, None
                pos = start
            end = min(end, span.end)
            yield pos, end, owner
            pos = end


def _span_of_or_none(change: Change, side: str) -> Span | None:
    return change.original if side == ORIGINAL else change.revised


def _span_of(change: Change, side: str) -> Span:
    span = _span_of_or_none(change, side)
    assert span is not None
    return span


def _article_text(comparison: Comparison, side: str) -> str:
    return comparison.original.text if side == ORIGINAL else comparison.revised.text


def _span_text(comparison: Comparison, side: str, span: Span | None) -> str | None:
    return None if span is None else comparison.text_of(side, span)
