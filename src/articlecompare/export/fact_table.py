"""The fact ledger as a table, for every report format: the rows in reading order (missing
facts first, then changed, then kept) and their cells as text. Markup is each format's job."""
from __future__ import annotations

from collections.abc import Iterable

from articlecompare.core.model import Fact, FactStatus

HEADERS = ("Fact in the original", "Type", "Status", "In the revised")
NONE_FOUND = "No facts were found in the original."
_ORDER = {FactStatus.MISSING: 0, FactStatus.CHANGED: 1, FactStatus.KEPT: 2}


def ranked(facts: Iterable[Fact]) -> list[Fact]:
    """Missing facts first, then changed, then kept; in text order within each."""
    return sorted(facts, key=lambda f: _ORDER[f.status])


def missing_count(facts: Iterable[Fact]) -> int:
    return sum(1 for f in facts if f.status is FactStatus.MISSING)


def cells(fact: Fact) -> tuple[str, str, str, str]:
    """One row's cells as plain text, in the order of ``HEADERS``; a quotation's type names
    its speaker ("quote by Mr. Reeves")."""
    kind = f"{fact.type.value} by {fact.speaker}" if fact.speaker else fact.type.value
    return fact.text, kind, fact.status.value, fact.replacement or ""
