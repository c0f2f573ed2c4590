"""What the fact ledger is built from: the words each change replaced or cut, the unchanged
stretches, the sentence partners and the omitted sentences.

Depends on ``ledger`` for the ledger itself, ``draft`` for the changes found so far.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable

from .draft import Draft
from .figures import Figures
from .ledger import build_ledger, content_words
from .matching import Matching
from .model import ChangeKind, Fact, Span, WordEdit, WordOp
from .qualifiers import qualifiers_in
from .sides import Side
from .stance import REPORTING


def ledger_facts(a: Side, b: Side, drafts: list[Draft], m: Matching,
            check: Callable[[], None], found: Figures | None = None,
            furniture: list[Span] | None = None) -> list[Fact]:
    replacements: list[tuple[Span, str]] = []
    dropped: list[Span] = []
    pure_cuts: list[Span] = []  # words cut with nothing put in their place
    for n, d in enumerate(drafts):
        if n % 512 == 0:
            check()
        if d.kind in (ChangeKind.OMISSION, ChangeKind.BOILERPLATE):  # a moved one may be reworded too
            continue
        for e in d.edits:
            if e.op == WordOp.DELETE and e.original is not None:
                partner = _partner(d.edits, e)
                new = b.text[partner.start:partner.end] if partner else ""
                if partner is not None:
                    replacements.append((e.original, new))
                else:
                    pure_cuts.append(e.original)
                old = a.text[e.original.start:e.original.end]
                if (_mostly_lost(old, new) or set(qualifiers_in(old)) - set(qualifiers_in(new))) \
                        and not _in_figure(a, e.original):
                    dropped.append(e.original)
    unchanged = [a.unit(i1, i2) for tag, i1, i2, _, _ in m.sequence if tag == "equal"]
    partners = [(a.sentence_spans[p.a], b.sentence_spans[p.b])
                for p in sorted(m.changed + m.moved, key=lambda p: p.a)]
    omitted = [d.original for d in drafts if d.kind == ChangeKind.OMISSION and d.original]
    return build_ledger(a.text, b.text, replacements, dropped, unchanged, check, b.presence(check),
                        partners, found, furniture, omitted, pure_cuts)


def _in_figure(side: Side, span: Span) -> bool:
    """Whether ``span`` lies inside a quantity of its sentence, hedge included ("least" in
    "at least 12"): the figure's own change tells that, not a cut phrase."""
    i = bisect.bisect_right(side.sentence_spans.starts, span.start) - 1
    return i >= 0 and any(q.span.contains(span) for q in side.figures_of(i))


def _mostly_lost(old: str, new: str) -> bool:
    """Whether a cut or replaced phrase lost its substance: two or more content words, most
    of them not carried over into the new wording. (A phrase that lost a qualifier, "often"
    or "all", is kept for the ledger too.)"""
    old_words = set(content_words(old)) - REPORTING
    if len(old_words) < 2:
        return False
    return len(old_words & set(content_words(new))) <= len(old_words) / 2


def _partner(edits: tuple[WordEdit, ...] | list[WordEdit], edit: WordEdit) -> Span | None:
    """The insertion that replaces a deletion inside one change, if any."""
    n = edits.index(edit)
    for near in (n + 1, n - 1):
        if 0 <= near < len(edits) and edits[near].op == WordOp.INSERT:
            return edits[near].revised
    return None
