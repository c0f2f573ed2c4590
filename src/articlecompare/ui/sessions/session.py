"""The two versions being compared, where they came from, and when to compare them again.

Loads files, dropped or pasted content into a side, watches loaded files for changes, and
asks for a comparison (debounced) whenever the inputs or options change. Knows no widgets.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from articlecompare.core.model import Article, Side
from articlecompare.core.options import CompareOptions
from articlecompare import sources
from articlecompare.ui.jobs.workers import FileLoader
from articlecompare.ui.panes.drops import Payload
from articlecompare.ui.panes.plan import word_count

SIDES = (Side.ORIGINAL, Side.REVISED)
# why a file is read: it decides what is said when it is in, or why it is not
OPEN, RELOAD, CHANGED_ON_DISK = "open", "reload", "changed on disk"
FAILURE = {OPEN: "Could not open", RELOAD: "Could not reload", CHANGED_ON_DISK: "Could not reload"}
DEBOUNCE_MS = 250
SOON_CHARACTERS = 400_000  # both texts up to this size are compared without the pause
LAYOUT_PAUSE_MS = 120      # longer texts: time for their panes' first layout and paint
RELOAD_DELAY_MS = 300


@dataclass(frozen=True)
class SideState:
    article: Article | None = None
    path: str | None = None


def _single_shot(parent: QObject, interval_ms: int) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    return timer


def read_article(path: str) -> Article:
    """A file read on a worker thread, its words counted there for the pane that will show it."""
    article = sources.load_path(path)
    word_count(article.text)
    return article


def other(side: str) -> str:
    return Side.REVISED if side == Side.ORIGINAL else Side.ORIGINAL


class CompareSession(QObject):
    """Inputs of a comparison. Signals say what happened; nothing here raises at the window."""

    side_changed = Signal(str)              # a side got a new article (or lost it)
    load_failed = Signal(str, str)          # side, one-line message
    file_loaded = Signal(str, str)          # side, path (for the recent-files list)
    load_started = Signal(str, str)         # side, path being read in the background
    file_reloaded = Signal(str, str)        # side, path that changed on disk
    comparison_requested = Signal(object, object, object)  # original, revised, options
    options_changed = Signal(object)        # CompareOptions, the ones now in force

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sides = {side: SideState() for side in SIDES}
        self._options = CompareOptions()
        self._debounce = _single_shot(self, DEBOUNCE_MS)
        self._reload_timer = _single_shot(self, RELOAD_DELAY_MS)
        self._pending_reloads: set[str] = set()
        self._reading: dict[str, str] = {}    # side -> why its file is being read in the background
        self._watcher = QFileSystemWatcher(self)
        self._loader = FileLoader(read_article, self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._debounce.timeout.connect(self.compare_now)
        self._reload_timer.timeout.connect(self._on_reload_timer_timeout)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._loader.loaded.connect(self._on_loader_loaded)
        self._loader.failed.connect(self._on_loader_failed)

    # state ------------------------------------------------------------------------------------
    def article(self, side: str) -> Article | None:
        return self._sides[side].article

    def path(self, side: str) -> str | None:
        return self._sides[side].path

    def is_ready(self) -> bool:
        return all(self._sides[side].article is not None for side in SIDES)

    @property
    def options(self) -> CompareOptions:
        return self._options

    def set_options(self, options: CompareOptions) -> None:
        if options != self._options:
            self._options = options
            self.options_changed.emit(options)
            self.schedule()

    def update_options(self, **changes: bool | str) -> None:
        self.set_options(replace(self._options, **changes))

    # loading ----------------------------------------------------------------------------------
    def open_path(self, side: str, path: str) -> None:
        """Load ``path`` into ``side``, on a worker thread whatever its size (a page of 100 KB
        takes a third of a second to extract, the first of a session more): ``file_loaded``
        or ``load_failed`` follows."""
        self._read_file(side, path, OPEN)

    def warm_up(self, work: Callable[[], object]) -> None:
        """Run ``work`` (the extractors' first-time set-up) on the thread that reads files,
        ahead of them: a page opened meanwhile waits for it, instead of doing it again."""
        self._loader.run_ahead(work)

    def _read_file(self, side: str, path: str, why: str) -> None:
        """Read ``path`` into ``side`` on the loader's worker; the article or the notice later."""
        path = os.path.abspath(path)   # (the article's source: Reload finds it from anywhere)
        self._loader.start(side, path)
        self._reading[side] = why
        self.load_started.emit(side, path)

    def _file_read(self, side: str, path: str, article: Article, why: str) -> None:
        self.set_article(side, article, path)
        if why == OPEN:
            self.file_loaded.emit(side, path)
        elif why == CHANGED_ON_DISK:
            self.file_reloaded.emit(side, path)

    def open_payload(self, side: str, payload: Payload) -> bool:
        """Dropped or pasted content: files go to this side (a second file to the other) and
        are read in the background; text and HTML are used at once (False if they cannot be)."""
        if payload.paths:
            self.open_path(side, payload.paths[0])
            if len(payload.paths) > 1:
                self.open_path(other(side), payload.paths[1])
            return True
        if payload.is_bare_link:
            self.load_failed.emit(side, "That is a link, not a page: save the page from the browser "
                                        "(or select its text) and drop that instead.")
            return False
        try:
            article = self._article_from(payload)
        except sources.LoadError as exc:
            self.load_failed.emit(side, f"Could not use the dropped content: {exc}")
            return False
        self.set_article(side, article, None)
        return True

    def _article_from(self, payload: Payload) -> Article:
        source = payload.url or "dropped content"
        if payload.html:
            try:
                return sources.load_bytes(payload.html.encode("utf-8"), "dropped.html", source=source)
            except sources.LoadError:
                if not payload.text:
                    raise
        return sources.load_text(payload.text or "", source=payload.url or "pasted text", kind="pasted")

    def is_loading(self, side: str) -> bool:
        return self._loader.is_loading(side)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Wait for files being read in the background."""
        return self._loader.shutdown(timeout_ms)

    def _on_loader_loaded(self, side: str, path: str, article: Article) -> None:
        self._file_read(side, os.path.abspath(path), article, self._reading.pop(side, OPEN))

    def _on_loader_failed(self, side: str, path: str, message: str) -> None:
        failure = FAILURE[self._reading.pop(side, OPEN)]
        self.load_failed.emit(side, f"{failure} {os.path.basename(path)}: {message}")

    def set_article(self, side: str, article: Article | None, path: str | None = None) -> None:
        self._loader.forget(side)
        self._reading.pop(side, None)
        old = self._sides[side].path
        if old and old not in (self._sides[other(side)].path, path):
            self._watcher.removePath(old)
        self._sides[side] = SideState(article, path)
        if path and path not in self._watcher.files():
            self._watcher.addPath(path)
        self.side_changed.emit(side)
        self.schedule(soon=True)

    def swap(self) -> None:
        self._sides[Side.ORIGINAL], self._sides[Side.REVISED] = self._sides[Side.REVISED], self._sides[Side.ORIGINAL]
        for side in SIDES:
            self.side_changed.emit(side)
        self.schedule(soon=True)

    def source_file(self, side: str) -> str | None:
        """The file the side's text came from: the one it was read from in this window, else
        the article's own source where that names a file (a session's or a restored
        autosave's text; whether the file is still there is Reload's to find out), unless
        the other side's text came from it too (a document's tracked changes, an archive's
        two captures: read alone, such a file gives one version)."""
        state = self._sides[side]
        if state.path is not None:
            return state.path
        article, twin = state.article, self._sides[other(side)].article
        if article is None or article.kind in ("pasted", "sample") or not os.path.isabs(article.source):
            return None
        return None if twin is not None and twin.source == article.source else article.source

    def reload(self, side: str, why: str = RELOAD) -> bool:
        """Read the side's file again, on the worker as when opened; False if it came from
        no file (pasted or dropped text)."""
        path = self.source_file(side)
        if path is None:
            return False
        self._read_file(side, path, why)
        return True

    # comparing --------------------------------------------------------------------------------
    def schedule(self, soon: bool = False) -> None:
        """Compare again shortly; a burst of changes leads to one comparison. ``soon``: as
        soon as control returns to the event loop (a new text), rather than after the pause
        that lets a burst of option clicks settle; a long text still gets the pause, in which
        its panes are laid out and painted before the comparison competes with them."""
        if self.is_ready():
            size = sum(len(article.text) for article in (self.article(side) for side in SIDES)
                       if article is not None)
            if not soon:
                self._debounce.start(DEBOUNCE_MS)
            else:
                self._debounce.start(0 if size <= SOON_CHARACTERS else LAYOUT_PAUSE_MS)

    def compare_now(self) -> None:
        self._debounce.stop()
        original, revised = self._sides[Side.ORIGINAL].article, self._sides[Side.REVISED].article
        if original is not None and revised is not None:
            self.comparison_requested.emit(original, revised, self._options)

    # watching ---------------------------------------------------------------------------------
    def _on_watcher_file_changed(self, path: str) -> None:
        self._pending_reloads.add(path)
        self._reload_timer.start()

    def _on_reload_timer_timeout(self) -> None:
        paths, self._pending_reloads = self._pending_reloads, set()
        for side in SIDES:
            path = self._sides[side].path
            if path not in paths:
                continue
            if not os.path.exists(path):
                self.load_failed.emit(side, f"{os.path.basename(path)} was removed or renamed on disk; "
                                            "the window still shows the last version read.")
                continue
            self.reload(side, CHANGED_ON_DISK)
