"""Numbers as values: each quantity of a text with its magnitude, unit or currency, hedge,
range and frequency ("nearly 6.5 percent", "one gram by mouth twice daily").

Depends on ``model`` and ``units``. Offsets are code points into the text given. Values are
held in base units, so "one gram" equals "1,000 mg"; how two quantities compare is
``relations``' job. Which quantities are facts, and keeping dates and clock times out
(``exclude``), is the callers'.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .model import Span
from .units import (ADVERB_PER, CURRENCY, GLUED_MAGNITUDE, GLUED_UNITS, HEDGES, MAGNITUDE, NOT_SPACED_UNITS, NOUN_STOP, ONES, PER_DAYS, PLURALS, SPELLED_WORDS, TENS, TIMES, UNIT_TABLE, VAGUE)

_SP = "[ \u00a0]"
_DIGITS = re.compile(r"\d++(?:[.,]\d++)*+")
_NUMBER_START = re.compile(r"\d++")
_WORD = re.compile(r"[A-Za-zµ%°][A-Za-z’']*+")
_GAP = re.compile(rf"{_SP}*+")
_ALPHA_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]++(?![^\W\d_])")
_SHORT = 2000  # characters below which spelled numbers are found word by word
_THREE_WORDS = re.compile(r"([A-Za-zµ%°][A-Za-z’']*+)(?:[ \u00a0-]([A-Za-z][A-Za-z’']*+)"
                          r"(?:[ \u00a0-]([A-Za-z][A-Za-z’']*+))?)?")
_JOIN = re.compile(rf"-|{_SP}*+[–—]{_SP}*+|{_SP}++(?:to|and|or){_SP}++|{_SP}++-{_SP}++")
_LETTERS = re.compile(r"[A-Za-zµ%]++")
_MAGNITUDE_WORD = re.compile(rf"{_SP}++(hundred|thousand|million|billion|trillion|bn|mn)\b",
                             re.IGNORECASE)
_SHARE = re.compile(rf"-in-|{_SP}in{_SP}|{_SP}out{_SP}of{_SP}", re.IGNORECASE)
_DETERMINER = re.compile(r"(?i)\b(?:no|any|every|each|the|this|that|which)[ \u00a0]$")
_OF_SCALE = re.compile(rf"{_SP}of{_SP}(thousands|millions)\b", re.IGNORECASE)
_HEDGE = re.compile(
    r"(?i)(?<![\w’'-])(?:nearly|almost|about|around|approximately|roughly|some|an estimated|"
    r"estimated|close to|just under|just over|more than|over|above|upwards of|in excess of|"
    r"at least|no fewer than|no less than|up to|at most|as many as|as much as|no more than|"
    r"less than|fewer than|under|below)[ \u00a0]+$")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity as written and as a value.

    ``span`` covers the hedge, the number, its unit and any frequency ("nearly 6.5 percent",
    "one gram by mouth twice daily"); ``core`` the number with its magnitude and unit only
    ("6.5 percent", "one gram"), which is how a ledger names it. ``low``..``high`` is the
    value in base units (equal unless a range); ``step`` the precision the writing shows, in
    the same units ("6.5": 0.1, "44,000": 1,000). A rate holds ``times`` per ``per``."""

    text: str
    span: Span
    core: Span
    low: float
    high: float
    dimension: str
    unit: str = ""
    hedge: str = ""
    times: float = 1.0
    per: str = ""
    step: float = 1.0
    spelled: bool = False
    noun: str = ""
    vague: bool = False

    @property
    def is_range(self) -> bool:
        return self.high != self.low

    def rate(self) -> tuple[float, float]:
        """The value a day for a rate, else the value itself, as (low, high)."""
        if not self.per:
            return self.low, self.high
        factor = self.times / PER_DAYS[self.per]
        return self.low * factor, self.high * factor


def find_quantities(text: str, exclude: Sequence[Span] = (), start: int = 0,
                    end: int | None = None, amounts_only: bool = False) -> list[Quantity]:
    """Quantities of ``text[start:end]`` in order, none overlapping another or any span of
    ``exclude`` (sorted, not overlapping: dates and clock times the caller found).
    ``amounts_only`` leaves out numbers written in words unless a magnitude or a unit follows
    ("two million", "one gram", but not "two presidents"): quicker on a long text."""
    end = len(text) if end is None else end
    candidates = [m.start() for m in _NUMBER_START.finditer(text, start, end)]
    spelled = _spelled_starts(text, start, end)
    if amounts_only:
        spelled = [pos for pos in spelled if _amount_follows(text, pos, end)]
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
    return found


def _amount_follows(text: str, pos: int, end: int) -> bool:
    """Whether the spelled number word at ``pos`` is a magnitude ("a million") or is followed
    by another number word, a magnitude or a unit ("twenty-five", "two million", "one gram")."""
    words = _words_from(text, pos, end, 2)
    if words and words[0][2] in MAGNITUDE:
        return True
    return len(words) > 1 and (words[1][2] in SPELLED_WORDS or words[1][2] in _UNIT_STARTS)


def _spelled_starts(text: str, start: int, end: int) -> list[int]:
    """Where a spelled number word stands as a whole word. A plain search for each word in a
    lower-cased copy is faster than a pattern of the words (which the regular expression
    engine tries at every position)."""
    if end - start < _SHORT:  # a sentence: one pass over its words costs less
        return [m.start() for m in _ALPHA_WORD.finditer(text, start, end)
                if m.group().lower() in SPELLED_WORDS]
    low = text[start:end].lower()
    out: list[int] = []
    for word in SPELLED_WORDS:
        at = low.find(word)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not low[at - 1].isalnum()) and \
                    (after == len(low) or not low[after].isalnum()):
                out.append(start + at)
            at = low.find(word, after)
    out.sort()
    return out


def _parse_at(text: str, pos: int, end: int) -> Quantity | None:
    """The quantity whose number starts at ``pos`` (a digit or a spelled number), if any."""
    number = _number_at(text, pos, end)
    if number is None:
        return None
    if not number.spelled:
        plain = _plain(text, number, end)
        if plain is not None:
            return plain
    first = _Part.read(text, pos, end, number=number)
    if first is None:
        return None
    first.join_range()
    return first.build()  # None for a word that only looks like a number


# what may follow a bare number that nothing more is read after ("case 123.", "in 2003,")
_PLAIN_AFTER = frozenset(".,;:!?)]}\"”\n\r\t")


def _plain(text: str, number: _Number, end: int) -> Quantity | None:
    """A number written in digits with no currency sign or hedge before it and only
    punctuation or a plain word after it, read without the full reader (most numbers are
    so: a year, a count of something), or None if it needs the full reader."""
    after = number.end
    words: list[tuple[int, int, str]] = []
    if after < end and text[after] not in _PLAIN_AFTER:
        if text[after] != " " or after + 1 >= end:
            return None
        words = _words_from(text, after + 1, end, 3)
        if not words or words[0][2] in _READ_ON:
            return None
    start = number.start
    if start and (text[start - 1] in "$€£¥" or text[start - 1] in " \u00a0" and (
            start > 1 and text[start - 2] in "$€£¥" or _hedged_word_before(text, start))):
        return None
    noun = _noun_of(words)
    year = after - start == 4 and 1500 <= number.low <= 2100 and number.low == int(number.low) \
        and not (noun.endswith("s") or noun in PLURALS)
    span = Span(start, after)
    return Quantity(text[start:after], span, span, number.low, number.high,
                    "year" if year else "count", step=number.step, noun="" if year else noun)


def _noun_of(words: list[tuple[int, int, str]]) -> str:
    """The thing counted, from the words after a number: the last plural among the words up
    to the first function word ("282 human study participants"), else the first."""
    nouns: list[str] = []
    for _, _, word in words:
        if word in NOUN_STOP or word in UNIT_TABLE or word.endswith(("ly", "ed", "ing")):
            break
        nouns.append(word)
    plural = [w for w in nouns if w.endswith("s") or w in PLURALS]
    return plural[-1] if plural else (nouns[0] if nouns else "")


class _Number(NamedTuple):
    """A number as written: where it stands, its value (a vague one has two), its step."""

    start: int
    end: int
    low: float
    high: float
    step: float
    spelled: bool
    vague: bool


def _digits_at(text: str, pos: int, end: int, joined: bool = False) -> _Number | None:
    """Digits at ``pos``; ``joined`` says they follow a joiner of the number before ("8-in-10"),
    so a hyphen before them does not make them part of a name."""
    if pos > 0 and not joined:
        before = text[pos - 1]
        if before.isalnum() or before == "_" or (
                before in ".," and pos > 1 and text[pos - 2].isdigit()):
            return None  # inside a word or another number ("ORMD0801", "3.12")
        if before in "-\u2010" and pos > 1 and text[pos - 2].isalpha():
            return None  # part of a name: "GLP-1", "COVID-19"
    m = _DIGITS.match(text, pos, end)
    if m is None:
        return None
    value, step = _digit_value(m.group())
    return _Number(pos, m.end(), value, value, step, False, False)


def _number_at(text: str, pos: int, end: int, joined: bool = False) -> _Number | None:
    if pos >= end:
        return None
    if text[pos].isdigit():
        return _digits_at(text, pos, end, joined)
    return _spelled_at(text, pos, end)


def _digit_value(raw: str) -> tuple[float, float]:
    """The value of "2,000", "6.47" or "1,234.5", and the step its writing shows."""
    if raw.isdigit():
        value = float(raw)
        return value, _integer_step(value)
    groups = raw.split(",")
    if len(groups) > 1 and all(len(g.split(".")[0]) == 3 for g in groups[1:]):
        raw = raw.replace(",", "")  # thousands separators
    elif raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")  # a decimal comma
    else:
        raw = raw.replace(",", "")
    if raw.count(".") > 1:
        raw = raw.replace(".", "", raw.count(".") - 1)
    value = float(raw)
    if "." in raw:
        return value, 10.0 ** -len(raw.split(".")[1])
    return value, _integer_step(value)


def _integer_step(value: float) -> float:
    """The rounding a whole number's writing shows: "44,000" is to the thousand, "200" to the
    hundred; below 100 a number is taken as exact ("10", "20")."""
    if value < 100 or value % 10:
        return 1.0
    step, whole = 10.0, int(value) // 10
    while whole % 10 == 0 and whole:
        step, whole = step * 10, whole // 10
    return step


def _words_from(text: str, pos: int, end: int, limit: int) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words from ``pos``, each with its span and folded text, while they are
    joined by a single space or hyphen."""
    if limit <= 3:  # one match for the common case (a unit, the thing counted)
        m = _THREE_WORDS.match(text, pos, end)
        if m is None:
            return []
        return [(m.start(k), m.end(k), m.group(k).casefold())
                for k in range(1, limit + 1) if m.group(k) is not None]
    out: list[tuple[int, int, str]] = []
    while len(out) < limit and pos < end:
        m = _WORD.match(text, pos, end)
        if m is None:
            break
        out.append((m.start(), m.end(), m.group().casefold()))
        pos = m.end()
        if pos + 1 < end and text[pos] in " -\u00a0" and text[pos + 1].isalpha():
            pos += 1
        else:
            break
    return out


def _spelled_at(text: str, pos: int, end: int) -> _Number | None:
    """A number written in words at ``pos``: "twenty-five", "two million", "a dozen",
    "hundreds", "tens of thousands"."""
    words = _words_from(text, pos, end, 8)
    total = group = 0.0
    last_end = pos
    seen = False
    for n, (w_start, w_end, word) in enumerate(words):
        hyphened = n > 0 and text[w_start - 1] == "-"
        if word in ONES and group == 0 and not seen:
            group = ONES[word]
        elif word in ONES and group >= 100 and group % 100 == 0 and not hyphened:
            group += ONES[word]  # "one hundred five"
        elif word in ONES and group % 100 >= 20 and group % 10 == 0 and hyphened:
            group += ONES[word]  # "twenty-five"
        elif word in TENS and group % 100 == 0 and (group == 0 or group >= 100):
            group += TENS[word]
        elif word == "hundred" and 0 < group < 100:
            group *= 100
        elif word == "dozen" and group < 100:
            group = (group or 1) * 12
        elif word in ("hundred", "thousand", "million", "billion", "trillion") and not seen:
            group = MAGNITUDE[word]  # "a million", "hundred" after an article
        elif word in ("century", "decade") and not seen:
            article = _article_before(text, pos)  # "a century": one, its unit read next
            return None if article is None else \
                _Number(article, pos - 1, 1.0, 1.0, 1.0, True, False)
        elif word in ("thousand", "million", "billion", "trillion") and group:
            total += group * MAGNITUDE[word]
            group = 0
        elif word == "and" and group >= 100 and group % 100 == 0 and n + 1 < len(words):
            continue
        else:
            break
        seen = True
        last_end = w_end
    if not seen:
        return _vague_at(text, pos, end, words)
    value = total + group
    start = pos
    if words[0][2] in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
        article = _article_before(text, pos)
        if article is None:
            return None  # "the thousand islands"
        start = article
    return _Number(start, last_end, value, value, _integer_step(value), True, False)


def _vague_at(text: str, pos: int, end: int, words: list[tuple[int, int, str]]
              ) -> _Number | None:
    """"hundreds", "thousands", "tens of thousands", "hundreds of thousands"."""
    if not words:
        return None
    word = words[0][2]
    if word in ("tens", "hundreds"):
        m = _OF_SCALE.match(text, words[0][1], end)
        if m is not None:
            scale = MAGNITUDE[m.group(1).casefold()[:-1]]
            base = 20.0 if word == "tens" else 200.0
            return _Number(pos, m.end(), base * scale, base * scale * 5 - 1, scale, True, True)
    if word in VAGUE:
        low, high = VAGUE[word]
        return _Number(pos, words[0][1], low, high, low, True, True)
    return None


def _article_before(text: str, pos: int) -> int | None:
    """Where an "a" or "an" standing just before ``pos`` starts ("a million", "a dozen")."""
    for article in ("a ", "an ", "A ", "An "):
        at = pos - len(article)
        if at >= 0 and text.startswith(article, at) and (at == 0 or not text[at - 1].isalnum()):
            return at
    return None


def _currency_before(text: str, pos: int) -> tuple[str, int]:
    """A currency sign just before the number ("$", "US$", "€ "), and where it starts."""
    at = pos
    if at > 1 and text[at - 1] in " \u00a0" and text[at - 2] in "$€£¥":
        at -= 1
    if at > 0 and text[at - 1] in "$€£¥":
        sign = text[at - 1]
        if sign == "$" and text[max(0, at - 3):at - 1] == "US":
            return "US$", at - 3
        return sign, at - 1
    return "", pos


class _Part:
    """One number read on: its magnitude, unit, a range's other end, the thing counted and a
    frequency. Values are the number as written times ``magnitude`` times the unit's
    ``size``."""

    def __init__(self, text: str, end: int, number: _Number, currency: str, start: int) -> None:
        self.text, self.end, self.number, self.start = text, end, number, start
        self.pos = number.end
        self.magnitude = 1.0
        self.size = 1.0
        self.dimension = CURRENCY.get(currency, "count")
        self.unit = "$" if currency == "US$" else currency
        self.high: float | None = None  # a range's other end, in base units
        self.high_step = 0.0
        self.times, self.per, self.noun = 1.0, "", ""
        self.core_end = number.end

    @classmethod
    def read(cls, text: str, pos: int, end: int, joined: bool = False,
             number: _Number | None = None) -> _Part | None:
        """The number at ``pos`` (``number``, if read already) with its magnitude and unit, or
        None if it is none (an ordinal, a code such as "4G", a decade such as "1990s");
        ``joined`` as for ``_digits_at``."""
        number = number or _number_at(text, pos, end, joined)
        if number is None:
            return None
        currency, start = _currency_before(text, number.start)
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
        return self.number.low * self.magnitude * self.size

    @property
    def step(self) -> float:
        return self.number.step * self.magnitude * self.size

    # -- reading on

    def _glued(self) -> bool:
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

    def _set_unit(self, entry: tuple[str, float, str]) -> None:
        dimension, size, canonical = entry
        if self.dimension != "count":
            if self.dimension != dimension:
                return  # "$5 a day": the currency stays
        self.dimension, self.size, self.unit = dimension, size, canonical

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
        whole = _number_at(self.text, m.end(), self.end, joined=True)
        if whole is None or whole.vague or whole.low <= 0 or whole.low < self.number.low:
            return False
        self.size = 100 / whole.low
        self.dimension, self.unit = "percent", "in"
        self.pos = whole.end
        return True

    def _unit(self) -> None:
        text, pos = self.text, self.pos
        if pos < self.end and text[pos] in "-\u2010":
            words = _words_from(text, pos + 1, self.end, 2)  # "20-week", "five-year"
        else:
            gap = _GAP.match(text, pos, self.end)
            if gap is None or gap.end() == pos:
                return
            words = _words_from(text, gap.end(), self.end, 2)
        if not words or words[0][2] not in _UNIT_STARTS:
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
        second = _Part.read(self.text, m.end(), self.end, joined=True)
        if second is None or second.number.vague or second.start != m.end():
            return
        if second.dimension != self.dimension:
            if self.dimension == "count":
                self.dimension, self.unit, self.size = second.dimension, second.unit, second.size
            elif second.dimension == "count":
                second.dimension, second.unit, second.size = self.dimension, self.unit, self.size
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
        gap = _GAP.match(self.text, self.pos, self.end)
        if gap is None or gap.end() == self.pos:
            return
        self.noun = _noun_of(_words_from(self.text, gap.end(), self.end, 3))

    def _is_year(self) -> bool:
        """Four digits from 1500 to 2100, not a range's end and not counting things ("in
        2003", "the 2012 paper"; but "2000 people" is a count)."""
        n = self.number
        return (not n.spelled and n.end - n.start == 4 and self.high is None and
                1500 <= n.low <= 2100 and n.low == int(n.low) and self.magnitude == 1.0 and
                not (self.noun.endswith("s") or self.noun == "people"))

    def _frequency(self) -> None:
        """A rate after a measured amount: "one gram by mouth twice daily", "10 grams a day"."""
        words = _words_from_loose(self.text, self.pos, self.end, 7)
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
            if _hedged_word_before(self.text, self.start) else None
        if m is not None:
            hedge, hedge_start = HEDGES[" ".join(m.group().casefold().split())], m.start()
        if self.number.spelled and self.dimension == "count" and not self.number.vague and \
                self.number.low < 100 and self.high is None and not (self.noun or hedge):
            return None
        if self.number.spelled and _DETERMINER.search(self.text, max(0, self.start - 8),
                                                      self.start) is not None:
            return None
        low = self.low
        high = self.number.high * self.magnitude * self.size if self.high is None else self.high
        step = max(self.step, self.high_step)
        return Quantity(self.text[hedge_start:self.pos], Span(hedge_start, self.pos),
                        Span(self.start, self.core_end), low, high, self.dimension,
                        self.unit, hedge, self.times, self.per, step, self.number.spelled,
                        self.noun, self.number.vague)


# the first words of the units: a word after a number that is none of these is no unit
_UNIT_STARTS = frozenset(word.split()[0] for word in UNIT_TABLE)
# words after a number that the full reader must see: a unit, a magnitude, a range's or a
# share's joiner, a frequency
_READ_ON = _UNIT_STARTS | frozenset(MAGNITUDE) | frozenset(GLUED_MAGNITUDE) | frozenset(
    {"to", "and", "or", "in", "out", "once", "twice", "thrice", "times", "a", "per", "each",
     "every"}) | frozenset(ADVERB_PER)
# the last words of the hedges: only a number after one of these is searched for its hedge
_HEDGE_ENDS = frozenset(w.split()[-1] for w in HEDGES) | frozenset(
    w.split()[-1].capitalize() for w in HEDGES)


def _hedged_word_before(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` (and a space) may end a hedge ("than", "about")."""
    if pos < 2 or text[pos - 1] not in " \u00a0":
        return False
    low = max(0, pos - 16)
    cut = max(text.rfind(" ", low, pos - 1), text.rfind("\u00a0", low, pos - 1),
              text.rfind("\n", low, pos - 1))
    word = text[cut + 1 if cut >= 0 else low:pos - 1]
    return word in _HEDGE_ENDS or word.casefold() in _HEDGE_ENDS


_LOOSE_WORD = re.compile(r"[ \u00a0]*+([A-Za-z]+|\d+)")


def _words_from_loose(text: str, pos: int, end: int, limit: int) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words from ``pos`` separated by spaces only (no punctuation between)."""
    out: list[tuple[int, int, str]] = []
    while len(out) < limit:
        m = _LOOSE_WORD.match(text, pos, end)
        if m is None:
            break
        out.append((m.start(1), m.end(1), m.group(1).casefold()))
        pos = m.end()
    return out


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


