"""The summary's missing facts as a reader reads them: a fact another wording took the place
of is shown with it ("£3.2bn → £3.2m"), so a list of what was lost never reads as if a
changed figure had simply gone.

Depends on ``core`` only.
"""
from __future__ import annotations

from articlecompare.core.ledger import is_lost
from articlecompare.core.model import Comparison, Fact, FactStatus


def lost_fact_lines(comparison: Comparison) -> list[str]:
    """One line per fact of the summary's missing facts, in the same order."""
    return [fact_wording(f) for f in comparison.facts if is_lost(f)]


def fact_wording(fact: Fact) -> str:
    """A fact as a reader reads it: a changed one with what took its place ("£3.2bn →
    £3.2m"), any other as it stood."""
    if fact.status is FactStatus.CHANGED and fact.replacement:
        return f"{fact.text} → {fact.replacement}"
    return fact.text
