"""The two versions being compared, where they came from, and when to compare them again.

Loads files, dropped or pasted content into a side, watches loaded files for changes, and
asks for a comparison (debounced) whenever the inputs or options change. Knows no widgets.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from articlecompare.core.model import Article, Side
from articlecompare.core.options import CompareOptions
from articlecompare import sources
from articlecompare.ui.jobs.workers import FileLoader
from articlecompare.ui.panes.drops import Payload
from articlecompare.ui.panes.plan import word_count
from articlecompare.ui.sessions.versions import (Listing, choice_of, may_be_archive, read_versions, same_reading,
                                                 versions_or_captures)

SIDES = (Side.ORIGINAL, Side.REVISED)
# why a file is read: it decides what is said when it is in, or why it is not
# (OPEN: into a side, a document's two versions into both; ONE_OF_PAIR: one side of two files
# given, its one version; AS_BOTH: one file given for both sides; ASK_SIDE: a document's two
# versions into both, one version where the user says once it is read)
OPEN, ONE_OF_PAIR, AS_BOTH, ASK_SIDE = "open", "one of a pair", "as both", "ask the side"
RELOAD, CHANGED_ON_DISK = "reload", "changed on disk"
OPENINGS = (OPEN, ONE_OF_PAIR, AS_BOTH, ASK_SIDE)
FAILURE = {**dict.fromkeys(OPENINGS, "Could not open"), RELOAD: "Could not reload", CHANGED_ON_DISK: "Could not reload"}
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


# asked which captures of a web archive to open (side, path, the captures there are): one
# choice, two (the earlier for the original), or None when the user cancels
CaptureChooser = Callable[[str, str, Sequence[sources.Listed]], Sequence[sources.Choice] | None]


def other(side: str) -> str:
    return Side.REVISED if side == Side.ORIGINAL else Side.ORIGINAL


class CompareSession(QObject):
    """Inputs of a comparison. Signals say what happened; nothing here raises at the window."""

    side_changed = Signal(str)              # a side got a new article (or lost it)
    load_failed = Signal(str, str)          # side, one-line message
    file_loaded = Signal(str, str)          # side, path (for the recent-files list)
    load_started = Signal(str, str)         # side, path being read in the background
    file_reloaded = Signal(str, str)        # side, path that changed on disk
    pair_opened = Signal(str)               # path of one file opened as both versions
    load_cancelled = Signal(str)            # side: the user cancelled the choice of a capture
    comparison_requested = Signal(object, object, object)  # original, revised, options
    options_changed = Signal(object)        # CompareOptions, the ones now in force

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sides: dict[str, SideState] = {side: SideState() for side in SIDES}
        self._options = CompareOptions()
        self._debounce = _single_shot(self, DEBOUNCE_MS)
        self._reload_timer = _single_shot(self, RELOAD_DELAY_MS)
        self._pending_reloads: set[str] = set()
        self._reading: dict[str, str] = {}    # side -> why its file is being read in the background
        self._watcher = QFileSystemWatcher(self)
        self._loader = FileLoader(read_versions, self)
        self.capture_chooser: CaptureChooser | None = None   # the window's dialog
        # side -> how many times it was given content
        self._requests: dict[str, int] = {side: 0 for side in SIDES}
        self._asks: deque[tuple[str, str, tuple[sources.Listed, ...], str, int]] = deque()
        self._asking = False
        self._side_asked: Callable[[], str | None] | None = None   # where a file read for no side goes
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

    def update_options(self, **changes: Any) -> None:
        """The options with ``changes`` (option names and values) made."""
        self.set_options(replace(self._options, **changes))

    # loading ----------------------------------------------------------------------------------
    def open_path(self, side: str, path: str) -> None:
        """Load ``path`` into ``side``, on a worker thread whatever its size (a page of 100 KB
        takes a third of a second to extract, the first of a session more): ``file_loaded``
        or ``load_failed`` follows. A Word document with tracked changes fills both sides; a
        web archive of several captures asks ``capture_chooser`` which, once they are listed
        (two chosen: both sides; cancelled: ``load_cancelled``, nothing changed)."""
        self._open(side, path, OPEN)

    def open_pair(self, original: str, revised: str) -> None:
        """Two files, one for each side, each read as one version (a document with tracked
        changes as Word shows it, as the command line reads it). One file given for both is
        read once: its two versions, or the captures chosen, or its one version in both."""
        if os.path.abspath(original) == os.path.abspath(revised):
            self._open(Side.ORIGINAL, original, AS_BOTH)
            return
        self._open(Side.ORIGINAL, original, ONE_OF_PAIR)
        self._open(Side.REVISED, revised, ONE_OF_PAIR)

    def open_either(self, path: str, ask_side: Callable[[], str | None]) -> None:
        """A file for no side yet (dropped away from the panes): read, it fills both sides if
        it is a document with tracked changes; else it goes to the side ``ask_side`` names
        (None: nowhere, ``load_cancelled``)."""
        self._side_asked = ask_side
        self._read_file(Side.ORIGINAL, path, ASK_SIDE)   # (the original's until it is known)

    def warm_up(self, work: Callable[[], object]) -> None:
        """Run ``work`` (the extractors' first-time set-up) on the thread that reads files,
        ahead of them: a page opened meanwhile waits for it, instead of doing it again."""
        self._loader.run_ahead(work)

    def _open(self, side: str, path: str, why: str) -> None:
        if self.capture_chooser is not None and may_be_archive(path):   # perhaps captures to choose from
            self._read_elsewhere(side, path, versions_or_captures, why)
        else:
            self._read_file(side, path, why)

    def _open_captures(self, side: str, path: str, listed: Sequence[sources.Listed], why: str) -> None:
        """Open the capture(s) of a web archive the user chooses (asked only where there
        are several); ``load_cancelled`` when they cancel."""
        choices = self.capture_chooser(side, path, listed) if self.capture_chooser and len(listed) > 1 else ()
        if choices is None:
            self.load_cancelled.emit(side)
        elif len(choices) == 2:
            self._read_file(Side.ORIGINAL, path, OPEN, choices[0])
            self._read_file(Side.REVISED, path, OPEN, choices[1])
        else:
            self._read_file(side, path, why, choices[0] if choices else None)

    def _read_file(self, side: str, path: str, why: str, choice: sources.Choice | None = None) -> None:
        """Read ``path`` into ``side`` on the loader's worker; the article or the notice
        later. ``choice``: an archive's capture."""
        self._read_elsewhere(side, path, partial(read_versions, choice=choice), why)

    def _read_elsewhere(self, side: str, path: str, work: Callable[[str], object], why: str) -> None:
        """Start ``work`` on ``path`` on the worker thread; what it brings arrives later."""
        path = os.path.abspath(path)   # (the article's source: Reload finds it from anywhere)
        self._requests[side] += 1
        self._loader.start(side, path, work)
        self._reading[side] = why
        self.load_started.emit(side, path)

    def _file_read(self, side: str, path: str, versions: tuple[Article, ...], why: str) -> None:
        if why == ASK_SIDE:
            asked, self._side_asked = self._side_asked, None
            chosen = asked() if asked is not None and len(versions) == 1 else side
            if chosen is None:
                self.load_cancelled.emit(side)
                return
            side, why = chosen, OPEN
        if why == AS_BOTH or (why == OPEN and len(versions) == 2):   # (a document and its tracked changes)
            self.set_article(Side.ORIGINAL, versions[0], path)
            self.set_article(Side.REVISED, versions[-1], path)
            if len(versions) == 2:
                self.pair_opened.emit(path)
        elif why == ONE_OF_PAIR:
            self.set_article(side, versions[-1], path)
        else:
            self.set_article(side, same_reading(versions, self._sides[side].article), path)
        if why in OPENINGS:
            self.file_loaded.emit(side, path)
        elif why == CHANGED_ON_DISK:
            self.file_reloaded.emit(side, path)

    def open_payload(self, side: str, payload: Payload) -> bool:
        """Dropped or pasted content: files go to this side (a second file to the other) and
        are read in the background; text and HTML are used at once (False if they cannot be)."""
        if len(payload.paths) > 1:
            pair = (payload.paths[0], payload.paths[1])
            self.open_pair(*(pair if side == Side.ORIGINAL else pair[::-1]))
            return True
        if payload.paths:
            self.open_path(side, payload.paths[0])
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

    def _on_loader_loaded(self, side: str, path: str, versions: tuple[Article, ...] | Listing) -> None:
        why = self._reading.pop(side, OPEN)
        if isinstance(versions, Listing):   # an archive's captures: now to choose
            self._ask_captures(side, path, versions.captures, why)
        else:
            self._file_read(side, path, versions, why)

    def _ask_captures(self, side: str, path: str, listed: Sequence[sources.Listed], why: str) -> None:
        """Ask about one archive at a time: a listing that comes in while the dialog is up
        (its event loop runs) waits for it, and is dropped if the answer gave its side
        other content (two captures chosen)."""
        self._asks.append((side, path, tuple(listed), why, self._requests[side]))
        if self._asking:
            return
        self._asking = True
        try:
            while self._asks:
                side, path, listed, why, request = self._asks.popleft()
                if request == self._requests[side]:
                    self._open_captures(side, path, listed, why)
        finally:
            self._asking = False

    def _on_loader_failed(self, side: str, path: str, message: str) -> None:
        failure = FAILURE[self._reading.pop(side, OPEN)]
        self.load_failed.emit(side, f"{failure} {os.path.basename(path)}: {message}")

    def set_article(self, side: str, article: Article | None, path: str | None = None) -> None:
        self._loader.forget(side)
        self._requests[side] += 1
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
        autosave's text; whether the file is still there is Reload's to find out). Both
        sides may name one file (a document's tracked changes, an archive's two captures):
        each is read again as the version it is (``same_reading``, ``choice_of``)."""
        state = self._sides[side]
        if state.path is not None:
            return state.path
        article = state.article
        if article is None or article.kind in ("pasted", "sample") or not os.path.isabs(article.source):
            return None
        return article.source

    def reload(self, side: str, why: str = RELOAD) -> bool:
        """Read the side's file again, on the worker as when opened (the same reading of a
        document with tracked changes, the same capture of an archive, nothing asked); False
        if it came from no file (pasted or dropped text)."""
        path = self.source_file(side)
        if path is None:
            return False
        self._read_file(side, path, why, choice_of(self._sides[side].article))
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
