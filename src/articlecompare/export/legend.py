"""What each change kind and verdict means, in reading order, for every report's legend;
and the line that says when a report was made, and by which version of the app.

Depends on ``core`` only.
"""
from __future__ import annotations

from datetime import datetime, timezone

from articlecompare import __version__
from articlecompare.core.annotations import Verdict
from articlecompare.core.model import ChangeKind

KIND_ORDER: tuple[ChangeKind, ...] = (
    ChangeKind.COMMENTARY, ChangeKind.QUOTE_CHANGE, ChangeKind.FACT_CHANGE,
    ChangeKind.OMISSION, ChangeKind.ADDITION, ChangeKind.REWORDING, ChangeKind.MOVE,
    ChangeKind.BOILERPLATE,
)

KIND_HELP: dict[ChangeKind, str] = {
    ChangeKind.COMMENTARY: "opinion, evaluation or rhetoric added without attribution",
    ChangeKind.QUOTE_CHANGE: "words inside quotation marks changed, cut or reattributed",
    ChangeKind.FACT_CHANGE: "a number, date or name changed",
    ChangeKind.OMISSION: "content of the original that is gone",
    ChangeKind.ADDITION: "neutral content added: new reporting, headline, background",
    ChangeKind.REWORDING: "the same content in other words",
    ChangeKind.MOVE: "a passage that changed place",
    ChangeKind.BOILERPLATE: "site furniture such as navigation or share prompts (dimmed)",
}

VERDICT_HELP: dict[Verdict, str] = {
    Verdict.FINE: "checked, no problem",
    Verdict.NEEDS_CHECKING: "open question for the desk",
    Verdict.MISLEADING: "changes what a reader takes away",
    Verdict.ERROR: "factually wrong",
}


def kind_label(kind: str) -> str:
    """The human label of a kind given by value; unknown kinds are shown as they are."""
    try:
        return ChangeKind(kind).label
    except ValueError:
        return kind


def made_line(at: datetime | None = None) -> str:
    """When a report was made and by which version of the app, for its header (UTC, to the
    minute; ``at`` defaults to now)."""
    when = (at or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return f"Made {when:%Y-%m-%d %H:%M} UTC with ArticleCompare {__version__}"
