"""Asides in added sentences that read as the writer's opinion while the sentence around
them reports: "Putin — **who is notorious for making his guests wait** — stepped off the
plane at 1:15 p.m." Each is a commentary change of its own inside the added content.

Depends on ``commentary`` for the readings and the bar (a phrase's, as for words put into a
kept sentence). An aside is what punctuation sets off: a clause between dashes or brackets,
or a relative clause after a comma ("…, which …"). Reading costs: each aside once, the
sentence without it only where the aside alone reads as opinion.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .commentary import OpinionModel, Sensitivity, log_odds, someone_elses
from .model import Span
from .quote_changes import inside

# between a pair of dashes ("—", "–", " -- ") or brackets, or a relative clause after a comma
# up to the next mark; bounded lengths, tried only where a mark stands
_ASIDE = re.compile(
    r"(?:[—–]|(?<=\s)--)[^\S\n]*([^—–()\n]{8,200}?)[^\S\n]*(?:[—–]|--(?=\s))|"
    r"\(([^()\n]{8,200})\)|"
    r",[^\S\n]+((?:who|which|whose)[^\S\n][^,;:.!?()—–\n]{5,200})")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 3  # fewer words set off are a name, a figure or a place ("— the U.S. —")


def asides_of(text: str, span: Span) -> list[Span]:
    """The asides of the sentence ``text[span]``, in order."""
    out = []
    for m in _ASIDE.finditer(text, span.start, span.end):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        start, end = m.span(group)
        if len(_LETTERS.findall(text, start, end)) >= _MIN_WORDS:
            out.append(Span(start, end))
    return out


def opinion_asides(text: str, sentences: Sequence[Span], quotes: list[Span],
                   opinion: OpinionModel, sensitivity: Sensitivity,
                   read: Sequence[float]) -> list[tuple[Span, float]]:
    """The asides of added ``sentences`` (already ``read`` as wholes, in order) that read as
    opinion, with how surely: the aside alone reaches a phrase's bar and the sentence leans
    further to opinion with it than without it. Asides in quotations or attributed to
    someone are someone else's."""
    least, least_rise, _ = sensitivity.phrase_bar
    found: list[tuple[Span, Span, float]] = []  # (aside, sentence, whole reading)
    for sentence, whole in zip(sentences, read):
        for aside in asides_of(text, sentence):
            if not inside(aside, quotes) and not someone_elses(text[aside.start:aside.end]):
                found.append((aside, sentence, whole))
    if not found:
        return []
    alone = list(opinion([text[s.start:s.end] for s, _, _ in found]))
    leading = [(f, p) for f, p in zip(found, alone) if p >= least]
    if not leading:
        return []
    rests = [" ".join((text[sentence.start:aside.start] + text[aside.end:sentence.end]).split())
             for (aside, sentence, _), _ in leading]
    without = list(opinion(rests))
    return [(aside, p) for ((aside, _, whole), p), q in zip(leading, without)
            if log_odds(whole) - log_odds(q) >= least_rise]
