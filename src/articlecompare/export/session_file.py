"""Session files on disk: JSON in UTF-8, written atomically, read back with one-line errors.

Depends on ``core.session`` and ``export.atomic``. The shape is documented in
docs/session-format.md.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from articlecompare.core.session import Session, SessionError
from articlecompare.export.atomic import write_bytes_atomic
from articlecompare.export.filestamp import FileStamp

SESSION_SUFFIX = ".acsession"
MAX_SESSION_BYTES = 256 * 1024 * 1024

__all__ = ["SESSION_SUFFIX", "SessionError", "dump_session", "load_session", "read_session",
           "save_session"]


def dump_session(session: Session) -> bytes:
    """The file's bytes. A file name that UTF-8 cannot carry (a lone surrogate) is written as
    JSON escapes instead, so saving never fails on content and reading gives the same name
    back. (Texts never hold one: the loaders refuse them, and so does the reader.)"""
    data = session.to_dict()
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data, ensure_ascii=True, indent=2) + "\n").encode("ascii")


def save_session(path: str | os.PathLike[str], session: Session) -> FileStamp:
    """Replace ``path`` with ``session`` in one step; on failure the old file is untouched.
    Returns the stamp of what was written (to tell later whether someone changed it).

    Raises OSError when the file cannot be written."""
    data = dump_session(session)
    write_bytes_atomic(path, data)
    return FileStamp.of(data)


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a session file. Raises SessionError, with a one-line message naming the file,
    when it is missing, unreadable, not JSON, or not a version-1 session."""
    return read_session(path)[0]


def read_session(path: str | os.PathLike[str]) -> tuple[Session, FileStamp]:
    """``load_session``, with the stamp of the bytes it read."""
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_SESSION_BYTES + 1)
    except OSError as exc:
        raise SessionError(f"cannot open {name}: {exc.strerror or exc}") from None
    if len(raw) > MAX_SESSION_BYTES:
        raise SessionError(f"{name} is too large to be a session file")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # a 4,300-digit number too
        raise SessionError(f"{name} is not a session file (not readable JSON)") from None
    try:
        return Session.from_dict(data), FileStamp.of(raw)
    except SessionError as exc:
        raise SessionError(f"{name}: {exc}") from None
    except (TypeError, KeyError, IndexError, AttributeError, ValueError, OverflowError,
            RecursionError):
        # a field of the wrong shape that the checks did not foresee: one line, no internals
        raise SessionError(f"{name} is not a session this version can read "
                           "(a field has the wrong type or shape)") from None
