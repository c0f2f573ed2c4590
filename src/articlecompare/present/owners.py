"""Which change owns each stretch of one side of a comparison: the one rule the window and
every report follow.

Depends on ``core`` only. Where changes nest or overlap, the shortest wins, so a changed fact
inside a reworded sentence shows as a changed fact wherever it is drawn.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator

from articlecompare.core.model import Change, Comparison, Side, Span


class Owners:
    """Which change each stretch of one side belongs to. Where changes nest or overlap the
    shortest wins, so a changed fact inside a reworded sentence still shows as a changed fact."""

    def __init__(self, comparison: Comparison, side: Side | str) -> None:
        spans = sorted(((s, c) for c in comparison.changes
                        if (s := _span(c, side)) is not None and s.length > 0),
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


def _span(change: Change, side: Side | str) -> Span | None:
    return change.original if side == Side.ORIGINAL else change.revised
