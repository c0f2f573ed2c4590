"""Atomic file writes: a temporary file beside the target, flushed, fsynced, then renamed.

A failed or interrupted write leaves the previous file as it was. A write killed outright
leaves its temporary file behind; the next write of the same file removes such leftovers once
they are old enough not to belong to a write still under way. Every report and session is
written through here, the PDF report too (Qt renders it to bytes first). ``printable`` and
``write_failure`` put a failed write into one line for either front end.
"""
from __future__ import annotations

import glob
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

STALE_AFTER = 600  # seconds: a temporary file older than this belongs to no running write


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, or leave it untouched on failure (see
    ``atomic_writer``)."""
    with atomic_writer(path) as handle:
        handle.write(data)


@contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write piece by piece that replaces ``path`` in one step when the
    ``with`` block ends, or is removed, leaving ``path`` untouched, if the block raises.

    A symbolic link is followed (the file it names is replaced, the link stays); a target
    that is no regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is written to as
    it is, since renaming over it would replace the device or the pipe with a file. A
    replaced file keeps its permissions and, where the process may set them, its owner."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_file():
        with open(target, "wb") as handle:
            yield handle
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            before = target.stat()
            os.chmod(tmp, before.st_mode & 0o777)
            try:
                os.chown(tmp, before.st_uid, before.st_gid)
            except (OSError, AttributeError):  # not ours to give away; the write goes on
                pass
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _remove_leftovers(target)


def _remove_leftovers(target: Path) -> None:
    """Temporary files of earlier writes of ``target`` that were killed before they ended."""
    now = time.time()
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        try:
            if now - leftover.stat().st_mtime > STALE_AFTER:
                leftover.unlink()
        except OSError:  # gone already, or not ours to remove: it stays
            pass


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8", "replace"))


def printable(text: str | os.PathLike[str]) -> str:
    """A file name (or any text) on one line as it is: each control character (a newline, an
    escape, a bidirectional override) written as a Python string literal writes it, ``\\n``,
    ``\\x1b``, ``\\u202e``; the rest as it is."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in os.fspath(text))


def write_failure(exc: OSError | ValueError) -> str:
    """Why a write failed, on one line and without the file's name (the caller names it once):
    the system's reason, such as "No such file or directory"."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return printable(reason or type(exc).__name__)
