"""A fact-checker's judgement of each change: a verdict and a note, keyed by ``Change.key``.

Pure and immutable; depends on ``model`` only. An ``AnnotationSet`` is a read-only mapping,
and every edit returns a new set, so a window can keep the previous one for undo. Keys that no
longer match a change (the texts or options changed) are kept, not dropped: finding and
showing such orphans is the caller's job (``orphans``).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from articlecompare.core.model import Change, Comparison


class Verdict(str, Enum):
    """What the checker concluded about a change."""

    FINE = "fine"
    NEEDS_CHECKING = "needs_checking"
    MISLEADING = "misleading"
    ERROR = "error"

    @property
    def label(self) -> str:
        return _VERDICT_LABELS[self]


_VERDICT_LABELS = {
    Verdict.FINE: "Fine",
    Verdict.NEEDS_CHECKING: "Needs checking",
    Verdict.MISLEADING: "Misleading",
    Verdict.ERROR: "Error",
}


@dataclass(frozen=True, slots=True)
class Annotation:
    """A verdict, a free-text note, or both; with neither it is empty and is not stored."""

    verdict: Verdict | None = None
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return self.verdict is None and not self.note.strip()

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict.value if self.verdict else None, "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        """Raises ValueError (or TypeError) on an unknown verdict or a note that is not text."""
        verdict = data.get("verdict")
        note = data.get("note", "")
        if not isinstance(note, str):
            raise TypeError(f"annotation note must be text, not {type(note).__name__}")
        return cls(Verdict(verdict) if verdict is not None else None, note)


class AnnotationSet(Mapping[str, Annotation]):
    """Annotations by change key; immutable, hashable, iterates keys in sorted order."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Annotation] | Iterable[tuple[str, Annotation]] = ()):
        pairs = items.items() if isinstance(items, Mapping) else items
        kept: dict[str, Annotation] = {}
        for key, annotation in pairs:
            if not key:
                raise ValueError("an annotation needs a non-empty change key")
            if not annotation.is_empty:
                kept[key] = annotation
        self._items = dict(sorted(kept.items()))

    def __getitem__(self, key: str) -> Annotation:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(tuple(self._items.items()))

    def __repr__(self) -> str:
        return f"AnnotationSet({self._items!r})"

    def with_annotation(self, key: str, annotation: Annotation) -> AnnotationSet:
        """A copy with ``key`` set to ``annotation``; an empty annotation removes the key."""
        items = dict(self._items)
        items[key] = annotation
        return AnnotationSet(items)

    def without(self, key: str) -> AnnotationSet:
        return AnnotationSet((k, a) for k, a in self._items.items() if k != key)

    def for_change(self, change: Change) -> Annotation | None:
        return self._items.get(change.key) if change.key else None

    def with_verdict(self, verdict: Verdict) -> tuple[str, ...]:
        """The keys whose verdict is ``verdict`` (for filtering a change list)."""
        return tuple(k for k, a in self._items.items() if a.verdict is verdict)

    def orphans(self, comparison: Comparison) -> tuple[str, ...]:
        """Keys that match no change of ``comparison``."""
        present = {c.key for c in comparison.changes}
        return tuple(k for k in self._items if k not in present)

    def to_list(self) -> list[dict[str, Any]]:
        return [{"key": k, **a.to_dict()} for k, a in self._items.items()]

    @classmethod
    def from_list(cls, data: Iterable[Mapping[str, Any]]) -> AnnotationSet:
        """Raises ValueError, TypeError or KeyError on a malformed entry."""
        pairs = []
        for entry in data:
            key = entry["key"]
            if not isinstance(key, str):
                raise TypeError(f"annotation key must be text, not {type(key).__name__}")
            pairs.append((key, Annotation.from_dict(entry)))
        return cls(pairs)
