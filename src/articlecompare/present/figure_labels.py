"""What a number counts, read from the words around it in its sentence, so that a changed
figure reads "civilians killed in Darfur: 10 → 40" rather than "10 → 40".

Depends on ``core`` for its word lists (function words, units, magnitudes, hedges) only: no
list of topics. The words after the number name what it counts ("10 civilians were killed
in Darfur": "civilians killed in Darfur", auxiliaries and time phrases left out); where they
are none ("rose to 5 percent"), the words before it do ("unemployment rate rose"); a share
reads as what it is of ("45 percent of voters backed": "voters backed"). Offsets
are code points; the reading stays inside a bounded window around the number.
"""
from __future__ import annotations

import re

from articlecompare.core.model import Change, Comparison, Fact, FactStatus, FactType, Side, Span
from articlecompare.core.segment import sentence_bounds
from articlecompare.core.units import HEDGES, MAGNITUDE, NOUN_STOP, UNIT_TABLE

REACH = 400          # code points either side of the number read for its sentence
MOST_WORDS = 6       # words a label keeps after the number
MOST_BEFORE = 4      # words it takes from before the number when none after will do
_WORD = re.compile(r"[^\W_]+(?:['’.,\-][^\W_]+)*|[^\w\s]")
# forms of "be" and "have" that join a count to its verb ("were killed"): left out
_AUXILIARIES = frozenset("is was are were be been being has have had".split())
# words that end the phrase a number heads: a new clause, a source, or when it happened
_BREAKS = frozenset("""that which who whom whose said says say told according when while because
after before since than as but and or if where last next yesterday today tonight tomorrow
earlier later ago""".split())
_HEDGE_WORDS = frozenset(word for phrase in HEDGES for word in phrase.split())
_UNIT_WORDS = frozenset(UNIT_TABLE) | frozenset(MAGNITUDE) | {"%", "per", "cent"}
LABELLED = (FactType.NUMBER,)


def figure_label(text: str, span: Span) -> str:
    """What the number at ``span`` of ``text`` counts, in the sentence's own words ("" if
    they do not say)."""
    begin, finish = sentence_bounds(text, span.start, span.end, REACH)
    before = [m.group() for m in _WORD.finditer(text, begin, span.start)]
    after = [m.group() for m in _WORD.finditer(text, span.end, finish)]
    following = _phrase_after(after)
    if len(following) > 1 and following[0].casefold() == "of":
        following = following[1:]   # a share of something: "45 percent of voters"
    if following and following[0].casefold() not in NOUN_STOP:
        return " ".join(following)
    leading = _phrase_before(before)
    return " ".join(leading + following) if leading else ""


def _phrase_after(words: list[str]) -> list[str]:
    phrase: list[str] = []
    for word in words:
        low = word.casefold()
        if not phrase and low in _UNIT_WORDS:
            continue   # the unit or magnitude is the figure's own ("million dollars")
        if not word[0].isalnum() or low in _BREAKS or len(phrase) >= MOST_WORDS:
            break
        if low not in _AUXILIARIES:
            phrase.append(word)
    while phrase and phrase[-1].casefold() in NOUN_STOP:
        phrase.pop()
    return phrase


def _phrase_before(words: list[str]) -> list[str]:
    i = len(words)
    while i > 0 and (words[i - 1].casefold() in NOUN_STOP or words[i - 1].casefold() in _HEDGE_WORDS):
        i -= 1   # "at least", "to", "of a": what leads into the number
    phrase: list[str] = []
    while i > 0 and len(phrase) < MOST_BEFORE:
        word = words[i - 1]
        if not word[0].isalnum() or word.casefold() in NOUN_STOP or word.casefold() in _BREAKS:
            break
        phrase.insert(0, word)
        i -= 1
    return phrase


def fact_label(comparison: Comparison, fact: Fact) -> str:
    """What a number fact counts, from the original's sentence (else the revised one's)."""
    if fact.type not in LABELLED:
        return ""
    for side, span in ((Side.ORIGINAL, fact.original), (Side.REVISED, fact.revised)):
        if span is not None and span.length:
            text = comparison.original.text if side == Side.ORIGINAL else comparison.revised.text
            label = figure_label(text, span)
            if label:
                return label
    return ""


def figure_line(comparison: Comparison, change: Change) -> str:
    """A changed figure with what it counts, "civilians killed in Darfur: 10 → 40", for a
    change that changed a number ("" for any other)."""
    fact = next((f for f in change.facts if f.type in LABELLED and f.status == FactStatus.CHANGED), None)
    if fact is None or fact.original is None:
        return ""
    label = fact_label(comparison, fact)
    old = comparison.text_of(Side.ORIGINAL, fact.original)
    new = comparison.text_of(Side.REVISED, fact.revised) if fact.revised else (fact.replacement or "")
    values = f"{old} → {new}"
    return f"{label}: {values}" if label else values
