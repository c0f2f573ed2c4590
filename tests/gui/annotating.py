"""Helpers for annotation tests: what a pane shows as annotated, a window on the pair, and its
inline view once filled."""
from __future__ import annotations

from articlecompare.ui.look.colours import ANNOTATION_PROPERTY


def annotated_text(view) -> dict[str, str]:
    """Verdict (or "note") -> the text a pane draws with the annotation format."""
    found: dict[str, str] = {}
    block = view.document().begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            verdict = fmt_range.format.property(ANNOTATION_PROPERTY)
            if verdict:
                piece = block.text()[fmt_range.start:fmt_range.start + fmt_range.length]
                found[verdict] = found.get(verdict, "") + piece
        block = block.next()
    return found


def open_pair(qtbot, window, pair_files) -> None:
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))


def show_inline(qtbot, window) -> None:
    """Switch to the inline view and wait until it holds the comparison (worked out elsewhere)."""
    window.commands.inline.trigger()
    qtbot.waitUntil(window.compare_view.is_inline_ready, timeout=5000)


def change(window, change_id: str):
    return next(c for c in window.compare_view.comparison().changes if c.id == change_id)


def saved_session(qtbot, window, pair_files, path):
    """The pair compared in ``window`` and saved as the session ``path``; returns the path."""
    open_pair(qtbot, window, pair_files)
    assert window.files.save_to(str(path))
    return path
