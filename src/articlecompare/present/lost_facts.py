"""The summary's missing facts as a reader reads them: a fact another wording took the place
of is shown with it ("£3.2bn → £3.2m"), so a list of what was lost never reads as if a
changed figure had simply gone.

Depends on ``core`` only.
"""
from __future__ import annotations

from articlecompare.core.ledger import is_lost
from articlecompare.core.model import Comparison, Fact, FactStatus, Side


def lost_fact_lines(comparison: Comparison) -> list[str]:
    """One line per fact of the summary's missing facts, in the same order."""
    return [_line(comparison, f) for f in comparison.facts if is_lost(f)]


def _line(comparison: Comparison, fact: Fact) -> str:
    if fact.status != FactStatus.CHANGED:
        return fact.text
    new = comparison.text_of(Side.REVISED, fact.revised) if fact.revised else fact.replacement
    return f"{fact.text} → {new}" if new and new != fact.text else fact.text
