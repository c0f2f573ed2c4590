"""Atomic file writes: a temporary file beside the target, flushed, fsynced, then renamed.

A failed or interrupted write leaves the previous file as it was. A write killed outright
leaves its temporary file behind; the next write of the same file removes such leftovers once
they are old enough not to belong to a write still under way. Qt code uses QSaveFile instead;
everything else writes through here.
"""
from __future__ import annotations

import glob
import os
import tempfile
import time
from pathlib import Path

STALE_AFTER = 600  # seconds: a temporary file older than this belongs to no running write


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, or leave it untouched on failure.

    A symbolic link is followed (the file it names is replaced, the link stays); a target
    that is no regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is written to as
    it is, since renaming over it would replace the device or the pipe with a file. A
    replaced file keeps its permissions and, where the process may set them, its owner."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_file():
        with open(target, "wb") as handle:
            handle.write(data)
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
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
