"""A web archive with several pages or captures, opened in the window: a dialog asks which
(address, capture time, title), from the Open dialog's path, a drop, the recent-files menu
and Reload; Cancel leaves the window as it was; two chosen captures open as the pair."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from written_documents import article_page, wacz_bytes, warc_bytes

from articlecompare import sources
from articlecompare.core.model import Side
from articlecompare.ui.panes.drops import Payload
from articlecompare.ui.sessions.capturedialog import CaptureDialog
from articlecompare.ui.sessions.session import CompareSession

URL = "https://news.example/ferries"
OTHER = "https://news.example/weather"
MONDAY = ["The harbour board added two evening ferries on Monday.", "Tickets cost 3 euros."]
TUESDAY = ["The harbour board added three evening ferries on Tuesday.", "Tickets cost 4 euros."]
WEATHER = ["Rain is expected over the coast until Friday."]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.wacz"
    path.write_bytes(wacz_bytes([(URL, "2024-03-04T08:00:00Z", article_page(MONDAY, "Ferries added")),
                                 (OTHER, "2024-03-04T09:00:00Z", article_page(WEATHER, "Coast weather")),
                                 (URL, "2024-03-05T08:30:00Z", article_page(TUESDAY, "More ferries added"))]))
    return path


def answer_dialog(rows: list[int] | None, seen: list[CaptureDialog]) -> None:
    """When the capture dialog opens, select ``rows`` and press Open (None: press Cancel)."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CaptureDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        if rows is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            dialog.select_rows(rows)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    QTimer.singleShot(0, act)


def read_in(qtbot, session) -> None:
    """Wait until the files asked for are read on the worker (and any dialog answered)."""
    qtbot.waitUntil(lambda: not any(session.is_loading(side) for side in (Side.ORIGINAL, Side.REVISED)),
                    timeout=20_000)


def listed_rows(dialog: CaptureDialog) -> list[list[str]]:
    return [[dialog.list.topLevelItem(n).text(c) for c in range(3)] for n in range(dialog.list.topLevelItemCount())]


def test_the_dialog_lists_each_capture_by_address_time_and_title(qtbot, archive: Path) -> None:
    listed = sources.archive_captures(archive)
    dialog = CaptureDialog(str(archive), Side.REVISED, listed)
    qtbot.addWidget(dialog)
    assert listed_rows(dialog) == [[URL, "2024-03-04 08:00:00 UTC", "Ferries added"],
                                   [URL, "2024-03-05 08:30:00 UTC", "More ferries added"],
                                   [OTHER, "2024-03-04 09:00:00 UTC", "Coast weather"]]
    assert "3 captures of 2 pages" in dialog.prompt.text() and "Revised" in dialog.prompt.text()
    assert dialog.choices() == [sources.Choice(URL, "20240305083000")]   # the revised: the page's latest
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    dialog.select_rows([1, 0])
    assert open_button.isEnabled()
    assert dialog.choices() == [sources.Choice(URL, "20240304080000"), sources.Choice(URL, "20240305083000")]
    dialog.select_rows([0, 1, 2])
    assert not open_button.isEnabled()
    dialog.select_rows([])
    assert not open_button.isEnabled()


def test_the_original_is_offered_the_earliest_capture(qtbot, archive: Path) -> None:
    dialog = CaptureDialog(str(archive), Side.ORIGINAL, sources.archive_captures(archive))
    qtbot.addWidget(dialog)
    assert dialog.choices() == [sources.Choice(URL, "20240304080000")]


def test_opening_an_archive_asks_which_capture_and_opens_that_one(make_window, archive: Path, qtbot) -> None:
    window = make_window()
    seen: list[CaptureDialog] = []
    answer_dialog([2], seen)
    with qtbot.waitSignal(window.session.file_loaded, timeout=20_000):
        window.session.open_path(Side.ORIGINAL, str(archive))
    assert len(seen) == 1
    article = window.session.article(Side.ORIGINAL)
    assert article.text.endswith(WEATHER[0]) and article.metadata.url == OTHER
    assert article.metadata.date == "2024-03-04T09:00:00Z"
    assert window.inputs.recent.paths() == [str(archive)]


def test_cancel_leaves_the_window_as_it_was(make_window, archive: Path, pair_files, qtbot) -> None:
    window = make_window()
    window.open_pair(*map(str, pair_files))
    read_in(qtbot, window.session)
    before = {side: window.session.article(side) for side in (Side.ORIGINAL, Side.REVISED)}
    recent = window.inputs.recent.paths()
    failures: list[tuple[str, str]] = []
    window.session.load_failed.connect(lambda side, message: failures.append((side, message)))
    seen: list[CaptureDialog] = []
    answer_dialog(None, seen)
    with qtbot.waitSignal(window.session.load_cancelled, timeout=20_000) as cancelled:
        window.session.open_path(Side.REVISED, str(archive))
    assert cancelled.args == [Side.REVISED]
    assert seen and failures == []
    assert {side: window.session.article(side) for side in before} == before
    assert window.session.path(Side.REVISED) == str(pair_files[1])
    assert window.inputs.recent.paths() == recent
    assert not window.message_bar.isVisible()
    assert window.reading_notice.text() == "" and "Reading" not in window.statusBar().currentMessage()


def test_two_chosen_captures_open_as_the_pair_earlier_first(make_window, archive: Path, qtbot) -> None:
    window = make_window()
    seen: list[CaptureDialog] = []
    answer_dialog([1, 0], seen)
    window.session.open_path(Side.REVISED, str(archive))
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    read_in(qtbot, window.session)
    original, revised = window.session.article(Side.ORIGINAL), window.session.article(Side.REVISED)
    assert MONDAY[0] in original.text and TUESDAY[0] in revised.text
    assert (original.metadata.date, revised.metadata.date) == ("2024-03-04T08:00:00Z", "2024-03-05T08:30:00Z")


def test_a_dropped_archive_asks_too(make_window, archive: Path, qtbot) -> None:
    window = make_window()
    seen: list[CaptureDialog] = []
    answer_dialog([1], seen)
    with qtbot.waitSignal(window.session.file_loaded, timeout=20_000):
        window.inputs.open_dropped(Side.REVISED, Payload(paths=(str(archive),)))
    assert len(seen) == 1 and TUESDAY[0] in window.session.article(Side.REVISED).text


def test_an_archive_from_the_recent_files_menu_asks_too(make_window, archive: Path, qtbot) -> None:
    window = make_window()
    window.inputs.recent.add(str(archive))
    menu = QMenu(window)
    window.inputs.fill_recent(menu, Side.ORIGINAL)
    seen: list[CaptureDialog] = []
    answer_dialog([0], seen)
    with qtbot.waitSignal(window.session.file_loaded, timeout=20_000):
        menu.actions()[0].trigger()
    assert len(seen) == 1 and MONDAY[0] in window.session.article(Side.ORIGINAL).text


def test_an_archive_of_one_capture_opens_without_asking(make_window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "one.warc.gz"
    path.write_bytes(warc_bytes([(URL, "2024-03-04T08:00:00Z", article_page(MONDAY, "Ferries added"))]))
    window = make_window()
    window.session.capture_chooser = lambda *_args: pytest.fail("asked about an archive of one capture")
    with qtbot.waitSignal(window.session.file_loaded, timeout=20_000):
        window.session.open_path(Side.ORIGINAL, str(path))
    assert MONDAY[0] in window.session.article(Side.ORIGINAL).text


def test_reload_reads_the_same_capture_without_asking(qtbot, archive: Path) -> None:
    session = CompareSession()
    session.capture_chooser = lambda _side, _path, _listed: [sources.Choice(URL, "20240305")]
    with qtbot.waitSignal(session.file_loaded, timeout=20_000):
        session.open_path(Side.ORIGINAL, str(archive))
    session.capture_chooser = lambda *_args: pytest.fail("asked again on reload")
    before = session.article(Side.ORIGINAL)
    with qtbot.waitSignal(session.side_changed):
        assert session.reload(Side.ORIGINAL)
    assert session.article(Side.ORIGINAL) == before and TUESDAY[0] in before.text


def test_a_side_restored_from_a_session_reloads_its_own_capture(qtbot, archive: Path) -> None:
    """A session keeps the article (with its capture's address and time) and its file: read
    again, it is the same capture, not the archive's first, and nothing is asked."""
    restored = sources.load_path(archive, sources.Choice(URL, "20240305083000"))
    session = CompareSession()
    session.capture_chooser = lambda *_args: pytest.fail("asked on reload")
    session.set_article(Side.REVISED, restored, str(archive))
    with qtbot.waitSignal(session.side_changed, timeout=20_000):
        assert session.reload(Side.REVISED)
    assert session.article(Side.REVISED) == restored
    session.shutdown()


def test_a_damaged_archive_says_so_in_one_line_and_changes_nothing(make_window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "broken.wacz"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    window = make_window()
    failures: list[str] = []
    window.session.load_failed.connect(lambda _side, message: failures.append(message))
    with qtbot.waitSignal(window.session.load_failed, timeout=20_000):
        window.session.open_path(Side.ORIGINAL, str(path))
    assert window.session.article(Side.ORIGINAL) is None
    assert len(failures) == 1 and "broken.wacz" in failures[0] and "\n" not in failures[0]


def test_an_archive_is_listed_off_the_window_thread_then_asked_about(qtbot, tmp_path: Path,
                                                                       monkeypatch) -> None:
    filler = [f"Paragraph {n} of the harbour board's long report on the ferries." for n in range(9_000)]
    path = tmp_path / "large.warc"
    path.write_bytes(warc_bytes([(URL, "2024-03-04T08:00:00Z", article_page(MONDAY + filler, "Ferries")),
                                 (URL, "2024-03-05T08:30:00Z", article_page(TUESDAY + filler, "Ferries"))],
                                gzipped=False))
    threads: list[int] = []
    listing = sources.archive_captures

    def noted(where):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return listing(where)
    monkeypatch.setattr(sources, "archive_captures", noted)
    session = CompareSession()
    asked: list[int] = []
    session.capture_chooser = lambda _side, _path, listed: (asked.append(len(listed)) or [listed[1].choice])
    with qtbot.waitSignal(session.file_loaded, timeout=30_000):
        session.open_path(Side.ORIGINAL, str(path))
        assert asked == [] and session.article(Side.ORIGINAL) is None   # listing, not yet asked
    assert threads and threading.get_ident() not in threads and asked == [2]
    assert TUESDAY[0] in session.article(Side.ORIGINAL).text
    session.shutdown()
