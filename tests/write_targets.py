"""Targets a report may be written to that are no regular file, shared by the unit tests of
the atomic writer and the robustness tests of every format."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path


def read_through_pipe(folder: Path, write: Callable[[Path], None]) -> tuple[bytes, ...]:
    """What ``write`` puts into a named pipe made in ``folder`` (read by a thread while it
    writes); the pipe must still be a pipe after."""
    pipe = folder / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    write(pipe)
    reader.join(30)
    assert not pipe.is_file() and pipe.is_fifo()
    return tuple(got)
