"""Composition root of the desktop window: QApplication, settings, theme, MainWindow.

Nothing in the package imports this module; ``cli`` calls ``main`` lazily to open the window.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import partial
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from articlecompare import __version__
from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.compare import compare
from articlecompare.core.model import Comparison, Side
from articlecompare.export.session_file import SESSION_SUFFIX
from articlecompare.opinion import load_opinion_model, use_threads
from articlecompare.sources.warmup import warm_up
from articlecompare.ui.comparison.opinionreader import OpinionReader
from articlecompare.ui.look.theme import apply_theme, register_search_paths, themed_icon, wants_dark
from articlecompare.ui.preferences import settings as keys
from articlecompare.ui.preferences.settings import SettingsStore
from articlecompare.ui.window.mainwindow import MainWindow

APP_ID = "io.github.articlecompare.ArticleCompare"
ICON = "articlecompare"
SWITCH_INTERVAL_S = 0.001   # how long a thread may keep the interpreter while another waits


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [sys.argv[0]])
    # Comparisons, reads and plans run Python on worker threads; the GUI thread waits for the
    # interpreter each time Qt calls into Python, up to the switch interval (5 ms by default)
    # a time, which adds up to 60-100 ms stretches while a long comparison starts. 1 ms keeps
    # the window responsive and costs the workers nothing measurable (the interval only
    # matters while another thread is waiting).
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app.setApplicationName("ArticleCompare")
    app.setOrganizationName("ArticleCompare")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def create_window(app: QApplication, settings: SettingsStore, theme: str | None = None) -> MainWindow:
    """The window with its theme applied; ``theme`` (light/dark/auto) overrides the setting."""
    register_search_paths()
    apply_theme(app, wants_dark(theme or settings.get(keys.THEME)))
    app.setWindowIcon(themed_icon(ICON, "#000000"))
    # the model reads on every core but one: the window keeps one for itself, so a
    # comparison under way never starves it (on two cores the model reads on one)
    use_threads(max(1, (os.cpu_count() or 1) - 1))
    reader = OpinionReader(load_opinion_model)
    window = MainWindow(settings, partial(compare, opinion=reader))
    window.session.warm_up(warm_up)   # the first page read must not wait for the imports
    reader.setParent(window)

    def model_ready() -> None:  # a comparison made without the model is made again with it
        if reader.take_provisional():
            window.session.compare_now()

    reader.model_ready.connect(model_ready)
    reader.model_failed.connect(window.message_bar.show_message)
    reader.start()
    if theme:
        window.preferences.set_theme(theme, persist=False)
    _follow_system_scheme(app, window, settings)
    return window


def _follow_system_scheme(app: QApplication, window: MainWindow, settings: SettingsStore) -> None:
    def on_scheme_changed(_scheme: Qt.ColorScheme) -> None:
        if settings.get(keys.THEME) == "auto":
            dark = wants_dark("auto")
            apply_theme(app, dark)
            window.apply_look(dark)

    hints = QGuiApplication.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(on_scheme_changed)


def _report_unexpected_errors(window: MainWindow) -> Callable[..., None]:
    """An error nobody caught becomes a notice in the window (and a traceback on stderr for
    the record) instead of a silently broken window."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        previous(kind, error, trace)
        summary = f"{kind.__name__}: {error}".splitlines()[0]
        window.message_bar.show_message(f"Something went wrong ({summary}). The window still works; "
                                        "if this repeats, please report it.")

    sys.excepthook = hook
    return previous


def open_window(app: QApplication, paths: list[str], sample: bool = False,
                settings_path: str | None = None, theme: str | None = None) -> MainWindow:
    """The window, shown, with the pair, a saved session, the sample or nothing open."""
    settings = SettingsStore.at_path(settings_path) if settings_path else SettingsStore.for_user()
    window = create_window(app, settings, theme)
    window.show()
    open_inputs(window, paths, sample)
    return window


def open_inputs(window: MainWindow, paths: list[str], sample: bool = False, offer_last: bool = False) -> None:
    """The pair, a saved session or the sample, opened in ``window``; given none of them and
    ``offer_last``, the message bar offers the last comparison (unless it already asks
    something, such as restoring autosaved work)."""
    if sample:
        from articlecompare.sources.sample import load_sample

        original, revised = load_sample()
        window.session.set_article(Side.ORIGINAL, original)
        window.session.set_article(Side.REVISED, revised)
    elif len(paths) >= 2:
        window.open_pair(paths[0], paths[1])
    elif len(paths) == 1 and paths[0].lower().endswith(SESSION_SUFFIX):
        window.open_session(paths[0])
    elif len(paths) == 1:
        window.session.open_path(Side.ORIGINAL, paths[0])
    elif offer_last and not window.message_bar.text():
        window.inputs.offer_reopen()


def main(paths: list[str], sample: bool = False, settings_path: str | None = None,
         theme: str | None = None) -> int:
    """Open the window (on a pair, the built-in sample, or empty) and run until it closes."""
    app = make_application()
    window = open_window(app, [], False, settings_path, theme)
    # the hook first: an error while the files are read becomes a notice in the open window
    previous_hook = _report_unexpected_errors(window)
    try:
        open_inputs(window, paths, sample, offer_last=True)
    except Exception as exc:  # noqa: BLE001 - whatever it was, the window opens and says so
        summary = f"{type(exc).__name__}: {exc}".splitlines()[0]
        window.message_bar.show_message(f"The files given could not be opened ({summary}).")
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        for reader in window.findChildren(OpinionReader):
            reader.wait(30)


def export_pdf(comparison: Comparison, path: str, annotations: AnnotationSet | None = None) -> None:
    """The command line's PDF export: headless, through the same renderer as the window."""
    from articlecompare.ui.export.pdf_export import ensure_gui_application, write_pdf

    ensure_gui_application()
    write_pdf(comparison, path, annotations)
