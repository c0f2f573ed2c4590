"""Before Qt loads, the window's command finds out whether it can start here: no display, or
Qt's X11 plugin missing libraries, is one line naming the packages (Qt itself would abort the
process with exit 134 and a page of plugin text)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from articlecompare import preflight
from articlecompare.preflight import display_reachable, window_problem

SRC = Path(__file__).resolve().parent.parent / "src"
LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""
LDD_ALL_FOUND = "\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f)\n"


@pytest.fixture(autouse=True)
def a_plugin(monkeypatch, tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    monkeypatch.setattr(preflight, "xcb_plugin", lambda: plugin)


def test_missing_x_libraries_are_named_with_their_packages():
    problem = window_problem({"DISPLAY": ":0"}, "linux", lambda _path: LDD_MISSING)
    assert "\n" not in problem
    assert "(libxcb-icccm.so.4, libxcb-cursor.so.0, libxcb-keysyms.so.1)" in problem
    assert "sudo apt-get install libxcb-icccm4 libxcb-cursor0 libxcb-keysyms1;" in problem
    assert "QT_QPA_PLATFORM=offscreen" in problem


def test_no_display_is_said_so():
    problem = window_problem({}, "linux", lambda _path: LDD_ALL_FOUND)
    assert problem.startswith("articlecompare: no display to open the window on (DISPLAY is not set)")
    assert "QT_QPA_PLATFORM=offscreen" in problem and "\n" not in problem


def test_a_display_nobody_answers_on_is_said_so(monkeypatch):
    monkeypatch.setattr(preflight, "X_SOCKETS", "/nonexistent/X{n}")
    problem = window_problem({"DISPLAY": ":987"}, "linux", lambda _path: LDD_ALL_FOUND)
    assert problem.startswith("articlecompare: cannot reach the display :987")


@pytest.mark.parametrize("env, platform", [
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),   # no window wanted
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),                    # the Wayland plugin serves
    ({}, "darwin"),
    ({}, "win32"),
])
def test_nothing_is_said_where_the_x11_plugin_is_not_used(env, platform):
    assert window_problem(env, platform, lambda _path: LDD_MISSING) == ""


def test_without_ldd_the_known_libraries_are_looked_up(monkeypatch):
    monkeypatch.setattr(preflight.ctypes.util, "find_library",
                        lambda name: None if name in ("xcb-icccm", "xcb-keysyms") else f"lib{name}.so")
    problem = window_problem({"DISPLAY": ":0"}, "linux", lambda _path: "")
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1;" in problem


def test_a_local_display_is_reached_through_its_socket(tmp_path, monkeypatch):
    import socket

    path = tmp_path / "X5"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    monkeypatch.setattr(preflight, "X_SOCKETS", str(tmp_path / "X{n}"))
    try:
        assert display_reachable(":5") and display_reachable("unix:5.0")
        assert not display_reachable(":6")
    finally:
        server.close()


def _window_command(env_changes: dict[str, str | None]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(SRC)
    env.update({k: v for k, v in env_changes.items() if v is not None})
    return subprocess.run([sys.executable, "-m", "articlecompare", "--sample"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.skipif(sys.platform != "linux", reason="Qt's X11 plugin is Linux's")
@pytest.mark.parametrize("display", [None, ":987"])
def test_the_window_command_says_why_in_one_line_instead_of_aborting(display):
    done = _window_command({"DISPLAY": display})
    assert done.returncode == 3, done.stderr     # not 134 (Qt's abort)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("articlecompare: ")
    assert "QT_QPA_PLATFORM=offscreen" in lines[0] and "qt.qpa" not in done.stderr
