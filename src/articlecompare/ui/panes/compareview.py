"""The central view: two panes side by side (kept level), or one inline redline pane.

Turns a Comparison into highlights, change bars and scroll anchors; shows a chosen change
in every pane. Knows nothing of files, settings or threads: what it shows is worked out by
planners it is given (``ViewPlanner`` for the runner, ``InlinePlanner`` for the inline view).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu, QStackedWidget, QWidget

from articlecompare.core.annotations import Annotation, AnnotationSet
from articlecompare.core.model import Article, Change, ChangeKind, Comparison, Side
from articlecompare.ui.look.colours import (
    FormatBook, annotation_format, blend, kind_colour, verdict_colour,
)
from articlecompare.present.palette import TINT_ALPHA
from articlecompare.ui.panes.connectors import ConnectorSplitter, LinkTable
from articlecompare.ui.panes.highlight import BlockRuns, bucket_by_block
from articlecompare.ui.panes.inlineplan import InlinePlanner
from articlecompare.present.marks import Style
from articlecompare.ui.panes.panes import ArticlePane
from articlecompare.ui.panes.plan import PaneRender, ViewPlan, ViewPlanner, inline_render, plan_view
from articlecompare.ui.panes.scrollsync import ScrollSync, place
from articlecompare.ui.panes.textview import DiffTextView

SIDE_BY_SIDE = "side_by_side"
DEFAULT_TEXT_SIZE = 11
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 7, 28
INLINE = "inline"
MODES = (SIDE_BY_SIDE, INLINE)

Spans = dict[str, tuple[int, int]]
INLINE_PLACEHOLDER = ("The inline view shows the revised text with deleted words struck through, "
                      "once both versions are open.")
INLINE_PLANNING = "Working out the inline view…"
TIP_LENGTH = 160   # characters of a change's text a mark's tooltip quotes


def planned_blocks(render: PaneRender, document: QTextDocument) -> BlockRuns[Style]:
    """The runs per block of ``document``: as planned if it holds the text they were planned
    for (it should), else split again on the document itself."""
    if document.blockCount() == render.block_count and document.characterCount() - 1 == render.length:
        return render.blocks
    return bucket_by_block(document, render.runs)


class CompareView(QStackedWidget):
    payload_dropped = Signal(str, object)   # side, Payload
    change_clicked = Signal(str)            # change id
    highlighting_finished = Signal()        # every pane carries all its highlights

    def __init__(self, parent: QWidget | None = None, planner: ViewPlanner | None = None,
                 inline_planner: InlinePlanner | None = None) -> None:
        super().__init__(parent)
        self.planner = planner or ViewPlanner()   # told which view is shown, for the worker
        self.inline_planner = inline_planner      # works out the inline view (None: here, at once)
        self._comparison: Comparison | None = None
        self._shown: dict[str, Article | None] = {Side.ORIGINAL: None, Side.REVISED: None}
        self._spans: dict[str, Spans] = {Side.ORIGINAL: {}, Side.REVISED: {}, INLINE: {}}
        self._spots: dict[str, dict[str, int]] = {Side.ORIGINAL: {}, Side.REVISED: {}, INLINE: {}}
        self._inline_plan: PaneRender | None = None   # the inline view's share, once worked out
        self._inline_shown = False                    # the inline view holds it
        self._current: Change | None = None           # the change last shown
        self._plan: ViewPlan | None = None
        self._book = FormatBook(QColor("white"), QColor("black"), dark=False)
        self._annotations = AnnotationSet()
        self.change_menu_provider: Callable[[Change], QMenu | None] | None = None
        self._build_layout()
        self._connect_signals()

    def _build_layout(self) -> None:
        self.panes: dict[str, ArticlePane] = {
            Side.ORIGINAL: ArticlePane("Original", "Open Original", "Ctrl+O", self),
            Side.REVISED: ArticlePane("Revised", "Open Revised", "Ctrl+Shift+O", self),
        }
        self.splitter = ConnectorSplitter(self)
        self.splitter.setChildrenCollapsible(False)
        for pane in self.panes.values():
            self.splitter.addWidget(pane)
        self.splitter.set_views(self.panes[Side.ORIGINAL].view, self.panes[Side.REVISED].view)
        self.inline_view = DiffTextView(self)
        self.inline_view.setPlaceholderText(INLINE_PLACEHOLDER)
        self.addWidget(self.splitter)
        self.addWidget(self.inline_view)
        self.sync = ScrollSync(self.panes[Side.ORIGINAL].view, self.panes[Side.REVISED].view)

    def _connect_signals(self) -> None:
        for side, pane in self.panes.items():
            pane.view.payload_dropped.connect(lambda payload, s=side: self.payload_dropped.emit(s, payload))
            pane.view.gap_clicked.connect(self.change_clicked)
            pane.view.gap_tip = self.gap_tip
        self.inline_view.payload_dropped.connect(lambda payload: self.payload_dropped.emit(Side.REVISED, payload))
        for side in (Side.ORIGINAL, Side.REVISED, INLINE):
            self.view(side).position_clicked.connect(
                lambda position, s=side: self._on_view_position_clicked(s, position))
            self.view(side).menu_provider = lambda position, s=side: self.change_menu(s, position)
            self.view(side).highlighter.finished.connect(self._on_view_finished)
            self.view(side).feed.filled.connect(self._on_view_finished)
        if self.inline_planner is not None:
            self.inline_planner.planned.connect(self._on_inline_planner_planned)
            self.inline_planner.failed.connect(self._on_inline_planner_failed)

    def when_filled(self, call: Callable[[], object]) -> None:
        """Call ``call`` once every pane has all its text in (now, if they have)."""
        filling = next((side for side in (Side.ORIGINAL, Side.REVISED, INLINE) if self.view(side).is_filling()), None)
        if filling is None:
            call()
        else:
            self.view(filling).when_filled(lambda: self.when_filled(call))

    def is_highlighting(self) -> bool:
        """True while some pane still has highlights to set (they are set a slice at a time)."""
        return any(self.view(side).highlighter.is_busy() or self.view(side).is_filling()
                   for side in (Side.ORIGINAL, Side.REVISED, INLINE))

    def _on_view_finished(self) -> None:
        """A pane has set all its highlights, or has all its text in."""
        if not self.is_highlighting():
            self.highlighting_finished.emit()
            if self._comparison is not None and self._inline_plan is None and self.inline_planner:
                self.inline_planner.request(self._comparison)   # ahead of a switch, now it is idle

    def change_at(self, side: str, position: int) -> Change | None:
        """The change at a Qt position of a pane (the innermost, if changes nest)."""
        hits = [(end - start, cid) for cid, (start, end) in self._spans[side].items() if start <= position < end]
        if not hits or self._comparison is None:
            return None
        change_id = min(hits)[1]
        return next((c for c in self._comparison.changes if c.id == change_id), None)

    def change_menu(self, side: str, position: int) -> QMenu | None:
        """The context menu for a position: the provider's menu for the change there, if any."""
        change = self.change_at(side, position)
        if change is None or self.change_menu_provider is None:
            return None
        return self.change_menu_provider(change)

    def _on_view_position_clicked(self, side: str, position: int) -> None:
        """A click inside a change selects it."""
        change = self.change_at(side, position)
        if change is not None:
            self.change_clicked.emit(change.id)

    def view(self, side: str) -> DiffTextView:
        return self.inline_view if side == INLINE else self.panes[side].view

    def focused_side(self) -> str:
        """The side a paste goes to: the original if its pane has focus, else the revised."""
        focus = QApplication.focusWidget()
        return Side.ORIGINAL if focus is self.view(Side.ORIGINAL) else Side.REVISED

    def set_text_size(self, points: int) -> None:
        """Reading size of the text panes (the rest of the window keeps the system size)."""
        for side in (Side.ORIGINAL, Side.REVISED, INLINE):
            view = self.view(side)
            font = view.font()
            font.setPointSize(points)
            view.setFont(font)

    # mode -------------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return INLINE if self.currentWidget() is self.inline_view else SIDE_BY_SIDE

    def set_mode(self, mode: str) -> None:
        self.setCurrentWidget(self.inline_view if mode == INLINE else self.splitter)
        self.planner.inline = mode == INLINE
        if mode == INLINE:
            self._show_inline()

    # content ----------------------------------------------------------------------------------
    def set_formats(self, book: FormatBook) -> None:
        self._book = book
        if self._comparison is not None:
            self.show_comparison(self._comparison)

    def show_article(self, side: str, article: Article | None) -> None:
        """Show one side's text, unhighlighted until a comparison of it arrives."""
        self._shown[side] = article
        self.panes[side].show_article(article)
        self.show_comparison(None)

    def show_comparison(self, comparison: Comparison | None, plan: ViewPlan | None = None) -> None:
        """Highlight both panes; ``plan`` (from a worker) saves working it out here."""
        same = comparison is self._comparison
        self._comparison = comparison
        self._inline_shown = False
        self._spans[INLINE] = {}
        if not same:
            self._inline_plan, self._current = None, None
            if self.inline_planner is not None:
                self.inline_planner.drop()
        if comparison is None:
            self._plan = None
            self._spans = {Side.ORIGINAL: {}, Side.REVISED: {}, INLINE: {}}
            for side in (Side.ORIGINAL, Side.REVISED, INLINE):
                self.view(side).highlighter.clear()
                self.view(side).set_bars([])
                self.view(side).set_markers([])
                self.view(side).set_gaps([])
                self.view(side).set_current(None)
            self.splitter.set_links(LinkTable(), {})
            self.sync.set_positions([])
            self.inline_view.set_text("")
            self.inline_view.setPlaceholderText(INLINE_PLACEHOLDER)
            return
        for candidate in (plan, self._plan):
            if candidate is not None and candidate.comparison is comparison:
                plan = candidate
                break
        else:
            plan = plan_view(comparison)
        self._plan = plan
        self._inline_plan = plan.inline or self._inline_plan
        for side, article in ((Side.ORIGINAL, comparison.original), (Side.REVISED, comparison.revised)):
            if article is not self._shown[side]:
                self._shown[side] = article
                self.panes[side].show_article(article)
            self._render(side, plan.panes[side])
        self.sync.set_table(plan.anchors)
        self.splitter.set_links(plan.links, self._link_colours(), blend(self._book.base, self._book.text, 0.3))
        self._apply_annotations((Side.ORIGINAL, Side.REVISED))
        if self.mode == INLINE:
            self._show_inline()

    def comparison(self) -> Comparison | None:
        return self._comparison

    def _render(self, side: str, render: PaneRender) -> None:
        view = self.view(side)
        if render.text:
            view.set_text(render.text)
        view.when_filled(lambda: view.highlighter.set_runs(planned_blocks(render, view.document()),
                                                           self._book.format_for))
        self._spans[side] = render.spans
        kinds = {c.id: c.kind for c in self._comparison.changes} if self._comparison else {}
        colours = {kind: self._bar_colour(kind) for kind in set(kinds.values())}
        view.set_bars([(s, e, colours[kinds[cid]]) for cid, (s, e) in render.spans.items()])
        self._spots[side] = {cid: position for position, cid, _kind in render.gaps}
        view.set_gaps([(position, cid, kind_colour(kind, self._book.dark)) for position, cid, kind in render.gaps])

    def _link_colours(self) -> dict[ChangeKind, tuple[QColor, QColor]]:
        """(fill, edge) of each kind's band between the panes."""
        return {kind: (blend(self._book.base, kind_colour(kind, self._book.dark), TINT_ALPHA[self._book.dark]),
                       kind_colour(kind, self._book.dark)) for kind in ChangeKind}

    def _show_inline(self) -> None:
        """Fill the inline view: at once if its share is known, else once it is worked out
        (meanwhile the view is empty and says so)."""
        if self._comparison is None or self._inline_shown:
            return
        if self._inline_plan is None and self.inline_planner is None:
            self._inline_plan = inline_render(self._comparison)
        if self._inline_plan is None:
            self.inline_view.set_text("")
            self.inline_view.setPlaceholderText(INLINE_PLANNING)
            self.inline_planner.request(self._comparison)  # type: ignore[union-attr]
            return
        self.inline_view.setPlaceholderText(INLINE_PLACEHOLDER)
        self._inline_shown = True
        self._render(INLINE, self._inline_plan)
        self._apply_annotations((INLINE,))

    def is_inline_ready(self) -> bool:
        """True when the inline view holds the comparison shown (or there is none)."""
        return self._comparison is None or self._inline_shown

    def _on_inline_planner_planned(self, comparison: Comparison, render: PaneRender) -> None:
        if comparison is not self._comparison:
            return   # a share of an older comparison: it would show the wrong text
        self._inline_plan = render
        if self.mode == INLINE:
            self._show_inline()
            self.show_change(self._current)

    def _on_inline_planner_failed(self, comparison: Comparison, message: str) -> None:
        if comparison is self._comparison and not self._inline_shown:
            self.inline_view.setPlaceholderText(f"The inline view could not be worked out: {message}")

    # annotations ------------------------------------------------------------------------------
    def set_annotations(self, annotations: AnnotationSet) -> None:
        """Mark annotated changes in every pane: a dotted underline in the verdict's colour and
        a dot in the right margin. Annotations of changes not shown are simply not drawn."""
        self._annotations = annotations
        self._apply_annotations((Side.ORIGINAL, Side.REVISED, INLINE) if self._inline_shown else (Side.ORIGINAL, Side.REVISED))

    def _annotated(self) -> dict[str, Annotation]:
        """Change id -> annotation, for the changes of the current comparison."""
        if self._comparison is None or not self._annotations:
            return {}
        found = ((c.id, self._annotations.for_change(c)) for c in self._comparison.changes)
        return {cid: annotation for cid, annotation in found if annotation is not None}

    def _apply_annotations(self, sides: tuple[str, ...]) -> None:
        annotated = self._annotated()
        dark = self._book.dark
        for side in sides:
            view = self.view(side)
            runs: list[tuple[int, int, str]] = []
            markers: list[tuple[int, int, QColor]] = []
            for cid, annotation in annotated.items():
                span = self._spans[side].get(cid)
                if span is None or span[1] <= span[0]:
                    continue
                verdict = annotation.verdict.value if annotation.verdict else "note"
                runs.append((span[0], span[1], verdict))
                markers.append((span[0], span[1], verdict_colour(verdict, dark)))
            formats = {v: annotation_format(v, dark) for _, _, v in runs}
            view.when_filled(partial(self._overlay, view, runs, formats))
            view.set_markers(markers)

    @staticmethod
    def _overlay(view: DiffTextView, runs: list[tuple[int, int, str]], formats: dict[str, QTextCharFormat]) -> None:
        view.highlighter.set_overlay(bucket_by_block(view.document(), runs), formats.__getitem__)

    def _bar_colour(self, kind: object) -> QColor:
        return blend(self._book.base, kind_colour(kind, self._book.dark), 0.85)  # type: ignore[arg-type]

    # navigation -------------------------------------------------------------------------------
    def change_span(self, change_id: str, side: str) -> tuple[int, int] | None:
        return self._spans[side].get(change_id)

    def gap_tip(self, change_id: str) -> str:
        """What a spot's mark says: the change that stands there in the other pane."""
        change = next((c for c in self._comparison.changes if c.id == change_id), None) if self._comparison else None
        if change is None:
            return ""
        side, span = (Side.ORIGINAL, change.original) if change.original else (Side.REVISED, change.revised)
        text = " ".join(self._comparison.text_of(side, span).split()) if span else ""  # type: ignore[union-attr]
        text = text if len(text) <= TIP_LENGTH else text[:TIP_LENGTH - 1].rstrip() + "…"
        where = "the original" if side == Side.ORIGINAL else "the revised text"
        return f"{change.kind.label} ({change.id}), in {where} only: {text}\nClick to select it."

    def _level(self, present: dict[str, tuple[int, int]]) -> None:
        """Where one pane could not put its side of the change as far down as asked (it is
        near the top of its text), bring the other pane's side up to the same height."""
        if len(present) != 2 or any(self.view(side).is_filling() for side in present):
            return
        rows = {side: self._row(side, span) for side, span in present.items()}
        high = min(rows.values())
        for side, span in present.items():
            if rows[side] - high > 2:
                view = self.view(side)
                cursor = QTextCursor(view.document())
                cursor.setPosition(span[0])
                place(view, span[0], view.cursorRect(cursor).top() - (rows[side] - high))

    def _row(self, side: str, span: tuple[int, int]) -> float:
        """The height in its pane's viewport of a change's first line, or of its spot's mark."""
        view = self.view(side)
        return view.gap_row(span[0])[0] if span[0] == span[1] else view.span_rows(*span)[0]

    def show_change(self, change: Change | None) -> None:
        """Frame ``change`` in every pane and scroll so that it is in view (and level)."""
        self._current = change
        if change is None:
            for side in (Side.ORIGINAL, Side.REVISED, INLINE):
                self.view(side).set_current(None)
            return
        spans = {side: self.change_span(change.id, side) for side in (Side.ORIGINAL, Side.REVISED, INLINE)}
        for side, span in spans.items():
            self.view(side).set_current(span)
        if self.mode == INLINE:
            inline = spans[INLINE]
            if inline is not None:
                self.inline_view.scroll_to_position(inline[0])
            return
        present: dict[str, tuple[int, int]] = {
            side: span for side in (Side.REVISED, Side.ORIGINAL)
            if (span := spans[side]) is not None}
        for side in (Side.REVISED, Side.ORIGINAL):   # the spot where it would stand, levelled with it
            if side not in present and (spot := self._spots[side].get(change.id)) is not None:
                present[side] = (spot, spot)
        following, self.sync.enabled = self.sync.enabled, False
        try:
            for side, span in present.items():
                self.view(side).scroll_to_position(span[0])
            self._level(present)
        finally:
            self.sync.enabled = following
        if len(present) == 1:
            self.sync.follow(self.view(next(iter(present))))
