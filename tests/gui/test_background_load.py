"""Files are read on a worker thread, small and large, when opened and when read again, and
what they bring (or the error) arrives later; the extractors are warmed on it at start-up."""
from __future__ import annotations

import threading
import time
from pathlib import Path

from articlecompare.core.model import Side
from articlecompare import sources
from articlecompare.core.jobs import Cancelled
from articlecompare.sources import load_text, load_versions
from articlecompare.ui.jobs.workers import HOLD_MS, NEXT_MS, FileLoader
from articlecompare.ui.sessions.session import CompareSession

BIG = 600 * 1024   # bytes: a large saved page


def _big_text(path: Path) -> Path:
    sentence = "The council met on Tuesday and approved the new budget for the schools. "
    path.write_text(sentence * (BIG // len(sentence) + 10), encoding="utf-8")
    return path


def test_a_large_file_loads_in_the_background(qtbot, tmp_path: Path) -> None:
    session = CompareSession()
    big = _big_text(tmp_path / "big.txt")
    with qtbot.waitSignal(session.file_loaded, timeout=20_000) as loaded:
        session.open_path(Side.ORIGINAL, str(big))
        assert session.article(Side.ORIGINAL) is None  # not yet: it is being read elsewhere
        assert session.is_loading(Side.ORIGINAL)
    assert loaded.args == [Side.ORIGINAL, str(big)]
    article = session.article(Side.ORIGINAL)
    assert article is not None and article.text.startswith("The council met on Tuesday")
    assert not session.is_loading(Side.ORIGINAL)
    session.shutdown()


def test_a_large_unreadable_file_gives_a_one_line_notice(qtbot, tmp_path: Path) -> None:
    session = CompareSession()
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (BIG + 10))
    with qtbot.waitSignal(session.load_failed, timeout=20_000) as failed:
        session.open_path(Side.REVISED, str(png))
    side, message = failed.args
    assert side == Side.REVISED
    assert "photo.txt" in message and "\n" not in message
    assert session.article(Side.REVISED) is None
    session.shutdown()


def test_content_given_while_a_file_loads_is_not_overwritten(qtbot, tmp_path: Path) -> None:
    session = CompareSession()
    big = _big_text(tmp_path / "big.txt")
    session.open_path(Side.ORIGINAL, str(big))
    pasted = load_text("Pasted while the file was still being read.")
    session.set_article(Side.ORIGINAL, pasted)
    assert session.shutdown()
    qtbot.wait(50)  # let the worker's queued result arrive and be dropped
    assert session.article(Side.ORIGINAL) is pasted


def _read_on(threads: list[int]):
    """sources.load_versions (what the window reads a file with) that notes the thread it runs on."""
    def load(path: str, choice=None):
        threads.append(threading.get_ident())
        return load_versions(path, choice)
    return load


def _opened_big_file(qtbot, session: CompareSession, side: str, tmp_path: Path) -> Path:
    big = _big_text(tmp_path / "big.txt")
    with qtbot.waitSignal(session.file_loaded, timeout=20_000):
        session.open_path(side, str(big))
    return big


def test_reloading_a_large_file_reads_it_in_the_background(qtbot, tmp_path: Path, monkeypatch) -> None:
    threads: list[int] = []
    monkeypatch.setattr(sources, "load_versions", _read_on(threads))
    session = CompareSession()
    big = _opened_big_file(qtbot, session, Side.ORIGINAL, tmp_path)
    before = session.article(Side.ORIGINAL)
    big.write_text("Revised on disk. " * (BIG // 10), encoding="utf-8")
    with qtbot.waitSignal(session.side_changed, timeout=20_000):
        assert session.reload(Side.ORIGINAL)
        assert session.article(Side.ORIGINAL) is before   # not yet: it is being read elsewhere
        assert session.is_loading(Side.ORIGINAL)
    assert session.article(Side.ORIGINAL).text.startswith("Revised on disk.")
    assert threads and threading.get_ident() not in threads
    session.shutdown()


def test_a_large_file_changed_on_disk_is_read_again_in_the_background(qtbot, tmp_path: Path,
                                                                      monkeypatch) -> None:
    threads: list[int] = []
    monkeypatch.setattr(sources, "load_versions", _read_on(threads))
    session = CompareSession()
    big = _opened_big_file(qtbot, session, Side.REVISED, tmp_path)
    with qtbot.waitSignal(session.file_reloaded, timeout=20_000) as reloaded:
        big.write_text("Changed on disk. " * (BIG // 10), encoding="utf-8")
    assert reloaded.args == [Side.REVISED, str(big)]
    assert session.article(Side.REVISED).text.startswith("Changed on disk.")
    assert len(threads) >= 2 and threading.get_ident() not in threads
    session.shutdown()


def test_a_large_file_that_cannot_be_read_again_says_so(qtbot, tmp_path: Path) -> None:
    session = CompareSession()
    big = _opened_big_file(qtbot, session, Side.ORIGINAL, tmp_path)
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (BIG + 10))
    with qtbot.waitSignal(session.load_failed, timeout=20_000) as failed:
        assert session.reload(Side.ORIGINAL)
    assert failed.args[1].startswith("Could not reload big.txt")
    assert session.article(Side.ORIGINAL).text.startswith("The council met on Tuesday")
    session.shutdown()


class _GatedLoad:
    """Reads instantly, except ``slow``, which waits at a gate; notes when each was read."""

    def __init__(self, slow: str = "") -> None:
        self.slow = slow
        self.gate = threading.Event()
        self.read: dict[str, float] = {}

    def __call__(self, path: str):
        if path == self.slow:
            assert self.gate.wait(10)
        self.read[path] = time.perf_counter()
        return load_text(f"Text of {path}.", source=path)


def _reading_two(slow: str = "") -> tuple[_GatedLoad, FileLoader, list[tuple[str, float]]]:
    """A loader asked for a.txt (original) then b.txt (revised); what it hands over, and when."""
    load = _GatedLoad(slow)
    loader = FileLoader(load)
    handed: list[tuple[str, float]] = []
    loader.loaded.connect(lambda _side, path, _article: handed.append((path, time.perf_counter())))
    loader.start(Side.ORIGINAL, "a.txt")
    loader.start(Side.REVISED, "b.txt")
    return load, loader, handed


def _paths(handed: list[tuple[str, float]]) -> list[str]:
    return [path for path, _ in handed]


def test_files_read_together_are_handed_over_one_at_a_time(qtbot) -> None:
    _load, loader, handed = _reading_two()
    qtbot.waitUntil(lambda: len(handed) == 2, timeout=5000)
    assert _paths(handed) == ["a.txt", "b.txt"]
    assert handed[1][1] - handed[0][1] >= NEXT_MS / 1000 * 0.9   # the loop ran in between
    assert loader.shutdown()


def test_a_file_read_first_waits_for_the_one_still_being_read(qtbot) -> None:
    load, loader, handed = _reading_two(slow="b.txt")
    qtbot.waitUntil(lambda: "a.txt" in load.read, timeout=5000)
    qtbot.wait(HOLD_MS // 5)
    assert handed == [] and loader.is_loading(Side.ORIGINAL)   # held while b.txt is read
    load.gate.set()
    qtbot.waitUntil(lambda: len(handed) == 2, timeout=5000)
    assert _paths(handed) == ["a.txt", "b.txt"]
    assert loader.shutdown()


def test_a_file_is_not_held_for_long_by_a_slow_one(qtbot) -> None:
    load, loader, handed = _reading_two(slow="b.txt")
    qtbot.waitUntil(lambda: _paths(handed) == ["a.txt"], timeout=HOLD_MS + 5000)
    assert "b.txt" not in load.read
    load.gate.set()
    qtbot.waitUntil(lambda: _paths(handed) == ["a.txt", "b.txt"], timeout=5000)
    assert loader.shutdown()


def _no_comparison(*_args, **_kwargs):
    raise Cancelled()   # (the window's comparison of the big files is beside the point here)


def test_the_reading_notice_lasts_as_long_as_the_reading(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(_no_comparison)
    bar = window.statusBar()
    first, second = _big_text(tmp_path / "a.txt"), _big_text(tmp_path / "b.txt")
    with qtbot.waitSignal(window.session.side_changed, timeout=20_000):
        window.open_pair(str(first), str(second))
        assert bar.currentMessage() == "Reading a.txt and b.txt…"
    assert bar.currentMessage() == "Reading b.txt…"
    with qtbot.waitSignal(window.session.side_changed, timeout=20_000):
        pass
    assert bar.currentMessage() == "" and window.reading_notice.text() == ""
    assert not window.session.is_loading(Side.ORIGINAL) and not window.session.is_loading(Side.REVISED)


def test_the_reading_notice_goes_when_the_read_fails_and_leaves_other_messages(qtbot, make_window,
                                                                              tmp_path: Path) -> None:
    window = make_window(_no_comparison)
    bar = window.statusBar()
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (BIG + 10))
    with qtbot.waitSignal(window.session.load_failed, timeout=20_000):
        window.session.open_path(Side.REVISED, str(png))
        assert bar.currentMessage() == "Reading photo.txt…"
    assert bar.currentMessage() == ""
    big = _big_text(tmp_path / "big.txt")
    with qtbot.waitSignal(window.session.side_changed, timeout=20_000):
        window.session.open_path(Side.ORIGINAL, str(big))
        bar.showMessage("No further change")      # something else said meanwhile stays
    assert bar.currentMessage() == "No further change"


def test_a_small_file_is_read_on_the_worker_too(qtbot, tmp_path: Path, monkeypatch) -> None:
    threads: list[int] = []
    monkeypatch.setattr(sources, "load_versions", _read_on(threads))
    session = CompareSession()
    small = tmp_path / "small.html"
    small.write_text("<html><body><p>The council met on Tuesday.</p></body></html>", encoding="utf-8")
    with qtbot.waitSignal(session.file_loaded, timeout=20_000) as loaded:
        session.open_path(Side.ORIGINAL, str(small))
        assert session.article(Side.ORIGINAL) is None and session.is_loading(Side.ORIGINAL)
    assert loaded.args == [Side.ORIGINAL, str(small)]
    assert threads and threading.get_ident() not in threads
    assert session.article(Side.ORIGINAL).text.endswith("The council met on Tuesday.")
    session.shutdown()


def test_a_file_named_by_a_relative_path_is_kept_by_its_whole_path(qtbot, tmp_path: Path,
                                                                   monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The council met on Tuesday.", encoding="utf-8")
    session = CompareSession()
    with qtbot.waitSignal(session.file_loaded, timeout=20_000) as loaded:
        session.open_path(Side.ORIGINAL, "a.txt")
    assert loaded.args[1] == str(tmp_path / "a.txt")
    assert session.article(Side.ORIGINAL).source == str(tmp_path / "a.txt")
    session.shutdown()


def test_the_warm_up_runs_on_the_reading_thread_before_the_files_after_it(qtbot, tmp_path: Path,
                                                                          monkeypatch) -> None:
    order: list[tuple[str, int]] = []
    gate = threading.Event()

    def warm() -> None:
        assert gate.wait(10)
        order.append(("warm", threading.get_ident()))
        raise RuntimeError("a failed head start is not told")

    monkeypatch.setattr(sources, "load_versions", lambda path, choice=None: (
        order.append(("read", threading.get_ident())), load_versions(path, choice))[1])
    session = CompareSession()
    (tmp_path / "a.txt").write_text("The council met on Tuesday.", encoding="utf-8")
    session.warm_up(warm)
    session.open_path(Side.ORIGINAL, str(tmp_path / "a.txt"))
    qtbot.wait(50)
    assert order == [] and session.is_loading(Side.ORIGINAL)   # waits for the warm-up
    with qtbot.waitSignal(session.file_loaded, timeout=20_000):
        gate.set()
    assert [what for what, _ in order] == ["warm", "read"]
    assert threading.get_ident() not in {thread for _, thread in order}
    session.shutdown()


def test_the_window_warms_the_extractors_at_start_up(qtbot, tmp_path: Path, monkeypatch) -> None:
    from articlecompare import app
    from articlecompare.ui.preferences.settings import SettingsStore

    warmed: list[int] = []
    monkeypatch.setattr(app, "warm_up", lambda: warmed.append(threading.get_ident()))
    window = app.create_window(app.make_application(), SettingsStore.at_path(str(tmp_path / "s.ini")))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(warmed), timeout=5000)
    assert warmed[0] != threading.get_ident()
    window.session.shutdown()
    window.runner.shutdown()


def test_the_warm_up_extracts_a_page(monkeypatch) -> None:
    from articlecompare.sources import load as load_module
    from articlecompare.sources.warmup import warm_up

    seen = []
    real = load_module.load_bytes
    monkeypatch.setattr("articlecompare.sources.warmup.load_bytes",
                        lambda *args, **kwargs: seen.append(real(*args, **kwargs)))
    warm_up()
    assert seen[0].kind == "html" and seen[0].metadata.byline == "Jane Reporter"
    assert "approved the budget" in seen[0].text


def test_the_window_leaves_the_model_a_core_short_of_all(qtbot, tmp_path, monkeypatch) -> None:
    """A comparison under way must not starve the window: the model reads on every core
    but one (on one core, on that one)."""
    import os

    from articlecompare import app
    from articlecompare.ui.preferences.settings import SettingsStore

    asked: list[int] = []
    monkeypatch.setattr(app, "use_threads", lambda n: asked.append(n) or True)
    monkeypatch.setattr(app, "warm_up", lambda: None)
    window = app.create_window(app.make_application(), SettingsStore.at_path(str(tmp_path / "s.ini")))
    qtbot.addWidget(window)
    cores = os.cpu_count() or 1
    assert asked == [max(1, cores - 1)]
    window.session.shutdown()
    window.runner.shutdown()
