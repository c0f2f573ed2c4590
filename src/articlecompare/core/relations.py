"""How two quantities stand to each other: the same value told alike, rounded, hedged or
restated, or another value with its relative change; and which values a text states.

Depends on ``quantities`` and ``quantity``. Pure comparisons of values in base units; finding
which two quantities to compare is the callers' job (``figures``, ``classify``).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .quantities import Quantity
from .quantity import counts_things

@dataclass(frozen=True, slots=True)
class Relation:
    """How a new quantity stands to an old one of the same dimension: the same value (told
    differently or not), or another; ``notes`` say how ("rounded", "hedged", "restated")."""

    same_value: bool
    notes: tuple[str, ...]
    change: float | None  # relative change of the value, when both are single values

    @property
    def worded_alike(self) -> bool:
        """The same value, unit and hedge: a change of style at most ("13%", "13 percent")."""
        return self.same_value and not self.notes


def comparable(old: Quantity, new: Quantity) -> bool:
    """Whether the two measure the same kind of thing: a share, a mass, a year..., and for
    counts the same thing counted where both name it ("90,534 women", "44,000 women")."""
    if old.dimension != new.dimension:
        return False
    return not (old.noun and new.noun and counted_kind(old.noun) != counted_kind(new.noun))


def _close(x: float, y: float) -> bool:
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def relate(old: Quantity, new: Quantity) -> Relation | None:
    """How ``new`` stands to ``old``, or None when they measure different things."""
    if not comparable(old, new):
        return None
    notes: list[str] = []
    if bool(old.per) != bool(new.per):
        notes.append("frequency " + ("dropped" if old.per else "added"))
        (o_low, o_high), (n_low, n_high) = (old.low, old.high), (new.low, new.high)
    else:
        (o_low, o_high), (n_low, n_high) = old.rate(), new.rate()
    same = _close(o_low, n_low) and _close(o_high, n_high)
    change: float | None = None
    single = not old.is_range and not new.is_range
    if not same:
        if old.vague or new.vague:
            notes.append("vaguer" if new.vague else "made precise")
        elif single and new.step > old.step and abs(n_low - o_low) <= new.step / 2 * (1 + 1e-9):
            notes.append("rounded")
        if single and o_low:
            change = (n_low - o_low) / o_low
        elif old.is_range != new.is_range and not (old.vague or new.vague):
            notes.append("now a range" if new.is_range else "no longer a range")
    if old.hedge != new.hedge:
        notes.append("hedged" if new.hedge else "hedge dropped")
    if old.unit != new.unit or (old.per and new.per and old.per != new.per):
        notes.append("restated")
    return Relation(same, tuple(notes), change)


_NO_RATIO = frozenset({"year", "temperature"})


def describe(old: Quantity, new: Quantity, relation: Relation) -> str:
    """"$8.8 billion → $8.8 million (−99.9%)", "6.47% → nearly 6.5 percent (rounded,
    hedged, +0.5%)"; a year or a temperature with no relative change ("2019 → 2009", "40C →
    45C": a scale whose zero is set by convention has no ratio)."""
    notes = list(relation.notes)
    if relation.change is not None and old.dimension not in _NO_RATIO:  # 2019 → 2009: no −0.5%
        notes.append(percent_change(relation.change))
    elif old.dimension == "temperature" and not relation.same_value and not old.is_range and \
            not new.is_range:  # "40C → 40F (restated, −35.6 °C)": by how many degrees
        notes.append(_degrees(new.low - old.low, old.unit))
    return f"{old.text} → {new.text}" + (f" ({', '.join(notes)})" if notes else "")


def _degrees(difference: float, unit: str) -> str:
    """A difference of temperatures in ``unit`` ("°C" or "°F"), with a true minus."""
    if unit == "°F":
        difference *= 9 / 5
    shown = f"{abs(difference):.1f}".removesuffix(".0")
    return f"{'−' if difference < 0 else '+'}{shown} {unit}"


def percent_change(change: float) -> str:
    """A relative change as "+7.7%", "−51%", "−99.9%" (the sign a true minus)."""
    pct = change * 100
    size = abs(pct)
    shown = f"{size:.1f}" if size < 10 else f"{size:.0f}"
    if shown == "100" and not _close(size, 100):
        shown = f"{size:.1f}"
    if shown.endswith(".0"):
        shown = shown[:-2]
    if shown == "0":
        return "±0%"
    return ("+" if pct > 0 else "−") + shown + "%"


def pair(olds: Sequence[Quantity], news: Sequence[Quantity],
         fits: Callable[[Quantity, Quantity], bool] | None = None
         ) -> list[tuple[Quantity, Quantity, Relation]]:
    """Old and new quantities of one passage paired by dimension, each used once: an old one
    takes a new one of the same value if there is one, else the first comparable one (that
    ``fits`` it, if given)."""
    out: list[tuple[Quantity, Quantity, Relation]] = []
    free = list(news)
    for old in olds:
        usable = [(n, r) for n, r in ((n, relate(old, q)) for n, q in enumerate(free))
                  if r is not None and (fits is None or fits(old, free[n]))]
        if not usable:
            continue
        n, relation = min(usable, key=lambda item: (not item[1].same_value, item[0]))
        out.append((old, free.pop(n), relation))
    return out


def changes(olds: Sequence[Quantity], news: Sequence[Quantity]) -> list[str]:
    """What a passage's figures became, one line per figure told differently (another
    value, rounded, hedged or restated); none when they say the same thing in the same way."""
    return [describe(old, new, relation) for old, new, relation in pair(olds, news)
            if not relation.worded_alike]


# who or what a figure counts, by kind: a swap between kinds ("500 children" → "500 adults",
# "30 patients" → "30 mice", "12 civilians" → "12 soldiers") changes the fact; a word for the
# same kind ("people" → "residents", "sessions" → "rounds") or a noun not listed rewords it
COUNTED_KINDS = {word: kind for kind, words in {
    "children": "child children kid kids infant infants baby babies toddler toddlers boy boys "
                "girl girls",
    "teenagers": "teen teens teenager teenagers adolescent adolescents",
    "adults": "adult adults",
    "older people": "elderly senior seniors pensioner pensioners retiree retirees",
    "men": "man men male males",
    "women": "woman women female females",
    "people": "person persons people human humans patient patients participant participants "
              "volunteer volunteers subject subjects individual individuals resident residents",
    "animals": "animal animals",
    "mice": "mouse mice",
    "rats": "rat rats",
    "monkeys": "monkey monkeys primate primates",
    "civilians": "civilian civilians",
    "soldiers": "soldier soldiers troop troops serviceman servicemen",
    "fighters": "militant militants fighter fighters insurgent insurgents rebel rebels",
    "police": "police policeman policemen officer officers",
}.items() for word in words.split()}


def counted_kind(noun: str) -> str:
    """The kind of thing a count's noun names: its group in ``COUNTED_KINDS``, else the noun
    without a plural ending ("beds" → "bed"); "" for a count that names nothing."""
    noun = noun.casefold()
    if noun in COUNTED_KINDS:
        return COUNTED_KINDS[noun]
    for plural, single in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"),
                           ("shes", "sh"), ("s", "")):
        if noun.endswith(plural) and len(noun) > len(plural) + 1 and not noun.endswith("ss"):
            return noun[:-len(plural)] + single
    return noun


def _key(dimension: str, low: float, high: float) -> tuple[str, float, float]:
    return dimension, float(f"{low:.12g}"), float(f"{high:.12g}")


def value_key(q: Quantity) -> tuple[str, float, float]:
    """What two quantities share when they state the same value (a rate by its daily
    amount), whatever their wording, unit or hedge."""
    if q.per:
        return _key(q.dimension + "/day", *q.rate())
    return _key(q.dimension, q.low, q.high)


class Values:
    """The values a text states, to answer "does this quantity stand there?" by value. A
    count is stated by a count of the same value that counts the same kind of thing, or that
    names nothing counted ("12 people" by "12 residents" or "12 were hurt", not by "12 beds")."""

    def __init__(self, quantities: Iterable[Quantity]) -> None:
        keys: set[tuple[str, float, float]] = set()
        counted: set[tuple[float, float, str]] = set()
        for q in quantities:
            keys.add(_key(q.dimension, q.low, q.high))
            if q.per:
                keys.add(_key(q.dimension + "/day", *q.rate()))
            if q.dimension == "count" and not q.per:
                _, low, high = _key(q.dimension, q.low, q.high)
                counted.add((low, high, counted_kind(q.noun) if counts_things(q) else ""))
        self._keys = keys
        self._counted = counted

    def states(self, q: Quantity) -> bool:
        """Whether the text states ``q``'s value, in any wording or unit, hedged or not; a
        count, of the same kind of thing."""
        key = value_key(q)
        if key not in self._keys:
            return False
        if not counts_things(q):
            return True
        _, low, high = key
        return (low, high, counted_kind(q.noun)) in self._counted or \
            (low, high, "") in self._counted
