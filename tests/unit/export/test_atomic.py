"""Atomic writes: leftovers of killed writes are removed by the next write of the same file,
once they are too old to belong to a write still under way."""
from __future__ import annotations

import os
import time
from pathlib import Path

from articlecompare.export.atomic import STALE_AFTER, write_bytes_atomic
from write_targets import read_through_pipe


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
    from articlecompare.export.atomic import write_bytes_atomic

    write_bytes_atomic("/dev/null", b"report")
    assert Path("/dev/null").is_char_device()
    got = read_through_pipe(tmp_path, lambda pipe: write_bytes_atomic(pipe, b"through the pipe"))
    assert got == (b"through the pipe",)


def test_printable_escapes_control_characters_only() -> None:
    from articlecompare.export.atomic import printable

    assert printable("x\ny\r\t\x00\x1b[31m.pdf") == "x\\ny\\r\\t\\x00\\x1b[31m.pdf"
    assert printable("evil\u202egpj.pdf\u2028two") == "evil\\u202egpj.pdf\\u2028two"
    assert printable(Path("Café report – «final».pdf")) == "Café report – «final».pdf"
    assert printable("bad\udcffbyte.pdf") == "bad\\udcffbyte.pdf"


def test_write_failure_is_the_reason_alone_on_one_line(tmp_path: Path) -> None:
    import pytest

    from articlecompare.export.atomic import write_failure

    with pytest.raises(OSError) as caught:
        write_bytes_atomic(tmp_path / "missing" / "x\ny.pdf", b"report")
    assert write_failure(caught.value) == "No such file or directory"
    assert write_failure(ValueError("embedded null byte")) == "embedded null byte"
    assert write_failure(OSError("two\nlines")) == "two\\nlines"
