"""Changes in reading order with their ids (``c1``, ``c2``…), keys that stay the same for the
same change across recomputations (what annotations attach to), and the lost facts each
change holds.

Depends on ``draft``, ``sides`` and ``tokenize`` only.
"""
from __future__ import annotations

import bisect
import hashlib
from collections import Counter

from .draft import Draft
from .model import Change, Fact, FactStatus
from .sides import Side
from .tokenize import fold


def number_changes(a: Side, b: Side, drafts: list[Draft], facts: list[Fact]) -> list[Change]:
    """The changes, in reading order. Takes the drafts (``drafts`` is emptied, and each is let
    go as its change is made: a long text has millions)."""
    backwards = sorted(drafts, key=lambda d: (d.anchor, d.original.start if d.original else -1))
    backwards.reverse()  # taken from the end
    drafts.clear()
    lost = sorted((f for f in facts if f.status != FactStatus.KEPT and f.original is not None),
                  key=lambda f: f.original.start)  # type: ignore[union-attr]
    starts = [f.original.start for f in lost]  # type: ignore[union-attr]
    seen: Counter[str] = Counter()
    changes = []
    n = 0
    while backwards:
        d = backwards.pop()
        n += 1
        owned: tuple[Fact, ...] = ()
        if d.original is not None:
            # facts are short: any that overlaps starts less than a sentence before the span
            lo = bisect.bisect_left(starts, d.original.start - 2000)
            hi = bisect.bisect_left(starts, d.original.end)
            owned = tuple(f for f in lost[lo:hi] if d.original.overlaps(f.original))  # type: ignore[arg-type]
        raw = "|".join([d.kind.value,
                        fold(a.text[d.original.start:d.original.end], True) if d.original else "",
                        fold(b.text[d.revised.start:d.revised.end], True) if d.revised else ""])
        digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        seen[digest] += 1
        key = digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"
        changes.append(Change(f"c{n}", d.kind, d.original, d.revised, owned, d.detail, key,
                              tuple(d.edits), d.confidence))
    return changes
