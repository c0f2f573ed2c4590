"""Where each change stands on both sides: its text on one side and, where it has none there
(an omission in the revised text, an addition in the original), the spot it would stand.

Depends on ``core`` only. Positions are code points. The spot comes from the sentence
alignment's anchors (the ends of aligned sentences), so a whole passage cut between two kept
ones stands just after the first of them. Drawing the links, and turning code points into a
view's positions, are the callers' job.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from articlecompare.core.model import AlignKind, ChangeKind, Comparison, Span

_NON_SPACE = re.compile(r"\S")


@dataclass(frozen=True, slots=True)
class Link:
    """A change as a pair of ranges, one per side; a range of length 0 is the spot where a
    change with no text on that side would stand (``gap`` names that side, else "")."""

    change_id: str
    kind: ChangeKind
    original: Span
    revised: Span
    gap: str = ""


def anchor_offsets(comparison: Comparison) -> list[tuple[int, int]]:
    """Code-point anchor pairs (original, revised), increasing on both sides: the start and
    end of every aligned sentence (moved sentences cannot anchor), and both texts' ends."""
    pairs = [(0, 0)]
    for item in comparison.alignment:
        if item.original is None or item.revised is None or item.kind == AlignKind.MOVED:
            continue
        for pair in ((item.original.start, item.revised.start), (item.original.end, item.revised.end)):
            if pair[0] >= pairs[-1][0] and pair[1] >= pairs[-1][1]:
                pairs.append(pair)
    pairs.append((len(comparison.original.text), len(comparison.revised.text)))
    return pairs


def spot(pairs: Sequence[tuple[int, int]], keys: Sequence[int], position: int, text: str,
         other_text: str) -> int:
    """The position of the other side level with ``position`` of this side's ``text``, given
    anchor ``pairs`` (this side first) and their first items ``keys``. Where only blank space
    lies between the anchor before and ``position`` (a passage that starts after a kept
    sentence), or between the two anchors on the other side, it is just after that anchor;
    elsewhere in proportion between the two."""
    i = bisect_right(keys, position)
    if i == 0:
        return pairs[0][1]
    if i == len(pairs):
        return pairs[-1][1]
    (x0, y0), (x1, y1) = pairs[i - 1], pairs[i]
    if y1 <= y0 or x1 == x0 or _blank(text, x0, position) or _blank(other_text, y0, y1):
        return y0
    return min(y1, y0 + round((y1 - y0) * (position - x0) / (x1 - x0)))


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only white space (stops at the first character that is not)."""
    return _NON_SPACE.search(text, start, max(start, end)) is None


def change_links(comparison: Comparison,
                 pairs: Sequence[tuple[int, int]] | None = None) -> list[Link]:
    """One link per change that has text on either side, in the changes' order (``pairs``:
    the ``anchor_offsets``, if worked out already)."""
    forward = list(pairs) if pairs is not None else anchor_offsets(comparison)
    backward = [(b, a) for a, b in forward]
    lefts, rights = [a for a, _ in forward], [b for _, b in forward]
    original, revised = comparison.original.text, comparison.revised.text
    links: list[Link] = []
    for change in comparison.changes:
        left, right = change.original, change.revised
        if left is not None and left.length and (right is None or not right.length):
            at = spot(forward, lefts, left.start, original, revised)
            links.append(Link(change.id, change.kind, left, Span(at, at), "revised"))
        elif right is not None and right.length and (left is None or not left.length):
            at = spot(backward, rights, right.start, revised, original)
            links.append(Link(change.id, change.kind, Span(at, at), right, "original"))
        elif left is not None and right is not None:
            links.append(Link(change.id, change.kind, left, right))
    return links
