"""Words that set a claim's scope, strength or certainty: "all", "only", "not", "first",
"significant", "perhaps", "often". A phrase a rewording drops is a fact to report when it
carries one (a caveat cut, a superlative dropped), and wording otherwise.

Depends on ``tokenize`` for folding. Pure word lookups; which phrases to look at is the
caller's business (``ledger``).
"""
from __future__ import annotations

import re

from .tokenize import fold

# scope and quantity: how many the claim is about
_SCOPE = """all every each entire whole none nobody nothing only sole solely single few many most
majority minority several both neither dozens hundreds thousands millions billions"""
# negation: whether the claim holds
_NEGATION = """not no never without cannot can't won't don't doesn't didn't isn't wasn't aren't
weren't nor non"""
# rank: superlatives and firsts
_RANK = """first largest biggest greatest highest lowest smallest best worst least leading top
record unprecedented first-ever all-time longest shortest fastest strongest"""
# certainty: hedges and caveats
_CERTAINTY = """perhaps possibly probably likely unlikely possible possibility suggest suggests
suggested appear appears apparently seem seems preliminary uncertain unclear unknown potential
potentially estimated alleged allegedly reportedly confounding caution cautious"""
# strength: how much, how good, how bad
_STRENGTH = """significant significantly non-significant strong strongly weak dramatic
dramatically major substantial substantially modest slight slightly safe safely effective
efficacious superior inferior promising breakthrough transformative revolutionary remarkable
extraordinary impressive overwhelming overwhelmingly severe serious critical crucial greatly
extremely"""
# frequency: how often
_FREQUENCY = """always often usually sometimes rarely seldom frequently repeatedly regularly
occasionally consistently"""

HEDGES = frozenset(_CERTAINTY.split())  # the claim is less than certain: "estimated", "perhaps"
QUALIFIERS = frozenset(" ".join((_SCOPE, _NEGATION, _RANK, _CERTAINTY, _STRENGTH,
                                 _FREQUENCY)).split())
# those that make a claim of the noun after them, a rank or an absence ("largest creditor",
# "first standalone summit meeting", "no weight loss"); a scope word such as "most" or "each"
# and a strength word such as "significant" are too common in plain reporting to tell a claim
NOUN_QUALIFIERS = frozenset(_RANK.split()) | frozenset("no without only sole".split())
# words after a qualifier that make it plain wording ("first year", "no one", "only time")
_PLAIN_AFTER = frozenset("""one longer matter doubt time times day days week weeks month months
year years hour hours minute minutes""".split())
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w’']+(?:-[\w’']+)*")  # "U.S." one word
MAX_QUALIFIED = 3  # words after a qualifier that a qualified phrase takes


def qualifiers_in(text: str) -> list[str]:
    """The qualifying words of ``text``, folded, in order ("non-significant" counts, as does
    any word with the prefix "non-")."""
    return [word for word in _WORD.findall(fold(text, ignore_case=True))
            if word in QUALIFIERS or word.startswith("non-")]


def qualified_phrases(text: str, start: int, end: int, stop: frozenset[str]) -> list[tuple[int, int]]:
    """Phrases of ``text[start:end]`` made of a noun qualifier and the words it qualifies, up
    to ``MAX_QUALIFIED`` of them, up to a mark or a word of ``stop`` (function words): "no
    weight loss", "largest creditor". A qualifier with nothing after it is no phrase."""
    out: list[tuple[int, int]] = []
    words = list(_WORD.finditer(text, start, end))
    for n, m in enumerate(words):
        if fold(m.group(), ignore_case=True) not in NOUN_QUALIFIERS:
            continue
        if m.group()[:1].isupper() and n and words[n + 1:n + 2] and \
                words[n + 1].group()[:1].isupper():
            continue  # inside a name, not a claim of rank: "the First Lady", "First Amendment"
        last = m
        for k, nxt in enumerate(words[n + 1:n + 1 + MAX_QUALIFIED]):
            word = fold(nxt.group(), ignore_case=True)
            if text[last.end():nxt.start()].strip() or word in stop or word in QUALIFIERS or \
                    (k == 0 and word in _PLAIN_AFTER) or (k > 0 and word.endswith("ed")):
                break
            last = nxt
        if last is m and fold(m.group(), ignore_case=True) in _RANK_WORDS:
            last = _ranked_within(text, words, n, stop) or m  # "the worst on record"
        elif last is words[min(n + 1, len(words) - 1)] and \
                fold(m.group(), ignore_case=True) in _ABSENCE:
            last = _of_what(text, words, n + 1, stop) or last  # "no reports of severe …"
        if last is not m and (not out or out[-1][1] <= m.start()):
            out.append((m.start(), last.end()))
    return out


_RANK_WORDS = frozenset(_RANK.split())
_ABSENCE = frozenset({"no", "without"})


def _of_what(text: str, words: list[re.Match[str]], n: int,
             stop: frozenset[str]) -> re.Match[str] | None:
    """After an absence and the one noun it takes, the end of the "of" phrase that says what
    the noun is of ("no reports of severe hypoglycemia", "without fear of reprisal"): alone,
    "no reports" says nothing (the last word, or None)."""
    following = words[n + 1:n + 2 + MAX_QUALIFIED]
    if not following or text[words[n].end():following[0].start()].strip() or \
            fold(following[0].group(), ignore_case=True) != "of":
        return None
    last = None
    before = following[0]
    for k, nxt in enumerate(following[1:]):
        word = fold(nxt.group(), ignore_case=True)
        if text[before.end():nxt.start()].strip() or word in NOUN_QUALIFIERS or \
                (word in stop and not (k == 0 and word in ("a", "an", "the"))):
            break
        before = nxt
        if word not in stop:
            last = nxt
    return last


_WITHIN = frozenset({"on", "in", "of", "ever"})


def _ranked_within(text: str, words: list[re.Match[str]], n: int,
                   stop: frozenset[str]) -> re.Match[str] | None:
    """For a superlative with no noun after it, the end of the range it ranks in: "worst on
    record", "largest in history", "best ever" (the last word, or None)."""
    following = words[n + 1:n + 4]
    if not following or text[words[n].end():following[0].start()].strip() or \
            fold(following[0].group(), ignore_case=True) not in _WITHIN:
        return None
    if fold(following[0].group(), ignore_case=True) == "ever":
        return following[0]
    rest = [w for w in following[1:] if fold(w.group(), ignore_case=True) not in ("the", "a")]
    if not rest or set(text[following[0].end():rest[0].start()].split()) - {"the", "a"} or \
            fold(rest[0].group(), ignore_case=True) in stop:
        return None
    return rest[0]
