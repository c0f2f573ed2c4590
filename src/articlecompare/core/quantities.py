"""Numbers as values: each quantity of a text with its magnitude, unit or currency, hedge,
range and frequency ("nearly 6.5 percent", "one gram by mouth twice daily").

Depends on ``numbers`` (a number as written), ``quantity_parts`` (what follows it) and
``quantity`` (the value type). Offsets are code points into the text given. Values are
held in base units, so "one gram" equals "1,000 mg"; how two quantities compare is
``relations``' job. Which quantities are facts, and keeping dates and clock times out
(``exclude``), is the callers'.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from .model import Span
from .numbers import ALPHA_WORD, NUMBER_START, Number, number_at, words_from
from .quantity import UNIT_STARTS, Quantity, hedged_word_before, noun_of
from .quantity_parts import Part
from .one_unit import find_one_units
from .shares import find_shares
from .tokenize import pieces
from .units import ADVERB_PER, GLUED_MAGNITUDE, MAGNITUDE, PLURALS, SPELLED_WORDS

__all__ = ["Quantity", "find_quantities"]

_SHORT = 2000  # characters below which spelled numbers are found word by word


def find_quantities(text: str, exclude: Sequence[Span] = (), start: int = 0,
                    end: int | None = None) -> list[Quantity]:
    """Quantities of ``text[start:end]`` in order, none overlapping another or any span of
    ``exclude`` (sorted, not overlapping: dates and clock times the caller found)."""
    end = len(text) if end is None else end
    candidates = [m.start() for m in NUMBER_START.finditer(text, start, end)]
    spelled = _spelled_starts(text, start, end)
    if spelled:
        candidates = sorted(candidates + spelled)
    found: list[Quantity] = []
    taken_until = start
    x = 0  # the next exclusion to look at
    for pos in candidates:
        if pos < taken_until:
            continue
        while x < len(exclude) and exclude[x].end <= pos:
            x += 1
        if x < len(exclude) and exclude[x].start <= pos:
            continue
        q = _parse_at(text, pos, exclude[x].start if x < len(exclude) else end)
        if q is None:
            continue
        found.append(q)
        taken_until = q.span.end
    found = _with_shares(found, find_shares(text, start, end), exclude)
    return _with_one_units(found, find_one_units(text, start, end), exclude)


def _with_shares(found: list[Quantity], shares: list[Quantity],
                 exclude: Sequence[Span]) -> list[Quantity]:
    """``found`` with the shares in words that overlap no date given, each in place of the
    number it starts with ("one third" read as the count "one")."""
    if not shares:
        return found
    excluded = [s.start for s in exclude]
    shares = [s for s in shares if not _overlaps(s.span, exclude, excluded)]
    spans = [s.span for s in shares]
    starts = [s.start for s in spans]
    kept = [q for q in found if not _overlaps(q.span, spans, starts)]
    return sorted(kept + shares, key=lambda q: q.span.start)


def _with_one_units(found: list[Quantity], ones: list[Quantity],
                    exclude: Sequence[Span]) -> list[Quantity]:
    """``found`` with the amounts of one unit that overlap neither a quantity found nor a date
    ("30 minutes a day" holds "a day")."""
    if not ones:
        return found
    spans = [q.span for q in found] + list(exclude)
    spans.sort(key=lambda s: s.start)
    starts = [s.start for s in spans]
    ones = [q for q in ones if not _overlaps_any(q.span, spans, starts)]
    return sorted(found + ones, key=lambda q: q.span.start) if ones else found


def _overlaps_any(span: Span, spans: Sequence[Span], starts: list[int]) -> bool:
    """Whether ``span`` overlaps one of ``spans`` (sorted by start; they may overlap)."""
    n = bisect.bisect_left(starts, span.end)
    return any(s.overlaps(span) for s in spans[max(0, n - 4):n])


def _overlaps(span: Span, spans: Sequence[Span], starts: list[int]) -> bool:
    """Whether ``span`` overlaps one of ``spans`` (sorted, not overlapping; ``starts`` theirs)."""
    n = bisect.bisect_left(starts, span.end) - 1
    return n >= 0 and spans[n].overlaps(span)


def _spelled_starts(text: str, start: int, end: int) -> list[int]:
    """Where a spelled number word stands as a whole word. A plain search for each word in a
    lower-cased copy is faster than a pattern of the words (which the regular expression
    engine tries at every position)."""
    if end - start < _SHORT:  # a sentence: one pass over its words costs less
        return [m.start() for m in ALPHA_WORD.finditer(text, start, end)
                if m.group().lower() in SPELLED_WORDS]
    out: list[int] = []
    # a piece at a time: lower-casing a text that is not plain ASCII takes about 15 bytes a
    # character while it runs. Pieces are cut at spaces, so no word spans two; an offset is
    # where the word stands in the whole lower-cased text (as it was when that was one copy)
    base = start
    for piece_start, piece_end in pieces(text, start, end):
        low = text[piece_start:piece_end].lower()
        for word in SPELLED_WORDS:
            at = low.find(word)
            while at >= 0:
                after = at + len(word)
                if (at == 0 or not low[at - 1].isalnum()) and \
                        (after == len(low) or not low[after].isalnum()):
                    out.append(base + at)
                at = low.find(word, after)
        base += len(low)
    out.sort()
    return out


def _parse_at(text: str, pos: int, end: int) -> Quantity | None:
    """The quantity whose number starts at ``pos`` (a digit or a spelled number), if any."""
    number = number_at(text, pos, end)
    if number is None:
        return None
    if not number.spelled:
        plain = _plain(text, number, end)
        if plain is not None:
            return plain
    first = Part.read(text, pos, end, number=number)
    if first is None:
        return None
    first.join_range()
    return first.build()  # None for a word that only looks like a number


# what may follow a bare number that nothing more is read after ("case 123.", "in 2003,")
_PLAIN_AFTER = frozenset(".,;:!?)]}\"”\n\r\t")


def _plain(text: str, number: Number, end: int) -> Quantity | None:
    """A number written in digits with no currency sign or hedge before it and only
    punctuation or a plain word after it, read without the full reader (most numbers are
    so: a year, a count of something), or None if it needs the full reader."""
    after = number.end
    words: list[tuple[int, int, str]] = []
    if after < end and text[after] not in _PLAIN_AFTER:
        if text[after] != " " or after + 1 >= end:
            return None
        words = words_from(text, after + 1, end, 3)
        if not words or words[0][2] in _READ_ON:
            return None
    start = number.start
    if start and (text[start - 1] in "$€£¥" or text[start - 1] in " \u00a0" and (
            start > 1 and text[start - 2] in "$€£¥" or hedged_word_before(text, start))):
        return None
    noun = noun_of(words)
    year = after - start == 4 and 1500 <= number.low <= 2100 and number.low == int(number.low) \
        and not (noun.endswith("s") or noun in PLURALS)
    span = Span(start, after)
    return Quantity(text[start:after], span, span, number.low, number.high,
                    "year" if year else "count", step=number.step, noun="" if year else noun)


# words after a number that the full reader must see: a unit, a magnitude, a range's or a
# share's joiner, a frequency
_READ_ON = UNIT_STARTS | frozenset(MAGNITUDE) | frozenset(GLUED_MAGNITUDE) | frozenset(
    {"to", "and", "or", "in", "out", "once", "twice", "thrice", "times", "a", "per", "each",
     "every"}) | frozenset(ADVERB_PER)


