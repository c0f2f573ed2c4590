"""The typed settings facade, and a window that reopens the way it was left."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from articlecompare.core.model import ChangeKind
from articlecompare.ui.panes.compareview import INLINE, SIDE_BY_SIDE
from articlecompare.ui.preferences import settings as keys
from articlecompare.ui.preferences.settings import Setting, SettingsStore
from articlecompare.ui.sessions.recent import MAX_RECENT, RecentFiles


def test_defaults_come_from_the_table(settings):
    assert settings.get(keys.IGNORE_CASE) is False
    assert settings.get(keys.VIEW_MODE) == SIDE_BY_SIDE
    assert settings.get(keys.RECENT_FILES) == []
    assert settings.get(keys.GEOMETRY) == QByteArray()


def test_values_survive_the_ini_file_with_their_types(settings_path):
    first = SettingsStore.at_path(str(settings_path))
    first.set(keys.IGNORE_CASE, True)
    first.set(keys.SHOW_BOILERPLATE, False)
    first.set(keys.FONT_SIZE, 14)
    first.set(keys.RECENT_FILES, ["/tmp/only one.txt"])
    first.sync()
    assert "ignore_case=true" in settings_path.read_text()
    second = SettingsStore.at_path(str(settings_path))
    assert second.get(keys.IGNORE_CASE) is True
    assert second.get(keys.SHOW_BOILERPLATE) is False
    assert second.get(keys.FONT_SIZE) == 14
    assert second.get(keys.RECENT_FILES) == ["/tmp/only one.txt"]


def test_unknown_keys_and_wrong_types_are_refused(settings):
    with pytest.raises(KeyError):
        settings.get(Setting("preferences/nonsense", bool, False))
    with pytest.raises(TypeError):
        settings.set(keys.IGNORE_CASE, "yes")


def test_recent_files_are_unique_newest_first_and_bounded(settings, tmp_path):
    recent = RecentFiles(settings)
    paths = [str(tmp_path / f"f{n}.txt") for n in range(MAX_RECENT + 3)]
    for path in paths:
        recent.add(path)
    recent.add(paths[5])
    assert recent.paths()[0] == paths[5]
    assert len(recent.paths()) == MAX_RECENT
    assert len(set(recent.paths())) == MAX_RECENT


def test_reopen_with_persisted_settings(qtbot, make_window, settings_path, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    window.resize(700, 520)   # within the offscreen screen (800 x 600)
    qtbot.wait(50)            # laid out at that size (the dock takes its share of it) before the user drags
    window.commands.inline.trigger()
    window.commands.ignore_case.trigger()
    window.commands.sync_scroll.trigger()
    window.commands.zoom_in.trigger()
    window.summary.chips[ChangeKind.OMISSION].click()
    window.compare_view.splitter.setSizes([300, 500])
    saved_sizes = window.compare_view.splitter.sizes()
    saved_size = window.size()
    assert saved_size.height() == 520
    window.close()

    reopened = make_window(store=SettingsStore.at_path(str(settings_path)), size=None)
    assert reopened.size() == saved_size
    assert reopened.compare_view.mode == INLINE
    assert reopened.commands.inline.isChecked()
    assert reopened.commands.ignore_case.isChecked()
    assert reopened.session.options.ignore_case
    assert not reopened.commands.sync_scroll.isChecked()
    assert reopened.preferences.text_size == window.preferences.text_size == 12
    assert reopened.change_dock.proxy.kinds == {ChangeKind.OMISSION.value}
    assert reopened.summary.chips[ChangeKind.OMISSION].isChecked()
    reopened.commands.side_by_side.trigger()
    left, right = reopened.compare_view.splitter.sizes()
    assert left / (left + right) == pytest.approx(saved_sizes[0] / sum(saved_sizes), abs=0.02)
    assert left / (left + right) < 0.45          # not the even split of a fresh window
    assert reopened.inputs.recent.paths()[:2] == [str(pair_files[1]), str(pair_files[0])]


def test_theme_choice_is_kept_and_applied(qtbot, make_window, settings_path):
    window = make_window()
    window.commands.themes["dark"].trigger()
    assert window.dark
    assert window.palette().base().color().lightness() < 60
    window.close()
    reopened = make_window(store=SettingsStore.at_path(str(settings_path)), size=None)
    assert reopened.commands.themes["dark"].isChecked()
    assert reopened.dark
