"""Whether a fact still stands in a text: word-bounded, typography- and case-folded lookups,
fast for many facts at once.

Depends on ``tokenize`` for folding and ``facts`` for where sentences open. A number never
stands inside a longer one ("200" is not in "2003"); a word may continue ("Saturdays").
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .facts import opens_sentence
from .tokenize import fold, pieces


def folded_words(text: str) -> str:
    """Case- and typography-folded text with single spaces, accents taken off, for presence
    checks."""
    folded = "".join(fold(text[s:e], ignore_case=True) for s, e in pieces(text))
    return unaccented(" " + " ".join(folded.split()) + " ")


_BASE: dict[str, str] = {}  # an accented letter and its letter without the accent


def unaccented(text: str) -> str:
    """``text`` with each letter that carries accents written without them ("Niinistö" as
    "Niinisto"), character for character, so lengths and places stay: a name printed with or
    without its accents is the same name."""
    if text.isascii():
        return text
    table: dict[int, str] = {}
    for c in set(text) - _ASCII:
        base = _BASE.get(c)
        if base is None:
            decomposed = unicodedata.normalize("NFD", c)
            base = _BASE[c] = decomposed[0] if len(decomposed) > 1 and all(
                unicodedata.combining(d) for d in decomposed[1:]) else c
        if base != c:
            table[ord(c)] = base
    return text.translate(table) if table else text


_ASCII = frozenset(chr(n) for n in range(128))


def occurs_in(fact: str, haystack_folded: str) -> bool:
    """Whether ``fact`` stands in the folded haystack, starting at a word boundary. A word
    may continue ("Saturday" stands in "Saturdays"), a number may not: "200" does not stand
    in "2003", "12" not in "12.5", "3.12" nor "2:12"."""
    needle = _needle(fact)
    if not needle:
        return True
    pattern = (r"(?<![\w])" if needle[0].isalnum() else "") + \
        (r"(?<!\d[.,:])" if needle[0].isdigit() else "") + re.escape(needle) + \
        (r"(?![\w]|[.,:]\d)" if needle[-1].isdigit() else "")
    return re.search(pattern, haystack_folded) is not None


# a character beyond the Basic Multilingual Plane (an emoji), or a surrogate of UTF-16
_WIDE = re.compile("[\U00010000-\U0010ffff\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _as_surrogates(m: re.Match[str]) -> str:
    code = ord(m.group()) - 0x10000
    return chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF))


def joined_hay(parts: Sequence[str]) -> tuple[str, bool]:
    """``" " + " ".join(parts) + " "`` for a ``Presence``, and whether it is narrowed: each
    character beyond the Basic Multilingual Plane written as its two UTF-16 surrogates.

    One emoji makes Python hold a whole text at four bytes a character; narrowed, at two.
    Searches find the same where those characters are no letters or digits (then no word,
    number or boundary check tells them from their surrogates) and the text holds no
    surrogate of its own; otherwise the text is joined as it is."""
    wide = {m.group() for part in parts for m in _WIDE.finditer(part)}
    if not wide or any(c.isalnum() or _SURROGATE.match(c) for c in wide):
        return " " + " ".join(parts) + " ", False
    narrow = [_WIDE.sub(_as_surrogates, part) for part in parts]
    return " " + " ".join(narrow) + " ", True


class Presence:
    """Answers "does this fact stand in the text?" exactly like ``occurs_in``, fast for many
    facts: one-word facts look up a sorted word list, longer ones a substring search."""

    def __init__(self, text: str, folded: str | None = None,
                 check: Callable[[], None] | None = None, narrowed: bool = False) -> None:
        """``folded``, when the caller has it, is ``folded_words(text)`` already (accents
        taken off by ``unaccented``), or that narrowed (``narrowed``: see ``joined_hay``);
        ``check`` is called now and then while indexing a long text, and raises when the
        caller gave up."""
        self._check = check or (lambda: None)
        self._hay = folded if folded is not None else folded_words(text)
        self._narrowed = narrowed
        tokens: set[str] = set()  # far fewer distinct tokens than words
        for n, (start, end) in enumerate(pieces(self._hay)):  # a piece at a time: see ``pieces``
            if n % 8 == 0:
                self._check()
            tokens.update(self._hay[start:end].split())
        words: set[str] = set()
        numbers: set[str] = set()  # whole numbers as written ("2003", "12.5", "3.12")
        self._check()
        for token in tokens:
            if token.isalnum():  # what ``\w+`` matches, but for "_"
                words.add(token)
            else:
                words.update(_INDEX_WORD.findall(token))
            if not token.isalpha():
                numbers.update(_WHOLE_NUMBER.findall(token))
        self._words = words
        self._numbers = numbers
        self._sorted = sorted(words)
        # where each word starts, made on demand; positions as machine integers (4 bytes each
        # where a list would hold 40): a long text has millions
        self._at: dict[str, array[int]] | None = None
        self._scans = 0

    def expect(self, facts: Iterable[str]) -> None:
        """These facts are about to be looked up: index the text now if scanning it for each
        would cost more than the index."""
        scans = sum(1 for fact in facts
                    if (needle := self._needle(fact)) is not None and self._quick(needle) is None)
        if self._at is None and self._scans + scans > POSITIONS_AFTER:
            self._index()

    def _index(self) -> None:
        at: dict[str, array[int]] = {}
        kind = "i" if len(self._hay) < 2**31 else "q"
        for n, m in enumerate(_INDEX_WORD.finditer(self._hay)):
            if n % 65536 == 0:
                self._check()
            word = m.group()
            positions = at.get(word)
            if positions is None:
                positions = at[word] = array(kind)
            positions.append(m.start())
        self._at = at

    def working_data(self) -> list[Any]:
        """The containers this lookup built, for ``jobs.let_go``."""
        return [c for c in (self._at, self._words, self._sorted) if c is not None]

    def has_word(self, word: str) -> bool:
        """Whether ``word`` (folded as by ``fold(..., ignore_case=True)``, letters and digits
        only) is a whole word of the text."""
        return unaccented(word) in self._words

    def _has_prefix(self, word: str) -> bool:
        pos = bisect.bisect_left(self._sorted, word)
        return pos < len(self._sorted) and self._sorted[pos].startswith(word)

    def _quick(self, needle: str) -> bool | None:
        """The answer for ``needle`` without reading the text, or None if it takes a search."""
        if not needle:
            return True
        first = _INDEX_WORD.match(needle)
        if first is not None and first.end() == len(needle):
            if needle[-1].isdigit():  # a number stands whole: "200" is not in "2003"
                return needle in self._numbers if needle.isdigit() else \
                    (None if needle in self._words else False)
            # one word: it may continue ("Saturday" stands in "Saturdays")
            return self._has_prefix(needle)
        if first is None:  # starts with a mark: no word boundary needed, but a number ends whole
            return _find_fact(self._hay, needle) if needle[-1].isdigit() else needle in self._hay
        # every word but the last must stand in the text whole, the last at least as the
        # start of a word (whole too if it ends in a digit)
        words = _INDEX_WORD.findall(needle)
        whole = words[:-1] if _continues(needle) else words
        if any(w not in self._words for w in whole) or not self._has_prefix(words[-1]):
            return False
        return None

    def _needle(self, fact: str) -> str | None:
        """``fact`` as looked for in this hay, or None where it cannot stand there (a
        surrogate of its own, in a narrowed hay, which has none)."""
        needle = _needle(fact)
        if self._narrowed and _WIDE.search(needle):
            if _SURROGATE.search(needle):
                return None
            return _WIDE.sub(_as_surrogates, needle)
        return needle

    def __contains__(self, fact: str) -> bool:
        needle = self._needle(fact)
        if needle is None:
            return False
        quick = self._quick(needle)
        if quick is not None:
            return quick
        if self._at is None and self._scans < POSITIONS_AFTER:
            self._scans += 1
            return _find_fact(self._hay, needle)
        if self._at is None:  # many facts needed a scan of the whole text: index it once
            self._index()
        # try where its rarest whole word stands, the fact starting at a word boundary
        index = self._at
        assert index is not None
        words = _INDEX_WORD.findall(needle)
        whole = words[:-1] if _continues(needle) else words
        starts = [m.start() for m in _INDEX_WORD.finditer(needle)]
        k = min(range(len(whole)), key=lambda n: len(index.get(whole[n], ())))
        for at in index.get(whole[k], ()):
            begin = at - starts[k]
            if begin >= 0 and self._hay.startswith(needle, begin) and \
                    _bounded(self._hay, needle, begin):
                return True
        return False


def _needle(fact: str) -> str:
    """A fact as looked for: folded, its white space single spaces."""
    return unaccented(re.sub(r"\s+", " ", fold(fact, ignore_case=True)).strip())


def _continues(needle: str) -> bool:
    """Whether the last word of ``needle`` may go on in the text: a word may ("Saturday" in
    "Saturdays"), a number may not."""
    return bool(_INDEX_WORD.match(needle[-1:])) and not needle[-1].isdigit()


def _bounded(text: str, needle: str, at: int) -> bool:
    """Whether ``needle`` standing at ``at`` starts a word (if it starts with one) and, where
    it starts or ends with a digit, is a whole number there ("12" is not in "3.12", "12.5" or
    "123")."""
    if _is_word_char(needle[:1]) and _is_word_char(text[at - 1:at]):
        return False
    if needle[:1].isdigit() and at >= 2 and text[at - 1] in ".,:" and text[at - 2].isdigit():
        return False
    end = at + len(needle)
    if needle[-1:].isdigit():
        after = text[end:end + 1]
        if _is_word_char(after) or (after in (".", ",", ":") and after and
                                    text[end + 1:end + 2].isdigit()):
            return False
    return True


def _find_fact(text: str, needle: str) -> bool:
    """Whether ``needle`` stands in ``text`` as ``occurs_in`` has it (see ``_bounded``)."""
    at = text.find(needle)
    while at >= 0:
        if _bounded(text, needle, at):
            return True
        at = text.find(needle, at + 1)
    return False


def _is_word_char(c: str) -> bool:
    """Whether ``c`` (one character, or none at a text's edge) is what ``\\w`` matches."""
    return c.isalnum() or c == "_"


def named_inside_sentence(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a whole word, capitalised, somewhere other than
    at a sentence's opening: what tells a name from a common word that opens a sentence
    ("Aniston" against "Following"). A plain search, as in ``find_at_word_start``."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _is_word_char(text[at - 1:at]) and not _is_word_char(text[end:end + 1]) and \
                not opens_sentence(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def find_at_word_start(text: str, needle: str, whole_word: bool = False, start: int = 0) -> int:
    """Where ``needle`` first stands in ``text`` from ``start`` on, starting a word (and, if
    ``whole_word``, ending one too), or -1. A plain search, many times faster than a pattern
    with word boundaries, which the regular expression engine cannot search for as a
    literal."""
    at = text.find(needle, start)
    while at >= 0:
        end = at + len(needle)
        if not _is_word_char(text[at - 1:at]) and not (whole_word and _is_word_char(text[end:end + 1])):
            return at
        at = text.find(needle, at + 1)
    return -1


_INDEX_WORD = re.compile(r"\w+")
# a whole number as a lookup sees it: digits with inner separators, not inside a word
_WHOLE_NUMBER = re.compile(r"(?<!\w)\d++(?:[.,:]\d++)*+(?!\w)")
# whole-text scans before an index of word positions pays for itself: both cost in proportion
# to the text, and building the index took as long as about 220 scans (100k words: 65 ms
# against 0.29 ms per scan), so the break-even does not depend on the text's length
POSITIONS_AFTER = 200
