"""The rows that keep the panes level are merged from the pairs of each kind as they are
made; they come in the order one sort of all rows gives (the way they were made before)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from articlecompare.core.alignment_rows import alignment_rows, omission_anchors
from articlecompare.core.jobs import Stages
from articlecompare.core.matching import match
from articlecompare.core.model import AlignKind, Alignment, Article
from articlecompare.core.options import CompareOptions
from articlecompare.core.sides import Side, prepare

from article_strategies import edited_pairs


def _sorted_rows(a: Side, b: Side, pairs: list[tuple[int, int]], m_changed: list[Alignment],
                 inserted: list[int], deleted: list[int], anchors: dict[int, int],
                 end: int) -> list[Alignment]:
    """Every row with its place, sorted once: the revised text's order, a deletion before
    the sentence at its anchor, ties in the order equal, changed or moved, inserted, deleted."""
    rows = [(b.sentence_spans[j].start, 0, Alignment(AlignKind.EQUAL, a.sentence_spans[i],
                                                     b.sentence_spans[j])) for i, j in pairs]
    rows += [(r.revised.start, 0, r) for r in m_changed if r.revised is not None]
    rows += [(b.sentence_spans[j].start, 0, Alignment(AlignKind.INSERTED, None,
                                                      b.sentence_spans[j], 0.0)) for j in inserted]
    rows += [(anchors.get(i, end), -1, Alignment(AlignKind.DELETED, a.sentence_spans[i], None, 0.0))
             for i in deleted]
    rows.sort(key=lambda r: (r[0], r[1], r[2].original.start if r[2].original else 0))
    return [r[2] for r in rows]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_pairs())
def test_merged_rows_are_the_rows_sorted(pair: tuple[str, str]) -> None:
    options = CompareOptions()
    a, b = prepare(Article(pair[0]), options), prepare(Article(pair[1]), options)
    m = match(a, b, options.min_similarity, options.detect_moves, Stages({"align": 1, "worddiff": 1}))
    anchors = omission_anchors(a, b, m)
    equal = [(i, j) for i1, i2, j1, _ in m.unchanged() for i, j in zip(range(i1, i2), range(j1, j1 + i2 - i1))]
    paired = [Alignment(AlignKind.MOVED if p.moved else AlignKind.CHANGED, a.sentence_spans[p.a],
                        b.sentence_spans[p.b], round(p.similarity, 3)) for p in m.changed + m.moved]
    expected = _sorted_rows(a, b, equal, paired, m.inserted, m.deleted, anchors, len(b.text))
    assert list(alignment_rows(a, b, m, anchors, lambda: None)) == expected
