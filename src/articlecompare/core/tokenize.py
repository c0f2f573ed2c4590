"""Words, numbers and punctuation marks with code-point offsets and a normalised key.

Depends on nothing but ``re``. The key folds typography (curly quotes, dashes, non-breaking
spaces, compatibility forms) and, on request, case; callers show the original text.
"""
from __future__ import annotations

import re
import unicodedata
from sys import intern
from collections import Counter
from collections.abc import Callable

from .model import Token

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u200d"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = rf"(?:[^\W_{_CJK}]|[{_MARKS}])+"
# a word may carry inner apostrophes, hyphens, dots, commas, colons or slashes:
# "Chicago’s", "8-in-10", "U.S", "2,000", "2:20", "Harvard/Harris"
# an ellipsis written as dots, or a dash as hyphens, is one token, like "…" or "—"
TOKEN_RE = re.compile(rf"[{_CJK}]|{_WORD}(?:[’'\-.,:/]{_WORD})*|\.{{2,}}|-{{2,}}|[^\s{_MARKS}][{_MARKS}]*")
_DASHES = re.compile(r"-{2,}")

_FOLD = {
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "…": "...",
}
# a search for the few characters to fold is four times faster than ``str.translate``, which
# looks up every character of a text that is not ASCII
_FOLD_RE = re.compile("[" + "".join(_FOLD) + "]")


def _folded_char(m: re.Match[str]) -> str:
    return _FOLD[m.group()]


STOPWORDS = frozenset("""
a an the of to in on at for and or but by with from as that this these those it its is was are
were be been being has have had will would can could may might shall should do does did not
so than then there their they them he she his her him we our us you your i me my which who whom
what when where while if into over about after before up down out also just very such
""".split())


def fold(text: str, ignore_case: bool = False) -> str:
    """The comparison form of ``text``: typography folded, optionally case-folded."""
    folded = _FOLD_RE.sub(_folded_char, text)
    if not folded.isascii():
        folded = unicodedata.normalize("NFKC", folded)
    if "--" in folded:  # "--" is how plain text writes a dash
        folded = _DASHES.sub("-", folded)
    return folded.casefold() if ignore_case else folded


def is_word(key: str) -> bool:
    """True for words and numbers, False for punctuation and symbols."""
    return key[:1].isalnum() or (len(key) > 1 and key[0] in "'\"" and key[1:2].isalnum())


# the word tokens alone: as in TOKEN_RE, but a word starts with a letter or digit (a joiner
# or other mark after an emoji belongs to the emoji's token, which is no word)
_WORD_HEAD = rf"[^\W_{_CJK}](?:{_WORD})?"
WORD_RE = re.compile(rf"[{_CJK}]|{_WORD_HEAD}(?:[’'\-.,:/]{_WORD})*")


CHUNK = 1 << 16  # characters one C-level call handles before Python (and other threads) run


def pieces(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at white space into ranges of about ``CHUNK`` characters, so
    long texts are processed in steps that let a GUI thread breathe in between."""
    end = len(text) if end is None else end
    out = []
    while end - start > CHUNK:
        cut = text.find(" ", start + CHUNK, end)
        if cut < 0:
            break
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def count_words(text: str, start: int = 0, end: int | None = None,
                check: Callable[[], None] | None = None) -> int:
    """How many word tokens (not punctuation) ``text[start:end]`` holds; ``check`` is called
    now and then on a long text.

    A word never spans white space, so on a long text the count is the sum over its
    space-separated chunks: most are one plain word, and each distinct one is looked at once."""
    end = len(text) if end is None else end
    if end - start < CHUNK:
        return len(WORD_RE.findall(text, start, end))
    chunks: Counter[str] = Counter()
    for n, (s, e) in enumerate(pieces(text, start, end)):
        if check is not None and n % 8 == 0:
            check()
        chunks.update(text[s:e].split())
    total = 0
    for k, (chunk, n) in enumerate(chunks.items()):
        if check is not None and k % 16384 == 0:
            check()
        total += n * (1 if chunk.isascii() and chunk.isalnum() else len(WORD_RE.findall(chunk)))
    return total


def tokenize(text: str, ignore_case: bool = False, start: int = 0,
             end: int | None = None, shared_keys: bool = False) -> list[Token]:
    """Tokens of ``text[start:end]`` (all of it by default) in order, with offsets into
    ``text``: ``text[t.start:t.end]`` is each token's raw text. With ``shared_keys`` the
    keys are interned: a word that comes back is held once however often it does."""
    out: list[Token] = []
    append = out.append
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        raw = m.group()
        plain = raw.isascii() and "`" not in raw and "--" not in raw
        key = (raw.casefold() if ignore_case else raw) if plain else fold(raw, ignore_case)
        append(Token(m.start(), m.end(), intern(key) if shared_keys else key))
    return out
