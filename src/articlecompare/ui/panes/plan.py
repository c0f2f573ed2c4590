"""What the panes will show for a comparison, worked out before the GUI thread needs it.

Pure computation on plain data (no Qt objects are touched): highlight runs and change spans
in Qt positions for each side, the runs split per block of the pane, and the scroll anchors;
and the word count a pane's header shows. Safe to build on a worker thread, so the GUI thread
is left with putting formats on blocks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from articlecompare.core.jobs import CancelCheck, Cancelled
from articlecompare.core.model import ChangeKind, Comparison, Side
from articlecompare.core.tokenize import count_words
from articlecompare.ui.panes.highlight import (
    BlockRuns, block_starts, bucket_runs, display_text, runs_to_utf16, to_utf16,
)
from articlecompare.present.marks import Style, flatten, side_marks, side_span
from articlecompare.present.links import Link, aligned_pairs, change_links, paragraph_rungs
from articlecompare.present.redline import build_inline
from articlecompare.ui.panes.connectors import LinkTable, PaneLink
from articlecompare.ui.panes.scrollsync import AnchorTable, anchor_offsets, anchor_table

Spans = dict[str, tuple[int, int]]


@dataclass(frozen=True)
class PaneRender:
    """One pane's share: its text (inline view only; sides show their article), highlight runs
    and change spans, all in UTF-16 positions, and the runs split per block of the text the
    pane shows (``blocks``, for a document of ``block_count`` blocks and ``length`` units)."""

    runs: list[tuple[int, int, Style]]
    spans: Spans
    text: str = ""
    blocks: BlockRuns[Style] = field(default_factory=dict)
    block_count: int = 0
    length: int = 0
    gaps: list[tuple[int, str, ChangeKind]] = field(default_factory=list)   # (position, change id, kind)


def pane_render(shown: str, runs: list[tuple[int, int, Style]], spans: Spans, text: str = "",
                gaps: list[tuple[int, str, ChangeKind]] | None = None) -> PaneRender:
    """A PaneRender for a pane showing ``shown`` (a ``display_text``)."""
    starts = block_starts(shown)
    length = to_utf16(shown, [len(shown)])[0]
    return PaneRender(runs, spans, text, bucket_runs(starts, length, runs), len(starts), length,
                      gaps or [])


@dataclass(frozen=True)
class ViewPlan:
    comparison: Comparison
    panes: dict[str, PaneRender]
    anchors: AnchorTable
    inline: PaneRender | None = None   # the inline view's share, if it was shown when planned
    links: LinkTable = field(default_factory=LinkTable)


def side_render(comparison: Comparison, side: str, links: list[PaneLink] | None = None) -> PaneRender:
    """One side's share; ``links`` (UTF-16) give the spots of changes with no text on it."""
    article = comparison.original if side == Side.ORIGINAL else comparison.revised
    runs = runs_to_utf16(article.text, flatten(side_marks(comparison, side)))
    items = [(c.id, s) for c in comparison.changes if (s := side_span(c, side)) is not None]
    positions = to_utf16(article.text, [p for _, s in items for p in (s.start, s.end)])
    spans = {cid: (positions[2 * n], positions[2 * n + 1]) for n, (cid, _) in enumerate(items)}
    gaps = [(r[0], link.change_id, link.kind) for link in links or ()
            for r in [link.left if side == Side.ORIGINAL else link.right] if r[0] == r[1]]
    return pane_render(display_text(article.text), runs, spans, gaps=gaps)


def pane_links(comparison: Comparison, links: list[Link]) -> list[PaneLink]:
    """``links`` in UTF-16 positions of the two panes."""
    left = to_utf16(comparison.original.text, [p for k in links for p in (k.original.start, k.original.end)])
    right = to_utf16(comparison.revised.text, [p for k in links for p in (k.revised.start, k.revised.end)])
    return [PaneLink(k.change_id, k.kind, (left[2 * n], left[2 * n + 1]), (right[2 * n], right[2 * n + 1]))
            for n, k in enumerate(links)]


def inline_render(comparison: Comparison, cancel: CancelCheck | None = None) -> PaneRender:
    """The inline view's share; ``cancel`` is asked now and then (``Cancelled`` if it says True)."""
    inline = build_inline(comparison, cancel)
    if cancel is not None and cancel():
        raise Cancelled()
    runs = runs_to_utf16(inline.text, flatten(list(inline.marks)))
    ids = list(inline.changes)
    positions = to_utf16(inline.text, [p for cid in ids for p in (inline.changes[cid].start,
                                                                   inline.changes[cid].end)])
    spans = {cid: (positions[2 * n], positions[2 * n + 1]) for n, cid in enumerate(ids)}
    shown = display_text(inline.text)
    return pane_render(shown, runs, spans, shown)


def anchors(comparison: Comparison, pairs: list[tuple[int, int]] | None = None) -> AnchorTable:
    """Scroll anchors as UTF-16 positions of (original pane, revised pane)."""
    pairs = anchor_offsets(comparison) if pairs is None else pairs
    left = to_utf16(comparison.original.text, [p[0] for p in pairs])
    right = to_utf16(comparison.revised.text, [p[1] for p in pairs])
    return anchor_table(list(zip(left, right)))


def plan_view(comparison: Comparison, inline: bool = False) -> ViewPlan:
    pairs = aligned_pairs(comparison)
    links = pane_links(comparison, change_links(comparison, pairs))
    panes: dict[str, PaneRender] = {side: side_render(comparison, side, links)
                                    for side in (Side.ORIGINAL, Side.REVISED)}
    rungs = paragraph_rungs(comparison, pairs)
    left = to_utf16(comparison.original.text, [a for a, _ in rungs])
    right = to_utf16(comparison.revised.text, [b for _, b in rungs])
    return ViewPlan(comparison, panes, anchors(comparison, anchor_offsets(comparison, pairs)),
                    inline_render(comparison) if inline else None, LinkTable(links, list(zip(left, right))))




@lru_cache(maxsize=4)
def word_count(text: str) -> int:
    """The words of ``text`` as the comparison and every report count them (word tokens, not
    punctuation: ``core.tokenize.count_words``), remembered for the last few texts: a thread
    that has just read a long file counts it, and the pane showing it finds the figure."""
    return count_words(text)


class ViewPlanner:
    """``plan_view`` as a runner's ``prepare``: on the worker thread, with the inline view's
    share while that view is shown (``inline``: a plain flag that the GUI thread sets)."""

    def __init__(self) -> None:
        self.inline = False

    def __call__(self, comparison: Comparison) -> ViewPlan:
        return plan_view(comparison, self.inline)
