"""Changes a reader sees, built from the sentence matching and classified by kind.

Depends on ``matching``, ``classify``, ``stance``, ``facts`` and ``edits``. Added and
removed sentences are classified one by one (with the passage around them as context) and
merged into one change per run of the same kind within a paragraph; reworded sentences
yield one change per fact, quote or attribution edit plus one for the rest of the wording.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .classify import added_kind, hunk_kind, is_boilerplate, removed_kind
from .edits import local_edits
from .facts import FoundFact, find_facts
from .matching import Matching
from .model import ChangeKind, Span, Token, WordEdit
from .quantities import Quantity
from .sides import Side
from .stance import stance
from .worddiff import Opcode

_QUOTE_SPAN = re.compile(r"“[^”]*”?|\"[^\"\n]*\"")


@dataclass(slots=True)
class Draft:
    """A change before ids, keys and facts are settled."""

    kind: ChangeKind
    original: Span | None
    revised: Span | None
    detail: str = ""
    edits: list[WordEdit] = field(default_factory=list)
    anchor: int = 0  # where it stands in the revised text, for reading order


def build(a: Side, b: Side, m: Matching, anchors: dict[int, int],
          check: Callable[[], None] | None = None) -> list[Draft]:
    """All changes as drafts; ``check`` (raising when the caller gave up) is called now and
    then, so long work can be cancelled."""
    check = check or (lambda: None)
    shared = [p.b for p in m.equal + m.changed + m.loose]
    frame = (min(shared), max(shared)) if shared else (len(b.keys), -1)
    quotes_a = _quote_spans(a.text)
    check()
    quotes_b = _quote_spans(b.text)
    check()
    drafts = _added(a, b, m.inserted, frame, quotes_b, check)
    drafts += _removed(a, m.deleted, anchors)
    check()
    for n, pair in enumerate(m.changed):
        if n % 256 == 0:
            check()
        drafts += _reworded(a, b, pair.a, pair.b, m.pair_ops[(pair.a, pair.b)], quotes_a, quotes_b)
    for pair in m.loose:
        ops = m.pair_ops[(pair.a, pair.b)]
        changed = [e for e in local_edits(a.tokens_of(pair.a), b.tokens_of(pair.b), ops)
                   if e.op.value != "equal"]
        drafts.append(Draft(ChangeKind.REWORDING, a.sentence_spans[pair.a], b.sentence_spans[pair.b],
                            "reworded: split, merged or paraphrased", changed,
                            b.sentence_spans[pair.b].start))
    for pair in m.moved:
        ops = m.pair_ops[(pair.a, pair.b)]
        drafts.append(Draft(ChangeKind.MOVE, a.sentence_spans[pair.a], b.sentence_spans[pair.b],
                            "moved" if pair.similarity == 1.0 else "moved and reworded",
                            local_edits(a.tokens_of(pair.a), b.tokens_of(pair.b), ops),
                            b.sentence_spans[pair.b].start))
    return drafts


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


def _added(a: Side, b: Side, inserted: list[int], frame: tuple[int, int],
           quotes: list[Span], check: Callable[[], None]) -> list[Draft]:
    """Added sentences, classified; ``frame`` is the first and last revised sentence that
    carries original content: what stands before or after it wraps the original; ``quotes``
    are the revised text's quotations."""
    if not inserted:
        return []
    in_original = a.presence(check)
    check()
    texts = [_quote_marked(b.text, b.sentence_spans[j], quotes) for j in inserted]
    scores = []
    for n, text in enumerate(texts):
        if n % 256 == 0:
            check()
        scores.append(stance(text).score)
    by_paragraph: dict[int, list[float]] = {}
    for j, score in zip(inserted, scores):
        by_paragraph.setdefault(b.paragraphs[j], []).append(score)
    paragraph_means = {p: (sum(s) / len(s), len(s)) for p, s in by_paragraph.items()}
    run_means = _run_means(inserted, scores)
    kinds = []
    for n, j in enumerate(inserted):
        if n % 256 == 0:
            check()
        mean, count = paragraph_means[b.paragraphs[j]]
        # the added passage it stands in: its paragraph, or for a one-sentence paragraph the
        # run of added sentences around it
        context = mean if count >= 2 else run_means[n]
        novel = sum(1 for f in find_facts(texts[n]) if f.type.value != "quote"
                    and f.text not in in_original and not _opening_word(f, texts[n]))
        heading = _is_heading(b, j, texts[n])
        wrapping = j < frame[0] or j > frame[1]
        kinds.append(added_kind(scores[n], context, heading, texts[n], novel, wrapping))
    return [Draft(kind, None, Span(b.sentence_spans[s].start, b.sentence_spans[e].end),
                  anchor=b.sentence_spans[s].start)
            for s, e, kind in _runs(inserted, b, kinds)]


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


def _run_means(inserted: list[int], scores: list[float]) -> list[float]:
    """For each added sentence, the mean score of the run of consecutive added sentences
    it stands in (computed once per run, so long runs cost no more than short ones)."""
    means = [0.0] * len(inserted)
    lo = 0
    for hi in range(1, len(inserted) + 1):
        if hi == len(inserted) or inserted[hi] != inserted[hi - 1] + 1:
            mean = sum(scores[lo:hi]) / (hi - lo)
            means[lo:hi] = [mean] * (hi - lo)
            lo = hi
    return means


def _is_heading(side: Side, j: int, text: str) -> bool:
    alone = (j == 0 or side.paragraphs[j - 1] != side.paragraphs[j]) and \
        (j + 1 == len(side.paragraphs) or side.paragraphs[j + 1] != side.paragraphs[j])
    words = text.split()
    if not alone or len(words) > 20 or text.rstrip().endswith((".", "!", "?", "”", '"', ":")):
        return False
    capitalised = sum(1 for w in words if len(w) > 3 and w[:1].isupper())
    return side.paragraphs[j] <= 1 or capitalised >= 0.6 * sum(1 for w in words if len(w) > 3)


def _removed(a: Side, deleted: list[int], anchors: dict[int, int]) -> list[Draft]:
    kinds = [removed_kind(a.text[a.sentence_spans[i].start:a.sentence_spans[i].end]) for i in deleted]
    return [Draft(kind, Span(a.sentence_spans[s].start, a.sentence_spans[e].end), None,
                  anchor=anchors.get(s, 0))
            for s, e, kind in _runs(deleted, a, kinds)]


def _quote_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in _QUOTE_SPAN.finditer(text)]


def _inside(span: Span | None, quotes: list[Span]) -> bool:
    """Whether ``span`` lies inside one of ``quotes`` (sorted, not overlapping)."""
    if span is None:
        return False
    n = bisect.bisect_right(quotes, span.start, key=lambda q: q.start) - 1
    return n >= 0 and quotes[n].contains(span)


def _hunks(ops: list[Opcode]) -> list[tuple[int, int, int, int]]:
    """Non-equal stretches of a pair diff, joined across single-token equalities."""
    out: list[tuple[int, int, int, int]] = []
    last_equal = 99
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            last_equal = i2 - i1
            continue
        if out and last_equal == 0:
            out[-1] = (out[-1][0], i2, out[-1][2], j2)
        else:
            out.append((i1, i2, j1, j2))
        last_equal = 99
    return out


def _reworded(a: Side, b: Side, i: int, j: int, ops: list[Opcode], quotes_a: list[Span],
              quotes_b: list[Span]) -> list[Draft]:
    """Changes inside one reworded sentence pair: each fact, quote or attribution edit on its
    own, and the plain rewording between them grouped, so that no two changes overlap. An
    edit that touches a figure is judged on the whole figure ("billion" → "million" in
    "$8.8 billion"), and a figure's edit is never grouped into the plain rewording."""
    span_a, span_b = a.sentence_spans[i], b.sentence_spans[j]
    if is_boilerplate(a.text[span_a.start:span_a.end]) and \
            is_boilerplate(b.text[span_b.start:span_b.end]):  # "Updated 5:27 am" → "9:41 am"
        edits = [e for e in local_edits(a.tokens_of(i), b.tokens_of(j), ops)
                 if e.op.value != "equal"]
        return [Draft(ChangeKind.BOILERPLATE, span_a, span_b, "page furniture", edits,
                      span_b.start)]
    drafts: list[Draft] = []
    plain: list[tuple[Span | None, Span | None, str, list[WordEdit], int]] = []
    ta, tb = a.tokens_of(i), b.tokens_of(j)
    figures_a, figures_b = a.figures_of(i), b.figures_of(j)

    def flush() -> None:
        if plain:
            drafts.append(Draft(ChangeKind.REWORDING, _union([p[0] for p in plain]),
                                _union([p[1] for p in plain]),
                                "; ".join(p[2] for p in plain[:4]),
                                [e for p in plain for e in p[3]], plain[0][4]))
            plain.clear()

    for i1, i2, j1, j2 in _hunks(ops):
        sa = Span(ta[i1].start, ta[i2 - 1].end) if i2 > i1 else None
        sb = Span(tb[j1].start, tb[j2 - 1].end) if j2 > j1 else None
        old = a.text[sa.start:sa.end] if sa else ""
        new = b.text[sb.start:sb.end] if sb else ""
        # where an edit only inserts (or only cuts), the figure it stands against is the one
        # the other side has right there ("2,000" → "about 2,000")
        kind, detail = hunk_kind(old, new, _inside(sa, quotes_a) or _inside(sb, quotes_b),
                                 _touched(figures_a, sa, _at(ta, i1, span_a)),
                                 _touched(figures_b, sb, _at(tb, j1, span_b)))
        sub = [(t, x1, x2, y1, y2) for t, x1, x2, y1, y2 in ops
               if t != "equal" and x1 >= i1 and x2 <= i2 and y1 >= j1 and y2 <= j2]
        anchor = sb.start if sb else _anchor_b(b, j, tb, j1)
        if kind == ChangeKind.REWORDING:
            plain.append((sa, sb, detail, local_edits(ta, tb, sub), anchor))
            continue
        flush()
        drafts.append(Draft(kind, sa, sb, detail, local_edits(ta, tb, sub), anchor))
    flush()
    return drafts


def _at(tokens: list[Token], k: int, sentence: Span) -> int:
    """Where token ``k`` of a sentence starts (the sentence's end, past its last token)."""
    return tokens[k].start if k < len(tokens) else sentence.end


def _touched(found: list[Quantity], span: Span | None, point: int) -> list[Quantity]:
    """The quantities an edit's span overlaps (hedge and frequency included), or for an edit
    with nothing on this side, those that touch ``point``, where it stands."""
    if span is None:
        return [q for q in found if q.span.start <= point <= q.span.end]
    return [q for q in found if q.span.overlaps(span)]


def _anchor_b(b: Side, j: int, tokens: list[Token], k: int) -> int:
    """Where token ``k`` of revised sentence ``j`` stands (its end, past the last token)."""
    return tokens[k].start if k < len(tokens) else b.sentence_spans[j].end


def _union(spans: list[Span | None]) -> Span | None:
    real = [s for s in spans if s is not None]
    if not real:
        return None
    return Span(min(s.start for s in real), max(s.end for s in real))
