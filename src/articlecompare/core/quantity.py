"""A quantity as a value: what ``quantities`` finds and ``relations`` compares, and the small
readings of the words around a number that both the finder and its parts use (the noun it
counts, a hedge before it, a unit that may follow).

Depends on ``model`` and ``units``.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Span
from .units import HEDGES, NOUN_STOP, PER_DAYS, PLURALS, SPELLED_WORDS, UNIT_TABLE

@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity as written and as a value.

    ``span`` covers the hedge, the number, its unit and any frequency ("nearly 6.5 percent",
    "one gram by mouth twice daily"); ``core`` the number with its magnitude and unit only
    ("6.5 percent", "one gram"), which is how a ledger names it. ``low``..``high`` is the
    value in base units (equal unless a range); ``step`` the precision the writing shows, in
    the same units ("6.5": 0.1, "44,000": 1,000). A rate holds ``times`` per ``per``.
    ``worded``: told without a number ("nearly a third", "an hour"), a value the text states
    but no figure of the ledger."""

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
    worded: bool = False

    @property
    def is_range(self) -> bool:
        return self.high != self.low

    def rate(self) -> tuple[float, float]:
        """The value a day for a rate, else the value itself, as (low, high)."""
        if not self.per:
            return self.low, self.high
        factor = self.times / PER_DAYS[self.per]
        return self.low * factor, self.high * factor



def noun_of(words: list[tuple[int, int, str]]) -> str:
    """The thing counted, from the words after a number: the last plural among the words up
    to the first function word ("282 human study participants"), else the first; "more" or
    "other" straight after the number stands before it ("seven more ferry routes")."""
    nouns: list[str] = []
    for n, (_, _, word) in enumerate(words):
        if n == 0 and word in _BEFORE_NOUN:  # "seven more routes", "two other men"
            continue
        if word in NOUN_STOP or word in UNIT_TABLE:
            break
        if word.endswith(("ly", "ed", "ing")):
            # a modifier before the plural it qualifies ("two evening ferries", "three
            # armed men", an adverb a few words before it: "60 mostly male pro-Trump
            # demonstrators"); else a verb or an adverb, and the counted thing is not named
            reach = _ADVERB_REACH if word.endswith("ly") else 1
            if not _plural_ahead([w for _, _, w in words[n + 1:n + 1 + reach]]):
                break
        nouns.append(word)
    plural = [w for w in nouns if _plural(w)]
    return plural[-1] if plural else (nouns[0] if nouns else "")


_ADVERB_REACH = 3  # words after an adverb in which the plural it leads to is looked for


def _plural_ahead(ahead: list[str]) -> bool:
    """Whether a plural comes among ``ahead`` before a function word, a unit or a number."""
    for word in ahead:
        if word in NOUN_STOP or word in UNIT_TABLE or word in SPELLED_WORDS or \
                not word[:1].isalpha():
            return False
        if _plural(word):
            return True
    return False


def _plural(word: str) -> bool:
    """Whether a noun reads as a plural: "people", "participants" (a plural ends in s or is
    one of the irregular ones)."""
    return word.endswith("s") or word in PLURALS


def counts_things(q: Quantity) -> bool:
    """Whether ``q`` is a count of something it names in the plural ("12 people", "119
    participants"); a noun other than a plural is a word of the phrase before the thing
    counted ("seven additional trial groups": "additional")."""
    return q.dimension == "count" and not q.per and bool(q.noun) and _plural(q.noun) and \
        not _yearlike(q)


def is_measure(q: Quantity) -> bool:
    """Whether ``q`` measures something its sentence names rather than counting things it
    names itself: a share, a sum of money, a mass, a duration ("5%", "$5 million", "18
    months"); not a count or a year."""
    return q.dimension not in ("count", "year")


def _yearlike(q: Quantity) -> bool:
    """A figure that may be a year ("the 2016 elections", "© 2018 Cable News"): four digits
    from 1500 to 2100, no thousands comma."""
    return q.low == q.high and 1500 <= q.low <= 2100 and float(q.low).is_integer() and \
        not q.spelled and "," not in q.text


_BEFORE_NOUN = frozenset({"more", "other", "fewer"})


# the first words of the units: a word after a number that is none of these is no unit
UNIT_STARTS = frozenset(word.split()[0] for word in UNIT_TABLE)


# the last words of the hedges: only a number after one of these is searched for its hedge
HEDGE_ENDS = frozenset(w.split()[-1] for w in HEDGES) | frozenset(
    w.split()[-1].capitalize() for w in HEDGES)



def hedged_word_before(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` (and a space) may end a hedge ("than", "about")."""
    if pos < 2 or text[pos - 1] not in " \u00a0":
        return False
    low = max(0, pos - 16)
    cut = max(text.rfind(" ", low, pos - 1), text.rfind("\u00a0", low, pos - 1),
              text.rfind("\n", low, pos - 1))
    word = text[cut + 1 if cut >= 0 else low:pos - 1]
    return word in HEDGE_ENDS or word.casefold() in HEDGE_ENDS
