"""A document's tracked changes (``Revision``s) in words: who made them and when, for the
window's "Changes by" line and every report. Qt-free."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from articlecompare.core.model import Article, Revision

UNNAMED = "an unnamed author"
_VERBS = {"insertion": "inserted", "deletion": "deleted", "move_from": "moved away",
          "move_to": "moved here"}
_EXCERPT = 60


def revisions_line(revisions: Sequence[Revision]) -> str:
    """``Tracked changes: 5 by Ann, 2 by Bo (2024-01-05 to 2024-01-07).``"""
    by = ", ".join(f"{n} by {author}" for author, n in _authors(revisions))
    days = _days(revisions)
    when = f" ({days})" if days else ""
    return f"Tracked changes: {by}{when}."


def changes_by_line(revisions: Sequence[Revision]) -> str:
    """``Changes by Ann (5) and Bo (2), 2024-01-05 to 2024-01-07``: the window's line."""
    names = [f"{author} ({n})" for author, n in _authors(revisions)]
    by = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    days = _days(revisions)
    return f"Changes by {by}" + (f", {days}" if days else "")


def _authors(revisions: Sequence[Revision]) -> list[tuple[str, int]]:
    return Counter(revision.author or UNNAMED for revision in revisions).most_common()


def _days(revisions: Sequence[Revision]) -> str:
    days = sorted({revision.date[:10] for revision in revisions if revision.date})
    return f"{days[0]} to {days[-1]}" if len(days) > 1 else days[0] if days else ""


def tracked_revisions(*articles: Article | None) -> tuple[Revision, ...]:
    """The tracked changes the versions carry (the revised one of a document opened as a pair)."""
    return tuple(revision for article in articles if article is not None for revision in article.revisions)


def revision_text(revision: Revision) -> str:
    """One change as a line: ``Ed Itor, 2024-01-05 10:00: inserted “a big”``."""
    words = " ".join(revision.text.split())
    if len(words) > _EXCERPT:
        words = words[: _EXCERPT - 1].rstrip() + "…"
    when = (revision.date or "").replace("T", " ")[:16]
    who = revision.author or UNNAMED
    return f"{who}{', ' + when if when else ''}: {_VERBS.get(revision.kind, revision.kind)} “{words}”"
