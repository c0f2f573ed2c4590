"""What one file opened in the window stands for, and which of it a side shows.

A Word document with tracked changes is both versions (changes rejected, then accepted); a web
archive is the capture the user picked. Read again (Reload, a change on disk), a side keeps
the reading or capture it showed, worked out from the article itself, so a side restored from
a session needs nothing more than its article and path.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from articlecompare import sources
from articlecompare.core.model import Article
from articlecompare.sources.captures import timestamp
from articlecompare.sources.load import kind_of
from articlecompare.ui.panes.plan import word_count

ARCHIVE_KINDS = frozenset(("warc", "wacz"))
PAIR_KINDS = frozenset(("docx",))   # kinds whose file may hold tracked changes


@dataclass(frozen=True)
class Listing:
    """The captures a web archive holds, listed on a worker thread for the user to choose."""

    captures: tuple[sources.Listed, ...]


def may_be_archive(path: str) -> bool:
    """Whether the file may be a web archive: its name says so, or says nothing known."""
    kind = kind_of(os.path.basename(path))
    return kind is None or kind in ARCHIVE_KINDS


def may_hold_pair(path: str) -> bool:
    """Whether the file may be both versions by itself: a Word document (tracked changes)."""
    return kind_of(os.path.basename(path)) in PAIR_KINDS


def read_versions(path: str, choice: sources.Choice | None = None) -> tuple[Article, ...]:
    """The file's versions (one, or a document's two readings), read on a worker thread:
    their words counted there for the panes that will show them."""
    versions = sources.load_versions(path, choice)
    for article in versions:
        word_count(article.text)
    return versions


def versions_or_captures(path: str) -> tuple[Article, ...] | Listing:
    """On a worker thread, a file that may be a web archive: the captures it holds, where
    there are several to choose from; else what it is read as (``read_versions``)."""
    listed = sources.archive_captures(path)
    return Listing(listed) if len(listed) > 1 else read_versions(path)


def choice_of(article: Article | None) -> sources.Choice | None:
    """The capture a version read from a web archive is, to read the same one again."""
    if article is None or article.kind not in ARCHIVE_KINDS or not article.metadata.url:
        return None
    return sources.Choice(article.metadata.url, timestamp(article.metadata.date or "") or None)


def same_reading(versions: tuple[Article, ...], before: Article | None) -> Article:
    """Of a file's versions read again, the one a side showed: a tracked-changes document's
    original has no revisions of its own, its revised text has them."""
    if len(versions) == 1 or before is None:
        return versions[-1]
    return versions[-1] if before.revisions else versions[0]
