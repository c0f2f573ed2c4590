"""A change before ids, keys and facts are settled, as the change builders make it.

Depends on ``model`` only. Mutable while changes are built; ``compare`` turns each into a
frozen ``Change``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import ChangeKind, Span, WordEdit


@dataclass(slots=True)
class Draft:
    """A change before ids, keys and facts are settled."""

    kind: ChangeKind
    original: Span | None
    revised: Span | None
    detail: str = ""
    edits: list[WordEdit] = field(default_factory=list)
    anchor: int = 0  # where it stands in the revised text, for reading order
    confidence: float | None = None  # commentary: how surely it reads as opinion


def union(spans: list[Span | None]) -> Span | None:
    real = [s for s in spans if s is not None]
    if not real:
        return None
    return Span(min(s.start for s in real), max(s.end for s in real))
