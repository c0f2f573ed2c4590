"""The rows that keep the two panes level: each sentence of either version beside its
partner, or beside the place where it would have stood.

Depends on ``sides`` and ``matching`` only; rows come in the revised text's order, a removed
sentence where it would have stood.
"""
from __future__ import annotations

from collections.abc import Callable

from .matching import Matching
from .model import AlignKind, Alignment
from .sides import Side


def omission_anchors(a: Side, b: Side, m: Matching) -> dict[int, int]:
    """For each deleted original sentence, where in the revised text it would stand."""
    anchors: dict[int, int] = {}
    for tag, i1, i2, j1, _ in m.sequence:
        if tag == "delete":
            pos = b.sentence_spans[j1].start if j1 < len(b.sentence_spans) else len(b.text)
            for i in range(i1, i2):
                anchors[i] = pos
    return anchors


def alignment_rows(a: Side, b: Side, m: Matching, anchors: dict[int, int],
               check: Callable[[], None]) -> tuple[Alignment, ...]:
    rows: list[tuple[int, int, Alignment]] = []
    for n, p in enumerate(m.equal):
        if n % 8192 == 0:
            check()
        rows.append((b.sentence_spans[p.b].start, 0, Alignment(
            AlignKind.EQUAL, a.sentence_spans[p.a], b.sentence_spans[p.b])))
    for p in m.changed + m.moved:
        kind = AlignKind.MOVED if p.moved else AlignKind.CHANGED
        rows.append((b.sentence_spans[p.b].start, 0, Alignment(
            kind, a.sentence_spans[p.a], b.sentence_spans[p.b], round(p.similarity, 3))))
    for j in m.inserted:
        rows.append((b.sentence_spans[j].start, 0, Alignment(
            AlignKind.INSERTED, None, b.sentence_spans[j], 0.0)))
    for i in m.deleted:
        rows.append((anchors.get(i, len(b.text)), -1, Alignment(
            AlignKind.DELETED, a.sentence_spans[i], None, 0.0)))
    rows.sort(key=lambda r: (r[0], r[1], r[2].original.start if r[2].original else 0))
    return tuple(r[2] for r in rows)
