"""Preferences without a window: the toggles show and change the session's one CompareOptions,
and what they hold goes to the settings and comes back."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QSplitter

from articlecompare.core.options import CompareOptions
from articlecompare.ui.panes.compareview import INLINE, MAX_TEXT_SIZE, MIN_TEXT_SIZE
from articlecompare.ui.preferences import settings as keys
from articlecompare.ui.preferences.preferences import Preferences
from articlecompare.ui.sessions.session import CompareSession
from articlecompare.ui.window.actions import WindowActions


@pytest.fixture
def parts(qtbot, settings):
    owner = QObject()
    actions = WindowActions(owner)
    session = CompareSession(owner)
    preferences = Preferences(settings, actions, session, owner)
    yield preferences, actions, session
    owner.deleteLater()


def checked_sensitivities(actions: WindowActions) -> list[str]:
    return [key for key, action in actions.sensitivities.items() if action.isChecked()]


def test_restore_puts_the_saved_options_in_the_session_and_on_the_toggles(parts, settings):
    preferences, actions, session = parts
    settings.set(keys.IGNORE_CASE, True)
    settings.set(keys.SHOW_BOILERPLATE, False)
    settings.set(keys.SENSITIVITY, "high")
    settings.set(keys.FONT_SIZE, 14)
    settings.set(keys.VIEW_MODE, INLINE)
    sizes, modes = [], []
    preferences.text_size_changed.connect(sizes.append)
    preferences.view_mode_changed.connect(modes.append)
    preferences.restore()
    assert session.options == CompareOptions(ignore_case=True, hide_boilerplate=True, sensitivity="high")
    assert actions.ignore_case.isChecked() and not actions.show_boilerplate.isChecked()
    assert checked_sensitivities(actions) == ["high"]
    assert actions.inline.isChecked()
    assert (sizes, modes) == ([14], [INLINE])


def test_a_toggle_writes_to_the_session_options_and_says_so(parts, qtbot):
    preferences, actions, session = parts
    preferences.restore()
    with qtbot.waitSignal(preferences.options_edited):
        actions.ignore_punctuation.trigger()
    assert session.options.ignore_punctuation
    actions.sensitivities["low"].trigger()
    assert session.options.sensitivity == "low"


def test_options_from_elsewhere_show_on_the_toggles_without_an_edit(parts, qtbot):
    preferences, actions, session = parts
    preferences.restore()
    edits = []
    preferences.options_edited.connect(lambda: edits.append(1))
    session.set_options(replace(session.options, ignore_case=True, sensitivity="high"))   # a session file
    assert actions.ignore_case.isChecked()
    assert checked_sensitivities(actions) == ["high"]      # and "normal" no longer
    assert edits == []


def test_save_writes_what_the_options_hold(parts, settings):
    preferences, actions, session = parts
    preferences.restore()
    session.set_options(CompareOptions(ignore_case=True, hide_boilerplate=True, sensitivity="low"))
    window = QMainWindow()
    preferences.save(window, QSplitter(window), {"omission", "addition"})
    assert settings.get(keys.IGNORE_CASE) is True
    assert settings.get(keys.SHOW_BOILERPLATE) is False
    assert settings.get(keys.SENSITIVITY) == "low"
    assert settings.get(keys.KIND_FILTER) == "addition,omission"
    window.deleteLater()


def test_text_size_stays_within_its_bounds(parts):
    preferences, actions, _session = parts
    preferences.set_text_size(1000)
    assert preferences.text_size == MAX_TEXT_SIZE
    preferences.set_text_size(-3)
    assert preferences.text_size == MIN_TEXT_SIZE
    actions.zoom_in.trigger()
    assert preferences.text_size == MIN_TEXT_SIZE + 1
