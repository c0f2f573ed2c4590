"""Shares written as fractions in words ("nearly a third", "two-thirds of", "half the
voters", "by half"), read as percentages so that a share restated in
figures compares by value: "30 percent" → "nearly a third" is rounded and hedged, not lost.

Depends on ``quantity`` for the value type and ``units`` for the hedges. A share in words is
a value a text states, not a figure of the ledger (``worded``). "Half
an hour" and "a quarter century" are amounts of a unit, not shares, and are not read here;
nor is a rank ("the third quarter"). "One in five" is a share the number reader knows.
"""
from __future__ import annotations

__all__ = ["SHARE_UNIT", "find_shares"]

import re

from .model import Span
from .quantity import Quantity
from .units import HEDGES

SHARE_UNIT = "share in words"
_PARTS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
          "fifths": 5, "tenth": 10, "tenths": 10}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_GAP = r"[ \u00a0]"
# what may follow a share: "of", a preposition, or the end of the clause; a noun after it
# ("a quarter century", "a fifth straight year") makes it an amount or a rank
_AFTER = rf"(?=[.,;:!?)\]”\"\n]|$|{_GAP}(?:of|in|over|to|from|for|since|than|among|between|" \
    r"compared|last|this|a|an|per|each|every|and|or|but|while|as|after|before|by|on)\b)"
_SHARE = re.compile(
    rf"(?<![\w’'-])(?:(?P<count>a|an|one|two|three|four)[ \u00a0-](?P<part>half|thirds?|"
    rf"quarters?|fifths?|tenths?){_AFTER}"
    rf"|(?P<half>half)(?={_GAP}(?:of|the|their|its|his|her|all|our|your)\b)"
    rf"|(?<=\bby{_GAP})(?P<by>half){_AFTER})",
    re.IGNORECASE)
_HEDGE = re.compile(r"(?i)(?<![\w’'-])(?:" + "|".join(
    sorted((re.escape(h) for h in HEDGES), key=len, reverse=True)) + rf"){_GAP}+$")
_STEP = 10.0  # a share in words states a percentage to within a few points


def find_shares(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """The shares in words of ``text[start:end]``, in order, each a percentage."""
    end = len(text) if end is None else end
    out: list[Quantity] = []
    for m in _SHARE.finditer(text, start, end):
        value = _value(m)
        if value is None or text[max(0, m.start() - 4):m.start()].casefold() == "and ":
            continue  # "one and a half": a number, not a share
        hedge_start, hedge = m.start(), ""
        before = _HEDGE.search(text, max(start, m.start() - 24), m.start())
        if before is not None:
            hedge = HEDGES[" ".join(before.group().casefold().split())]
            hedge_start = before.start()
        out.append(Quantity(text[hedge_start:m.end()], Span(hedge_start, m.end()),
                            Span(m.start(), m.end()), value, value, "percent", SHARE_UNIT,
                            hedge, step=_STEP, spelled=True, worded=True))
    return out


def _value(m: re.Match[str]) -> float | None:
    """The share a match states, in percent."""
    if m.group("half") or m.group("by"):
        return 50.0
    count, part = _COUNTS[m.group("count").casefold()], _PARTS[m.group("part").casefold()]
    if count >= part or (part == 2 and count != 1) or \
            (count > 1 and not m.group("part").casefold().endswith("s")):
        return None  # "two half", "four quarters", "two third": no share
    return 100.0 * count / part
