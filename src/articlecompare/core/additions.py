"""Added and removed sentences as changes: commentary, added content, omission, boilerplate.

Depends on ``commentary`` for the reading of each sentence (the opinion model the caller
passes, or the cues), ``classify`` for site furniture and ``facts`` for what a sentence brings
that the original lacks. Sentences are classified one by one, with the passage around them as
context, and merged into one change per run of the same kind within a paragraph; an aside in
added content that reads as opinion (``asides``) is a commentary change of its own.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .classify import is_boilerplate, removed_kind
from .commentary import (OpinionModel, Reading, Sensitivity, explain,
                         judge, log_odds,
                         someone_elses)
from .asides import opinion_asides
from .draft import Draft
from .facts import FoundFact, find_facts
from .model import ChangeKind, Span
from .quote_changes import inside  # whether a span lies inside one of some spans
from .release_parts import release_parts
from .sides import Side


def _runs(indices: list[int], side: Side, kinds: list[ChangeKind]) -> list[tuple[int, int, ChangeKind]]:
    """Consecutive sentences of one kind in one paragraph, as (first, last, kind)."""
    runs: list[tuple[int, int, ChangeKind]] = []
    for idx, kind in zip(indices, kinds):
        if runs and runs[-1][1] == idx - 1 and runs[-1][2] == kind and \
                side.paragraphs[runs[-1][1]] == side.paragraphs[idx]:
            runs[-1] = (runs[-1][0], idx, kind)
        else:
            runs.append((idx, idx, kind))
    return runs


def added_drafts(a: Side, b: Side, inserted: list[int], frame: tuple[int, int],
           quotes: list[Span], check: Callable[[], None], opinion: OpinionModel,
           sensitivity: Sensitivity) -> list[Draft]:
    """Added sentences, classified; ``frame`` is the first and last revised sentence that
    carries original content: what stands before or after it wraps the original; ``quotes``
    are the revised text's quotations."""
    if not inserted:
        return []
    in_original = a.presence(check)
    check()
    texts = [_quote_marked(b.text, b.sentence_spans[j], quotes) for j in inserted]
    probabilities = list(opinion(texts))
    check()
    scores = [log_odds(p) for p in probabilities]
    theirs = [someone_elses(t, t.startswith("“") and
                            not b.text[b.sentence_spans[j].start:].startswith("“"))
              for t, j in zip(texts, inserted)]
    # the passage a sentence stands in, as the writer's voice: someone else's words around it
    # say nothing of how the writer writes
    voice = [None if t else s for s, t in zip(scores, theirs)]
    paragraph_means = _paragraph_means(inserted, b, voice)
    run_means = _run_means(inserted, voice)
    kinds: list[ChangeKind] = []
    readings: list[tuple[Reading, float] | None] = []
    parts = release_parts(b.text)
    for n, j in enumerate(inserted):
        if n % 256 == 0:
            check()
        furniture = is_boilerplate(texts[n]) or inside(b.sentence_spans[j], parts)
        if furniture or len(_LETTERS.findall(texts[n])) < 2:
            kinds.append(ChangeKind.BOILERPLATE if furniture else ChangeKind.ADDITION)
            readings.append(None)
            continue
        # the added passage it stands in, without the sentence itself: its paragraph, or for
        # a paragraph with no other sentence in the writer's voice the run of added sentences
        # around it
        around = paragraph_means[n]
        around = run_means[n] if around is None else around
        context = 0.0 if around is None else around
        novel = sum(1 for f in find_facts(texts[n], pairs=False, counted=False)
                    if f.type.value != "quote"
                    and f.text not in in_original and not _opening_word(f, texts[n]))
        reading = Reading(probabilities[n], context, novel, j < frame[0] or j > frame[1],
                          theirs[n],
                          is_heading(b, j, texts[n]))
        commentary, confidence = judge(reading, sensitivity)
        kinds.append(ChangeKind.COMMENTARY if commentary else ChangeKind.ADDITION)
        readings.append((reading, confidence))
    # added content whose aside reads as the writer's opinion ("Putin — who is notorious
    # for … — stepped off the plane"): the aside is commentary of its own
    plain = [k for k, kind in enumerate(kinds) if kind == ChangeKind.ADDITION and
             (r := readings[k]) is not None and not r[0].heading and not theirs[k]]
    asides = opinion_asides(b.text, [b.sentence_spans[inserted[k]] for k in plain], quotes,
                            opinion, sensitivity, [probabilities[k] for k in plain])
    drafts = []
    for s, e, kind in _runs(inserted, b, kinds):
        draft = Draft(kind, None, b.sentence_spans.run(s, e),
                      anchor=b.sentence_spans[s].start)
        if kind == ChangeKind.COMMENTARY:
            _explain(draft, [(r, texts[k]) for k in range(bisect.bisect_left(inserted, s),
                                                          bisect.bisect_left(inserted, e) + 1)
                             if (r := readings[k]) is not None])
        drafts += _around(draft, b.text, asides) if asides and kind == ChangeKind.ADDITION \
            else [draft]
    return drafts


def _around(draft: Draft, text: str, asides: list[tuple[Span, float]]) -> list[Draft]:
    """An added passage cut around the asides in it that read as opinion: the added content
    before and after each, and each aside a commentary change."""
    whole = draft.revised
    assert whole is not None
    out: list[Draft] = []
    at = whole.start

    def content(start: int, end: int) -> None:
        part = text[start:end]
        if part.strip():
            start += len(part) - len(part.lstrip())
            out.append(Draft(ChangeKind.ADDITION, None,
                             Span(start, end - (len(part) - len(part.rstrip()))), anchor=start))

    for aside, p in asides:
        if whole.contains(aside):
            content(at, aside.start)
            out.append(Draft(ChangeKind.COMMENTARY, None, aside,
                             f"added evaluation: “{text[aside.start:aside.end]}” (an aside in "
                             f"added content; the words alone read as opinion {p:.2f})",
                             anchor=aside.start, confidence=round(p, 3)))
            at = aside.end
    content(at, whole.end)
    return out


def _explain(draft: Draft, run: list[tuple[tuple[Reading, float], str]]) -> None:
    """The detail and confidence of a run of sentences read as opinion: the reasons of the
    surest one, the mean confidence of all."""
    (reading, _), text = max(run, key=lambda x: x[0][1])
    draft.detail = explain(text, reading)
    draft.confidence = round(sum(r[1] for r, _ in run) / len(run), 3)


def _quote_marked(text: str, span: Span, quotes: list[Span]) -> str:
    """The sentence's text, with quotation marks restored where a quotation opened in an
    earlier sentence or closes in a later one, so quoted words stay someone else's."""
    sentence = text[span.start:span.end]
    n = bisect.bisect_right(quotes, span.start, key=lambda q: q.start) - 1
    for q in quotes[max(0, n):n + 2]:
        if q.start < span.start < q.end:
            sentence = "“" + sentence
        if q.start < span.end < q.end - 1:
            sentence = sentence + "”"
    return sentence


def _opening_word(fact: FoundFact, text: str) -> bool:
    """A lone capitalised word opening a sentence ("Once again...") is not a name."""
    return fact.type.value == "name" and " " not in fact.text and \
        not text[:fact.span.start].strip(" “\"‘'(")


def _paragraph_means(inserted: list[int], side: Side, scores: list[float | None]
                     ) -> list[float | None]:
    """For each added sentence, the mean score of the other added sentences of its
    paragraph that have one (a None is left out), or ``None`` where none has; computed once
    per paragraph (the sentences of a paragraph stand together in ``inserted``, which is in
    order): no dict or list per paragraph (a text of a million one-line paragraphs has a
    million)."""
    out: list[float | None] = []
    lo = 0
    for hi in range(1, len(inserted) + 1):
        if hi == len(inserted) or side.paragraphs[inserted[hi]] != side.paragraphs[inserted[lo]]:
            out += _others_means(scores[lo:hi])
            lo = hi
    return out


def _run_means(inserted: list[int], scores: list[float | None]) -> list[float | None]:
    """For each added sentence, the mean score of the other sentences (those with one) in
    the run of consecutive added sentences it stands in, or ``None`` where none has;
    computed once per run, so long runs cost no more than short ones."""
    means: list[float | None] = []
    lo = 0
    for hi in range(1, len(inserted) + 1):
        if hi == len(inserted) or inserted[hi] != inserted[hi - 1] + 1:
            means += _others_means(scores[lo:hi])
            lo = hi
    return means


def _others_means(scores: list[float | None]) -> list[float | None]:
    """For each score, the mean of the others that are not None (None where there are none)."""
    known = [s for s in scores if s is not None]
    total, count = sum(known), len(known)
    out: list[float | None] = []
    for s in scores:
        rest = count - (s is not None)
        out.append((total - (s or 0.0)) / rest if rest else None)
    return out


def is_heading(side: Side, j: int, text: str) -> bool:
    alone = (j == 0 or side.paragraphs[j - 1] != side.paragraphs[j]) and \
        (j + 1 == len(side.paragraphs) or side.paragraphs[j + 1] != side.paragraphs[j])
    words = text.split()
    # the first line of an article is its headline even when it asks or exclaims (or ends
    # on a quotation); a full stop or a colon still makes it a sentence
    stops = (".", ":") if j == 0 else (".", "!", "?", "”", '"', ":")
    if not alone or len(words) > 20 or text.rstrip().rstrip("”\"" if j == 0 else "").endswith(stops):
        return False
    capitalised = sum(1 for w in words if len(w) > 3 and w[:1].isupper())
    return side.paragraphs[j] <= 1 or capitalised >= 0.6 * sum(1 for w in words if len(w) > 3)


def removed_drafts(a: Side, deleted: list[int], anchors: dict[int, int], quotes: list[Span],
             opinion: OpinionModel, sensitivity: Sensitivity) -> list[Draft]:
    """Removed sentences: omissions (or boilerplate); a removed run that read as the
    writer's opinion says so ("removed commentary"), for an editor neutralising a draft."""
    texts = [_quote_marked(a.text, a.sentence_spans[i], quotes) for i in deleted]
    parts = release_parts(a.text) if deleted else []  # a scan of the whole original
    kinds = [ChangeKind.BOILERPLATE if inside(a.sentence_spans[i], parts) else removed_kind(t)
             for i, t in zip(deleted, texts)]
    candidates = [n for n, k in enumerate(kinds) if k == ChangeKind.OMISSION]
    readings: dict[int, tuple[Reading, float]] = {}
    for n, p in zip(candidates, opinion([texts[n] for n in candidates])):
        facts = sum(1 for f in find_facts(texts[n], pairs=False, counted=False)
                    if f.type.value != "quote"
                    and not _opening_word(f, texts[n]))
        reading = Reading(p, 0.0, facts, False, someone_elses(texts[n]))
        commentary, confidence = judge(reading, sensitivity)
        if commentary:
            readings[n] = (reading, confidence)
    drafts = []
    for s, e, kind in _runs(deleted, a, kinds):
        first, last = bisect.bisect_left(deleted, s), bisect.bisect_left(deleted, e)
        draft = Draft(kind, a.sentence_spans.run(s, e), None,
                      anchor=anchors.get(s, 0))
        run = [(readings[n], texts[n]) for n in range(first, last + 1) if n in readings]
        if run and len(run) * 2 >= last + 1 - first:
            _explain(draft, run)
            draft.detail = "removed commentary: " + draft.detail
        drafts.append(draft)
    return drafts


_LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of letters
