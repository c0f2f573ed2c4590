"""What a short edit does to the claim it stands in: turns it into its denial ("was
effective" → "was not effective"), reverses a figure's direction ("fell" → "rose"), swaps a
word for its opposite ("denied" → "admitted"), a multiple for another ("doubled" →
"tripled"), a rank for another ("third" → "second"), an office, a body or a party for another
("the mayor" → "the governor", "the Senate" → "the House", "a Democrat" → "a Republican"), what
happened to people for another ("injured" → "killed", "charged" → "convicted"), or adds or
cuts a hedge ("cures" → "may cure").

Depends on ``qualifiers`` for the hedges. Word lookups only, and only on edits of a few words
a side: a longer edit that holds a "not", a "rose" or a "perhaps" says something else.
"""
from __future__ import annotations

import re

from .qualifiers import HEDGES


def claim_turned(deleted: str, inserted: str) -> str | None:
    """The detail of a changed fact when the edit denies the claim or stops denying it, sends
    a figure the other way, swaps a word for its opposite, a multiple or a rank for another;
    else None."""
    old_w, new_w = words(deleted), words(inserted)
    if max(len(old_w), len(new_w)) > _SHORT_EDIT:
        return None
    old, new = deleted.strip(), inserted.strip()
    old_way, new_way = _direction(old_w), _direction(new_w)
    if old_way and new_way and old_way != new_way:
        return f"direction: {old} → {new}"
    if _opposed(old_w, new_w):
        return f"opposite: {old} → {new}"
    old_times, new_times = _multiplier(old_w), _multiplier(new_w)
    if old_times and new_times and old_times != new_times:  # "doubled" → "tripled"
        return f"{old} → {new}"
    old_rank, new_rank = _ordinal(old_w), _ordinal(new_w)
    if old_rank and new_rank and old_rank != new_rank:  # "third quarter" → "second quarter"
        return f"{old} → {new}"
    role = _role_swapped(old_w, new_w)
    if role is not None:  # "the mayor" → "the governor", "a Democrat" → "a Republican"
        return f"{role}: " + (f"{old} → {new}" if old and new else
                              f"added “{new}”" if new else f"cut “{old}”")
    if _negations(deleted) != _negations(inserted):
        what = f"{old} → {new}" if old and new else f"added “{new}”" if new else f"cut “{old}”"
        return f"negation: {what}"
    return None


def hedge_change(deleted: str, inserted: str) -> str | None:
    """"hedged: …" or "hedge cut: …" when a short edit makes the claim less certain or more;
    else None."""
    old_w, new_w = words(deleted), words(inserted)
    if max(len(old_w), len(new_w)) > _SHORT_EDIT:
        return None
    added, cut = _hedges(new_w) - _hedges(old_w), _hedges(old_w) - _hedges(new_w)
    if not (added or cut):
        return None
    told = (f"{deleted.strip()} → {inserted.strip()}" if old_w and new_w
            else f"“{deleted.strip() or inserted.strip()}”")
    return f"{'hedged' if added else 'hedge cut'}: {told}"


# words that multiply a figure, by how much
_MULTIPLES = {word: times for times, forms in (
    (0.5, "halve halves halved halving"), (2.0, "double doubles doubled doubling twofold"),
    (3.0, "triple triples tripled tripling threefold"),
    (4.0, "quadruple quadruples quadrupled quadrupling fourfold"))
    for word in forms.split()}


def _multiplier(said: list[str]) -> float:
    """By how much the one multiplying word of ``said`` multiplies (0 for none or several)."""
    found = {_MULTIPLES[w] for w in said if w in _MULTIPLES}
    return found.pop() if len(found) == 1 else 0.0


# offices, bodies and party affiliations, each word with its kind and the office it names
# (words of one office are the same office: "congressman", "representative"). A generic
# word ("official", "leader", "lawmaker") names no one office, so it is in none: "the
# American leader" → "the American president" re-describes the same person
_ROLE_GROUPS = {
    "office": """mayor | governor | president | vice | senator | congressman congresswoman
        representative | minister | premier | chancellor | secretary | ambassador | judge
        justice | sheriff | prosecutor | ceo | chairman chairwoman chair | treasurer |
        councillor councilor councilman councilwoman | speaker | king | queen | prince |
        princess | pope | bishop | general | admiral | colonel | captain | sergeant""",
    "body": """senate | house | parliament | assembly | police | army | navy | fbi | cia | nato |
        un | eu | pentagon | kremlin""",
    "party": """democrat democrats democratic | republican republicans gop | labour | tory
        tories conservative conservatives | liberal liberals | socialist socialists |
        communist communists | green greens""",
    # what happened to people: "14 were injured" → "14 were killed", "charged" → "convicted"
    "outcome": """killed dead died deaths fatalities | injured wounded hurt injuries |
        missing | arrested detained | charged indicted | convicted sentenced | acquitted""",
}
_ROLES = {word: (kind, n) for kind, groups in _ROLE_GROUPS.items()
          for n, group in enumerate(groups.split("|")) for word in group.split()}


# a word that makes an office another one, or someone else's, when cut or added alone
_HOLDERS = frozenset("vice deputy acting interim former ex assistant".split())


def _role_swapped(old_w: list[str], new_w: list[str]) -> str | None:
    """The kind of role ("office", "body", "party", "outcome") a short edit puts another of
    in place of one ("mayor" → "governor", "vice president" → "president", "the former president" →
    "the president"), else None."""
    if (not old_w and len(new_w) == 1 and new_w[0] in _HOLDERS) or \
            (not new_w and len(old_w) == 1 and old_w[0] in _HOLDERS):
        return "office"
    for kind in _ROLE_GROUPS:
        old = {_ROLES[w][1] for w in old_w if _ROLES.get(w, ("",))[0] == kind}
        new = {_ROLES[w][1] for w in new_w if _ROLES.get(w, ("",))[0] == kind}
        if old and new and old != new:
            return kind
    return None


_ORDINALS = {word: rank for rank, word in enumerate("""first second third fourth fifth sixth
seventh eighth ninth tenth eleventh twelfth""".split(), 1)}
_NUMBERED = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _ordinal(said: list[str]) -> int:
    """The rank an edit of one word gives ("third", "3rd"), else 0."""
    if len(said) != 1:
        return 0
    numbered = _NUMBERED.fullmatch(said[0])
    return int(numbered.group(1)) if numbered else _ORDINALS.get(said[0], 0)


def words(text: str) -> list[str]:
    """The words of ``text``, case folded (hyphenated ones whole)."""
    return [w.casefold() for w in re.findall(r"[\w’'-]+", text)]


NEGATIONS = frozenset("not no never nor neither none nobody nothing nowhere cannot".split())
# words on either side of an edit read for a denial, a hedge or a direction: a longer edit
# that holds a "not", a "perhaps" or a "rose" says something else, not the opposite
_SHORT_EDIT = 3


def _negations(text: str) -> int:
    """How many words of ``text`` deny what they stand in ("not", "never", "didn’t")."""
    return sum(1 for w in re.findall(r"[\w’']+", text.casefold())
               if w in NEGATIONS or w.endswith(("n't", "n’t")))


# words that make a claim less than certain: the qualifiers' hedges and the modal verbs
_HEDGE_WORDS = HEDGES | frozenset("may might could would should".split())


def _hedges(said: list[str]) -> set[str]:
    return set(said) & _HEDGE_WORDS


# words that say which way a figure went: a change from one set to the other reverses it
_UP = frozenset("""rise rises rose risen rising increase increases increased increasing grow grows
grew grown growing gain gains gained climb climbs climbed jump jumps jumped soar soars soared
surge surged higher up add adds added raise raises raised boost boosts boosted""".split())
_DOWN = frozenset("""fall falls fell fallen falling decrease decreases decreased decreasing
shrink shrinks shrank shrunk drop drops dropped decline declines declined lose loses lost
plunge plunged slump slumped lower down cut cuts reduce reduces reduced slash slashed""".split())


def _direction(said: list[str]) -> str:
    """"up" or "down" when ``said`` tells which way a figure went, and only one way; else ""."""
    up, down = bool(set(said) & _UP), bool(set(said) & _DOWN)
    return "up" if up and not down else "down" if down and not up else ""


# words of news copy whose swap for the other side's says the opposite (each side with its
# inflections): what the words mean, not how they are judged
_OPPOSITES = [tuple(frozenset(side.split()) for side in pair.split(" | ")) for pair in """
deny denies denied denying | admit admits admitted admitting confirm confirms confirmed
accept accepts accepted approve approves approved | reject rejects rejected veto vetoes vetoed
win wins won winning | lose loses lost losing
support supports supported backs backed favour favours favoured favor favors favored | oppose opposes opposed opposing
guilty convicted | innocent acquitted
profit profits surplus | loss losses deficit
legal lawful | illegal unlawful
allow allows allowed permit permits permitted | ban bans banned forbid forbids forbade prohibit prohibits prohibited
open opens opened | close closes closed shut
before | after
arrested detained | released freed
hired hire hires | fired fire fires
safe | unsafe
effective | ineffective
true | false
""".strip().splitlines()]


def _opposed(old: list[str], new: list[str]) -> bool:
    """Whether a word of ``old`` and a word of ``new`` stand on opposite sides of a pair
    (and neither side also has the other's word)."""
    was, now = set(old), set(new)
    return any((was & one and now & other and not now & one and not was & other) or
               (was & other and now & one and not now & other and not was & one)
               for one, other in _OPPOSITES)
