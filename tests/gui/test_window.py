"""The real window, driven offscreen: open, drop, paste, walk and filter changes, options."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from articlecompare.core.compare import compare
from articlecompare.core.model import ChangeKind, Side
from articlecompare.ui.panes.compareview import INLINE

from .annotating import show_inline
from .conftest import ORIGINAL_TEXT, REVISED_TEXT
from .fakes import DEFAULT_KINDS, word_comparison


def drop_on(view, mime: QMimeData) -> bool:
    """Deliver a drag-enter and a drop, as Qt does, to a pane's viewport."""
    point = view.viewport().rect().center()
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def test_open_two_files_with_the_real_engine(qtbot, make_window, pair_files):
    window = make_window(compare)
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10000):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)
    assert left.toPlainText().startswith("The council met")
    assert "Critics say" in right.toPlainText()
    assert window.compare_view.panes[Side.ORIGINAL].header.title.full_text() == "original.txt"
    assert window.change_dock.model.rowCount() > 0
    assert window.summary.shares.text().startswith("Kept ")
    assert "original.txt" in window.windowTitle()
    assert window.inputs.recent.paths()[:2] == [str(pair_files[1]), str(pair_files[0])]


def test_walk_the_change_list_with_next_and_previous(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    actions = window.commands
    assert actions.next_change.shortcut() == QKeySequence("F7")
    assert actions.previous_change.shortcut() == QKeySequence("Shift+F7")
    assert actions.next_change in window.menus["compare"].actions()
    assert actions.previous_change in window.menus["compare"].actions()
    rows = window.change_dock.model.rowCount()
    visited = []
    for _ in range(rows):
        actions.next_change.trigger()
        visited.append(window.change_dock.current_change().id)
    assert visited == [f"c{n}" for n in range(1, rows + 1)]
    assert not window.next_change()
    actions.previous_change.trigger()
    assert window.change_dock.current_change().id == f"c{rows - 1}"


def test_f7_keys_walk_the_changes(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.compare_view.view(Side.REVISED)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F7)
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert window.change_dock.current_change().id == "c2"
    qtbot.keyClick(view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.change_dock.current_change().id == "c1"


def test_the_selected_change_is_selected_again_after_comparing_again(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    assert window.change_dock.select_change("c2")
    key = window.change_dock.current_change().key
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.commands.recompare.trigger()
    assert window.change_dock.current_change().key == key


def test_selecting_a_change_frames_it_in_both_panes(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    window.change_dock.select_row(0)      # "approved" -> "rushed through"
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)
    start, end = left.current()
    assert left.toPlainText()[start:end].strip() == "approved"
    start, end = right.current()
    assert right.toPlainText()[start:end].strip() == "rushed through"


def test_filter_by_kind_from_the_summary_chips(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    chip = window.summary.chips[ChangeKind.OMISSION]
    assert chip.isVisibleTo(window) and chip.text() == "Omission 1"
    assert not window.summary.chips[ChangeKind.MOVE].isVisibleTo(window)
    chip.click()
    proxy = window.change_dock.proxy
    assert proxy.rowCount() == 1
    assert window.change_dock.kind_actions[ChangeKind.OMISSION].isChecked()
    window.change_dock.all_kinds_action.trigger()
    assert proxy.rowCount() == window.change_dock.model.rowCount() == 3
    assert not chip.isChecked()


def test_drop_a_file_onto_a_pane(qtbot, make_window, pair_files, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    replacement = tmp_path / "newer.md"
    replacement.write_text("# Budget passes\n\nThe council approved the budget.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(replacement))])
    with qtbot.waitSignal(window.runner.comparison_finished):
        assert drop_on(window.compare_view.view(Side.REVISED), mime)
    assert window.session.path(Side.REVISED) == str(replacement)
    assert "The council approved the budget." in window.compare_view.view(Side.REVISED).toPlainText()
    assert window.session.path(Side.ORIGINAL) == str(pair_files[0])


def test_dropping_two_files_opens_both_sides(qtbot, make_window, pair_files):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pair_files[1])), QUrl.fromLocalFile(str(pair_files[0]))])
    with qtbot.waitSignal(window.runner.comparison_finished):
        assert drop_on(window.compare_view.view(Side.ORIGINAL), mime)
    assert window.session.path(Side.ORIGINAL) == str(pair_files[1])
    assert window.session.path(Side.REVISED) == str(pair_files[0])


def test_drop_html_from_a_browser_onto_a_pane(qtbot, make_window):
    window = make_window()
    mime = QMimeData()
    mime.setHtml("<html><head><title>Council approves budget</title></head><body><article>"
                 "<h1>Council approves budget</h1><p>The council met on Tuesday and approved the "
                 "budget of 4.5 million dollars after a long debate among its members.</p>"
                 "<p>Mayor Jane Smith said the vote was a good day for the city.</p></article></body></html>")
    mime.setText("Council approves budget")
    assert drop_on(window.compare_view.view(Side.ORIGINAL), mime)
    article = window.session.article(Side.ORIGINAL)
    assert article.metadata.title == "Council approves budget"
    assert "approved the budget of 4.5 million" in window.compare_view.view(Side.ORIGINAL).toPlainText()
    assert window.compare_view.panes[Side.ORIGINAL].header.title.full_text() == "Council approves budget"


def test_dropping_a_bare_link_explains_instead_of_failing(qtbot, make_window):
    window = make_window()
    mime = QMimeData()
    mime.setText("https://example.com/news/story")
    assert drop_on(window.compare_view.view(Side.ORIGINAL), mime)
    assert window.session.article(Side.ORIGINAL) is None
    assert "save the page" in window.message_bar.text()


def test_drag_of_nothing_usable_is_refused(qtbot, make_window):
    window = make_window()
    mime = QMimeData()
    mime.setData("application/x-unknown", b"\x00\x01")
    assert not drop_on(window.compare_view.view(Side.ORIGINAL), mime)


def test_paste_into_each_side_and_swap(qtbot, make_window):
    window = make_window()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(ORIGINAL_TEXT)
    window.commands.paste_original.trigger()
    clipboard.setText(REVISED_TEXT)
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.commands.paste_revised.trigger()
    assert window.session.article(Side.ORIGINAL).text.startswith("The council met on Tuesday and approved")
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.commands.swap.trigger()
    assert window.compare_view.view(Side.ORIGINAL).toPlainText().startswith(
        "The council met on Tuesday and rushed")
    omissions = window.change_dock.model.rowCount()
    assert omissions == 3


def test_a_file_that_cannot_be_read_gives_a_notice_not_a_traceback(qtbot, make_window, tmp_path):
    window = make_window()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    with qtbot.waitSignal(window.session.load_failed, timeout=10_000):
        window.session.open_path(Side.ORIGINAL, str(binary))
    assert window.message_bar.text().startswith("Could not open photo.txt: ")
    assert "\n" not in window.message_bar.text()
    with qtbot.waitSignal(window.session.load_failed, timeout=10_000):
        window.session.open_path(Side.REVISED, str(tmp_path / "missing.txt"))
    assert "missing.txt" in window.message_bar.text()
    window.message_bar.close_button.click()
    assert window.message_bar.text() == ""


def test_toggling_ignore_case_recomputes(qtbot, make_window, tmp_path):
    window = make_window()
    (tmp_path / "a.txt").write_text("The Mayor said the Budget passed.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The mayor said the budget passed.\n", encoding="utf-8")
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert window.change_dock.model.rowCount() == 2
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.commands.ignore_case.trigger()
    assert window.session.options.ignore_case
    assert window.change_dock.model.rowCount() == 0
    assert window.status_text.text() == "0 changes"


def test_hiding_boilerplate_recomputes_without_it(qtbot, make_window, pair_files):
    def classify(tag, old, new):
        return ChangeKind.BOILERPLATE if "Share this" in new else DEFAULT_KINDS[tag]

    window = make_window(partial(word_comparison, classify=classify))
    pair_files[1].write_text(REVISED_TEXT + "Share this story\n", encoding="utf-8")
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    kinds = [window.change_dock.model.change_at(r).kind for r in range(window.change_dock.model.rowCount())]
    assert ChangeKind.BOILERPLATE in kinds
    assert window.commands.show_boilerplate.isChecked()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.commands.show_boilerplate.trigger()
    assert window.session.options.hide_boilerplate
    kinds = [window.change_dock.model.change_at(r).kind for r in range(window.change_dock.model.rowCount())]
    assert ChangeKind.BOILERPLATE not in kinds and kinds


def test_reload_when_the_file_changes_on_disk(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    with qtbot.waitSignal(window.session.file_reloaded, timeout=5000) as blocker:
        pair_files[1].write_text(REVISED_TEXT + "A late correction was added.\n", encoding="utf-8")
    assert blocker.args == [Side.REVISED, str(pair_files[1])]
    assert "A late correction" in window.compare_view.view(Side.REVISED).toPlainText()
    assert "read again" in window.message_bar.text()


def test_inline_view_strikes_deleted_words(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    show_inline(qtbot, window)
    assert window.compare_view.mode == INLINE
    view = window.compare_view.view(INLINE)
    text = view.toPlainText()
    struck = []
    block = view.document().begin()
    while block.isValid():
        for item in block.layout().formats():
            if item.format.fontStrikeOut():
                struck.append(text[block.position() + item.start:block.position() + item.start + item.length])
        block = block.next()
    assert struck == ["approved ", "Residents can comment until March 3."]
    window.change_dock.select_row(0)
    start, end = view.current()
    assert "approved" in text[start:end] and "rushed through" in text[start:end]


def test_synchronized_scrolling_keeps_aligned_paragraphs_level(qtbot, make_window, tmp_path):
    window = make_window(compare)      # the engine's sentence alignment gives the anchors
    paragraphs = [f"Paragraph {n} says something about the council and its budget." for n in range(200)]
    (tmp_path / "a.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    extra = paragraphs[:50] + ["An inserted paragraph of commentary."] * 40 + paragraphs[50:]
    (tmp_path / "b.txt").write_text("\n\n".join(extra), encoding="utf-8")
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_pair(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)

    def middle_block(view) -> str:
        """The paragraph at the middle of a pane (the next one, if the middle is a blank line)."""
        block = view.cursorForPosition(view.viewport().rect().center()).block()
        return block.text() or block.next().text()

    for paragraph in (30, 120, 180):        # before and after the inserted run of commentary
        right.scroll_to_position(right.toPlainText().index(f"Paragraph {paragraph} "), 0.5)
        assert middle_block(right).startswith(f"Paragraph {paragraph} ")
        assert middle_block(left) == middle_block(right)
    right.scroll_to_position(right.toPlainText().index("An inserted paragraph") + 500, 0.5)
    assert middle_block(left) == "Paragraph 49 says something about the council and its budget." or \
        middle_block(left) == "Paragraph 50 says something about the council and its budget."
    window.commands.sync_scroll.trigger()          # off
    before = right.verticalScrollBar().value()
    left.verticalScrollBar().setValue(0)
    assert right.verticalScrollBar().value() == before
    window.change_dock.select_row(0)               # showing a change leaves it off
    before = right.verticalScrollBar().value()
    left.verticalScrollBar().setValue(left.verticalScrollBar().maximum())
    assert right.verticalScrollBar().value() == before


def test_the_missing_facts_alert_lists_a_changed_fact_with_its_new_wording(qtbot, make_window,
                                                                          tmp_path):
    original, revised = tmp_path / "a.txt", tmp_path / "b.txt"
    original.write_text("The council approved a £3.2bn harbour plan on Tuesday, its leader said.\n",
                        encoding="utf-8")
    revised.write_text("The council approved a £3.2m harbour plan on Tuesday, its leader said.\n",
                       encoding="utf-8")
    window = make_window(compare)
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10000):
        window.open_pair(str(original), str(revised))
    assert window.summary.missing.text() == "⚠ 1 missing fact"
    assert "£3.2bn → £3.2m" in window.summary.missing.toolTip()
