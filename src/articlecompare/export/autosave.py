"""Autosave for crash recovery: session files in a directory the caller chooses, one per
slot (a window that runs gets a slot of its own, so two never overwrite or remove each other's).

Pure Python (the caller passes e.g. the platform's app-data directory). ``write_autosave``
after each edit (debounced by the caller), ``autosave_slots`` and ``read_autosave`` on the next
start to offer recovery, ``discard_autosave`` after a clean save or close, or when the user
declines. Telling a live window's slot from a crashed one's is the caller's business.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from articlecompare.core.session import Session
from articlecompare.export.session_file import SESSION_SUFFIX, load_session, save_session

AUTOSAVE_STEM = "autosave"


def autosave_path(directory: str | os.PathLike[str], slot: str = AUTOSAVE_STEM) -> Path:
    """Where the autosave of ``slot`` lives; ``slot`` tells apart windows that run at once."""
    if not slot or any(ch in slot for ch in "/\\\0") or slot.startswith("."):
        raise ValueError(f"bad autosave slot {slot!r}")
    return Path(directory) / f"{slot}{SESSION_SUFFIX}"


def write_autosave(directory: str | os.PathLike[str], session: Session,
                   slot: str = AUTOSAVE_STEM) -> Path:
    """Save ``session`` atomically, creating ``directory`` if needed; returns the path."""
    path = autosave_path(directory, slot)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_session(path, session)
    return path


def read_autosave(directory: str | os.PathLike[str], slot: str = AUTOSAVE_STEM) -> Session | None:
    """The autosaved session, or None when there is none. Raises SessionError when the
    file is there but damaged (the caller may offer to discard it)."""
    path = autosave_path(directory, slot)
    if not path.is_file():
        return None
    return load_session(path)


def autosave_time(directory: str | os.PathLike[str],
                  slot: str = AUTOSAVE_STEM) -> datetime | None:
    """When the autosave was last written (UTC), for the recovery prompt; None if absent."""
    try:
        stamp = autosave_path(directory, slot).stat().st_mtime
    except FileNotFoundError:
        return None
    return datetime.fromtimestamp(stamp, tz=timezone.utc)


def autosave_slots(directory: str | os.PathLike[str]) -> list[str]:
    """The slots with an autosave in ``directory``, the most recently written first."""
    found = []
    for path in Path(directory).glob(f"{AUTOSAVE_STEM}*{SESSION_SUFFIX}"):
        try:
            found.append((path.stat().st_mtime, path.name[: -len(SESSION_SUFFIX)]))
        except OSError:  # gone meanwhile
            continue
    return [slot for _, slot in sorted(found, reverse=True)]


def discard_autosave(directory: str | os.PathLike[str], slot: str = AUTOSAVE_STEM) -> None:
    """Remove the autosave; doing so when there is none is fine."""
    try:
        autosave_path(directory, slot).unlink()
    except FileNotFoundError:
        pass
