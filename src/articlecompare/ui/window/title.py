"""The window's title: the session file, if any, and the two versions by title or file name."""
from __future__ import annotations

import os

from articlecompare.core.model import Article
from articlecompare.present.names import version_names


def window_title(original: Article | None, revised: Article | None, session_path: str) -> str:
    """``session — Original ↔ Revised[*] — ArticleCompare``; ``[*]`` is where Qt marks unsaved work."""
    names = [(article.metadata.title or os.path.basename(article.source) or "untitled") if article else "—"
             for article in (original, revised)]
    if original is not None and revised is not None:  # two saves of one page: tell them apart
        names = version_names(names, [original.source, revised.source],
                              [original.metadata.date, revised.metadata.date])
    session = os.path.basename(session_path)
    prefix = f"{session} — " if session else ""
    return f"{prefix}{names[0]} ↔ {names[1]}[*] — ArticleCompare"
