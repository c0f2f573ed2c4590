"""The quotations of a comparison: found on both sides, paired, and their fate in the ledger.

Depends on ``quotes``, ``quote_pairing``, ``matching`` and ``sides``. Where a quotation
stands comes from the sentence matching: the sentence pairs it lies in, or the short run of
replaced sentences (deleted next to inserted) around it. Turning altered pairs into changes
is ``changes``' job.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .classify import is_boilerplate
from .matching import Matching
from .model import Fact, FactStatus, FactType, Span
from .quote_pairing import Place, QuotePair, pair_quotations, quote_words
from .facts import trim_span
from .quotes import Quotation, find_quotations
from .segment import sentence_spans
from .sides import Side
from .tokenize import STOPWORDS, WORD_RE

SHORT_RUN = 3  # sentences a side of a run of replaced sentences that still counts as one place
MOSTLY_KEPT = 0.5  # share of its content words an altered quotation keeps to count as changed


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """Quotations of both versions (in text order) and their pairs (in the original's order)."""

    original: tuple[Quotation, ...] = ()
    revised: tuple[Quotation, ...] = ()
    pairs: tuple[QuotePair, ...] = ()

    @property
    def altered(self) -> list[QuotePair]:
        return [p for p in self.pairs if p.altered]


def match_quotes(a: Side, b: Side, m: Matching,
                 check: Callable[[], None] | None = None) -> QuoteMatch:
    """Find and pair the quotations of two prepared sides."""
    check = check or (lambda: None)
    qa = _outside_furniture(a, find_quotations(a.text))
    check()
    qb = _outside_furniture(b, find_quotations(b.text))
    check()
    places_a: dict[int, set[Place]] = {}
    places_b: dict[int, set[Place]] = {}
    for n, p in enumerate(m.changed + m.loose + m.moved):
        places_a.setdefault(p.a, set()).add(("pair", n))
        places_b.setdefault(p.b, set()).add(("pair", n))
    for n, (i1, i2, j1, j2) in enumerate(_replaced_runs(m)):
        for i in range(i1, i2):
            places_a.setdefault(i, set()).add(("gap", n))
        for j in range(j1, j2):
            places_b.setdefault(j, set()).add(("gap", n))
    pairs = pair_quotations(a.text, qa, b.text, qb, _places(a, qa, places_a),
                            _places(b, qb, places_b))
    check()
    return QuoteMatch(tuple(qa), tuple(qb), tuple(pairs))


def _outside_furniture(side: Side, quotes: Sequence[Quotation]) -> tuple[Quotation, ...]:
    """``quotes`` but those in a line of page furniture: a script's strings ("container:
    'gallery-thumbnails-5'"), a credit line; no one is quoted there."""
    starts = side.sentence_spans.starts
    furniture: dict[int, bool] = {}
    out = []
    for q in quotes:
        k = bisect.bisect_right(starts, q.marks.start) - 1
        if k >= 0 and k not in furniture:
            span = side.sentence_spans[k]
            furniture[k] = span.contains(q.marks) and \
                is_boilerplate(side.text[span.start:span.end])
        if k < 0 or not furniture[k]:
            out.append(q)
    return tuple(out)


def _replaced_runs(m: Matching) -> list[tuple[int, int, int, int]]:
    """Deleted sentences next to inserted ones, both runs short: one passage rewritten."""
    runs = []
    steps = m.sequence
    for n, (tag, i1, i2, j1, _) in enumerate(steps):
        if tag != "delete" or n + 1 >= len(steps) or steps[n + 1][0] != "insert":
            continue
        _, _, _, k1, k2 = steps[n + 1]
        if i2 - i1 <= SHORT_RUN and k2 - k1 <= SHORT_RUN:
            runs.append((i1, i2, k1, k2))
    return runs


def _places(side: Side, quotes: tuple[Quotation, ...],
            by_sentence: dict[int, set[Place]]) -> list[frozenset[Place]]:
    """For each quotation, the places of the sentences it stands in."""
    starts = side.sentence_spans.starts
    out = []
    for q in quotes:
        first = max(0, bisect.bisect_right(starts, q.marks.start) - 1)
        last = max(first, bisect.bisect_left(starts, q.marks.end) - 1)
        found: set[Place] = set()
        for i in range(first, last + 1):
            found |= by_sentence.get(i, set())
        out.append(frozenset(found))
    return out


def quote_facts(facts: list[Fact], quotes: QuoteMatch, original: str,
                revised: str, partners: Sequence[tuple[Span, Span]] = ()) -> list[Fact]:
    """The ledger's quotation facts with their speaker and the fate of their quotation: kept
    when it stands in the revised text in the same words; for an altered quotation, each of
    its sentences kept, changed (most of its words still quoted: the new wording as
    replacement) or missing (the replacing wording, if any, as replacement); for a quotation
    with no partner, changed when a sentence paired with its own (``partners``: sentence
    spans of the original and the revised text) retells most of its content words in the
    writer's words (that sentence as replacement); missing when the quotation is gone."""
    retold = _Retellings(original, revised, partners)
    starts = [q.span.start for q in quotes.original]
    partner = {id(p.old): p for p in quotes.pairs}
    out: list[Fact] = []
    for f in facts:
        if f.type != FactType.QUOTE or f.original is None:
            out.append(f)
            continue
        n = bisect.bisect_right(starts, f.original.start) - 1
        q = quotes.original[n] if n >= 0 else None
        if q is None or not q.marks.contains(f.original):
            out.append(f)
            continue
        fact = replace(f, speaker=q.speaker)
        pair = partner.get(id(q))
        if pair is None:
            if fact.status == FactStatus.CHANGED:  # what replaced its words is no quotation
                fact = replace(fact, status=FactStatus.MISSING, revised=None, replacement=None)
            told = retold.where(f.original) if fact.status == FactStatus.MISSING else None
            if told is not None:  # its words are gone, what it said is not
                fact = replace(fact, status=FactStatus.CHANGED, revised=told,
                               replacement=revised[told.start:told.end])
        elif not pair.altered:
            fact = replace(fact, status=FactStatus.KEPT, revised=None, replacement=None)
        elif fact.status != FactStatus.KEPT:
            out.extend(_altered(fact, original, revised, pair))
            continue
        out.append(fact)
    gone = sorted((f.original for f in out if f.type == FactType.QUOTE and f.original is not None
                   and f.status == FactStatus.MISSING), key=lambda s: s.start)
    # a phrase cut from a quotation that is missing as a whole is told by the quotation
    return [f for f in out if f.type != FactType.DETAIL or f.original is None or
            not _inside_any(f.original, gone)]


class _Retellings:
    """Where the revised text retells a quotation of the original in the writer's words: a
    sentence paired with the quotation's own sentence that holds at least ``MOSTLY_KEPT`` of
    the quotation's content words, inflections aside."""

    def __init__(self, original: str, revised: str,
                 partners: Sequence[tuple[Span, Span]]) -> None:
        self._original, self._revised = original, revised
        self._partners = sorted(partners, key=lambda p: p[0].start)
        self._starts = [a.start for a, _ in self._partners]

    def where(self, quote: Span) -> Span | None:
        content = _stems(self._original[quote.start:quote.end])
        if not content:
            return None
        lo = bisect.bisect_right(self._starts, quote.start) - 1
        best: tuple[float, Span] | None = None
        for a, b in self._partners[max(0, lo - 2):lo + 1]:  # a quotation's sentence, or two
            if not a.overlaps(quote):
                continue
            share = sum((content & _stems(self._revised[b.start:b.end])).values()) / \
                sum(content.values())
            if share >= MOSTLY_KEPT and (best is None or share > best[0]):
                best = (share, b)
        return best[1] if best else None


_STEM = 6


def _stem(word: str) -> str:
    """A word without its inflection, roughly: a plural, "-ing" or "-ed" ending and a final
    "e" taken off, then cut to ``_STEM`` letters ("infects" and "infected" meet as
    "infect", "homes" and "home" as "hom", "causes" and "causing" as "caus")."""
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "zes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word[:_STEM]


def _stems(text: str) -> Counter[str]:
    """The content words of ``text``, folded and stemmed."""
    words = quote_words(text, Quotation(Span(0, len(text)), (Span(0, len(text)),))).keys
    return Counter(_stem(w) for w in words if w not in STOPWORDS and len(w) > 2)


def _inside_any(span: Span, spans: list[Span]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (sorted by start, not overlapping)."""
    n = bisect.bisect_right(spans, span.start, key=lambda s: s.start) - 1
    return n >= 0 and spans[n].contains(span)


def _altered(fact: Fact, original: str, revised: str, pair: QuotePair) -> list[Fact]:
    """A quotation fact whose quotation was altered, one fact per sentence: a cut-short
    quotation keeps the sentences it still quotes and misses the others."""
    assert fact.original is not None
    new_words = quote_words(revised, pair.new).keys
    joined = " " + " ".join(new_words) + " "
    new_content = Counter(k for k in new_words if k not in STOPWORDS)
    wording = revised[pair.new.span.start:pair.new.span.end]
    base = fact.original.start
    pieces = [trim_span(original, Span(base + s, base + e), " ,.")
              for s, e, _ in sentence_spans(original[base:fact.original.end])]
    out = []
    for span in pieces if len(pieces) > 1 else [fact.original]:
        text = original[span.start:span.end]
        words = [k for k, bracketed in zip(quote_words(original, Quotation(span, (span,))).keys,
                                           _in_brackets(original, span))
                 if not bracketed]  # "[glioblastoma stem cells]" is no speaker's
        if len(pieces) > 1 and " " + " ".join(words) + " " in joined:
            out.append(replace(fact, text=text, original=span, status=FactStatus.KEPT,
                               revised=None, replacement=None))
            continue
        content = [k for k in words if k not in STOPWORDS]
        share = sum((Counter(content) & new_content).values()) / len(content) if content else \
            pair.kept
        status = FactStatus.CHANGED if share >= MOSTLY_KEPT else FactStatus.MISSING
        out.append(replace(fact, text=text, original=span, status=status,
                           revised=pair.new.span, replacement=wording))
    return out


def _in_brackets(text: str, span: Span) -> list[bool]:
    """For each word of ``text[span]`` (as ``quote_words`` reads them), whether it stands in
    square brackets: a writer's insertion in a quotation, not the speaker's words."""
    marks = [(m.start(), m.group()) for m in _BRACKET.finditer(text, span.start, span.end)]
    out, inside, k = [], False, 0
    for m in WORD_RE.finditer(text, span.start, span.end):
        while k < len(marks) and marks[k][0] < m.start():
            inside = marks[k][1] == "["
            k += 1
        out.append(inside)
    return out


_BRACKET = re.compile(r"[\[\]]")
