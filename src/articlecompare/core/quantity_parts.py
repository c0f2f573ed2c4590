"""The parts of one quantity read from a number onwards: its magnitude ("million"), unit or
currency, a share ("one in five"), a range ("9 to 16 percent"), a frequency ("twice daily"),
the noun it counts and a hedge before it.

Depends on ``numbers`` for reading the number itself and ``quantity`` for the value it makes.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Span
from .numbers import SP, GAP, Number, currency_before, number_at, words_from, words_from_loose
from .quantity import UNIT_STARTS, Quantity, hedged_word_before, noun_of
from .units import (ADVERB_PER, CURRENCY, GLUED_MAGNITUDE, GLUED_TEMPERATURES, GLUED_UNITS,
                    HEDGES, LABEL_WORDS, MAGNITUDE, NOT_SPACED_UNITS, NOUN_STOP, ONES, PER_DAYS,
                    TIMES, UNIT_OFFSET, UNIT_TABLE)

_JOIN = re.compile(rf"-|{SP}*+[–—]{SP}*+|{SP}++(?:to|and|or){SP}++|{SP}++-{SP}++")


_LETTERS = re.compile(r"[A-Za-zµ%]++")
_TEMPERATURE = re.compile(r"(?:\s?°\s?|\s(?=[CF]\b(?!\.\w)))?([CF])(?![\w’'-])")


_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?)[ \u00a0]$")


_MAGNITUDE_WORD = re.compile(rf"{SP}++(hundred|thousand|million|billion|trillion|bn|mn)\b",
                             re.IGNORECASE)


_SHARE = re.compile(rf"-in-|{SP}in{SP}|{SP}out{SP}of{SP}", re.IGNORECASE)


_DETERMINER = re.compile(r"(?i)\b(?:no|any|every|each|the|this|that|which)[ \u00a0]$")


_HEDGE = re.compile(
    r"(?i)(?<![\w’'-])(?:nearly|almost|about|around|approximately|roughly|some|an estimated|"
    r"estimated|close to|just under|just over|more than|over|above|upwards of|in excess of|"
    r"at least|no fewer than|no less than|up to|at most|as many as|as much as|no more than|"
    r"less than|fewer than|under|below)[ \u00a0]+$")



class Part:
    """One number read on: its magnitude, unit, a range's other end, the thing counted and a
    frequency. Values are the number as written times ``magnitude`` times the unit's
    ``size``."""

    def __init__(self, text: str, end: int, number: Number, currency: str, start: int) -> None:
        self.text, self.end, self.number, self.start = text, end, number, start
        self.pos = number.end
        self.magnitude = 1.0
        self.size = 1.0
        self.offset = 0.0  # added after the size: a temperature's scale that starts elsewhere
        self.dimension = CURRENCY.get(currency, "count")
        self.unit = "$" if currency == "US$" else currency
        self.high: float | None = None  # a range's other end, in base units
        self.high_step = 0.0
        self.times, self.per, self.noun = 1.0, "", ""
        self.core_end = number.end

    @classmethod
    def read(cls, text: str, pos: int, end: int, joined: bool = False,
             number: Number | None = None) -> Part | None:
        """The number at ``pos`` (``number``, if read already) with its magnitude and unit, or
        None if it is none (an ordinal, a code such as "4G", a decade such as "1990s");
        ``joined`` as for ``digits_at``."""
        number = number or number_at(text, pos, end, joined)
        if number is None:
            return None
        currency, start = currency_before(text, number.start)
        part = cls(text, end, number, currency, start)
        if not part._glued():
            return None
        part._magnitude()
        if part.dimension == "count" and not part._share():
            part._unit()
        part.core_end = part.pos
        return part

    # -- values

    @property
    def low(self) -> float:
        return self.number.low * self.magnitude * self.size + self.offset

    @property
    def step(self) -> float:
        return self.number.step * self.magnitude * self.size

    # -- reading on

    def _glued(self) -> bool:
        if self._temperature():
            return True
        m = _LETTERS.match(self.text, self.pos, self.end)
        if m is None:
            return True
        glued = m.group()
        key = glued.casefold()
        if self.number.spelled:
            return False
        if key in GLUED_MAGNITUDE or (key in ("m", "b") and self.unit):
            self.magnitude = GLUED_MAGNITUDE.get(key, 1e6 if key == "m" else 1e9)
        elif key == "m":
            self._set_unit(("length", 1.0, "m"))
        elif glued in GLUED_UNITS:  # "16mg", but "4G" is a name
            self._set_unit(UNIT_TABLE[glued])
        else:
            return False
        self.pos = m.end()
        return True

    def _temperature(self) -> bool:
        """A scale's letter written at the figure, with or without a degree sign: "40C",
        "104F", "40°C", "40 °F"."""
        m = _TEMPERATURE.match(self.text, self.pos, self.end)
        if m is None or self.number.spelled or self.dimension != "count":
            return False
        if "°" not in m.group() and self._labelled():  # "grade 8C", "Room 12F"
            return False
        self._set_unit(UNIT_TABLE[GLUED_TEMPERATURES[m.group(1)]])
        self.pos = m.end()
        return True

    def _labelled(self) -> bool:
        """Whether a label word stands right before the number ("grade 8C", "Room 12F")."""
        before = self.text[max(0, self.start - 16):self.start]
        m = _WORD_BEFORE.search(before)
        return m is not None and m.group(1).casefold() in LABEL_WORDS

    def _set_unit(self, entry: tuple[str, float, str]) -> None:
        dimension, size, canonical = entry
        if self.dimension != "count":
            if self.dimension != dimension:
                return  # "$5 a day": the currency stays
        self.dimension, self.size, self.unit = dimension, size, canonical
        self.offset = UNIT_OFFSET.get(canonical, 0.0)

    def _magnitude(self) -> None:
        if self.magnitude != 1.0 or self.number.vague:
            return
        m = _MAGNITUDE_WORD.match(self.text, self.pos, self.end)
        if m is None:
            return
        word = m.group(1).casefold()
        if self.number.spelled and word in MAGNITUDE:
            return  # the spelled reader has read it if it belongs
        self.magnitude = MAGNITUDE.get(word) or GLUED_MAGNITUDE[word]
        self.pos = m.end()

    def _share(self) -> bool:
        """"8-in-10", "one in five", "3 out of 4": a share, in percent."""
        m = _SHARE.match(self.text, self.pos, self.end)
        if m is None or self.magnitude != 1.0:
            return False
        whole = number_at(self.text, m.end(), self.end, joined=True)
        if whole is None or whole.vague or whole.low <= 0 or whole.low < self.number.low:
            return False
        self.size = 100 / whole.low
        self.dimension, self.unit = "percent", "in"
        self.pos = whole.end
        return True

    def _unit(self) -> None:
        text, pos = self.text, self.pos
        if pos < self.end and text[pos] in "-\u2010":
            words = words_from(text, pos + 1, self.end, 2)  # "20-week", "five-year"
        else:
            gap = GAP.match(text, pos, self.end)
            if gap is None or gap.end() == pos:
                return
            words = words_from(text, gap.end(), self.end, 2)
        if not words or words[0][2] not in UNIT_STARTS:
            return
        two = f"{words[0][2]} {words[1][2]}" if len(words) > 1 else ""
        if two in UNIT_TABLE:
            self._set_unit(UNIT_TABLE[two])
            self.pos = words[1][1]
        elif words[0][2] in UNIT_TABLE and words[0][2] not in NOT_SPACED_UNITS:
            self._set_unit(UNIT_TABLE[words[0][2]])
            self.pos = words[0][1]

    def join_range(self) -> None:
        """The other end of a range: "10-18%", "9 percent to 16 percent", "between 10 and
        18 percent"."""
        m = _JOIN.match(self.text, self.pos, self.end)
        if m is None or self.number.vague:
            return
        joiner = m.group().strip()
        if joiner in ("and", "or") and not self._between_before():
            return
        if joiner == "-" and m.group() != "-":
            return  # "10 - 18" written apart is a minus or a dash, not a range
        second = Part.read(self.text, m.end(), self.end, joined=True)
        if second is None or second.number.vague or second.start != m.end():
            return
        if second.dimension != self.dimension:
            if self.dimension == "count":
                self.dimension, self.unit, self.size = second.dimension, second.unit, second.size
                self.offset = second.offset
            elif second.dimension == "count":
                second.dimension, second.unit, second.size = self.dimension, self.unit, self.size
                second.offset = self.offset
            else:
                return
        if self.magnitude == 1.0 and second.magnitude != 1.0:
            self.magnitude = second.magnitude  # "10-18 million"
        elif second.magnitude == 1.0 and self.magnitude != 1.0:
            second.magnitude = self.magnitude
        if second.low <= self.low:
            return
        self.high, self.high_step = second.low, second.step
        self.pos = second.pos
        self.core_end = second.pos

    def _between_before(self) -> bool:
        before = self.text[max(0, self.start - 9):self.start].casefold().rstrip()
        return before.endswith(("between", "from"))

    def _noun(self) -> None:
        """The thing counted: "90,534 women", "400 Palestinians", "282 study participants"."""
        gap = GAP.match(self.text, self.pos, self.end)
        if gap is None or gap.end() == self.pos:
            return
        self.noun = noun_of(words_from(self.text, gap.end(), self.end, 3))

    def _is_year(self) -> bool:
        """Four digits from 1500 to 2100, not a range's end and not counting things ("in
        2003", "the 2012 paper"; but "2000 people" is a count)."""
        n = self.number
        return (not n.spelled and n.end - n.start == 4 and self.high is None and
                1500 <= n.low <= 2100 and n.low == int(n.low) and self.magnitude == 1.0 and
                not (self.noun.endswith("s") or self.noun == "people"))

    def _frequency(self) -> None:
        """A rate after a measured amount: "one gram by mouth twice daily", "10 grams a day"."""
        words = words_from_loose(self.text, self.pos, self.end, 7)
        for n, (_, w_end, word) in enumerate(words[:5]):
            times = TIMES.get(word)
            rest = words[n + 1:]
            if times is None and rest and rest[0][2] == "times":
                times = float(ONES[word]) if word in ONES else \
                    (float(word) if word.isdigit() else None)
                rest = rest[1:]
            if times is not None:
                per, w_end = _per(rest)
                if per:
                    self.times, self.per, self.pos = times, per, w_end
                return
            per, w_end = _per(words[n:])
            if per:
                self.per, self.pos = per, w_end
                return
            if word in NOUN_STOP and word not in ("of", "by", "the", "a", "an", "per", "each",
                                                   "every"):
                return

    def build(self) -> Quantity | None:
        """The quantity read, or None for a word that only looks like a number ("one of
        them", "no one")."""
        if self.dimension == "count" and not self.number.vague:
            self._noun()
            if self._is_year():
                self.dimension, self.noun = "year", ""
        elif self.dimension not in ("count", "percent", "points"):
            self._frequency()
        hedge_start, hedge = self.start, ""
        m = _HEDGE.search(self.text, max(0, self.start - 24), self.start) \
            if hedged_word_before(self.text, self.start) else None
        if m is not None:
            hedge, hedge_start = HEDGES[" ".join(m.group().casefold().split())], m.start()
        if self.number.spelled and self.dimension == "count" and not self.number.vague and \
                self.number.low < 100 and self.high is None and not (self.noun or hedge):
            return None
        if self.number.spelled and _DETERMINER.search(self.text, max(0, self.start - 8),
                                                      self.start) is not None:
            return None
        low = self.low
        high = self.number.high * self.magnitude * self.size + self.offset \
            if self.high is None else self.high
        step = max(self.step, self.high_step)
        return Quantity(self.text[hedge_start:self.pos], Span(hedge_start, self.pos),
                        Span(self.start, self.core_end), low, high, self.dimension,
                        self.unit, hedge, self.times, self.per, step, self.number.spelled,
                        self.noun, self.number.vague)



def _per(words: Sequence[tuple[int, int, str]]) -> tuple[str, int]:
    """"daily", "a day", "per week", "each night" at the start of ``words``."""
    if not words:
        return "", 0
    if words[0][2] in ADVERB_PER:
        return ADVERB_PER[words[0][2]], words[0][1]
    if len(words) > 1 and words[0][2] in ("a", "an", "per", "each", "every") and \
            words[1][2] in PER_DAYS:
        return words[1][2], words[1][1]
    return "", 0
