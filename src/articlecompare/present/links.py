"""Where each change stands on both sides: its text on one side and, where it has none there
(an omission in the revised text, an addition in the original), the spot it would stand.

Depends on ``core`` only. Positions are code points. The spot comes from the sentence
alignment, so a whole passage cut between two kept sentences stands just after the first.
Drawing the links, and turning code points into a view's positions, are the callers' job.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from articlecompare.core.model import AlignKind, ChangeKind, Comparison, Span


@dataclass(frozen=True, slots=True)
class Link:
    """A change as a pair of ranges, one per side; a range of length 0 is the spot where a
    change with no text on that side would stand (``gap`` names that side, else "")."""

    change_id: str
    kind: ChangeKind
    original: Span
    revised: Span
    gap: str = ""


def aligned_pairs(comparison: Comparison) -> list[tuple[Span, Span]]:
    """The aligned sentences as (original, revised) spans, in order on both sides (moved
    sentences, and any that would break the order, left out)."""
    pairs: list[tuple[Span, Span]] = []
    for item in comparison.alignment:
        if item.original is None or item.revised is None or item.kind == AlignKind.MOVED:
            continue
        if pairs and (item.original.start < pairs[-1][0].end or item.revised.start < pairs[-1][1].end):
            continue
        pairs.append((item.original, item.revised))
    return pairs


def anchor_offsets(comparison: Comparison, pairs: Sequence[tuple[Span, Span]] | None = None
                   ) -> list[tuple[int, int]]:
    """Code-point anchor pairs (original, revised), increasing on both sides: the start and
    end of every aligned sentence (``aligned_pairs``), and both texts' ends."""
    anchors = [(0, 0)]
    for left, right in aligned_pairs(comparison) if pairs is None else pairs:
        for pair in ((left.start, right.start), (left.end, right.end)):
            if pair[0] >= anchors[-1][0] and pair[1] >= anchors[-1][1]:
                anchors.append(pair)
    anchors.append((len(comparison.original.text), len(comparison.revised.text)))
    return anchors


def spot(pairs: Sequence[tuple[Span, Span]], keys: Sequence[int], position: int) -> int:
    """Where ``position`` of one side stands on the other, given the aligned sentence
    ``pairs`` (this side first) and where they start on this side (``keys``): inside an
    aligned sentence, at the same share of its counterpart; between them, just after the
    counterpart of the sentence before (all that was cut between two kept sentences stands
    at one spot), or at the start."""
    i = bisect_right(keys, position) - 1
    if i < 0:
        return 0
    this, other = pairs[i]
    if position < this.end and this.length:
        return other.start + round(other.length * (position - this.start) / this.length)
    return other.end


def change_links(comparison: Comparison,
                 pairs: Sequence[tuple[Span, Span]] | None = None) -> list[Link]:
    """One link per change that has text on either side, in the changes' order (``pairs``:
    the ``aligned_pairs``, if worked out already)."""
    forward = list(pairs) if pairs is not None else aligned_pairs(comparison)
    backward = [(b, a) for a, b in forward]
    lefts, rights = [a.start for a, _ in forward], [b.start for _, b in forward]
    links: list[Link] = []
    for change in comparison.changes:
        left, right = change.original, change.revised
        if left is not None and left.length and (right is None or not right.length):
            at = spot(forward, lefts, left.start)
            links.append(Link(change.id, change.kind, left, Span(at, at), "revised"))
        elif right is not None and right.length and (left is None or not left.length):
            at = spot(backward, rights, right.start)
            links.append(Link(change.id, change.kind, Span(at, at), right, "original"))
        elif left is not None and right is not None:
            links.append(Link(change.id, change.kind, left, right))
    return links


def paragraph_rungs(comparison: Comparison,
                    pairs: Sequence[tuple[Span, Span]] | None = None) -> list[tuple[int, int]]:
    """(original, revised) starts of the aligned sentences that open a paragraph on both
    sides: where the band between the panes shows the kept text's correspondence."""
    original, revised = comparison.original.text, comparison.revised.text
    return [(left.start, right.start)
            for left, right in (aligned_pairs(comparison) if pairs is None else pairs)
            if _opens_paragraph(original, left.start) and _opens_paragraph(revised, right.start)]


def _opens_paragraph(text: str, position: int) -> bool:
    """Whether only spaces stand between the line break before ``position`` and it."""
    i = position
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"
