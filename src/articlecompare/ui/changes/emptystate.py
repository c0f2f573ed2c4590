"""What the change list says when it has no rows to show: before any comparison, while one
runs, when the two versions say the same, and when the filters hide every change."""
from __future__ import annotations

NOT_COMPARED = "Open both versions to list their changes here."
COMPARING = "Comparing the two versions…"
NO_CHANGES = "No changes: the two versions say the same."
ALL_FILTERED = "No change matches the filters."


def empty_text(*, compared: bool, comparing: bool, total: int, shown: int) -> str:
    """The line to show in place of the list, or "" when it has rows to show."""
    if comparing:
        return COMPARING
    if not compared:
        return NOT_COMPARED
    if total == 0:
        return NO_CHANGES
    return ALL_FILTERED if shown == 0 else ""
