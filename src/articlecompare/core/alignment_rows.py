"""The rows that keep the two panes level: each sentence of either version beside its
partner, or beside the place where it would have stood.

Depends on ``sides`` and ``matching`` only; rows come in the revised text's order, a removed
sentence where it would have stood.
"""
from __future__ import annotations

import heapq
from collections.abc import Callable

from .matching import Matching
from .model import AlignKind, Alignment
from .sides import Side


def omission_anchors(a: Side, b: Side, m: Matching) -> dict[int, int]:
    """For each deleted original sentence, where in the revised text it would stand."""
    anchors: dict[int, int] = {}
    for tag, i1, i2, j1, _ in m.sequence:
        if tag == "delete":
            pos = b.sentence_spans.starts[j1] if j1 < len(b.sentence_spans) else len(b.text)
            for i in range(i1, i2):
                anchors[i] = pos
    return anchors


def alignment_rows(a: Side, b: Side, m: Matching, anchors: dict[int, int],
                   check: Callable[[], None]) -> tuple[Alignment, ...]:
    """Sentence pairs in the order of the revised text, deletions where they would have
    stood (before the sentence there), ties in the order equal, changed or moved, inserted,
    deleted. Each kind comes in that order already but changed and moved pairs, which are
    sorted: the kinds are merged as they are made, with no list of rows to sort (a long text
    has millions)."""
    spans_a, spans_b = a.sentence_spans, b.sentence_spans
    starts_a, starts_b = spans_a.starts, spans_b.starts
    paired = sorted((((starts_b[p.b], 0, starts_a[p.a]), Alignment(
        AlignKind.MOVED if p.moved else AlignKind.CHANGED, spans_a[p.a], spans_b[p.b],
        round(p.similarity, 3))) for p in m.changed + m.moved), key=lambda row: row[0])
    inserted = (((starts_b[j], 0, 0), Alignment(AlignKind.INSERTED, None, spans_b[j], 0.0))
                for j in m.inserted)
    deleted = (((anchors.get(i, len(b.text)), -1, starts_a[i]), Alignment(
        AlignKind.DELETED, spans_a[i], None, 0.0)) for i in m.deleted)
    others = heapq.merge(paired, inserted, deleted, key=lambda row: row[0])
    following = next(others, None)
    out: list[Alignment] = []
    for i1, i2, j1, _ in m.unchanged():  # unchanged sentences go first among equal keys
        for i, j in zip(range(i1, i2), range(j1, j1 + i2 - i1)):
            if len(out) % 8192 == 0:
                check()
            while following is not None and following[0] < (starts_b[j], 0, starts_a[i]):
                out.append(following[1])
                following = next(others, None)
            out.append(Alignment(AlignKind.EQUAL, spans_a[i], spans_b[j]))
    if following is not None:
        out.append(following[1])
        out.extend(row[1] for row in others)
    return tuple(out)
