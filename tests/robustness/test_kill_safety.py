"""Killing the process in the middle of a save or an export leaves the previous file whole,
and an autosave written before a kill is found and restored by the next process."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from articlecompare.export.autosave import autosave_path, read_autosave
from articlecompare.export.session_file import dump_session, load_session, save_session
from articlecompare.export.atomic import write_bytes_atomic

from kill_child import annotations_version, report_version, session_version

CHILD = Path(__file__).with_name("kill_child.py")
KILLS = 6

pytestmark = [pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
              pytest.mark.slow]


def _start(mode: str, target: Path, start: int) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, str(CHILD), mode, str(target), str(start)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    return child


def _kill(child: subprocess.Popen[str]) -> list[int]:
    """SIGKILL the child; the versions it reported complete."""
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    return [int(line.split()[1]) for line in out.splitlines() if line.startswith("wrote ")]


def _leftovers(target: Path) -> list[Path]:
    return [p for p in target.parent.iterdir() if p != target]


def _check_leftovers(target: Path) -> None:
    """At most one temporary file of the interrupted write, never the target's name; it is
    removed before the next round so each kill is judged alone."""
    left = _leftovers(target)
    assert len(left) <= 1, left
    for path in left:
        assert path.name.startswith(f".{target.name}.") and path.name.endswith(".tmp"), path
        path.unlink()


@pytest.mark.parametrize("mode", ["bytes", "session"])
def test_a_kill_mid_write_leaves_one_whole_version(mode: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("report.html" if mode == "bytes" else "work.acsession")
    if mode == "bytes":
        write_bytes_atomic(target, report_version(0))
    else:
        save_session(target, session_version(0))
    rng = random.Random(11)
    start, previous, seen_versions = 1, 0, {0}
    for _ in range(KILLS):
        child = _start(mode, target, start)
        time.sleep(rng.uniform(0.05, 0.6))
        written = _kill(child)
        data = target.read_bytes()
        if mode == "bytes":
            number = int(data.split(b" ", 3)[2])
            assert data == report_version(number), "torn report"
        else:
            session = load_session(target)
            number = int(session.original.text.rsplit(" ", 1)[1].rstrip("."))
            assert data == dump_session(session_version(number)), "torn session"
            assert session.annotations == annotations_version(number)
        # the last version reported complete, or the next one if the kill came between
        # its rename and its report; the previous file if nothing was reported
        last = max(written) if written else previous
        assert number in (last, (max(written) if written else start - 1) + 1), (number, last)
        previous = number
        seen_versions.add(number)
        _check_leftovers(target)
        start += 1000
    assert len(seen_versions) > 1, "no kill came after a write finished; the test proved little"


def test_autosave_is_recovered_after_a_kill(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    child = _start("autosave", folder, 1)
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    assert first == "wrote 1"
    time.sleep(0.3)  # and kill it in the middle of a later write
    written = [1, *_kill(child)]
    recovered = subprocess.run([sys.executable, str(CHILD), "recover", str(folder)],
                               capture_output=True, text=True, timeout=120, check=True)
    entries = json.loads(recovered.stdout)
    assert entries, "the autosave was not found"
    number = int(entries[0]["note"].rsplit(" ", 1)[1])
    assert number >= max(written)
    session = read_autosave(folder)
    assert session is not None and session.annotations == annotations_version(number)
    assert autosave_path(folder).is_file()
