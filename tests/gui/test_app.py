"""The composition root: the window opens on a pair or the sample; ``main`` runs and returns."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication

from articlecompare.core.model import Side
from articlecompare.app import SWITCH_INTERVAL_S, open_window


def test_open_window_on_a_pair(qtbot, pair_files, settings_path):
    window = open_window(QApplication.instance(), [str(pair_files[0]), str(pair_files[1])],
                         settings_path=str(settings_path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10000):
        pass
    assert window.compare_view.view(Side.ORIGINAL).toPlainText().startswith("The council met on Tuesday and approved")
    assert window.compare_view.view(Side.REVISED).toPlainText().startswith("The council met on Tuesday and rushed")
    assert window.change_dock.model.rowCount() > 0
    window.close()
    assert settings_path.exists()


def test_open_window_on_the_sample(qtbot, settings_path):
    window = open_window(QApplication.instance(), [], sample=True, settings_path=str(settings_path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10000):
        pass
    assert window.compare_view.panes[Side.REVISED].header.title.full_text() == "Council Rams Through Costly Bridge Plan"
    assert window.change_dock.model.rowCount() >= 5
    window.close()


MAIN = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from articlecompare import app
    from articlecompare.ui.window.mainwindow import MainWindow

    def close_when_compared():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].compare_view.comparison() is not None:
            print("changes", windows[0].change_dock.model.rowCount(), sys.getswitchinterval())
            windows[0].close()      # the last window: the event loop ends and main returns
        else:
            QTimer.singleShot(20, close_when_compared)

    QTimer.singleShot(0, close_when_compared)
    sys.exit(app.main(sys.argv[1:3], settings_path=sys.argv[3]))
""")


def test_main_runs_the_event_loop_and_returns(pair_files, settings_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", MAIN, str(pair_files[0]), str(pair_files[1]),
                             str(settings_path)], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr[-800:]
    label, count, interval = result.stdout.split()
    assert label == "changes" and int(count) > 0
    assert float(interval) == SWITCH_INTERVAL_S     # the window waits little for the workers
    assert "Traceback" not in result.stderr
