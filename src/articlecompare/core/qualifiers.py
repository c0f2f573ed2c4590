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
_RANK = """first last largest biggest greatest highest lowest smallest best worst least leading
top record unprecedented first-ever all-time longest shortest fastest strongest"""
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

QUALIFIERS = frozenset(" ".join((_SCOPE, _NEGATION, _RANK, _CERTAINTY, _STRENGTH,
                                 _FREQUENCY)).split())
_WORD = re.compile(r"[\w’'-]+")


def qualifiers_in(text: str) -> list[str]:
    """The qualifying words of ``text``, folded, in order ("non-significant" counts, as does
    any word with the prefix "non-")."""
    return [word for word in _WORD.findall(fold(text, ignore_case=True))
            if word in QUALIFIERS or word.startswith("non-")]
