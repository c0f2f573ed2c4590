"""Paragraphs and sentences over a token list: a fast rule-based splitter.

Depends on ``tokenize``. A paragraph ends at a line break; a sentence ends at ., ! or ?
(with any closing quotes or brackets) before a capital, digit or opening quote, unless the
word before the stop is an abbreviation ("Dr.", "Gov.", "U.S." before a lower-case word).
Returns token-index ranges; character spans are derived by callers from the tokens.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Token

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


def split(text: str, tokens: list[Token]) -> tuple[list[TokenRange], list[TokenRange]]:
    """Sentences and paragraphs of ``text`` as token ranges (both cover every token)."""
    sentences: list[TokenRange] = []
    paragraphs: list[TokenRange] = []
    n = len(tokens)
    para = 0
    sent_lo = para_lo = 0
    for k in range(n):
        if k + 1 == n:
            sentences.append(TokenRange(sent_lo, n, para))
            paragraphs.append(TokenRange(para_lo, n, para))
            break
        gap = text[tokens[k].end:tokens[k + 1].start]
        if "\n" in gap:
            sentences.append(TokenRange(sent_lo, k + 1, para))
            paragraphs.append(TokenRange(para_lo, k + 1, para))
            para += 1
            sent_lo = para_lo = k + 1
            continue
        if not gap or not _ends_sentence(text, tokens, k, sent_lo):
            continue
        sentences.append(TokenRange(sent_lo, k + 1, para))
        sent_lo = k + 1
    return sentences, paragraphs


def _ends_sentence(text: str, tokens: list[Token], k: int, sent_lo: int) -> bool:
    """Whether a sentence ends after token ``k`` (which is followed by white space)."""
    nxt = text[tokens[k + 1].start:tokens[k + 1].end]
    if not _starts_sentence(nxt):
        return False
    j = k
    while j > sent_lo and tokens[j].key in _CLOSERS:
        j -= 1
    if tokens[j].key not in _STOPS and text[tokens[j].end - 1:tokens[j].end] not in "!?":
        return False
    if j == k and tokens[j].key in _CLOSERS:
        return False
    if tokens[j].key == "." and j > sent_lo and tokens[j - 1].end == tokens[j].start:
        word = text[tokens[j - 1].start:tokens[j - 1].end]
        following = nxt
        if following in _OPENERS and k + 2 < len(tokens):
            following = text[tokens[k + 2].start:tokens[k + 2].end]
        if _is_abbreviation(word, following):
            return False
    return k - sent_lo >= 1
