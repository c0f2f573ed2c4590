"""Large files are read on a worker thread, and what they bring (or the error) arrives later."""
from __future__ import annotations

from pathlib import Path

from articlecompare.sources import load_text
from articlecompare.ui.marks import ORIGINAL, REVISED
from articlecompare.ui.session import BACKGROUND_LOAD_BYTES, CompareSession


def _big_text(path: Path) -> Path:
    sentence = "The council met on Tuesday and approved the new budget for the schools. "
    path.write_text(sentence * (BACKGROUND_LOAD_BYTES // len(sentence) + 10), encoding="utf-8")
    return path


def test_a_large_file_loads_in_the_background(qtbot, tmp_path: Path) -> None:
    session = CompareSession()
    big = _big_text(tmp_path / "big.txt")
    with qtbot.waitSignal(session.file_loaded, timeout=20_000) as loaded:
        assert session.open_path(ORIGINAL, str(big))
        assert session.article(ORIGINAL) is None  # not yet: it is being read elsewhere
        assert session.is_loading(ORIGINAL)
    assert loaded.args == [ORIGINAL, str(big)]
    article = session.article(ORIGINAL)
    assert article is not None and article.text.startswith("The council met on Tuesday")
    assert not session.is_loading(ORIGINAL)
    session.shutdown()


def test_a_large_unreadable_file_gives_a_one_line_notice(qtbot, tmp_path: Path) -> None:
    session = CompareSession()
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (BACKGROUND_LOAD_BYTES + 10))
    with qtbot.waitSignal(session.load_failed, timeout=20_000) as failed:
        assert session.open_path(REVISED, str(png))
    side, message = failed.args
    assert side == REVISED
    assert "photo.txt" in message and "\n" not in message
    assert session.article(REVISED) is None
    session.shutdown()


def test_content_given_while_a_file_loads_is_not_overwritten(qtbot, tmp_path: Path) -> None:
    session = CompareSession()
    big = _big_text(tmp_path / "big.txt")
    session.open_path(ORIGINAL, str(big))
    pasted = load_text("Pasted while the file was still being read.")
    session.set_article(ORIGINAL, pasted)
    assert session.shutdown()
    qtbot.wait(50)  # let the worker's queued result arrive and be dropped
    assert session.article(ORIGINAL) is pasted
