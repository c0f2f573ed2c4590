"""Atomic writes: leftovers of killed writes are removed by the next write of the same file,
once they are too old to belong to a write still under way."""
from __future__ import annotations

import os
import time
from pathlib import Path

from articlecompare.export.atomic import STALE_AFTER, write_bytes_atomic


def _leftover(folder: Path, name: str, age: float) -> Path:
    path = folder / f".{name}.{int(age)}.tmp"
    path.write_bytes(b"half a report")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_old_leftovers_of_the_same_file_go_and_the_rest_stay(tmp_path: Path) -> None:
    target = tmp_path / "report [final]*.json"  # glob characters in the name are literal
    old = _leftover(tmp_path, target.name, STALE_AFTER + 60)
    fresh = _leftover(tmp_path, target.name, 5)  # perhaps another write still running
    other = _leftover(tmp_path, "other.json", STALE_AFTER + 60)
    write_bytes_atomic(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert not old.exists()
    assert fresh.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, fresh.name, other.name])


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    from articlecompare.export.atomic import write_bytes_atomic

    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_bytes_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_device_or_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    import os
    import threading

    from articlecompare.export.atomic import write_bytes_atomic

    write_bytes_atomic("/dev/null", b"report")
    assert Path("/dev/null").is_char_device()
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    write_bytes_atomic(pipe, b"through the pipe")
    reader.join(10)
    assert got == [b"through the pipe"] and not pipe.is_file()
