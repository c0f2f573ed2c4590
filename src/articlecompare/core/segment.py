"""Paragraphs and sentences over a token list: a fast rule-based splitter.

Depends on ``tokenize``. A paragraph ends at a line break; a sentence ends at ., ! or ?
(with any closing quotes or brackets) before a capital, digit or opening quote, unless the
word before the stop is an abbreviation ("Dr.", "Gov.", "U.S." before a lower-case word).
Returns token-index ranges; character spans are derived by callers from the tokens.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .model import Token
from .tokenize import TOKEN_RE

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gov sen rep st jr sr gen col lt sgt capt cmdr adm maj cpl pvt rev hon pres
supt atty gens sens reps messrs mt ft ave blvd rd no nos vs v etc inc corp co ltd bros dept
est approx fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs
fri sat sun ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
mont neb nev okla ore pa tenn tex va vt wash wis wyo al cf op ed univ
""".split())
# after a dotted abbreviation ("U.S.", "p.m.") a sentence ends only before one of these
SENTENCE_STARTERS = frozenset("""
the a an he she it they we i you his her its their our this that these those there but and
so yet or in on at for as after before when while if since although though meanwhile
however still now then also mr mrs ms dr
""".split())
_STOPS = frozenset({".", "!", "?", "...", "…", "?!", "!?"})
_CLOSERS = frozenset({'"', "'", ")", "]", "»", "”", "’"})
_OPENERS = frozenset({'"', "'", "(", "[", "«", "“", "‘"})


@dataclass(frozen=True, slots=True)
class TokenRange:
    """Tokens ``lo:hi`` of a side, in paragraph ``paragraph``."""

    lo: int
    hi: int
    paragraph: int


def _is_abbreviation(word: str, next_word: str) -> bool:
    bare = word.casefold()
    if bare in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    if "." in word:  # dotted: "U.S", "p.m", "D.C"
        return next_word.casefold() not in SENTENCE_STARTERS
    return False


def _starts_sentence(raw: str) -> bool:
    first = raw[:1]
    return first.isupper() or first.isdigit() or first in _OPENERS or not first.isalpha()


# a stop (with any closing quotes or brackets) followed by white space on the same line; a
# run of stops is tried from its first stop only, and taken whole (a long run of stops at a
# line's end was quadratic: 39 s for 20 KB of dots)
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]»]*+(?=[^\S\n]+\S)")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"(?:[^\W_]+(?:[’'\-.,:/][^\W_]+)*)$")
_NEXT_TOKEN = re.compile(r"\S+")


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s|\n")  # a stop and a space, or a line's end


def sentence_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The sentence around ``start``..``end`` (up to its stop or line break), within
    ``reach`` of it either way: a cheap look at one place, where ``sentence_spans`` splits a
    whole text."""
    low = max(0, start - reach)
    begin = low
    for match in _SENTENCE_END.finditer(text, low, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    return begin, after.start() + 1 if after else min(len(text), end + reach)


def sentence_spans(text: str, check: Callable[[], None] | None = None) -> list[tuple[int, int, int]]:
    """Sentences of ``text`` as (start, end, paragraph), trimmed of white space, in order.

    Every line is a paragraph; blank lines are skipped. Works on the text alone, so callers
    need not tokenize what they will not compare word by word. ``check`` is called now and
    then and raises when the caller gave up.
    """
    return list(iter_sentence_spans(text, check))


def iter_sentence_spans(text: str, check: Callable[[], None] | None = None
                        ) -> Iterator[tuple[int, int, int]]:
    """``sentence_spans`` one at a time, for callers that keep them in a form of their own."""
    para = 0
    for n, line in enumerate(_LINE.finditer(text)):
        if check is not None and n % 1024 == 0:
            check()
        raw = line.group()
        body = raw.strip()
        if not body:
            continue
        start = line.start() + raw.index(body[0])
        end = start + len(body)
        for m in _BOUNDARY.finditer(text, start, end):
            nxt = _NEXT_TOKEN.search(text, m.end(), end)
            if nxt is None or m.start() == start or not _is_boundary(text, m, nxt, start):
                continue
            yield start, m.end(), para
            start = nxt.start()
        yield start, end, para
        para += 1


def _is_boundary(text: str, stop: re.Match[str], nxt: re.Match[str], sent_start: int) -> bool:
    following = TOKEN_RE.match(text, nxt.start())
    first = following.group() if following else nxt.group()
    if not _starts_sentence(first):
        return False
    if not stop.group().startswith(".") or stop.group()[:2] == "..":
        return True
    # a word holds no white space: the search starts after the last space before the stop
    # (trying every position of 60 characters before it was most of the splitter's time)
    lo = max(sent_start, stop.start() - 60, text.rfind(" ", sent_start, stop.start()) + 1)
    before = _WORD_BEFORE.search(text, lo, stop.start())
    if before is None:
        return True
    if first in _OPENERS:
        after = TOKEN_RE.match(text, following.end()) if following else None
        if after is None:
            skipped = _NEXT_TOKEN.search(text, following.end() if following else nxt.end())
            after = TOKEN_RE.match(text, skipped.start()) if skipped else None
        first = after.group() if after else first
    return not _is_abbreviation(before.group(), first)


def split(text: str, tokens: list[Token]) -> tuple[list[TokenRange], list[TokenRange]]:
    """Sentences and paragraphs of ``text`` as token ranges over ``tokens`` (which must be
    ``tokenize(text)``); both cover every token."""
    starts = [t.start for t in tokens]
    sentences: list[TokenRange] = []
    for s, e, para in sentence_spans(text):
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if hi > lo:
            sentences.append(TokenRange(lo, hi, para))
    paragraphs: list[TokenRange] = []
    for rng in sentences:
        if paragraphs and paragraphs[-1].paragraph == rng.paragraph:
            paragraphs[-1] = TokenRange(paragraphs[-1].lo, rng.hi, rng.paragraph)
        else:
            paragraphs.append(TokenRange(rng.lo, rng.hi, rng.paragraph))
    return sentences, paragraphs
