"""The panes keep the reading size Preferences holds when the theme changes (a new style
sheet used to reset them to the application's font, 9 pt, while Preferences still said 11)."""
from __future__ import annotations

from articlecompare.core.model import Side
from articlecompare.ui.panes.compareview import DEFAULT_TEXT_SIZE, INLINE
from articlecompare.ui.preferences import settings as keys


def pane_sizes(window) -> set[int]:
    return {window.compare_view.view(side).font().pointSize() for side in (Side.ORIGINAL, Side.REVISED, INLINE)}


def test_switching_theme_keeps_the_text_size(qtbot, make_window):
    window = make_window()
    window.preferences.set_text_size(13)
    assert pane_sizes(window) == {13}
    window.commands.themes["dark"].trigger()
    qtbot.wait(10)
    assert pane_sizes(window) == {13}
    window.commands.themes["light"].trigger()
    qtbot.wait(10)
    assert pane_sizes(window) == {13}
    window.commands.zoom_in.trigger()
    assert pane_sizes(window) == {14}
    window.commands.zoom_reset.trigger()
    assert pane_sizes(window) == {DEFAULT_TEXT_SIZE}


def test_starting_with_a_forced_theme_keeps_the_saved_size(qtbot, make_window, settings):
    settings.set(keys.FONT_SIZE, 12)
    window = make_window()
    window.preferences.set_theme("dark", persist=False)   # what --dark does once the window is up
    qtbot.wait(10)
    assert window.preferences.text_size == 12
    assert pane_sizes(window) == {12}
