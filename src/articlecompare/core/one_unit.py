"""Amounts of one unit written with the article ("an hour a day", "a mile", "a week"), so that
"30 minutes" → "an hour" compares by value.

Depends on ``quantity`` for the value type and ``units`` for the unit words. Only units that
measure (time, length, mass, volume, area) are read, written whole; "a second" (an ordinal as
often), "a pound" (money or weight) and "a degree" are not. Like a spelled duration, such an
amount is no fact of the ledger on its own (``worded``).
"""
from __future__ import annotations

__all__ = ["find_one_units"]

import re

from .model import Span
from .quantity import Quantity
from .units import ADVERB_PER, PER_DAYS, UNIT_TABLE

_MEASURES = frozenset({"time", "length", "mass", "volume", "area"})
_UNITS = sorted((w for w, (dim, _, _) in UNIT_TABLE.items()
                 if dim in _MEASURES and " " not in w and len(w) > 2 and w.isalpha() and
                 not w.endswith("s") and w not in ("second", "sec", "min", "day")),
                key=len, reverse=True)
_GAP = r"[ \u00a0]"
_ONE = re.compile(
    rf"(?<![\w’'-])(?:an?|one){_GAP}(?P<unit>{'|'.join(_UNITS)})(?![\w’'-])"
    rf"(?:{_GAP}(?:a|an|per|each|every){_GAP}(?P<per>{'|'.join(PER_DAYS)})(?![\w’'-])"
    rf"|{_GAP}(?P<adverb>{'|'.join(ADVERB_PER)})(?![\w’'-]))?",
    re.IGNORECASE)


def find_one_units(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """The amounts of one unit in ``text[start:end]``, in order. "An hour" is taken to the
    half hour: "55 minutes" → "an hour" is rounded, "30 minutes" → "an hour" is not."""
    end = len(text) if end is None else end
    out: list[Quantity] = []
    for m in _ONE.finditer(text, start, end):
        dimension, size, canonical = UNIT_TABLE[m.group("unit").casefold()]
        per = (m.group("per") or "").casefold() or ADVERB_PER.get(
            (m.group("adverb") or "").casefold(), "")
        out.append(Quantity(m.group(), Span(m.start(), m.end()),
                            Span(m.start(), m.end("unit")), size, size, dimension, canonical,
                            per=per, step=size / 2, spelled=True, worded=True))
    return out
