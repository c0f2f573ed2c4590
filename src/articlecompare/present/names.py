"""Names that tell two things apart: two versions with the same title, two recent files with
the same file name. Qt-free, for the window's title, pane headers and menus."""
from __future__ import annotations

import os
from collections.abc import Sequence


def distinct_labels(paths: Sequence[str]) -> list[str]:
    """Each path's file name, with as much of its folder as tells it from another path of the
    same name ("source.html — march/" and "source.html — april/")."""
    names = [os.path.basename(p) or p for p in paths]
    out = []
    for path, name in zip(paths, names):
        twins = [q for q, n in zip(paths, names) if n == name and q != path]
        if not twins:
            out.append(name)
            continue
        parts = os.path.normpath(os.path.dirname(path)).split(os.sep)
        others = [os.path.normpath(os.path.dirname(q)).split(os.sep) for q in twins]
        depth = 1
        while depth < len(parts) and any(o[-depth:] == parts[-depth:] for o in others):
            depth += 1
        folder = os.sep.join(parts[-depth:]) if parts and parts != ["."] else ""
        out.append(f"{name} — {folder}{os.sep}" if folder else name)
    return out


def version_names(titles: Sequence[str], sources: Sequence[str], dates: Sequence[str | None]
                  ) -> list[str]:
    """How the window names two versions: by title; where the titles are the same, the
    title and its date, or else its file told apart from the other's."""
    if len(set(titles)) == len(titles):
        return list(titles)
    if all(dates) and len(set(dates)) == len(dates):
        return [f"{t} ({d})" for t, d in zip(titles, dates)]
    files = distinct_labels(sources)
    if len(set(files)) == len(files):
        return [f"{t} ({f})" for t, f in zip(titles, files)]
    return [f"{t} ({label})" for t, label in zip(titles, ("original", "revised"))]
