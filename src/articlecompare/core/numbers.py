"""Numbers as written: digits ("1,000", "6.47"), spelled ("twenty-one", "a dozen") and vague
("several", "dozens of"), each read from a position of a text with its value, the step it is
given to (for rounding) and the currency that stands before it.

Depends on ``units`` for the words of numbers and currencies. Offsets are code points.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .units import MAGNITUDE, ONES, TENS, UNIT_TABLE, VAGUE

SP = "[ \u00a0]"
OF_SCALE = re.compile(rf"{SP}of{SP}(thousands|millions)\b", re.IGNORECASE)
DIGITS = re.compile(r"\d++(?:[.,]\d++)*+")


NUMBER_START = re.compile(r"\d++")


WORD = re.compile(r"[A-Za-zµ%°][A-Za-z’']*+")


GAP = re.compile(rf"{SP}*+")


ALPHA_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]++(?![^\W\d_])")


THREE_WORDS = re.compile(r"([A-Za-zµ%°][A-Za-z’']*+)(?:[ \u00a0-]([A-Za-z][A-Za-z’']*+)"
                          r"(?:[ \u00a0-]([A-Za-z][A-Za-z’']*+))?)?")



class Number(NamedTuple):
    """A number as written: where it stands, its value (a vague one has two), its step."""

    start: int
    end: int
    low: float
    high: float
    step: float
    spelled: bool
    vague: bool



def digits_at(text: str, pos: int, end: int, joined: bool = False) -> Number | None:
    """Digits at ``pos``; ``joined`` says they follow a joiner of the number before ("8-in-10"),
    so a hyphen before them does not make them part of a name."""
    if pos > 0 and not joined:
        before = text[pos - 1]
        if before.isalnum() or before == "_" or (
                before in ".," and pos > 1 and text[pos - 2].isdigit()):
            return None  # inside a word or another number ("ORMD0801", "3.12")
        if before in "-\u2010" and pos > 1 and text[pos - 2].isalpha():
            return None  # part of a name: "GLP-1", "COVID-19"
    m = DIGITS.match(text, pos, end)
    if m is None or _ONE_ON_ONE.match(text, m.end()):
        return None  # "1-on-1", "2-on-2": a kind of meeting or game, no count
    value, step = digit_value(m.group())
    return Number(pos, m.end(), value, value, step, False, False)



_ONE_ON_ONE = re.compile(r"-on-\d")


def number_at(text: str, pos: int, end: int, joined: bool = False) -> Number | None:
    if pos >= end:
        return None
    if text[pos].isdigit():
        return digits_at(text, pos, end, joined)
    return spelled_at(text, pos, end)



def digit_value(raw: str) -> tuple[float, float]:
    """The value of "2,000", "6.47" or "1,234.5", and the step its writing shows."""
    if raw.isdigit():
        value = float(raw)
        return value, integer_step(value)
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
    return value, integer_step(value)



def integer_step(value: float) -> float:
    """The rounding a whole number's writing shows: "44,000" is to the thousand, "200" to the
    hundred; below 100 a number is taken as exact ("10", "20")."""
    if value < 100 or value % 10:
        return 1.0
    step, whole = 10.0, int(value) // 10
    while whole % 10 == 0 and whole:
        step, whole = step * 10, whole // 10
    return step



def words_from(text: str, pos: int, end: int, limit: int) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words from ``pos``, each with its span and folded text, while they are
    joined by a single space or hyphen."""
    if limit <= 3:  # one match for the common case (a unit, the thing counted)
        m = THREE_WORDS.match(text, pos, end)
        if m is None:
            return []
        return [(m.start(k), m.end(k), m.group(k).casefold())
                for k in range(1, limit + 1) if m.group(k) is not None]
    out: list[tuple[int, int, str]] = []
    while len(out) < limit and pos < end:
        m = WORD.match(text, pos, end)
        if m is None:
            break
        out.append((m.start(), m.end(), m.group().casefold()))
        pos = m.end()
        if pos + 1 < end and text[pos] in " -\u00a0" and text[pos + 1].isalpha():
            pos += 1
        else:
            break
    return out



def spelled_at(text: str, pos: int, end: int) -> Number | None:
    """A number written in words at ``pos``: "twenty-five", "two million", "a dozen",
    "hundreds", "tens of thousands"."""
    words = words_from(text, pos, end, 8)
    if words and words[0][2] == "half" and len(words) > 2 and words[1][2] in ("a", "an") and \
            text[words[0][1]:words[1][0]] == " ":
        if words[2][2] == "dozen":  # "half a dozen": six
            return Number(pos, words[2][1], 6.0, 6.0, 1.0, True, False)
        if words[2][2] in UNIT_TABLE:  # "half an hour", "half a mile": of the unit read next
            return Number(pos, words[1][1], 0.5, 0.5, 0.5, True, False)
        return None
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
            article = article_before(text, pos)  # "a century": one, its unit read next
            return None if article is None else \
                Number(article, pos - 1, 1.0, 1.0, 1.0, True, False)
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
        return vague_at(text, pos, end, words)
    value = total + group
    start = pos
    if words[0][2] in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
        article = article_before(text, pos)
        if article is None:
            return None  # "the thousand islands"
        start = article
    return Number(start, last_end, value, value, integer_step(value), True, False)



def vague_at(text: str, pos: int, end: int, words: list[tuple[int, int, str]]
              ) -> Number | None:
    """"hundreds", "thousands", "tens of thousands", "hundreds of thousands"."""
    if not words:
        return None
    word = words[0][2]
    if word in ("tens", "hundreds"):
        m = OF_SCALE.match(text, words[0][1], end)
        if m is not None:
            scale = MAGNITUDE[m.group(1).casefold()[:-1]]
            base = 20.0 if word == "tens" else 200.0
            return Number(pos, m.end(), base * scale, base * scale * 5 - 1, scale, True, True)
    if word in VAGUE:
        low, high = VAGUE[word]
        return Number(pos, words[0][1], low, high, low, True, True)
    return None



def article_before(text: str, pos: int) -> int | None:
    """Where an "a" or "an" standing just before ``pos`` starts ("a million", "a dozen")."""
    for article in ("a ", "an ", "A ", "An "):
        at = pos - len(article)
        if at >= 0 and text.startswith(article, at) and (at == 0 or not text[at - 1].isalnum()):
            return at
    return None



def currency_before(text: str, pos: int) -> tuple[str, int]:
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


LOOSE_WORD = re.compile(r"[ \u00a0]*+([A-Za-z]+|\d+)")



def words_from_loose(text: str, pos: int, end: int, limit: int) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words from ``pos`` separated by spaces only (no punctuation between)."""
    out: list[tuple[int, int, str]] = []
    while len(out) < limit:
        m = LOOSE_WORD.match(text, pos, end)
        if m is None:
            break
        out.append((m.start(1), m.end(1), m.group(1).casefold()))
        pos = m.end()
    return out
