"""The window and the opinion model: commentary sensitivity from the Compare menu (kept in
the settings), and a comparison made while the model was still loading made again."""
from __future__ import annotations

import threading
from functools import partial

from articlecompare.core.compare import compare
from articlecompare.core.model import ChangeKind
from articlecompare.ui.comparison.opinionreader import OpinionReader
from articlecompare.ui.preferences import settings as keys

BASE = ("The council met on Tuesday to vote on the budget.\n\n"
        "The plan sets aside $4 million for road repairs.\n")
ADDED = "Residents will be relieved the roads are finally getting attention."
REVISED = BASE + "\n" + ADDED + "\n"


def _reading(probability: float):
    def opinion(sentences):
        return [probability if s.strip() == ADDED else 0.01 for s in sentences]
    return opinion


def _commentary(window) -> int:
    comparison = window.change_dock.model.comparison()
    return sum(1 for c in comparison.changes if c.kind == ChangeKind.COMMENTARY)


def _open(qtbot, window, tmp_path):
    (tmp_path / "a.txt").write_text(BASE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REVISED, encoding="utf-8")
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10000):
        window.open_pair(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))


def test_sensitivity_from_the_menu_recompares_and_is_remembered(qtbot, make_window, tmp_path,
                                                               settings):
    window = make_window(partial(compare, opinion=_reading(0.6)))
    _open(qtbot, window, tmp_path)
    assert window.session.options.sensitivity == "normal"
    assert _commentary(window) == 0
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10000):
        window.commands.sensitivities["high"].trigger()
    assert window.session.options.sensitivity == "high"
    assert _commentary(window) == 1
    window.save_settings()
    assert settings.get(keys.SENSITIVITY) == "high"


def test_a_comparison_made_before_the_model_is_in_is_made_again(qtbot, make_window, tmp_path):
    release = threading.Event()

    def slow_loader():
        release.wait(10)
        return _reading(0.95)

    reader = OpinionReader(slow_loader)
    window = make_window(partial(compare, opinion=reader))
    reader.model_ready.connect(lambda: reader.take_provisional() and window.session.compare_now())
    reader.start()
    _open(qtbot, window, tmp_path)
    assert not reader.ready
    assert _commentary(window) == 0  # the cues alone do not call the added sentence opinion
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10000):
        release.set()
    assert reader.ready
    assert _commentary(window) == 1
    assert not reader.take_provisional()
