"""Every knob of a comparison, set explicitly and immutable.

Depends on nothing. The window and the command line build one of these; the engine reads it.
"""
from __future__ import annotations

from dataclasses import dataclass, asdict
from typing import Any


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """How two versions are compared.

    ignore_case: "Said" and "said" are the same word.
    ignore_punctuation: changes that touch only punctuation are not reported.
    detect_moves: pair sentences that changed place instead of calling them deleted + added.
    hide_boilerplate: leave site furniture ("The Latest", share prompts) out of the change list.
    min_similarity: how alike two sentences must be (0..1) to count as the same sentence
        reworded rather than one removed and another added.
    sensitivity: how readily added sentences are called commentary: "low" (only what
        clearly reads as opinion), "normal" or "high" (anything that leans to opinion).
    """

    ignore_case: bool = False
    ignore_punctuation: bool = False
    detect_moves: bool = True
    hide_boilerplate: bool = False
    min_similarity: float = 0.5
    sensitivity: str = "normal"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CompareOptions":
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)
