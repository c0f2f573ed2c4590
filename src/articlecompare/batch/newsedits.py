"""Pairs from an SQLite database in the NewsEdits layout: consecutive versions of each entry.

Depends on ``work`` and the standard library's ``sqlite3``. The table ``entryversion`` has a
row per version (``entry_id``, ``version``, ``title``, ``summary`` holding the text, and in
the published databases ``source``); each version is paired with the one before it. A
version's text is its title, then the paragraphs of ``summary`` (markup reduced to text).
"""
from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

from .inputs import InputError
from .work import Document, Pair, Unreadable

TABLE = "entryversion"
_BREAK_TAGS = re.compile(r"<\s*/?\s*(?:p|br|div|li|h[1-6])\b[^>]*>", re.IGNORECASE)
_OTHER_TAGS = re.compile(r"<[^<>]*>")


def text_of(title: str | None, summary: str | None) -> str:
    """A version as plain text: the title as its first paragraph, then the summary's
    paragraphs (``<p>``, ``<br>`` and the like start one; other tags are dropped)."""
    body = summary or ""
    if "<" in body:
        body = html.unescape(_OTHER_TAGS.sub("", _BREAK_TAGS.sub("\n\n", body)))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    if title and title.strip():
        paragraphs.insert(0, title.strip())
    return "\n\n".join(paragraphs)


class NewsEditsPairs:
    """Each entry's versions in order of ``version`` (as a number), paired one after the
    other; a pair is named ``<entry_id>:<version>-<next version>``, after ``<source>/`` where
    the table has that column."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with closing(self._connect()) as db:
            columns = {row[1] for row in db.execute(f"PRAGMA table_info({TABLE})")}
        missing = {"entry_id", "version", "title", "summary"} - columns
        if not columns:
            raise InputError(f"{path.name} has no table '{TABLE}' (the NewsEdits layout)")
        if missing:
            raise InputError(f"the table '{TABLE}' of {path.name} lacks {', '.join(sorted(missing))}")
        self._key = "source, entry_id" if "source" in columns else "entry_id"

    def _connect(self) -> sqlite3.Connection:
        try:
            return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise InputError(f"{self.path.name} cannot be opened ({exc})") from None

    def count(self) -> int:
        with closing(self._connect()) as db:
            (rows,) = db.execute(f"SELECT COUNT(*) FROM {TABLE}").fetchone()
            (entries,) = db.execute(f"SELECT COUNT(*) FROM (SELECT DISTINCT {self._key} FROM {TABLE})").fetchone()
        return int(rows) - int(entries)

    def __iter__(self) -> Iterator[Pair | Unreadable]:
        has_source = self._key.startswith("source")
        source = "source" if has_source else "''"
        query = (f"SELECT {source}, entry_id, version, title, summary FROM {TABLE} "
                 f"ORDER BY {self._key}, CAST(version AS INTEGER), version")
        with closing(self._connect()) as db:
            earlier = None
            for outlet, entry, version, title, summary in db.execute(query):
                this = ((outlet, entry), version, text_of(title, summary))
                if earlier is not None and earlier[0] == this[0]:
                    name = f"{outlet}/{entry}" if has_source else f"{entry}"
                    yield Pair(f"{name}:{earlier[1]}-{version}", Document.of_text(earlier[2]),
                               Document.of_text(this[2]))
                earlier = this
