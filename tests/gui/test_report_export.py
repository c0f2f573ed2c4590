"""File > Export on a worker: the window keeps running and shows progress with Cancel; a
cancelled export writes nothing and leaves an existing file whole; a failed one says why in
one line that names the file once."""
from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage

from articlecompare.ui.export import pdf_export

from .annotating import open_pair

SCREENSHOTS = os.environ.get("ARTICLECOMPARE_SCREENSHOTS", "")


class HeldReport:
    """Holds the PDF export in its first stage (building the report) until released, and
    notes the thread it runs on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.threads: list[int] = []
        real = pdf_export.render_print_html

        def held(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.threads.append(threading.get_ident())
            self.release.wait(30)
            return real(*args, **kwargs)

        monkeypatch.setattr(pdf_export, "render_print_html", held)


def _picture(window, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    picture = window.grab()
    assert not picture.isNull()
    for folder in filter(None, (str(tmp_path), SCREENSHOTS)):
        assert picture.save(os.path.join(folder, name))  # for people to look at


def test_pdf_export_runs_on_a_worker_and_shows_its_progress(qtbot, make_window, pair_files, tmp_path,
                                                            monkeypatch):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    held = HeldReport(monkeypatch)
    target = tmp_path / "r.pdf"
    assert window.files.export_to(str(target), "pdf")
    qtbot.waitUntil(lambda: bool(held.threads), timeout=5000)
    assert held.threads[0] != threading.get_ident()
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))   # the event loop runs while the export is held
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)
    progress = window.export_progress
    assert progress.isVisible() and progress.stage.text() == "Exporting r.pdf: building the report…"
    assert progress.cancel_button.isEnabled() and not window.progress.isVisible()
    with qtbot.waitSignal(window.files.exporter.export_finished, timeout=60000):
        held.release.set()
        qtbot.waitUntil(lambda: progress.bar.value() > 0, timeout=30000)
        _picture(window, tmp_path, "export-progress.png")
    assert not progress.isVisible()
    assert window.statusBar().currentMessage() == f"Report written to {target}"
    assert target.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(target),
                        str(tmp_path / "page")], check=True, timeout=60)
        page = QImage(str(next(tmp_path.glob("page*.png"))))
        dark = sum(page.pixelColor(x, y).lightness() < 128
                   for x in range(0, page.width(), 2) for y in range(0, page.height(), 2))
        assert dark > 100


@pytest.mark.parametrize("existing", [b"the report written last week", None])
def test_cancel_writes_nothing_and_keeps_an_existing_file(qtbot, make_window, pair_files, tmp_path,
                                                          monkeypatch, existing):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "r.pdf"
    if existing is not None:
        target.write_bytes(existing)
        target.chmod(0o600)
    held = HeldReport(monkeypatch)
    assert window.files.export_to(str(target), "pdf")
    qtbot.waitUntil(lambda: bool(held.threads), timeout=5000)
    progress = window.export_progress
    with qtbot.waitSignal(window.files.exporter.export_cancelled, timeout=30000):
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        assert progress.stage.text() == "Exporting r.pdf: cancelling…"
        assert not progress.cancel_button.isEnabled()
        held.release.set()
    assert not progress.isVisible()
    assert window.statusBar().currentMessage() == "Export cancelled: nothing was written to r.pdf"
    if existing is None:
        assert list(folder.iterdir()) == []
    else:
        assert [p.name for p in folder.iterdir()] == ["r.pdf"]
        assert target.read_bytes() == existing and target.stat().st_mode & 0o777 == 0o600
    with qtbot.waitSignal(window.files.exporter.export_finished, timeout=60000):
        assert window.files.export_to(str(target), "pdf")   # and the next export runs
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_failed_export_is_one_line_naming_the_file_once(qtbot, make_window, pair_files, tmp_path, fmt):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    with qtbot.waitSignal(window.files.exporter.export_failed, timeout=60000):
        assert window.files.export_to(str(tmp_path / "missing" / f"x\ny\x1b[31m.{fmt}"), fmt)
    text = window.message_bar.text()
    assert text == (f"Could not export x\\ny\\x1b[31m.{fmt}: No such file or directory. "
                    "An existing file of that name was left as it was.")
    assert not window.export_progress.isVisible()
    assert not (tmp_path / "missing").exists()


def test_one_export_at_a_time_and_closing_cancels_it(qtbot, make_window, pair_files, tmp_path, monkeypatch):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    held = HeldReport(monkeypatch)
    assert window.files.export_to(str(tmp_path / "r.pdf"), "pdf")
    assert not window.files.export_to(str(tmp_path / "r.html"), "html")
    assert window.message_bar.text() == "A report is being exported; wait for it or cancel it."
    qtbot.waitUntil(lambda: bool(held.threads), timeout=5000)
    threading.Timer(0.2, held.release.set).start()   # (closing waits for the worker)
    window.close()
    assert window.files.exporter.shutdown(0)   # it has ended, and wrote nothing
    assert list(tmp_path.glob("r.*")) == []

