"""Figures whose value changed between the versions: a number of the original whose value the
revised text no longer states, paired with the new number that took its place.

Depends on ``facts``, ``quantities``, ``sides`` and ``matching``. Only sentences outside
unchanged runs are read, so the cost follows the size of the change. Two figures are paired
within a reworded, split, merged or moved sentence pair, or across a removed and an added
sentence that tell the same thing (they share enough words, or a figure that stayed).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .matching import Matching
from .draft import Draft
from .model import ChangeKind, Span, WordEdit, WordOp
from .presence import Presence
from .quantities import Quantity
from .quantity import is_measure
from .relations import Relation, Values, counted_kind, describe, pair, value_key
from .sides import Side

MIN_SHARED = 3      # content words a removed and an added sentence share to be compared
MIN_SHARE = 0.25    # ... and that share of the shorter one's content words
# a word in this share of the changed sentences with figures (and in four or more) is the
# subject of the text ("diabetes" in a diabetes story): sharing it tells nothing of a pairing
TOPIC_SHARE = 0.3
TOPIC_LEAST = 4
CANDIDATES = 5      # added sentences, most alike first, a removed one's figures are tried on
# a figure put in another's place across sentences is of the same order: a value this many
# times larger or smaller is another figure, not a changed one
MAX_RATIO = 10.0
# the only lost figure of a rare kind (a mass, a sum, a count of "women") and the only new one
# are paired if their sentences share this many words
RARE_KINDS_SHARED = 1


@dataclass(frozen=True, slots=True)
class Figures:
    """The changed figures of a comparison (in order of the original), and the values the
    revised text states where it changed, for ``stated``."""

    changes: tuple[FigureChange, ...]
    revised: Values
    measures: tuple[Quantity, ...] = ()  # the revised changed sentences' figures other than counts

    def stated(self, q: Quantity) -> bool:
        """Whether the revised text's changed sentences state ``q``'s value in any wording
        (the rest of the revised text is the original's, word for word)."""
        return self.revised.states(q)

    def replacing(self, core: Span) -> FigureChange | None:
        """The change of the figure that stands at ``core`` in the original, if it changed."""
        return next((f for f in self.changes if f.old.core == core), None)


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A figure of the original (``old``) and the one the revised text has in its place."""

    old: Quantity
    new: Quantity
    relation: Relation

    @property
    def detail(self) -> str:
        return describe(self.old, self.new, self.relation)


def changed_figures(a: Side, b: Side, m: Matching,
                    check: Callable[[], None] | None = None) -> Figures:
    """Each lost figure of the original paired with the new figure that replaced it; ``check``
    is called now and then and raises when the caller gave up."""
    check = check or (lambda: None)
    runs = list(m.unchanged())
    figures_a = _figures(a, [(i1, i2) for i1, i2, _, _ in runs], check)
    figures_b = _figures(b, [(j1, j2) for _, _, j1, j2 in runs], check)
    revised = Values(q for qs in figures_b.values() for q in qs)
    measures = tuple(q for qs in figures_b.values() for q in qs if is_measure(q))
    lost = _unstated(figures_a, a, figures_b, b.presence(check))
    new = _unstated(figures_b, b, figures_a, a.presence(check))
    if not lost or not new:
        return Figures((), revised, measures)
    partners: dict[int, set[int]] = {}
    for p in m.changed + m.moved + m.loose:
        partners.setdefault(p.a, set()).add(p.b)
    out: list[FigureChange] = []

    def take(i: int, j: int, found: list[tuple[Quantity, Quantity, Relation]]) -> None:
        for old, fresh, relation in found:
            out.append(FigureChange(old, fresh, relation))
            lost[i] = [q for q in lost[i] if q is not old]
            new[j] = [q for q in new[j] if q is not fresh]

    for _, i, j in _ranked_pairs(a, b, figures_a, figures_b, lost, new, partners, check):
        take(i, j, pair(lost[i], new[j], None if j in partners.get(i, ()) else _same_order))
    for i, j in _rare_kinds(a, b, lost, new, figures_a, figures_b):
        take(i, j, pair(lost[i], new[j], _same_order))
    out.sort(key=lambda f: f.old.span.start)
    return Figures(tuple(out), revised, measures)


def _same_order(old: Quantity, new: Quantity) -> bool:
    """Whether two values are within ``MAX_RATIO`` of each other."""
    low, high = sorted((abs(old.low), abs(new.low)))
    return low > 0 and high / low <= MAX_RATIO


_COMMON_KINDS = frozenset({"count", "percent", "year", "time"})


def _kind(q: Quantity) -> str | None:
    """What a figure measures, where that is seldom measured twice in a text: a mass, a sum of
    money..., or a count of a named thing ("women"); None for plain counts, shares, years and
    durations, which are everywhere."""
    if q.dimension == "count" and q.noun:
        return "count:" + counted_kind(q.noun)
    return None if q.dimension in _COMMON_KINDS else q.dimension


def _rare_kinds(a: Side, b: Side, lost: dict[int, list[Quantity]],
                new: dict[int, list[Quantity]], figures_a: dict[int, list[Quantity]],
                figures_b: dict[int, list[Quantity]]) -> list[tuple[int, int]]:
    """Sentence pairs holding the only lost and the only new figure of a kind (see ``_kind``)
    still unpaired, where the two sentences share a word."""
    where_lost, where_new = _sentences_by_kind(lost), _sentences_by_kind(new)
    out = []
    for kind, rows in where_lost.items():
        cols = where_new.get(kind, [])
        if len(rows) != 1 or len(cols) != 1:
            continue
        i, j = rows[0], cols[0]
        shared = _words(a, i, figures_a.get(i, ()), lost[i]) & \
            _words(b, j, figures_b.get(j, ()), new[j])
        if len(shared) >= RARE_KINDS_SHARED:
            out.append((i, j))
    return out




def _sentences_by_kind(found: dict[int, list[Quantity]]) -> dict[str, list[int]]:
    """For each kind of figure (see ``_kind``), the sentences holding one, in order."""
    where: dict[str, list[int]] = {}
    for n, quantities in found.items():
        for q in quantities:
            kind = _kind(q)
            if kind is not None:
                where.setdefault(kind, []).append(n)
    return where
def _figures(side: Side, unchanged: list[tuple[int, int]],
             check: Callable[[], None]) -> dict[int, list[Quantity]]:
    """The figures of each sentence outside the ``unchanged`` runs (``(first, end)``, in
    order) that has any."""
    found: dict[int, list[Quantity]] = {}
    gaps = zip([0] + [end for _, end in unchanged], [first for first, _ in unchanged] +
               [len(side.sentence_spans)])
    for k, n in enumerate(n for start, end in gaps for n in range(start, end)):
        if k % 1024 == 0:
            check()
        quantities = side.figures_of(n)
        if quantities:
            found[n] = quantities
    return found


def _unstated(found: dict[int, list[Quantity]], side: Side, other: dict[int, list[Quantity]],
              present: Presence) -> dict[int, list[Quantity]]:
    """The figures whose value the other text does not state: not as written anywhere in it,
    nor in another wording in its changed sentences."""
    values = Values(q for qs in other.values() for q in qs)
    out: dict[int, list[Quantity]] = {}
    for n, quantities in found.items():
        gone = [q for q in quantities if not values.states(q) and
                side.text[q.core.start:q.core.end] not in present]
        if gone:
            out[n] = gone
    return out


def _ranked_pairs(a: Side, b: Side, figures_a: dict[int, list[Quantity]],
                  figures_b: dict[int, list[Quantity]], lost: dict[int, list[Quantity]],
                  new: dict[int, list[Quantity]], partners: dict[int, set[int]],
                  check: Callable[[], None]) -> list[tuple[float, int, int]]:
    """Sentence pairs (original ``i``, revised ``j``) whose lost and new figures may be paired,
    best first: a matched pair first, then by the words they share (a figure both state
    counts as two words)."""
    topic = _topic_words(a, b, figures_a, figures_b)
    words_a = {i: _words(a, i, figures_a.get(i, ()), lost[i]) - topic for i in lost}
    words_b = {j: _words(b, j, figures_b.get(j, ()), new[j]) - topic for j in new}
    postings: dict[str | tuple[str, float, float], list[int]] = {}
    for j, words in words_b.items():
        for word in words:
            postings.setdefault(word, []).append(j)
    out: list[tuple[float, int, int]] = []
    for n, (i, words) in enumerate(words_a.items()):
        if n % 256 == 0:
            check()
        shared: Counter[int] = Counter()
        for word in words:
            weight = 2 if isinstance(word, tuple) else 1
            for j in postings.get(word, ()):
                shared[j] += weight
        mine = partners.get(i, set())
        out.extend((1000.0 + shared[j], i, j) for j in mine if j in new)
        for j, count in shared.most_common(CANDIDATES):
            smaller = min(len(words), len(words_b[j]))
            if j not in mine and count >= MIN_SHARED and count >= MIN_SHARE * smaller:
                out.append((float(count), i, j))
    out.sort(key=lambda r: (-r[0], r[1], r[2]))
    return out


def _topic_words(a: Side, b: Side, figures_a: dict[int, list[Quantity]],
                 figures_b: dict[int, list[Quantity]]) -> set[str | tuple[str, float, float]]:
    """Words in ``TOPIC_SHARE`` of the changed sentences with figures (and in
    ``TOPIC_LEAST`` or more)."""
    counts: Counter[str] = Counter()
    for side, found in ((a, figures_a), (b, figures_b)):
        for i in found:
            counts.update(side.bag(i, content_only=True).keys())
    least = max(TOPIC_LEAST, TOPIC_SHARE * (len(figures_a) + len(figures_b)))
    return {w for w, n in counts.items() if n >= least}


def _words(side: Side, i: int, found: Iterable[Quantity], unstated: list[Quantity]
           ) -> set[str | tuple[str, float, float]]:
    """The content words of a sentence, numbers left out (they are what is compared), and the
    values of its figures that both texts state (a small count such as "type 1" aside)."""
    words: set[str | tuple[str, float, float]] = {
        w for w in side.bag(i, content_only=True) if not w[:1].isdigit()}
    # told from the unstated by identity, one look-up each (comparing every pair of a
    # sentence's figures took 30 s for a sentence of 23,000 of them)
    gone = {id(u) for u in unstated}
    words.update(value_key(q) for q in found if id(q) not in gone and
                 not (q.dimension == "count" and q.high < 10))
    return words


def figure_drafts(found: Figures, drafts: list[Draft]) -> list[Draft]:
    """A change for each changed figure that no fact change of a reworded sentence tells of
    already (a figure of a removed sentence restated in an added one, or of a sentence
    split, merged or paraphrased), and that no page furniture holds (a script's "Gallery
    Thumbnails 5")."""
    told = [d for d in drafts if d.kind == ChangeKind.FACT_CHANGE]
    furniture = [d for d in drafts if d.kind == ChangeKind.BOILERPLATE]
    out = []
    for f in found.changes:
        if any((d.original and d.original.overlaps(f.old.span)) or
               (d.revised and d.revised.overlaps(f.new.span)) for d in told):
            continue
        if any(d.original and d.original.contains(f.old.span) and d.revised and
               d.revised.contains(f.new.span) for d in furniture):
            continue
        out.append(Draft(ChangeKind.FACT_CHANGE, f.old.span, f.new.span, f.detail,
                         [WordEdit(WordOp.DELETE, f.old.span, None),
                          WordEdit(WordOp.INSERT, None, f.new.span)], f.new.span.start))
    return out
