"""Altered quotations as changes: one per quotation, taking in the rows that restate it.

Depends on ``quote_match`` for the quotations of both versions, paired, and ``draft``.
Also answers where quotations stand for the other change builders (``inside``, ``within``).
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from .draft import Draft
from .edits import local_edits
from .facts import trim_span
from .model import ChangeKind, Span
from .quote_match import QuoteMatch
from .quote_pairing import QuotePair
from .quotes import Quotation
from .sides import Side
from .tokenize import WORD_RE, fold, is_word, tokenize
from .worddiff import diff_keys

_QUOTE_EDGES = " \"“”„‘’'«»,"  # marks (and a comma) at a quotation's ends
_MARKS = str.maketrans("", "", "\"“”„‟«»‹›‘’‚‛'`")
# kinds of change a quote change takes in when they only restate it
_RESTATING = frozenset({ChangeKind.REWORDING, ChangeKind.QUOTE_CHANGE, ChangeKind.OMISSION,
                        ChangeKind.ADDITION, ChangeKind.COMMENTARY})


@dataclass(frozen=True, slots=True)
class Quoted:
    """Where the quotations stand, marks included (each list sorted, without overlaps): all
    of each side, the altered ones (paired, and each one change of its own) and the lone
    ones (without a partner: gone, or new)."""

    a: list[Span]
    b: list[Span]
    altered_a: list[Span]
    altered_b: list[Span]
    lone_a: list[Span]
    lone_b: list[Span]

    @classmethod
    def of(cls, quotes: QuoteMatch) -> Quoted:
        paired_a = {id(p.old) for p in quotes.pairs}
        paired_b = {id(p.new) for p in quotes.pairs}
        altered = quotes.altered
        return cls(quote_spans(quotes.original), quote_spans(quotes.revised),
                   sorted((p.old.marks for p in altered), key=lambda s: s.start),
                   sorted((p.new.marks for p in altered), key=lambda s: s.start),
                   [q.marks for q in quotes.original if id(q) not in paired_a],
                   [q.marks for q in quotes.revised if id(q) not in paired_b])


def quote_spans(quotations: tuple[Quotation, ...]) -> list[Span]:
    """Where each quotation stands, marks included (sorted, not overlapping)."""
    return [q.marks for q in quotations]


def inside(span: Span | None, quotes: list[Span]) -> bool:
    """Whether ``span`` lies inside one of ``quotes`` (sorted, not overlapping)."""
    if span is None:
        return False
    n = bisect.bisect_right(quotes, span.start, key=lambda q: q.start) - 1
    return n >= 0 and quotes[n].contains(span)


def restyled_marks(old: str, new: str) -> bool:
    """Whether an edit only changed the style of quotation marks (“…” for ‘…’ or «…»):
    typography, never a change. Marks added or taken away are one."""
    bare_old, bare_new = old.translate(_MARKS), new.translate(_MARKS)
    return bare_old.split() == bare_new.split() and \
        len(old) - len(bare_old) == len(new) - len(bare_new) > 0


def enclosing(span: Span | None, quotes: list[Span]) -> Span | None:
    """The one of ``quotes`` (sorted, not overlapping) that ``span`` lies inside, if any."""
    if span is None:
        return None
    n = bisect.bisect_right(quotes, span.start, key=lambda q: q.start) - 1
    return quotes[n] if n >= 0 and quotes[n].contains(span) else None


def within(span: Span | None, quotes: list[Span]) -> bool:
    """Whether one side of an edit, ``span`` (None where that side is empty), lies inside
    one of ``quotes``: an edit lies inside quotations when both its sides do."""
    return span is None or inside(span, quotes)


def with_quote_changes(a: Side, b: Side, drafts: list[Draft],
                        altered: list[QuotePair]) -> list[Draft]:
    """``drafts`` with one quote change per altered quotation. The sentence-level changes
    around it (rewordings, an omission with its addition) are taken into it when they
    only restate it: they cover both quotations, and outside them hold the same words."""
    if not altered:
        return drafts
    near_a = _Overlaps([(d.original, n) for n, d in enumerate(drafts)
                        if d.kind in _RESTATING and d.original is not None])
    near_b = _Overlaps([(d.revised, n) for n, d in enumerate(drafts)
                        if d.kind in _RESTATING and d.revised is not None])
    gone: set[int] = set()
    added = []
    for pair in altered:
        old, new = pair.old.marks, pair.new.marks
        # changes at this quotation on each side they have (not a far sentence joined to it)
        group = sorted(n for n in set(near_a.find(old)) | set(near_b.find(new))
                       if n not in gone and _at(drafts[n].original, old) and
                       _at(drafts[n].revised, new))
        both = any(drafts[n].original for n in group) and any(drafts[n].revised for n in group)
        # sentences only cut from (or only added to) the quotation stay omissions (additions)
        if both and _words_outside(a.text, [drafts[n].original for n in group], old) == \
                _words_outside(b.text, [drafts[n].revised for n in group], new):
            gone.update(group)
        if "attributed to " in pair.detail:  # the speaker's name swapped is told by it
            gone.update(n for n, d in enumerate(drafts)
                        if _speaker_swap(a, b, d, pair.old.speaker, pair.new.speaker, old, new))
        added.append(_quote_draft(a, b, pair))
    return [d for n, d in enumerate(drafts) if n not in gone] + added


_SPEAKER_REACH = 120  # characters between a quotation and the name of its speaker


def _speaker_swap(a: Side, b: Side, draft: Draft, old_speaker: str | None,
                  new_speaker: str | None, old: Span, new: Span) -> bool:
    """Whether ``draft`` is the fact change (or the rewording of a title) that put the new
    speaker's name for the old one beside the quotation."""
    if draft.kind not in (ChangeKind.FACT_CHANGE, ChangeKind.REWORDING) or \
            draft.original is None or draft.revised is None or not old_speaker or not new_speaker:
        return False
    near = abs(draft.original.start - old.start) <= _SPEAKER_REACH + old.length and \
        abs(draft.revised.start - new.start) <= _SPEAKER_REACH + new.length
    was = _name_words(a.text[draft.original.start:draft.original.end])
    now = _name_words(b.text[draft.revised.start:draft.revised.end])
    return near and bool(was) and bool(now) and was <= _name_words(old_speaker) and \
        now <= _name_words(new_speaker)  # "Mr. Kline" → "Ms. Ortiz": title and name


def _name_words(text: str) -> set[str]:
    return {w.strip(".,") for w in text.split()} - {""}


def _at(span: Span | None, quote: Span) -> bool:
    """Whether one side of a change, if it has that side, overlaps the quotation."""
    return span is None or span.overlaps(quote)


class _Overlaps:
    """Which of some spans (each with a number) overlap a given span, found by bisection."""

    def __init__(self, spans: list[tuple[Span, int]]) -> None:
        self._spans = sorted(spans, key=lambda s: s[0].start)
        self._starts = [s.start for s, _ in self._spans]
        self._longest = max((s.length for s, _ in self._spans), default=0)

    def find(self, span: Span) -> list[int]:
        lo = bisect.bisect_left(self._starts, span.start - self._longest)
        hi = bisect.bisect_left(self._starts, span.end)
        return [n for s, n in self._spans[lo:hi] if s.overlaps(span)]


def _words_outside(text: str, spans: list[Span | None], quote: Span) -> Counter[str]:
    """The words of the text ``spans`` cover (each character once) that stand outside
    ``quote``, folded."""
    words: Counter[str] = Counter()
    end = 0
    for span in sorted((s for s in spans if s is not None), key=lambda s: s.start):
        for lo, hi in ((max(span.start, end), min(span.end, quote.start)),
                       (max(span.start, end, quote.end), span.end)):
            if hi > lo:
                words.update(fold(w, ignore_case=True) for w in WORD_RE.findall(text, lo, hi))
        end = max(end, span.end)
    return words


def _quote_draft(a: Side, b: Side, pair: QuotePair) -> Draft:
    """One altered quotation as a change over the quoted words, with its word runs (words
    only: a full stop become a comma is no edit of what was said)."""
    old, new = pair.old.span, pair.new.span
    ta = [t for t in tokenize(a.text, a.options.ignore_case, old.start, old.end) if is_word(t.key)]
    tb = [t for t in tokenize(b.text, b.options.ignore_case, new.start, new.end) if is_word(t.key)]
    ops = diff_keys([t.key for t in ta], [t.key for t in tb])
    return Draft(ChangeKind.QUOTE_CHANGE, old, new, pair.detail, local_edits(ta, tb, ops),
                 new.start)


def marks_draft(a: Side, b: Side, quote: Span, places: list[tuple[int, int]],
                 taken: bool) -> Draft:
    """A quotation whose words stayed but whose marks were taken away (``taken``) or put
    around them: the words became the writer's own, or someone else's."""
    if taken:
        other = trim_span(b.text, Span(min(p[1] for p in places), max(p[1] for p in places)),
                          " ,.;:")
        words = a.text[quote.start:quote.end].strip(_QUOTE_EDGES)
        return Draft(ChangeKind.QUOTE_CHANGE, quote, other if other.length else None,
                     f"quotation marks taken away: “{words}”", [], other.start)
    other = trim_span(a.text, Span(min(p[0] for p in places), max(p[0] for p in places)),
                      " ,.;:")
    words = b.text[quote.start:quote.end].strip(_QUOTE_EDGES)
    return Draft(ChangeKind.QUOTE_CHANGE, other if other.length else None, quote,
                 f"put in quotation marks: “{words}”", [], quote.start)
