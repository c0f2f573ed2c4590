"""Cutting a comparison into marked pieces of text, for every human-readable report.

Depends on ``core`` only and knows no output format: a piece is plain text plus the change it
belongs to and whether the word-level diff deleted or inserted it; paragraph breaks are pieces
of their own. Escaping and markup are the renderers' job.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from articlecompare.core.annotations import Annotation, AnnotationSet
from articlecompare.core.model import Change, Comparison, Fact, Side, Span, WordOp
from articlecompare.present.figure_labels import fact_label
from articlecompare.present.lost_facts import fact_wording
from articlecompare.present.owners import Owners
from articlecompare.present.redline import readable_runs

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
            original=excerpt_pieces(comparison, change, Side.ORIGINAL),
            revised=excerpt_pieces(comparison, change, Side.REVISED),
            original_text=_span_text(comparison, Side.ORIGINAL, change.original),
            revised_text=_span_text(comparison, Side.REVISED, change.revised),
            facts=tuple(describe_fact(f, fact_label(comparison, f)) for f in change.facts),
            annotation=notes.for_change(change),
        ))
    return tuple(rows)


def describe_fact(fact: Fact, label: str = "") -> str:
    """``"2,000 (number, missing)"``; a changed fact shows its replacement, a quotation its
    speaker (``"… (quote by Mr. Reeves, missing)"``), a number what it counts where its
    sentence says (``label``: ``"civilians killed: 10 → 40 (number, changed)"``)."""
    text = fact_wording(fact)
    if label:
        text = f"{label}: {text}"
    kind = f"{fact.type.value} by {fact.speaker}" if fact.speaker else fact.type.value
    return f"{text} ({kind}, {fact.status.value})"


def excerpt_pieces(comparison: Comparison, change: Change, side: str) -> tuple[Piece, ...]:
    """The change's text on ``side``, with the words the diff deleted/inserted marked."""
    span = change.original if side == Side.ORIGINAL else change.revised
    if span is None:
        return ()
    text = _article_text(comparison, side)
    return tuple(p for p in _marked(text, span, change, side) if p.text or p.brk)


def side_pieces(comparison: Comparison, side: str) -> Iterator[Piece]:
    """The whole text of ``side`` with every change marked, in order, paragraphs broken."""
    text = _article_text(comparison, side)
    owners = Owners(comparison, side)
    for start, end, change in owners.split(Span(0, len(text))):
        if change is None:
            yield from _plain(text[start:end])
        else:
            yield from _marked(text, Span(start, end), change, side)
        for ended in owners.ending_at(end):
            yield Piece("", ended, last=True)


def redline_pieces(comparison: Comparison) -> Iterator[Piece]:
    """One flow in reading order: kept text, deleted text where it stood, inserted text,
    each piece tagged with the change it belongs to (for inline and printed views); the runs
    are the window's inline view's (``readable_runs``)."""
    if not comparison.words:
        yield from side_pieces(comparison, Side.REVISED)
        return
    owners = {side: Owners(comparison, side) for side in (Side.ORIGINAL, Side.REVISED)}
    referenced: set[str] = set()
    for edit in readable_runs(comparison.words):
        side = Side.ORIGINAL if edit.op is WordOp.DELETE else Side.REVISED
        span = edit.original if side == Side.ORIGINAL else edit.revised
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
    op = WordOp.DELETE if side == Side.ORIGINAL else WordOp.INSERT
    runs = sorted((s for e in change.edits if e.op is op
                   for s in [e.original if side == Side.ORIGINAL else e.revised]
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


def _span_of_or_none(change: Change, side: str) -> Span | None:
    return change.original if side == Side.ORIGINAL else change.revised


def _span_of(change: Change, side: str) -> Span:
    span = _span_of_or_none(change, side)
    assert span is not None
    return span


def _article_text(comparison: Comparison, side: str) -> str:
    return comparison.original.text if side == Side.ORIGINAL else comparison.revised.text


def _span_text(comparison: Comparison, side: str, span: Span | None) -> str | None:
    return None if span is None else comparison.text_of(side, span)
