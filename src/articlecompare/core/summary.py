"""A comparison's summary: how much of each version was kept or is new, changes counted by
kind, the facts that went missing.

Depends on ``sides`` and ``matching`` for the word counts and sentence pairs, ``ledger`` for
what counts as lost.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .ledger import is_lost
from .matching import Matching
from .model import Change, Fact, Summary
from .sides import Side
from .tokenize import is_word


def kept_in_pairs(a: Side, b: Side, m: Matching, check: Callable[[], None]) -> tuple[int, int]:
    """Words that reworded and moved sentences kept, in the original and in the revised text
    (counted while their tokens are at hand: the sides let go of them before the summary)."""
    kept_a = kept_b = 0
    for n, p in enumerate(m.changed + m.moved):
        if n % 1024 == 0:
            check()
        ta, tb = a.tokens_of(p.a), b.tokens_of(p.b)
        for tag, x1, x2, y1, y2 in m.pair_ops[(p.a, p.b)]:
            if tag == "equal":
                kept_a += sum(1 for t in ta[x1:x2] if is_word(t.key))
                kept_b += sum(1 for t in tb[y1:y2] if is_word(t.key))
    return kept_a, kept_b


def summarise(a: Side, b: Side, m: Matching, changes: list[Change], facts: list[Fact],
              pair_kept: tuple[int, int], check: Callable[[], None]) -> Summary:
    """The summary; ``pair_kept`` is what ``kept_in_pairs`` counted."""
    words_a, words_b = a.word_count(check), b.word_count(check)
    # kept = all words but those of sentences outside unchanged runs, plus the words that
    # reworded and moved sentences kept
    kept_a, kept_b = words_a, words_b
    for n, (tag, i1, i2, j1, j2) in enumerate(m.sequence):
        if n % 1024 == 0:
            check()
        if tag != "equal":
            kept_a -= a.words_in(i1, i2)
            kept_b -= b.words_in(j1, j2)
    kept_a += pair_kept[0]
    kept_b += pair_kept[1]
    counts = Counter(c.kind.value for c in changes)
    missing = tuple(f.text for f in facts if is_lost(f))
    return Summary(words_a, words_b,
                   kept_a / words_a if words_a else 1.0,
                   (words_b - kept_b) / words_b if words_b else 0.0,
                   dict(sorted(counts.items())), missing)
