"""The comparison shown last, kept in the settings so that File > Reopen Last Comparison (and
the offer at start-up) can open it again: a session file, or the pair of files compared."""
from __future__ import annotations

import os
from dataclasses import dataclass

from articlecompare.present.names import distinct_labels
from articlecompare.ui.preferences.settings import LAST_COMPARISON, SettingsStore


@dataclass(frozen=True)
class LastComparison:
    """``paths``: (session file,) or (original, revised), whole paths."""

    paths: tuple[str, ...]

    @property
    def is_session(self) -> bool:
        return len(self.paths) == 1

    def label(self) -> str:
        """For people: "work.acsession", or "a.html ↔ b.html" (folders where the names match),
        or "draft.docx" for one file that was both versions (its tracked changes, two captures)."""
        return " ↔ ".join(distinct_labels(self.files()))

    def files(self) -> list[str]:
        """The files it was made of, each once."""
        return list(dict.fromkeys(self.paths))

    def missing(self) -> list[str]:
        return [path for path in self.files() if not os.path.isfile(path)]

    def gone_message(self) -> str:
        """Why it cannot be reopened, naming each file missing and where it was ("" if none is)."""
        gone = self.missing()
        if not gone:
            return ""
        named = " and ".join(f"{os.path.basename(p)} (in {os.path.dirname(p) or '.'})" for p in gone)
        verb = "is" if len(gone) == 1 else "are"
        return (f"Cannot reopen the last comparison: {named} {verb} no longer there "
                "(moved, renamed or deleted).")


class LastComparisonStore:
    """Reads and records the last comparison in the settings."""

    def __init__(self, settings: SettingsStore) -> None:
        self._settings = settings

    def get(self) -> LastComparison | None:
        listed: list[str] = self._settings.get(LAST_COMPARISON)
        paths = tuple(listed)
        return LastComparison(paths) if len(paths) in (1, 2) else None

    def record_pair(self, original: str, revised: str) -> None:
        self._settings.set(LAST_COMPARISON, [os.path.abspath(original), os.path.abspath(revised)])

    def record_session(self, path: str) -> None:
        self._settings.set(LAST_COMPARISON, [os.path.abspath(path)])
