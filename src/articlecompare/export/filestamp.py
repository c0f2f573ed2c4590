"""What a file held when it was last read or written here, to tell whether someone else (another
window, another program) has changed it since.

Pure Python. The stamp is a digest of the content, not the modification time: a time can stay
the same across two quick saves (coarse file-system clocks) and change with no new content
(``touch``, or a copy that keeps times), and a digest taken from the bytes read or written has no
gap in which another write could slip between the read and the stamp.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FileStamp:
    size: int
    digest: str

    @classmethod
    def of(cls, data: bytes) -> FileStamp:
        """The stamp of a file that holds ``data`` (the bytes just read from it or written)."""
        return cls(len(data), hashlib.sha256(data).hexdigest())


def changed_since(path: str | os.PathLike[str], stamp: FileStamp) -> bool:
    """Whether the file at ``path`` no longer holds what ``stamp`` was taken of.

    A file that is gone has nothing to lose, and one that cannot be read cannot be told: both
    are False (writing there then fails or succeeds on its own)."""
    try:
        if os.path.getsize(path) != stamp.size:
            return True
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return False
    return digest.hexdigest() != stamp.digest
